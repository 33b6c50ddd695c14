package extractive_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"brief/pipeline/extractive"
)

// FuzzSummarize: any text gives a summary without panicking, with a
// headline within its limit and no ellipsis, and bullets taken from the
// text.
func FuzzSummarize(f *testing.F) {
	f.Add(article, "")
	f.Add("Title line\n\nOne. Two, three and four, 4,000 people \"quoted, here\" (aside, too).", "A title")
	f.Add(`"Unbalanced, quote; with: marks – and — dashes - here`, "")
	f.Add(strings.Repeat("x", 300)+" and more words here to fill a sentence.", "")
	f.Fuzz(func(t *testing.T, text, title string) {
		s := extractive.Summarize(text, extractive.Options{Title: title})
		if n := utf8.RuneCountInString(s.Headline); n > 120 || strings.HasSuffix(s.Headline, "…") {
			t.Errorf("headline %q: %d characters", s.Headline, n)
		}
		if len(s.Bullets) > 5 {
			t.Errorf("%d bullets", len(s.Bullets))
		}
		_, _ = extractive.Headline(text, 40)
		_ = extractive.LooksLikeTitle(text)
	})
}
