package figures

import "strings"

// manyParts: a fraction of two parts or more, "deux tiers", "trois
// quarts", "two-fifths", is a figure wherever it stands: no idiom says
// it ("une période de sûreté des deux tiers"). "un tiers" (a third
// party), "la moitié", "half" may be words of no value, so only these
// keep the benefit of the doubt when they go unpaired (N7).
func manyParts(m Mention) bool {
	if m.Kind != Fraction || !m.Word {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(m.Raw), func(r rune) bool { return r == ' ' || r == '-' || r == '\u00a0' }) {
		switch w {
		case "les", "des", "the", "de", "d'":
			continue
		case "un", "une", "one", "a", "an", "zéro", "zero":
			return false
		}
		if !numberWord(w) && m.Comparator != CmpNone {
			continue // the hedge's words: "nearly three in four", "près de deux sur trois"
		}
		return numberWord(w)
	}
	return false
}
