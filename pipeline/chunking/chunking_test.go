package chunking

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// words counts whitespace-separated words: simple, and exact enough to
// reason about budgets in tests.
type wordCounter struct{}

func (wordCounter) Count(s string) int { return len(strings.Fields(s)) }

func TestSentences(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		want []string
	}{
		{"two", "Il pleut. Il vente.", []string{"Il pleut. ", "Il vente."}},
		{"monsieur", "M. Stoltenberg a parlé. Puis il est parti.", []string{"M. Stoltenberg a parlé. ", "Puis il est parti."}},
		{"madame and MM.", "Mme Dupont et MM. Durand sont là. Bien.", []string{"Mme Dupont et MM. Durand sont là. ", "Bien."}},
		{"numero", "Loi n° 12. Suite.", []string{"Loi n° 12. ", "Suite."}},
		{"etc. then lower", "Des pommes, etc. et des poires.", []string{"Des pommes, etc. et des poires."}},
		{"initial", "J. Stoltenberg parle. Oui.", []string{"J. Stoltenberg parle. ", "Oui."}},
		{"guillemets", "Il a dit « Non. Jamais. » Puis rien.", []string{"Il a dit « Non. Jamais. » Puis rien."}},
		{"straight quotes", `"Non. Jamais", a-t-il dit. Puis rien.`, []string{`"Non. Jamais", a-t-il dit. `, "Puis rien."}},
		{"question", "Partira ? Oui. Non!", []string{"Partira ? ", "Oui. ", "Non!"}},
		{"question mark", "Partira? Oui.", []string{"Partira? ", "Oui."}},
		{"decimal", "Il a 2.5 ans. Bien.", []string{"Il a 2.5 ans. ", "Bien."}},
		{"ellipsis", "Alors… Rien.", []string{"Alors… ", "Rien."}},
		{"quote closes sentence", `Il a dit "non." Puis rien.`, []string{`Il a dit "non." `, "Puis rien."}},
		{"double stop after an initial", "Oui.. 0 mot. C", []string{"Oui.. ", "0 mot. ", "C"}}, // found by FuzzChunk
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.in, diff)
			}
			if strings.Join(got, "") != tt.in {
				t.Errorf("sentences do not rejoin to the input")
			}
		})
	}
}

func TestSplit(t *testing.T) {
	for _, tt := range []struct {
		name   string
		paras  []string
		budget int
		want   []string
	}{
		{"fits", []string{"a b", "c d"}, 10, []string{"a b\n\nc d"}},
		{"paragraph boundaries", []string{"a b c", "d e f", "g h i"}, 5, []string{"a b c\n\n", "d e f\n\n", "g h i"}},
		{"balanced", []string{"a b c", "d e f", "g h i", "j"}, 9, []string{"a b c\n\nd e f\n\n", "g h i\n\nj"}},
		{"sentences", []string{"Un deux. Trois quatre. Cinq six."}, 4, []string{"Un deux. Trois quatre. ", "Cinq six."}},
		{"never inside M.", []string{"Voici M. Dupont ici. Fin du texte."}, 4, []string{"Voici M. Dupont ici. ", "Fin du texte."}},
		{"clauses", []string{"un deux, trois quatre, cinq six"}, 2, []string{"un deux, ", "trois quatre, ", "cinq six"}},
		{"words", []string{"un deux trois quatre"}, 2, []string{"un deux ", "trois quatre"}},
		{"one long word", []string{"anticonstitutionnellement"}, 0, []string{"anticonstitutionnellement"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.paras, tt.budget, wordCounter{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split (-want +got):\n%s", diff)
			}
		})
	}
}

// Property: chunks rejoin to the body exactly, and none exceeds the budget
// unless it is a single word.
func TestSplit_Property(t *testing.T) {
	base := []string{
		"L’Otan va considérablement augmenter les effectifs de sa mission, a annoncé M. Stoltenberg. Les ministres des trente pays ont décidé. « Notre mission passera de 500 à environ 4 000 personnes. » Fin.",
		"Court.",
		strings.Repeat("mot ", 300) + "fin",
		"Il a dit: un, deux, trois; quatre — cinq. Puis Mme Durand est partie. n° 5.",
	}
	for budget := 1; budget <= 60; budget += 7 {
		got := Split(base, budget, wordCounter{})
		if strings.Join(got, "") != strings.Join(base, Separator) {
			t.Fatalf("budget %d: chunks do not rejoin to the body", budget)
		}
		for _, c := range got {
			if n := (wordCounter{}).Count(c); n > budget && n > 1 {
				t.Errorf("budget %d: chunk of %d words: %q", budget, n, c)
			}
		}
	}
}

func TestSplitInto(t *testing.T) {
	for _, tt := range []struct {
		name      string
		paras     []string
		n, budget int
		want      []string
	}{
		{"the budget gives more", []string{"a b c", "d e f", "g h i"}, 2, 5, []string{"a b c\n\n", "d e f\n\n", "g h i"}},
		{"n balanced paragraphs", []string{"a b", "c d", "e f", "g h"}, 2, 100, []string{"a b\n\nc d\n\n", "e f\n\ng h"}},
		{"a long paragraph is cut at sentences", []string{"Un deux. Trois quatre. Cinq six. Sept huit.", "Neuf."}, 3, 100,
			[]string{"Un deux. Trois quatre. ", "Cinq six. Sept huit.\n\n", "Neuf."}},
		{"fewer words than chunks", []string{"un deux"}, 4, 100, []string{"un ", "deux"}},
		{"one", []string{"a b", "c d"}, 1, 100, []string{"a b\n\nc d"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitInto(tt.paras, tt.n, tt.budget, wordCounter{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SplitInto (-want +got):\n%s", diff)
			}
			if strings.Join(got, "") != strings.Join(tt.paras, Separator) {
				t.Errorf("chunks do not rejoin to the body: %q", got)
			}
		})
	}
}
