package apertium

import (
	"strings"
	"testing"
)

func TestDropsArticle(t *testing.T) {
	t.Parallel()
	for en, want := range map[string]bool{
		"NATO": true, "UNESCO": true, "OPEC": true, "NASA": true, "UEFA": true, "ISIS": true, "UNICEF": true,
		"the EU": true, "The Alliance": true,
		"EU": false, "UN": false, "IMF": false, "WHO": false, "OECD": false, "IAEA": false, "FARC": false,
		"Hamas": false, "Nato": false, "G20": false, "European Union": false,
	} {
		if got := dropsArticle(en); got != want {
			t.Errorf("dropsArticle(%q) = %v, want %v", en, got, want)
		}
	}
}

func TestProtect_GlossaryArticles(t *testing.T) {
	t.Parallel()
	terms := []Term{{French: "Otan", English: "NATO"}, {French: "le Hamas", English: "Hamas"},
		{French: "FMI", English: "IMF"}, {French: "l'Unesco", English: "UNESCO"}, {French: "UE", English: "the EU"}}
	tests := []struct{ in, want string }{
		{"L’Otan et l'Otan, à l’Otan.", "ZQX0ZQ et ZQX1ZQ, à ZQX2ZQ."},
		{"Le Hamas, du Hamas, au Hamas, Hamas.", "ZQX0ZQ, de ZQX1ZQ, à ZQX2ZQ, ZQX3ZQ."},
		{"Du Hamas et aux Hamas.", "De ZQX0ZQ et à ZQX1ZQ."},
		{"Le FMI et du FMI.", "Le ZQX0ZQ et du ZQX1ZQ."},
		{"L’Unesco et l'Unesco.", "ZQX0ZQ et ZQX1ZQ."},
		{"L’UE et de l’UE.", "ZQX0ZQ et de ZQX1ZQ."},
		{"Bordel’Otan", "Bordel’ZQX0ZQ"}, // not an article: part of a word
	}
	for _, tt := range tests {
		got := newProtector(tt.in, terms...).protect(tt.in)
		if got.text != tt.want {
			t.Errorf("protect(%q) = %q, want %q", tt.in, got.text, tt.want)
		}
		for _, s := range got.slots {
			if strings.HasPrefix(s.english, "the the") {
				t.Errorf("protect(%q) slot %q", tt.in, s.english)
			}
		}
	}
}
