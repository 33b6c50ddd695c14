package apertium

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"brief/pipeline/engine"
	"brief/pipeline/figures"
)

// requireApertium skips a test that needs the real apertium when it is
// not installed, except under CI=true, where .ci/run must have installed it.
func requireApertium(t *testing.T) {
	t.Helper()
	if err := Available(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but apertium cannot run: %v", err)
		}
		t.Skipf("skipping: apertium not installed (%v)", err)
	}
}

// mark is an Apertium unknown-word (*), generation (#) or ambiguity (@)
// mark glued to a word.
var mark = regexp.MustCompile(`(^|\s)[*#@]\p{L}`)

func readSample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func TestTranslate_Sample(t *testing.T) {
	requireApertium(t)
	src := readSample(t)
	paras := splitParagraphs(src)
	start := time.Now()
	res, err := New().Translate(context.Background(), engine.TranslateRequest{Text: src, Paragraphs: len(paras)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("apertium time for the sample: %v (%d runs)", time.Since(start), res.Usage.Requests)
	got := splitParagraphs(res.Text)
	if len(got) != len(paras) {
		t.Fatalf("Translate gave %d paragraphs, want %d:\n%s", len(got), len(paras), res.Text)
	}
	checkClean(t, res.Text)
	r := figures.VerifyTranslation(paras, got)
	if r.Status != figures.Passed || r.Counts.Matched != r.Counts.Source {
		t.Errorf("figures %s, %d/%d matched: %v\n%s", r.Status, r.Counts.Matched, r.Counts.Source, r.Findings, res.Text)
	}
	t.Logf("figures matched: %d/%d", r.Counts.Matched, r.Counts.Source)
	for _, want := range []string{"NATO", "Stoltenberg", "al-Kazimi", "4,000", "10,000", "2,500"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("translation lacks %q:\n%s", want, res.Text)
		}
	}
	if testing.Verbose() {
		t.Log("\n" + res.Text)
	}
}

// checkClean fails on a leaked placeholder or an Apertium mark.
func checkClean(t *testing.T, text string) {
	t.Helper()
	for _, h := range placeholderHeads {
		if strings.Contains(strings.ToUpper(text), h) {
			t.Errorf("placeholder %s leaked:\n%s", h, text)
		}
	}
	if m := mark.FindString(text); m != "" {
		t.Errorf("apertium mark %q in:\n%s", m, text)
	}
}
