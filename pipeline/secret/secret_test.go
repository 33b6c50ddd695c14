package secret

import "testing"

func TestRedactor(t *testing.T) {
	const key = "sk-live-0123456789abcdef"
	r := New(key)
	for _, tt := range []struct {
		name, in, line, text string
	}{
		{"the key", "401: Incorrect API key provided: " + key, "401: Incorrect API key provided: " + Mask, "401: Incorrect API key provided: " + Mask},
		{"another key-shaped word", "echo sk-other-99999999 here", "echo " + Mask + " here", "echo sk-other-99999999 here"},
		{"article text", "the key-performance indicators rose", "the " + Mask + " indicators rose", "the key-performance indicators rose"},
		{"nothing", "HTTP 503", "HTTP 503", "HTTP 503"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Line(tt.in); got != tt.line {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.line)
			}
			if got := r.Text(tt.in); got != tt.text {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.text)
			}
		})
	}
	if got := New("").Text("sk-abcdefghijkl"); got != "sk-abcdefghijkl" {
		t.Errorf("with no key, Text changed %q", got)
	}
}
