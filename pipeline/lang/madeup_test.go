package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// madeUp replaces every word of text by a pronounceable word that exists
// in no language, keeping its length, its capital and the punctuation
// after it: the "page of made-up words" a broken model sends back.
func madeUp(text string) string {
	syllables := []string{"bra", "ko", "zin", "tel", "mu", "vor", "qua", "plin", "dru", "sef", "gno", "wix"}
	n := 0
	var out []string
	for _, w := range strings.Fields(text) {
		word := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		var b strings.Builder
		for b.Len() < len(word) {
			b.WriteString(syllables[n%len(syllables)])
			n += 7
		}
		m := b.String()
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			m = strings.ToUpper(m[:1]) + m[1:]
		}
		out = append(out, m+w[len(word):])
	}
	return strings.Join(out, " ")
}
