// Package lang guesses whether a text is French or English from the share
// of each language's stop words: crude, but enough to catch a reply that
// was not translated, or an input that is not French.
package lang

import (
	"strings"
	"unicode"
)

var french = set("le la les un une des du de et est sont à au aux dans pour que qui ne pas sur par avec ce cette ces il elle ils elles nous vous son sa ses leur leurs mais ou donc été être avait ont plus selon lors entre aussi très déjà")

var english = set("the a an of and is are to in for that which who not on by with this these it he she they we you his her their but or so was were be been had have more according during between also very already from at")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Score counts the words of text and its French and English stop words.
func Score(text string) (words, fr, en int) {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		if i := strings.LastIndexByte(w, '\''); i >= 0 { // l'homme, d'un
			w = w[i+1:]
		}
		if w == "" {
			continue
		}
		words++
		if french[w] {
			fr++
		}
		if english[w] {
			en++
		}
	}
	return words, fr, en
}

// minWords is the length below which no guess is made.
const minWords = 8

// LooksFrench reports text that is clearly French: enough words, and far
// more French stop words than English ones.
func LooksFrench(text string) bool {
	n, fr, en := Score(text)
	return n >= minWords && fr*10 >= n && fr > 2*en
}

// LooksNotFrench reports text long enough to judge that has almost no
// French stop words.
func LooksNotFrench(text string) bool {
	n, fr, _ := Score(text)
	return n >= minWords && fr*25 < n
}
