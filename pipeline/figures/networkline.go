package figures

import (
	"strings"
	"unicode"
)

// networkLine: "deuxième ligne" is a rugby lock when it names a player
// ("le deuxième ligne du Racing"), but a numbered line of a network when
// a feminine determiner opens it ("sa deuxième ligne", "la première
// ligne, en 2012") or a common noun says of what ("ligne de tramway",
// "ligne de métro"): then the ordinal ranks the line, a fact.
func networkLine(id, before, after string) bool {
	if !strings.HasSuffix(id, " ligne") && !strings.HasSuffix(id, " lignes") {
		return false
	}
	if frFeminineDeterminers[lastWord(before[max(0, len(before)-12):])] {
		return true
	}
	f := strings.Fields(after[:min(len(after), 40)])
	if len(f) < 2 || f[0] != "de" && f[0] != "du" {
		return false
	}
	next, low := []rune(f[1]), strings.ToLower(f[1])
	return unicode.IsLower(next[0]) && !strings.ContainsAny(f[1], "'’") && !frArticles[low] && low != "les" // ("le troisième ligne de Clermont", "de l'équipe")
}

// frFeminineDeterminers open a feminine noun: the rugby position is a
// masculine one ("le deuxième ligne", "son troisième ligne").
var frFeminineDeterminers = map[string]bool{"la": true, "sa": true, "une": true, "cette": true, "ma": true, "ta": true}

// lastWord is the last space-separated word of s, lower-cased.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace) // (from the end: s is often all the text before a figure)
	w := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	return strings.ToLower(strings.Trim(w, ",;:("))
}
