package pipeline

import "testing"

func TestHalve(t *testing.T) {
	tests := []struct {
		name, text, a, b string
		ok               bool
	}{
		{"paragraphs", "Un.\n\nDeux.\n\nTrois.\n\nQuatre.", "Un.\n\nDeux.\n\n", "Trois.\n\nQuatre.", true},
		{"sentences", "Une phrase ici. Une autre là. Et une fin.", "Une phrase ici. ", "Une autre là. Et une fin.", true},
		{"words", "un deux trois quatre", "un deux ", "trois quatre", true},
		{"one word", "  anticonstitutionnellement ", "", "", false},
		{"blank", " \n\n ", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, ok := Halve(tt.text)
			if a != tt.a || b != tt.b || ok != tt.ok {
				t.Errorf("Halve(%q) = %q, %q, %v, want %q, %q, %v", tt.text, a, b, ok, tt.a, tt.b, tt.ok)
			}
			if ok && a+b != tt.text {
				t.Errorf("Halve(%q): %q+%q is not the text", tt.text, a, b)
			}
		})
	}
}
