package figures

import (
	"slices"
	"strings"
)

// rivalTold finds the rival a bullet gives a figure to when the source
// gives it to the one ahead: "Kazakhstan was hardest hit, with 11,000
// cases" for "La Roumanie est le pays le plus touché, avec 11 000 cas,
// devant le Kazakhstan". The rival is named after "devant" or
// "derrière" in the figure's own sentence; the figure's actor, a name
// as the source writes it, is nowhere in the bullet line, while the
// bullet's sentence names the rival, and not as one ("ahead of
// Kazakhstan"). Only a rival named after the figure counts: the figures
// after it are the rival's own ("devant l'Autrichienne, à 18
// centièmes"). It returns the rival, or "".
func (r *check) rivalTold(s, t *atom) string {
	if s.m.Paragraph >= len(r.source) {
		return ""
	}
	sLo, sHi := sentenceBounds(r.source[s.m.Paragraph], s.m.Start)
	said := r.source[s.m.Paragraph][sLo:sHi]
	rivals := rivalsIn(said[min(len(said), max(0, s.m.End-sLo)):])
	if len(rivals) == 0 {
		return "" // (most sentences set no rival: the cheap test first)
	}
	var own []string
	for _, a := range s.m.actors() {
		if strings.Contains(said, upperFirst(a)) || countryWritten(said, a) {
			own = append(own, a) // a name as the source writes it, not a noun of the lexicon ("la direction")
		}
	}
	if len(own) == 0 || anyNameSaid(r.text, own) || slices.ContainsFunc(sentenceWords(r.text), func(w string) bool { return translatedIn(own, w) }) {
		return "" // the bullet names the figure's own actor, as written or in English ("Romania")
	}
	lo, hi := sentenceBounds(r.text, t.m.Start)
	told := sentenceWords(r.text[lo:hi])
	for _, rival := range rivals {
		for k, w := range told {
			if (sameName(stripAccents(rival), w) || translatedIn([]string{rival}, w)) && !enRivalCue(told, k) {
				return rival
			}
		}
	}
	return ""
}

// rivalsIn are the names a French sentence sets behind or ahead of its
// subject: the capitalised word after "devant le", "derrière la".
func rivalsIn(sent string) []string {
	var out []string
	ws := strings.Fields(sent)
	for k, w := range ws {
		if w != "devant" && w != "derrière" || k+1 >= len(ws) {
			continue
		}
		j := k + 1
		if w := strings.ToLower(ws[j]); (w == "le" || w == "la" || w == "les") && j+1 < len(ws) {
			j++
		}
		if name := strings.TrimPrefix(strings.TrimRight(ws[j], ".,;:)"), "l'"); capitalWord(name) {
			out = append(out, strings.ToLower(name))
		}
	}
	return out
}

// enRivalCue: the English word at k is named as a rival, "ahead of the
// Austrian", "behind Kazakhstan", "beating Castres" (sentenceWords drops
// "the" and "of").
func enRivalCue(ws []string, k int) bool {
	for j := k - 1; j >= max(0, k-2); j-- {
		if rivalCues[ws[j]] {
			return true
		}
	}
	for j := k - 1; j >= max(0, k-4); j-- {
		if ws[j] == "twice" || ws[j] == "times" || ws[j] == "thrice" {
			return true // "more than twice the share of Spain": the rival is the base of a multiple
		}
	}
	return false
}

// rivalCues open the name of the one a figure is set against, not of
// the one it is said of: "second behind Charleroi", "ahead of Italy".
var rivalCues = map[string]bool{"ahead": true, "behind": true, "beating": true, "over": true, "before": true, "than": true, "past": true}

// listedRival: the name w stands in a list of names after a rival's cue
// in sent, "behind the United States and Austria", "ahead of Spain,
// Italy and Greece": each name of the list is a rival, not the subject.
func listedRival(sent, w string) bool {
	words := strings.Fields(sent)
	k := slices.IndexFunc(words, func(x string) bool { return strings.EqualFold(strings.Trim(x, ",.;:"), w) })
	if k < 1 {
		return false
	}
	listed := false
	for j := k - 1; j >= max(0, k-7); j-- {
		x := strings.Trim(words[j], ",")
		switch {
		case x == "and" || x == "or":
			listed = true
		case x == "the" || capitalWord(x):
		case x == "of" && j > 0 && words[j-1] == "ahead": // "ahead of Spain, Italy and Greece": the cue is "ahead"
		case listed && rivalCues[x]:
			return true
		default:
			return false
		}
	}
	return false
}

// countryWritten: a is the English name the parser gives a country the
// sentence names in French ("spain" for "L'Espagne").
func countryWritten(said, a string) bool {
	return slices.ContainsFunc(frNamesOf[a], func(fr string) bool { return strings.Contains(said, upperFirst(fr)) })
}

// frNamesOf gives the French words ctxLexicon translates first by an
// English word, built once: "spain" -> "espagne".
var frNamesOf = func() map[string][]string {
	out := make(map[string][]string, len(ctxLexicon))
	for fr, ens := range ctxLexicon {
		if len(ens) > 0 {
			out[ens[0]] = append(out[ens[0]], fr)
		}
	}
	return out
}()
