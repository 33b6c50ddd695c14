package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/pipeline/figures"
)

// Headline turns a sentence into a headline of at most about maxWords
// words: it drops the final full stop and unbalanced quotes and, when the
// sentence is longer, cuts it at the last clause boundary (comma, dash,
// colon, semicolon) that keeps at least a third of the words, else at a
// word boundary with an ellipsis. It never cuts inside a figure.
func Headline(s string, maxWords int) string {
	s = strings.TrimSpace(s)
	s = dropUnbalanced(s)
	if len(strings.Fields(s)) > maxWords {
		s = shorten(s, maxWords)
	}
	s = strings.TrimRight(s, " .,;:")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// shorten cuts s after at most maxWords words.
func shorten(s string, maxWords int) string {
	spans := figures.Extract(s, figures.English)
	inFigure := func(i int) bool {
		for _, m := range spans {
			if i > m.Start && i < m.End {
				return true
			}
		}
		return false
	}
	// limit is the byte offset just after word number maxWords.
	limit, words := len(s), 0
	for i, r := range s {
		if unicode.IsSpace(r) && i > 0 && !unicode.IsSpace(rune(s[i-1])) {
			words++
			if words == maxWords {
				limit = i
				break
			}
		}
	}
	minWords := max(3, maxWords/3)
	best := -1
	words = 0
	for i, r := range s[:limit] {
		if unicode.IsSpace(r) {
			words++
		}
		if words >= minWords && strings.ContainsRune(",;:–—", r) && !inFigure(i) {
			best = i
		}
		if words >= minWords && r == '-' && i > 0 && s[i-1] == ' ' {
			best = i - 1
		}
	}
	if best > 0 {
		return strings.TrimSpace(s[:best])
	}
	cut := limit
	for cut > 0 && inFigure(cut) {
		cut = strings.LastIndexByte(s[:cut], ' ')
	}
	if cut <= 0 {
		return s
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// dropUnbalanced removes straight and curly double quotes when they do
// not pair up, as happens when a quote spans several sentences.
func dropUnbalanced(s string) string {
	straight := strings.Count(s, `"`)
	open := strings.Count(s, "“") + strings.Count(s, "«")
	shut := strings.Count(s, "”") + strings.Count(s, "»")
	if straight%2 == 0 && open == shut {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer(`"`, "", "“", "", "”", "", "«", "", "»", "").Replace(s)), " ")
}
