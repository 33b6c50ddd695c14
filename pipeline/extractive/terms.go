package extractive

import (
	"strings"
	"unicode"
)

// stopWords are English function words, which say nothing about what a
// sentence is about.
var stopWords = toSet(`a about above after again against all also am an and any are as at be because
been before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its itself
just like me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves go goes going will shall may might must said says say mr mrs ms`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// terms lowercases a sentence, splits it into words, drops stop words and
// stems what remains. Numbers are kept: a figure shared by two sentences
// links them.
func terms(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stopWords[w] || len([]rune(w)) < 2 {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// stem strips the commonest English inflections and a final e; crude,
// but it only has to make "forces" and "force", "decided" and "decide"
// meet.
func stem(w string) string {
	w = strip(w)
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		return w[:len(w)-1]
	}
	return w
}

func strip(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []struct{ from, to string }{
		{"ies", "y"}, {"sses", "ss"}, {"ing", ""}, {"edly", ""}, {"ed", ""}, {"ly", ""}, {"es", ""}, {"s", ""},
	} {
		if strings.HasSuffix(w, suf.from) && len(w)-len(suf.from) >= 3 {
			if suf.from == "s" && strings.HasSuffix(w, "ss") {
				return w
			}
			return strings.TrimSuffix(w, suf.from) + suf.to
		}
	}
	return w
}
