package figures

import (
	"slices"
	"strings"
)

// Two counts of one sentence, each tied to the figure right after it:
// "312 avaient plus de 65 ans et 187 moins de 14 ans". A text that gives
// each count the other's tie ("187 were over 65 and 312 under 14")
// swapped them, though each count and each tie is told right (M3).

// tieGap is how far, in bytes, the figure a count is tied to may follow
// it: "312 avaient plus de 65 ans", "187 were over 65".
const tieGap = 24

// tiesOf maps each figure of list to the figure right after it in its
// sentence, within tieGap, in one pass (list is in the order of the
// text); a figure with none is left out.
func tiesOf(list []*atom) map[*atom]*atom {
	var out map[*atom]*atom
	for k, x := range list {
		for _, a := range list[k+1:] {
			if a.m.Paragraph != x.m.Paragraph || a.m.Sentence != x.m.Sentence {
				break
			}
			if a.m.Start < x.m.End {
				continue // (a figure inside x, or starting before its end)
			}
			if a.m.Start-x.m.End <= tieGap {
				if out == nil {
					out = map[*atom]*atom{}
				}
				out[x] = a
			}
			break
		}
	}
	return out
}

// follows: the source figure p comes right after s in its sentence,
// within tieGap.
func follows(s, p *atom) bool {
	return sameSentence(s, p) && p.m.Start >= s.m.End && p.m.Start-s.m.End <= tieGap
}

// tiesCrossed: t1 and t2, two counts of one sentence, each sit before
// the figure the source ties to the other.
func tiesCrossed(ties map[*atom]*atom, s1, t1, s2, t2 *atom) bool {
	if t1.m.Sentence != t2.m.Sentence || class(s1.m.Kind) != class(s2.m.Kind) || s1.m.Value == s2.m.Value {
		return false
	}
	a1, a2 := ties[t1], ties[t2]
	if a1 == nil || a2 == nil || a1 == t2 || a2 == t1 || a1.pair == nil || a2.pair == nil || a1.pair == a2.pair ||
		class(a1.pair.m.Kind) != class(a2.pair.m.Kind) || !measureTie(*a1.pair.m) || !measureTie(*a2.pair.m) || measureTie(*s1.m) || measureTie(*s2.m) {
		return false // (a tie is a measure or a bound the counts are not: a list of counts ties nothing)
	}
	return follows(s1, a2.pair) && follows(s2, a1.pair) && !follows(s1, a1.pair) && !follows(s2, a2.pair)
}

// measureTie: m measures or bounds what a count before it counts: an
// age, a length, a time ("plus de 65 ans", "moins de 14 ans").
func measureTie(m Mention) bool {
	return m.Unit != "" || periodUnit[m.Head] != "" || m.Comparator != CmpNone || m.Kind != Cardinal
}

// rankTieMoved reports a rank of the bullet tied to a figure after it
// ("RTL comes third with 5.4 million") where the source ties that figure
// to another rank ("la deuxième place avec 5,4 millions, devant France
// Info, troisième avec 5,1 millions"): the rank moved to another entry.
func (r *check) rankTieMoved(src, line []*atom) {
	var ties map[*atom]*atom
	for _, t := range line {
		s := t.pair
		if t.m.Kind != Ordinal || s == nil || s.m.Kind != Ordinal {
			continue
		}
		if !r.placeRank(t) {
			continue // ("the first round, with 27%": a round's number, no place in a table)
		}
		if ties == nil {
			ties = tiesOf(line)
		}
		u := ties[t]
		if u == nil || u.pair == nil || follows(s, u.pair) || u.m.Start > len(r.text) || !tiedBy(r.text[t.m.End:u.m.Start], "with", "on") {
			continue // ("second in the five-candidate first round": no tie)
		}
		w := lastBefore(src, u.pair, func(a *atom) bool { return a.m.Kind == Ordinal && follows(a, u.pair) }) // the source rank right before u's figure
		if w != nil && w.m.Value != t.m.Value && !w.m.label && !s.m.label && w.m.Paragraph < len(r.source) && tiedBy(r.source[w.m.Paragraph][w.m.End:u.pair.m.Start], "avec", "à") {
			r.add(w, t, verdict{true, "modified", Error, "N11", "the source ranks " + u.pair.m.Raw + " " + w.m.Raw + "; " + s.m.Raw + " is another entry's"})
		}
	}
}

// tiedBy: the words between two figures hold one of the tie words.
func tiedBy(between string, words ...string) bool {
	for _, w := range strings.Fields(strings.ToLower(between)) {
		if slices.Contains(words, strings.Trim(w, ",;:")) {
			return true
		}
	}
	return false
}

// placeRank: the bullet's rank t stands alone as a place ("third with
// 5.4 million", "second place on 48 points"), not before a noun it
// numbers ("the first round").
func (r *check) placeRank(t *atom) bool {
	if t.m.End >= len(r.text) || t.m.style == "runoff" {
		return false // ("the run-off with 182 seats": a round, never a place)
	}
	rest := strings.TrimLeft(r.text[t.m.End:], " ")
	if strings.HasPrefix(rest, ",") {
		return true
	}
	w := strings.Fields(strings.ToLower(rest))
	return len(w) > 0 && (w[0] == "with" || w[0] == "on" || w[0] == "place" || w[0] == "position" || w[0] == "spot")
}
