package figures

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// labelled is one row of testdata/cases.tsv: a French source, an English
// candidate and the expected verdict.
type labelled struct {
	id, mode, fr, en, want string
}

func loadCases(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open("testdata/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			t.Fatalf("cases.tsv: bad line %q", line)
		}
		if seen[c[0]] {
			t.Fatalf("cases.tsv: id %s is used twice; a failing row must name one case", c[0])
		}
		seen[c[0]] = true
		out = append(out, labelled{c[0], c[1], c[2], c[3], c[4]})
	}
	return out
}

// run verifies a case; " || " separates paragraphs or summary lines.
func (c labelled) run() *Report {
	src, cand := strings.Split(c.fr, " || "), strings.Split(c.en, " || ")
	if c.mode == "sum" {
		return VerifySummary(src, cand)
	}
	return VerifyTranslation(src, cand)
}

func verdictOf(r *Report) string {
	switch {
	case r.Counts.Errors > 0:
		return "err"
	case r.Counts.Warnings > 0:
		return "warn"
	}
	return "ok"
}

func TestCases(t *testing.T) {
	t.Parallel()
	for _, tt := range loadCases(t) {
		t.Run(tt.id, func(t *testing.T) {
			t.Parallel()
			r := tt.run()
			if got := verdictOf(r); got != tt.want {
				var msgs []string
				for _, f := range r.Findings {
					msgs = append(msgs, string(f.Severity)+" "+f.Kind+": "+f.Message)
				}
				t.Errorf("%s %q -> %q = %s, want %s\n  %s", tt.mode, tt.fr, tt.en, got, tt.want, strings.Join(msgs, "\n  "))
			}
		})
	}
}

// TestPrecisionRecall prints error precision and recall over the
// labelled table, the figure the held-out set is judged on.
func TestPrecisionRecall(t *testing.T) {
	var tp, fp, fn, tn int
	for _, tt := range loadCases(t) {
		got, want := verdictOf(tt.run()) == "err", tt.want == "err"
		switch {
		case got && want:
			tp++
		case got:
			fp++
		case want:
			fn++
		default:
			tn++
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	rc := float64(tp) / float64(max(1, tp+fn))
	t.Logf("cases=%d TP=%d FP=%d FN=%d TN=%d precision=%.3f recall=%.3f", tp+fp+fn+tn, tp, fp, fn, tn, p, rc)
	if p < 0.97 || rc < 0.97 {
		t.Errorf("precision %.3f recall %.3f, want >= 0.97 each", p, rc)
	}
}
