package apertium

import (
	"context"
	"strings"
	"testing"

	"brief/pipeline/chunking"
	"brief/pipeline/engine"
)

// TestTranslate_GlossaryArticles checks against the real apertium that a
// glossary term keeps English articles right: the README's "Otan,NATO"
// gives "NATO goes", not "The NATO goes" (issue 14).
func TestTranslate_GlossaryArticles(t *testing.T) {
	requireApertium(t)
	terms := []Term{{French: "Otan", English: "NATO"}, {French: "le Hamas", English: "Hamas"},
		{French: "UE", English: "the EU"}, {French: "FMI", English: "IMF"}, {French: "l'Unesco", English: "UNESCO"}}
	tests := []struct {
		name     string
		fr       string
		want     []string
		dontWant []string
	}{
		{"acronym said as a word", "L’Otan va élargir sa mission. Le secrétaire général de l'Otan a parlé à l’Otan.",
			[]string{"NATO goes", "of NATO", "to NATO"}, []string{"the NATO", "The NATO"}},
		{"article in the entry", "Le Hamas a tiré des roquettes. Les dirigeants du Hamas ont parlé au Hamas.",
			[]string{"Hamas has", "of Hamas", "to Hamas"}, []string{"the Hamas", "The Hamas"}},
		{"target brings its article", "L’UE a décidé. La présidence de l'UE parle.",
			[]string{"The EU has", "of the EU"}, []string{"the the", "The the"}},
		{"acronym spelled out keeps the article", "Le FMI prévoit une reprise. Les experts du FMI sont prudents.",
			[]string{"The IMF", "of the IMF"}, nil},
		{"elided article in the entry", "L’Unesco protège le site. La directrice de l’Unesco a parlé.",
			[]string{"UNESCO protects", "of UNESCO"}, []string{"the UNESCO", "The UNESCO"}},
	}
	var src []string
	for _, tt := range tests {
		src = append(src, tt.fr)
	}
	res, err := New().WithGlossary(terms).Translate(context.Background(), engine.TranslateRequest{Text: strings.Join(src, "\n\n"), Paragraphs: len(src)})
	if err != nil {
		t.Fatal(err)
	}
	got := chunking.Paragraphs(res.Text)
	if len(got) != len(src) {
		t.Fatalf("Translate gave %d paragraphs, want %d: %q", len(got), len(src), res.Text)
	}
	checkClean(t, res.Text)
	for i, tt := range tests {
		for _, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: Translate(%q) = %q, want it to contain %q", tt.name, tt.fr, got[i], w)
			}
		}
		for _, w := range tt.dontWant {
			if strings.Contains(got[i], w) {
				t.Errorf("%s: Translate(%q) = %q, contains %q", tt.name, tt.fr, got[i], w)
			}
		}
	}
}

// TestTranslate_Ounce: "once" is unknown to the French-Spanish dictionary
// and means eleven in Spanish; the built-in glossary keeps it an ounce,
// or an article on gold prices gains a figure the source never had.
func TestTranslate_Ounce(t *testing.T) {
	requireApertium(t)
	fr := "L’or a atteint 1 300 dollars l’once. Une once de platine vaut moins que trois onces d’argent."
	res, err := New().Translate(context.Background(), engine.TranslateRequest{Text: fr, Paragraphs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "ounce") || !strings.Contains(res.Text, "ounces") {
		t.Errorf("Translate(%q) = %q, want ounce and ounces", fr, res.Text)
	}
	if strings.Contains(strings.ToLower(res.Text), "eleven") {
		t.Errorf("Translate(%q) = %q: once became eleven", fr, res.Text)
	}
}
