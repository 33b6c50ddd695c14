package apertium

import (
	"context"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"brief/pipeline/chunking"
	"brief/pipeline/engine"
	"brief/pipeline/figures"
	"brief/pipeline/lang"
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
	paras := chunking.Paragraphs(src)
	start := time.Now()
	res, err := New().Translate(context.Background(), engine.TranslateRequest{Text: src, Paragraphs: len(paras)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("apertium time for the sample: %v (%d runs)", time.Since(start), res.Usage.Requests)
	got := chunking.Paragraphs(res.Text)
	if len(got) != len(paras) {
		t.Fatalf("Translate gave %d paragraphs, want %d:\n%s", len(got), len(paras), res.Text)
	}
	checkClean(t, res.Text)
	r := figures.VerifyTranslation(paras, got)
	if r.Status != figures.Passed || r.Counts.Matched != r.Counts.Source {
		t.Errorf("figures %s, %d/%d matched: %v\n%s", r.Status, r.Counts.Matched, r.Counts.Source, r.Findings, res.Text)
	}
	t.Logf("figures matched: %d/%d", r.Counts.Matched, r.Counts.Source)
	// Apertium's rough English must pass the per-paragraph output check
	// every engine's translation goes through.
	if err := lang.CheckParagraphs(paras, got); err != nil {
		t.Errorf("lang.CheckParagraphs: %v", err)
	}
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

// TestPlaceholderSurvives checks, against the real apertium, that a
// placeholder passes both modes unchanged in the contexts figures occur
// in: once, whole, with no mark and nothing glued to it.
func TestPlaceholderSurvives(t *testing.T) {
	requireApertium(t)
	contexts := []string{
		"ZQX0ZQ personnes sont venues.",
		"Les ministres des ZQX0ZQ pays ont décidé.",
		"La mission passera d’environ ZQX0ZQ personnes à ZQX1ZQ.",
		"Une hausse de ZQX0ZQ touche l’économie.",
		"L’échéance du ZQX0ZQ prochain approche.",
		"Signé en ZQX0ZQ à Doha (Qatar).",
		"Les attentats du ZQX0ZQ à New York.",
		"Il a dit « ZQX0ZQ » et (ZQX1ZQ) puis \"ZQX2ZQ\".",
		"De ZQX0ZQ à ZQX1ZQ, soit ZQX2ZQ de plus qu’en ZQX3ZQ.",
		"Elle coûte ZQX0ZQ, selon l’ZQX1ZQ.",
		"C’est la ZQX0ZQ fois.",
	}
	out, err := pivot(context.Background(), "apertium", strings.Join(contexts, "\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := chunking.Paragraphs(out)
	if len(got) != len(contexts) {
		t.Fatalf("pivot kept %d of %d paragraphs:\n%s", len(got), len(contexts), out)
	}
	tok := regexp.MustCompile(`\S*ZQX\d+ZQ\S*`)
	for i, fr := range contexts {
		want := regexp.MustCompile(`ZQX\d+ZQ`).FindAllString(fr, -1)
		var bare []string
		for _, w := range tok.FindAllString(got[i], -1) {
			bare = append(bare, strings.Trim(w, `.,;:!?()"«»“” `))
		}
		if strings.Join(bare, " ") != strings.Join(want, " ") {
			t.Errorf("%q -> %q: placeholders %q, want %q", fr, got[i], bare, want)
		}
		checkClean(t, strings.NewReplacer("ZQX", "").Replace(got[i]))
	}
}

func TestTranslate_NoFigures(t *testing.T) {
	requireApertium(t)
	src := "Le ciel est bleu.\n\nLes enfants jouent dans le jardin."
	res, err := New().Translate(context.Background(), engine.TranslateRequest{Text: src, Paragraphs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := chunking.Paragraphs(res.Text); len(got) != 2 {
		t.Fatalf("Translate gave %d paragraphs, want 2: %q", len(got), res.Text)
	}
	checkClean(t, res.Text)
	if !strings.Contains(res.Text, "blue") {
		t.Errorf("Translate(%q) = %q, want English", src, res.Text)
	}
}

func TestTranslate_Cancelled(t *testing.T) {
	requireApertium(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Translate(ctx, engine.TranslateRequest{Text: "Bonjour."})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Translate with a cancelled context = %v, want context.Canceled", err)
	}
}

func TestAvailable(t *testing.T) {
	requireApertium(t)
	if err := Available(); err != nil {
		t.Errorf("Available() = %v", err)
	}
}

// TestSummarize_Sample checks the offline briefing's first impression on
// the sample (issue 14): a headline of at most 120 characters ending on a
// word, 3 to 6 bullets copied from the translation (a long one cut at a
// clause) that come from both halves of it, and figures that all check.
func TestSummarize_Sample(t *testing.T) {
	requireApertium(t)
	e := New()
	src := readSample(t)
	tr, err := e.Translate(context.Background(), engine.TranslateRequest{Text: src})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Summarize(context.Background(), engine.SummarizeRequest{Text: tr.Text})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(res.Text), "\n")
	headline, ok := strings.CutPrefix(lines[0], "# ")
	last, _ := utf8.DecodeLastRuneInString(headline)
	if n := utf8.RuneCountInString(headline); !ok || n > 120 || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		t.Errorf("headline %q: want \"# \", at most 120 characters, ending on a word", lines[0])
	}
	bullets := 0
	halves := map[bool]bool{}
	for _, l := range lines[1:] {
		b, ok := strings.CutPrefix(l, "- ")
		if !ok {
			continue
		}
		bullets++
		i := strings.Index(tr.Text, strings.TrimSuffix(b, "."))
		if i < 0 {
			t.Errorf("bullet %q is not copied from the translation", b)
		}
		halves[i >= len(tr.Text)/2] = true
	}
	if bullets < 3 || bullets > 6 {
		t.Errorf("summary has %d bullets, want 3 to 6:\n%s", bullets, res.Text)
	}
	if !halves[false] || !halves[true] {
		t.Errorf("bullets do not come from both halves of the translation:\n%s", res.Text)
	}
	r := figures.VerifySummary(chunking.Paragraphs(src), lines)
	if r.Counts.Errors != 0 {
		t.Errorf("summary figures: %v", r.Findings)
	}
	if testing.Verbose() {
		t.Log("\n" + res.Text)
	}
}

// A page's title is outside the body and in French: the offline summary
// translates it for its headline, figures in English form; a title given
// in English is used as it is.
func TestSummarize_Title(t *testing.T) {
	requireApertium(t)
	e := New()
	text := "NATO will increase its mission in Iraq from 500 to 4,000 people. The ministers decided it on Thursday. " +
		"The mission will start in May. Belgium takes part in it."
	res, err := e.Summarize(context.Background(), engine.SummarizeRequest{Text: text, FrenchTitle: "L'Otan multipliera par huit sa mission en Irak, à 4 000 personnes"})
	if err != nil {
		t.Fatal(err)
	}
	headline, _, _ := strings.Cut(res.Text, "\n")
	if !strings.Contains(headline, "4,000") || !strings.Contains(headline, "Iraq") || res.Usage.Requests == 0 {
		t.Errorf("headline %q (%d runs): want the title translated", headline, res.Usage.Requests)
	}
	res, err = e.Summarize(context.Background(), engine.SummarizeRequest{Text: text, Title: "NATO grows its Iraq mission"})
	if err != nil {
		t.Fatal(err)
	}
	if headline, _, _ := strings.Cut(res.Text, "\n"); headline != "# NATO grows its Iraq mission" {
		t.Errorf("headline %q: want the English title", headline)
	}
}

// BenchmarkTranslate_Sample measures apertium time for the sample article
// in one chunk: go test -bench Sample ./pipeline/engine/apertium
func BenchmarkTranslate_Sample(b *testing.B) {
	if Available() != nil {
		b.Skip("apertium not installed")
	}
	raw, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	e := New()
	for b.Loop() {
		if _, err := e.Translate(context.Background(), engine.TranslateRequest{Text: string(raw)}); err != nil {
			b.Fatal(err)
		}
	}
}
