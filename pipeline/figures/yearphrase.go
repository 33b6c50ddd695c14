package figures

import "strings"

// yearByPhrase explains a bullet year as the year before or after one
// the source gives, when the source names that year by a phrase in the
// next sentence: "Le 1er juillet 1973, ... L'année précédente, 18 034
// personnes avaient perdu la vie" lets a bullet date the deaths "in 1972".
func (r *check) yearByPhrase(src []*atom, t Mention) string {
	if t.Kind != Year && !(isYearish(t) && len(t.Raw) == 4) || datedOtherwise(src, r.line, t) {
		return ""
	}
	ty := atoiSafe(t.Value)
	for _, a := range src {
		if a.m.Kind != Year && a.m.Kind != Date || a.m.born || a.m.Paragraph >= len(r.source) {
			continue
		}
		ay := yearOf(*a.m)
		if ay == 0 || ay != ty+1 && ay != ty-1 {
			continue
		}
		next := nextSentence(r.source[a.m.Paragraph], a.m.End)
		phrases, way := yearAfterSaid, "after"
		if ay == ty+1 {
			phrases, way = yearBeforeSaid, "before"
		}
		for _, ph := range phrases {
			if strings.HasPrefix(next, ph) {
				return "the year " + way + " " + a.m.Raw + " (\"" + ph + "\")"
			}
		}
	}
	return ""
}

// nextSentence is the start of the sentence after the one at off,
// lower-cased, or "".
func nextSentence(text string, off int) string {
	_, hi := sentenceBounds(text, off)
	if hi+2 >= len(text) {
		return ""
	}
	return strings.ToLower(strings.TrimLeft(sentenceAt(text, hi+2), " "))
}

// yearBeforeSaid, yearAfterSaid open a French sentence about the year
// before or after the one just given (relyear's yearBeforeWords also
// hold years told from today, "l'an dernier", which name no year of the
// text).
var (
	yearBeforeSaid = []string{"l'année précédente", "l'année d'avant", "l'an précédent", "un an plus tôt"}
	yearAfterSaid  = []string{"l'année suivante", "l'année d'après", "l'an suivant", "un an plus tard"}
)
