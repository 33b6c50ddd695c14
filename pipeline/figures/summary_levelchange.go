package figures

import (
	"strings"
	"unicode"
)

// levelAsChange catches a bullet that tells a source level as a change:
// "the pensions branch deficit will widen by €5.9bn" where the source
// says "affichera un déficit de 5,9 milliards". Only a change said with
// "by" after its verb, and only when the source sentence has no word of
// change at all: a change said in words the verbs do not know stays
// unjudged (M4).
func (r *check) levelAsChange(line []*atom) {
	for _, t := range line {
		s := t.pair
		if s == nil || t.m.dir == 0 || s.m.dir != 0 || r.hasError(t) || !strings.HasSuffix(strings.TrimSpace(r.text[:t.m.Start]), " by") {
			continue // only a change said "by" its figure, of a source figure told as no change
		}
		if s.m.levelDir != 0 {
			// "l'inflation a ralenti à 2,4 %" told "inflation fell by 2.4%": the level reached, as a change
			r.add(s, t, verdict{true, "modified", Error, "N18", "the source gives the level this figure reached, not a " + dirName(t.m.dir) + " by it"})
			continue
		}
		if s.m.prior || s.m.Signed || t.m.Kind != Money && t.m.Kind != Quantity && class(t.m.Kind) != Cardinal || isYearish(*t.m) || s.m.Paragraph >= len(r.source) {
			continue
		}
		if sentenceTellsChange(sentenceAround(r.source[s.m.Paragraph], s.m.Start)) {
			continue
		}
		r.add(s, t, verdict{true, "modified", Error, "N18", "the source gives this figure as a level, not as a " + dirName(t.m.dir)})
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
	"avance": true, "retard": true, "d'avance": true} // a lead or a gap: "jusqu'à sept buts d'avance", "up by seven goals"

// changeStems open the French verbs and nouns of a change in any tense.
var changeStems = []string{"creus", "alourd", "élarg", "rédui", "augment", "dimin", "progress", "recul", "baiss", "gagn", "perd", "accr", "allég"}
