package extractive_test

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"brief/internal/golden"
	"brief/pipeline/extractive"
)

// TestSummarize_Sample summarises Apertium's English for the sample
// article (testdata/sample_en.txt, made by the offline engine from
// pipeline/engine/apertium/testdata/sample.txt) and checks what a reader
// sees first: a headline that is a headline, and bullets that cover the
// whole article.
func TestSummarize_Sample(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("testdata/sample_en.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	s := extractive.Summarize(text, extractive.Options{})
	golden.Compare(t, golden.Path(t, "sample"), []byte(s.Markdown()))
	checkShape(t, text, s)
}

// checkShape asserts issue 14's acceptance for an offline summary.
func checkShape(t *testing.T, text string, s extractive.Summary) {
	t.Helper()
	last, _ := utf8.DecodeLastRuneInString(s.Headline)
	if n := utf8.RuneCountInString(s.Headline); n == 0 || n > 120 || !(unicode.IsLetter(last) || unicode.IsDigit(last)) {
		t.Errorf("headline %q: %d characters, ends in %q; want 1 to 120 ending on a word", s.Headline, n, last)
	}
	if n := len(s.Bullets); n < 3 || n > 6 {
		t.Errorf("%d bullets, want 3 to 6", n)
	}
	halves := map[bool]bool{}
	for _, b := range s.Bullets {
		i := strings.Index(text, strings.TrimSuffix(b, "."))
		if i < 0 {
			t.Errorf("bullet %q is not copied from the text", b)
			continue
		}
		halves[i >= len(text)/2] = true
	}
	if !halves[false] || !halves[true] {
		t.Errorf("bullets do not come from both halves of the text:\n%s", s.Markdown())
	}
}
