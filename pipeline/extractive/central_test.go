package extractive

import (
	"strings"
	"testing"
)

func TestCentral(t *testing.T) {
	text := strings.Repeat("The mission grows to 4,000 people in Iraq. Ministers met online for two days. ", 30)
	got := Central(text, 100)
	if n := len(strings.Fields(got)); n > 100 || n == 0 {
		t.Errorf("Central(600 words, 100) has %d words, want 1 to 100", n)
	}
	for _, s := range strings.FieldsFunc(got, func(r rune) bool { return r == '\n' }) {
		if !strings.Contains(text, strings.TrimSpace(s)) {
			t.Errorf("Central returned %q, not a run of the text's sentences", s)
		}
	}
	if short := "One sentence only."; Central(short, 100) != short {
		t.Errorf("Central(short) changed the text")
	}
}
