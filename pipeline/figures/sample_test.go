package figures

import (
	"os"
	"strings"
	"testing"
)

func readParas(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(string(b)), "\n\n") {
		out = append(out, strings.TrimSpace(p))
	}
	return out
}

// TestVerifySample checks a faithful translation of the seed article:
// every source figure found and matched, no finding above info.
func TestVerifySample(t *testing.T) {
	t.Parallel()
	fr, en := readParas(t, "sample_fr.txt"), readParas(t, "sample_en.txt")
	r := VerifyTranslation(fr, en)
	for _, f := range r.Findings {
		t.Errorf("unexpected finding: %s %s: %s", f.Severity, f.Kind, f.Message)
	}
	var sources []string
	for _, row := range r.Rows {
		sources = append(sources, row.Source)
		if row.Status != RowMatched {
			t.Errorf("row %q: status %s, want matched", row.Source, row.Status)
		}
	}
	for _, want := range []string{"trente", "1er mai", "mi-2022", "11 septembre 2001", "février 2020",
		"deux", "environ 500", "quelque 10 000", "environ 2 500", "quelque 90", "4 000", "mai"} {
		if !containsSuffix(sources, want) {
			t.Errorf("source figure %q not found; rows: %v", want, r.Rows)
		}
	}
}

func containsSuffix(list []string, s string) bool {
	for _, x := range list {
		if x == s || strings.HasSuffix(x, " "+s) {
			return true
		}
	}
	return false
}
