package figures

import (
	"strings"
	"unicode"
)

// A French report introduces a person by nationality and name, "Le
// Suédois Axel Lindqvist a porté le record", then names them by the
// nationality alone, "Le Suédois touchera une prime de 100 000 dollars".
// A summary names them: "Lindqvist earns a $100,000 bonus". The figure
// is the named person's, not one moved to another name.

// introducedAs: the paragraph introduces the person name by one of the
// nationalities in names, "Le Suédois Axel Lindqvist": a figure said of
// "le Suédois" later is said of Lindqvist.
func introducedAs(paragraph string, names []string, name string) bool {
	words := strings.FieldsFunc(paragraph, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' })
	for i, w := range words {
		if !capitalWord(w) || demonymForms[strings.ToLower(w)] == "" || !nameIn(strings.ToLower(w), names) {
			continue
		}
		for k := i + 1; k <= i+3 && k < len(words) && capitalWord(words[k]); k++ {
			if sameFolded(words[k], name) {
				return true
			}
		}
	}
	return false
}
