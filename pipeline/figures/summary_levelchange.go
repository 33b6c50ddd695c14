package figures

import (
	"slices"
	"strings"
	"unicode"
)

// levelAsChange catches a bullet that tells a source level as a change:
// "the pensions branch deficit will widen by €5.9bn" where the source
// says "affichera un déficit de 5,9 milliards". Only a change said with
// "by" after its verb or a lead ("27 more than Reims" of Reims's 27
// points), and only when the source sentence has no word of
// change at all: a change said in words the verbs do not know stays
// unjudged (M4).
func (r *check) levelAsChange(src, line []*atom) {
	for _, t := range line {
		s := t.pair
		if s == nil || s.m.dir != 0 || r.hasError(t) {
			continue
		}
		byChange := t.m.dir != 0 && strings.HasSuffix(strings.TrimSpace(r.text[:t.m.Start]), " by")
		gap := t.m.leadGap && !s.m.leadGap && s.m.owner != "" && gapAfter(r.text[t.m.End:]) && r.otherSideSaid(s, t) // "52 points, 27 more than Reims" of "Reims, avec 27 points"
		if !byChange && !gap {
			continue // only a change said "by" its figure, or a lead, of a source figure told as no change
		}
		if s.m.levelDir != 0 {
			// "l'inflation a ralenti à 2,4 %" told "inflation fell by 2.4%": the level reached, as a change
			r.add(s, t, verdict{true, "modified", Error, "N18", "the source gives the level this figure reached, not a " + dirName(t.m.dir) + " by it"})
			continue
		}
		if s.m.prior || s.m.Signed || t.m.Kind != Money && t.m.Kind != Quantity && class(t.m.Kind) != Cardinal || isYearish(*t.m) || s.m.Paragraph >= len(r.source) {
			continue
		}
		if sentenceTellsChange(sentenceAt(r.source[s.m.Paragraph], s.m.Start)) {
			continue
		}
		if gap && !byChange && strings.HasSuffix(strings.TrimSpace(r.source[s.m.Paragraph][:s.m.Start]), " à") {
			continue // "complète le podium à cinq tours": a gap told by "à"
		}
		if why, a, b := derived(src, *t.m); strings.HasPrefix(why, "difference of") && (r.lineSays(a) || r.lineSays(b)) {
			continue // "goes up by €15 to €50" of "passera de 35 à 50 euros": the change to the level the bullet gives, whatever level of 15 euros the source gives elsewhere
		}
		told := dirName(t.m.dir)
		if !byChange {
			told = "gap between two figures"
		}
		r.add(s, t, verdict{true, "modified", Error, "N18", "the source gives this figure as a level, not as a " + told})
	}
}

// sentenceTellsChange: a word of the sentence says something rose or
// fell, or compares ("contre", "plus", "moins", "écart").
func sentenceTellsChange(sent string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(sent), func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
		if dirOf(w) != 0 || differenceWords[w] {
			return true
		}
		for _, stem := range changeStems {
			if strings.HasPrefix(w, stem) {
				return true // "se creusera", "s'alourdit", "réduira"
			}
		}
	}
	return false
}

// differenceWords say a figure is a difference, whatever its verb.
var differenceWords = map[string]bool{"contre": true, "plus": true, "moins": true, "écart": true, "différence": true,
	"supplémentaires": true, "supplémentaire": true, "dégradation": true,
	"amélioration": true, "réduction": true, "économies": true, "variation": true, "solde": true, "net": true, "nette": true,
	"avance": true, "retard": true, "d'avance": true, // a lead or a gap: "jusqu'à sept buts d'avance", "up by seven goals"
	"devance": true, "devancé": true, "devancée": true, "devancent": true} // "Elle devance X de 42 secondes": won by 42 seconds

// changeStems open the French verbs and nouns of a change in any tense.
var changeStems = []string{"devan", "agrand", "raccourc", "allong", "prolong", "écourt", "creus", "alourd", "élarg", "rédui", "augment", "dimin", "progress", "recul", "baiss", "gagn", "perd", "accr", "allég"}

// changeAsLevel catches the reverse: a bullet that gives a source change
// as the level, "produced a record €1.5bn" where the source says
// "16,7 milliards ..., en hausse de 1,5 milliard". Only when the source
// sentence gives the level too, in the same unit, and nothing around the
// bullet's figure says a change.
func (r *check) changeAsLevel(src, line []*atom) {
	for _, t := range line {
		s := t.pair
		if s == nil || s.m.dir == 0 || t.m.dir != 0 || t.m.negCue || t.m.levelDir != 0 || class(t.m.Kind) == Percent || r.hasError(t) || hedged(*t.m) || !levelNear(r.text, *t.m) {
			continue
		}
		if o := levelBeside(src, s); o != nil {
			r.add(s, t, verdict{true, "modified", Error, "N18", "the source gives this figure as a " + dirName(s.m.dir) + ", and the level as " + o.m.Raw})
		}
	}
}

// levelNear: the words just before t say a level, "at", "reached",
// "produced", "totalled", "a record", and none around it a change.
func levelNear(text string, t Mention) bool {
	if t.Start > len(text) || t.End > len(text) {
		return false
	}
	before := strings.Fields(strings.ToLower(text[max(0, t.Start-40):t.Start]))
	after := strings.Fields(strings.ToLower(text[t.End:min(len(text), t.End+30)]))
	for _, w := range append(append([]string{}, before...), after...) {
		w = strings.Trim(w, ",.;:()")
		if dirOf(w) != 0 || enChangeWords[w] {
			return false
		}
	}
	return len(before) > 0 && levelWords[strings.Trim(before[len(before)-1], ",.;:")]
}

// levelWords say the figure after them is a level.
var levelWords = map[string]bool{"at": true, "reached": true, "produced": true, "totalled": true, "totaled": true,
	"record": true, "yielded": true, "collected": true}

// enChangeWords say a change in English without a direction of their own.
var enChangeWords = map[string]bool{"more": true, "less": true, "fewer": true, "by": true, "change": true, "than": true, "extra": true, "additional": true}

// levelBeside is the level s's sentence gives in s's unit: the figure
// the change is of.
func levelBeside(src []*atom, s *atom) *atom {
	for _, o := range src {
		if o != s && o.m.dir == 0 && sameSentence(o, s) && class(o.m.Kind) == class(s.m.Kind) && o.m.Unit == s.m.Unit && !isYearish(*o.m) && !hedged(*o.m) {
			return o
		}
	}
	return nil
}

// gapAfter: the words after a figure make it a gap to another side,
// "27 more than Reims", "six points ahead of Lens".
func gapAfter(rest string) bool {
	rest = strings.ToLower(rest[:min(len(rest), 24)])
	for _, w := range [...]string{" more than ", " fewer than ", " ahead of ", " behind ", " clear of "} {
		if i := strings.Index(rest, w); i >= 0 && !strings.ContainsAny(rest[:i], ",;.") {
			return true
		}
	}
	return false
}

// otherSideSaid: the bullet gives, beside the gap t, the level of
// another side in s's noun ("OM now have 52 points, 27 more than
// Reims"), which the gap is to be read from.
func (r *check) otherSideSaid(s, t *atom) bool {
	return s.m.Head != "" && slices.ContainsFunc(r.line, func(u *atom) bool {
		return u != t && u.pair != nil && u.pair != s && u.pair.m.owner != s.m.owner && u.pair.m.Head == s.m.Head
	})
}
