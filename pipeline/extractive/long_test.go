package extractive

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// A paragraph with no sentence breaks (50 KB of words) still gets a
// summary and a central extract: it is cut at clauses, then at words.
func TestNoSentenceBreaks(t *testing.T) {
	var b strings.Builder
	phrases := []string{"the budget of the city increases again for the schools", "the roads of the district wait for repairs",
		"families ask the council for more buses", "the mayor promises new parks near the river", "shops close early in the old town"}
	for i := 0; b.Len() < 50_000; i++ {
		fmt.Fprintf(&b, "%s in block %d and ", phrases[i%len(phrases)], i)
	}
	text := b.String()
	if len(text) < 50_000 {
		t.Fatalf("text is %d bytes", len(text))
	}
	c := Central(text, 500)
	if n := len(strings.Fields(c)); n == 0 || n > 500 {
		t.Errorf("Central kept %d words, want 1 to 500", n)
	}
	s := Summarize(text, Options{})
	if len(s.Bullets) < 3 || s.Headline == "" {
		t.Fatalf("Summarize = %+v, want a headline and 3 or more bullets", s)
	}
	for _, b := range s.Bullets {
		core := strings.TrimSuffix(strings.ToLower(b[:1])+b[1:], ".")
		if utf8.RuneCountInString(b) > 400 || !strings.Contains(text, core) {
			t.Errorf("bullet %q is not a short piece of the text", b)
		}
	}
}

func TestPieces(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		max  int // most words in a piece
	}{
		{"short", "A short sentence.", 3},
		{"words only", strings.Repeat("word ", 200), maxSentenceWords},
		{"clauses", strings.Repeat("the mayor spoke for a long time about the budget, and the council listened ", 20), maxSentenceWords},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.TrimSpace(tt.in)
			ps := pieces(in)
			if got := strings.Join(strings.Fields(strings.Join(ps, " ")), " "); got != strings.Join(strings.Fields(in), " ") {
				t.Errorf("pieces do not give the text back: %q", ps)
			}
			for _, p := range ps {
				if n := len(strings.Fields(p)); n > tt.max || n == 0 {
					t.Errorf("piece of %d words: %q", n, p)
				}
			}
		})
	}
}
