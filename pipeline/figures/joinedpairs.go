package figures

// A target figure may say two source figures at once: a score their
// counts, a minute an earlier minute and the time after it.

import "strings"

// splitScores pairs an English score with the two counts of one source
// sentence it joins, in their order: "24 points en deuxième période
// contre seulement 4 pour les visiteurs" written "outscored the visitors
// 24-4", "quatre essais contre deux" written "four tries to two" being
// read apart already. The score's order is the source's: "4-24" stays
// unpaired.
func (r *check) splitScores(u unit) {
	for _, t := range u.tgt {
		if t.used || t.m.Kind != Score {
			continue
		}
		a, b, ok := strings.Cut(t.m.Value, "-")
		if !ok {
			continue // ("61 voix contre 61" is a tie, "a 61-61 tie")
		}
		if s1, s2 := r.scoreParts(u, t, a, b); s1 != nil {
			bind(s1, t)
			s2.used, s2.pair = true, t
		}
	}
}

// scoreParts finds the unused counts a then b of one sentence in t's
// aligned group, the second told against the first ("contre").
func (r *check) scoreParts(u unit, t *atom, a, b string) (*atom, *atom) {
	group := inGroups(u.src, t.grp, 0, t.idx*len(u.src)/max(len(u.tgt), 1))
	return r.countsAgainst(group, a, b, func(s *atom) bool { return !s.used })
}

// countsAgainst finds the bare counts a then b of one sentence of list,
// the second told against the first, among those free says are free.
func (r *check) countsAgainst(list []*atom, a, b string, free func(*atom) bool) (*atom, *atom) {
	for _, s1 := range list {
		if !free(s1) || class(s1.m.Kind) != Cardinal || s1.m.Value != a || s1.m.Unit != "" {
			continue
		}
		for _, s2 := range list {
			if s2 != s1 && free(s2) && class(s2.m.Kind) == Cardinal && s2.m.Value == b && s2.m.Unit == "" && sameSentence(s1, s2) && s2.m.Start > s1.m.End && r.toldAgainst(s1, s2) {
				return s1, s2
			}
		}
	}
	return nil, nil
}

var listPunct = strings.NewReplacer(",", " ", ";", " ")

// toldAgainst: "contre" stands between the two source figures, which
// are a paragraph's, within a few words; or a vote's "pour" stands
// between them and "contre" right after the second ("201 voix pour et
// 112 contre", told "passed 201-112").
func (r *check) toldAgainst(s1, s2 *atom) bool {
	if s1.m.Paragraph >= len(r.source) || s2.m.End > len(r.source[s1.m.Paragraph]) {
		return false
	}
	para := r.source[s1.m.Paragraph]
	between := " " + listPunct.Replace(para[s1.m.End:s2.m.Start]) + " "
	if len(strings.Fields(between)) > 8 {
		return false
	}
	if strings.Contains(between, " contre ") {
		return true
	}
	after := strings.Fields(para[s2.m.End:min(len(para), s2.m.End+12)])
	return strings.Contains(between, " pour ") && len(after) > 0 && strings.Trim(after[0], ",.;") == "contre"
}

// minutesLater pairs an English minute of a match with the minutes the
// source counts after an earlier one, "entré en jeu à la 70e minute, il a
// trouvé la lucarne six minutes plus tard" written "in the 76th minute":
// the six minutes are said by the sum.
func (r *check) minutesLater(u unit) {
	for _, t := range u.tgt {
		if t.used || t.m.Kind != Ordinal {
			continue
		}
		if why, _, b := minuteLater(u.src, *t.m); why != "" && !b.used {
			bind(b, t)
			r.add(b, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		}
	}
}

// scoreOfCounts explains a bullet's score as two counts of one source
// sentence, the second told against the first: "14 points dans les cinq
// minutes de prolongation, contre 7 pour les Villeurbannais" summarised
// "outscored the hosts 14-7 in the extra period". The order is the
// source's.
func (r *check) scoreOfCounts(src []*atom, t Mention) string {
	a, b, ok := strings.Cut(t.Value, "-")
	if t.Kind != Score || !ok {
		return ""
	}
	if s1, s2 := r.countsAgainst(src, a, b, func(*atom) bool { return true }); s1 != nil {
		return s1.m.Raw + " contre " + s2.m.Raw
	}
	return ""
}
