package glossary

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []Term
		err      string
	}{
		{"csv with header and comment", "french,english\n# note\nOtan, NATO\n", []Term{{"Otan", "NATO"}}, ""},
		{"tsv", "le Hamas\tHamas\n", []Term{{"le Hamas", "Hamas"}}, ""},
		{"one column", "Otan\n", nil, "row 1: want two non-empty columns"},
		{"empty English", "Otan,\n", nil, "row 1: want two non-empty columns"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse(%q) error = %v, want %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	terms := []Term{{"Otan", "NATO"}, {"UE", "EU"}}
	src := []string{"L'Otan et l'UE.", "Rien ici.", "L'otan encore."}
	tr := []string{"The Alliance and the EU.", "Nothing here.", "NATO again."}
	got := Check(terms, src, tr)
	if len(got) != 1 || got[0].Paragraph != 0 || !strings.Contains(got[0].Message, `"Otan" in paragraph 1`) {
		t.Errorf("Check = %+v, want one warning for Otan in paragraph 1", got)
	}
}
