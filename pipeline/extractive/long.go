package extractive

import (
	"strings"
	"unicode"
)

// maxSentenceWords bounds one ranked sentence. A paragraph with no
// sentence breaks (a transcript, a list run together, a page of text with
// its punctuation lost) would otherwise be one sentence too long for any
// budget or bullet, and the summary would have nothing to pick from.
const maxSentenceWords = 60

// pieces cuts a sentence longer than maxSentenceWords into parts that are
// not: each at the last clause or phrase boundary (cuts) in its second
// half, else after its last whole word. The parts, joined by spaces, give
// the sentence back.
func pieces(s string) []string {
	var out []string
	for {
		limit := wordEnd(s, maxSentenceWords)
		if limit < 0 {
			return append(out, s)
		}
		end := limit
		floor := wordEnd(s, maxSentenceWords/2)
		for _, c := range cuts(s[:limit]) {
			if c.end > floor && c.end <= limit {
				end = c.end
			}
		}
		if end < len(s) && strings.IndexByte(",;:", s[end]) >= 0 {
			end++ // the clause keeps its punctuation
		}
		part := strings.TrimRightFunc(s[:end], unicode.IsSpace)
		rest := strings.TrimLeftFunc(s[end:], unicode.IsSpace)
		if part == "" || rest == "" {
			return append(out, s)
		}
		out = append(out, part)
		s = rest
	}
}

// wordEnd is the byte offset just after the n-th word of s, or -1 when s
// has no more than n words.
func wordEnd(s string, n int) int {
	words, in := 0, false
	for i, r := range s {
		space := unicode.IsSpace(r)
		if in && space {
			if words == n {
				return i
			}
		}
		if !in && !space {
			words++
		}
		in = !space
	}
	return -1
}
