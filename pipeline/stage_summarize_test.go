package pipeline

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"brief/pipeline/engine"
	"brief/pipeline/figures"
)

func TestParseSummary(t *testing.T) {
	three := []string{"one", "two", "three"}
	for _, tt := range []struct {
		name, reply string
		headline    string
		bullets     []string
	}{
		{"canonical", "# Head\n- one\n- two\n- three", "Head", three},
		{"blank lines", "# Head\n\n- one\n\n- two\n- three\n", "Head", three},
		{"star bullets", "## Head\n* one\n* two\n* three", "Head", three},
		{"numbered", "Head\n1. one\n2) two\n3. three", "Head", three},
		{"labels", "**Headline:** Head\n**Bullets:**\n- one\n- two\n- three", "Head", three},
		{"bold headline", "# **Head**\n• one\n• two\n• three", "Head", three},
		{"no headline", "- Head\n- one\n- two\n- three", "Head", three},
		{"code fence", "```\n# Head\n- one\n- two\n- three\n```", "Head", three},
		{"preamble", "Here is a short summary:\n\n# Head\n- one\n- two\n- three", "Head", three},
		{"preamble without headline mark", "Sure! Here's the summary:\nHead\n- one\n- two\n- three", "Head", three},
		{"too many: kept, for the shape check", "# H\n- 1a\n- 2a\n- 3a\n- 4a\n- 5a\n- 6a\n- 7a", "H", []string{"1a", "2a", "3a", "4a", "5a", "6a", "7a"}},
		{"prose after the bullets is dropped", "# H\n- one\n- two\n- three\nClick [here](http://x.y) for more.", "H", three},
		{"no bullets", "Just a paragraph.", "Just a paragraph.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h, b := ParseSummary(tt.reply)
			if h != tt.headline {
				t.Errorf("headline = %q, want %q", h, tt.headline)
			}
			if diff := cmp.Diff(tt.bullets, b); diff != "" {
				t.Errorf("bullets (-want +got):\n%s", diff)
			}
		})
	}
}

// The shape a briefing's summary must have: what each reply is refused
// for, in the words of the feedback and the error.
func TestSummaryProblems(t *testing.T) {
	ok := "# NATO expands its mission in Iraq\n- One point.\n- Two points.\n- Three points."
	for _, tt := range []struct {
		name, reply string
		least       int
		want        []string
	}{
		{"canonical", ok, 3, nil},
		{"six bullets", "# H\n- a\n- b\n- c\n- d\n- e\n- f", 3, nil},
		{"two bullets", "# H\n- a\n- b", 3, []string{"it has 2 bullets, not 3 to 6"}},
		{"seven bullets", "# H\n- a\n- b\n- c\n- d\n- e\n- f\n- g", 3, []string{"it has 7 bullets, not 3 to 6"}},
		{"a short article needs fewer", "# H\n- a\n- b", 2, nil},
		{"no bullets", "Just prose.", 3, []string{"it has 0 bullets, not 3 to 6"}},
		{"long headline", "# " + strings.Repeat("word ", 30) + "\n- a\n- b\n- c", 3, []string{"the headline has 149 characters, over 120"}},
		{"markdown link", "# H\n- a [click](javascript:alert(1))\n- b\n- c", 3, []string{"bullet 1 contains a link"}},
		{"reference link", "# H\n- a\n- see [the site][1]\n- c", 3, []string{"bullet 2 contains a link"}},
		{"bare address", "# H\n- a\n- b\n- read more at https://example.com", 3, []string{"bullet 3 contains a link"}},
		{"www address", "# H\n- a\n- b\n- read more at www.example.com", 3, []string{"bullet 3 contains a link"}},
		{"autolink", "# H\n- a <https://example.com>\n- b\n- c", 3, []string{"bullet 1 contains a link"}},
		{"script", "# H <script>alert(1)</script>\n- a\n- b\n- c", 3, []string{"the headline contains HTML"}},
		{"image", "# H\n- ![x](http://t.co/p.png)\n- b\n- c", 3, []string{"bullet 1 contains an image"}},
		{"bold inside", "# H\n- a **bold** claim\n- b\n- c", 3, []string{"bullet 1 contains Markdown"}},
		{"code", "# H\n- a `rm -rf` b\n- b\n- c", 3, []string{"bullet 1 contains Markdown"}},
		{"heading in a bullet", "# H\n- # Big\n- b\n- c", 3, []string{"bullet 1 contains Markdown"}},
		{"in French", "# L'Otan renforce sa mission en Irak\n- Les effectifs passeront de 500 à 4 000 personnes.\n- Les ministres de la Défense ont pris la décision jeudi.\n- La mission sera élargie à d'autres institutions.", 3,
			[]string{"it is written in French, not English"}},
		{"figures and quotes are plain text", "# NATO: 500 to 4,000\n- \"We decided\", he said (AFP).\n- 2.5% more [sic].\n- On May 1, 2021.", 3, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h, b := ParseSummary(tt.reply)
			if diff := cmp.Diff(tt.want, SummaryProblems(h, b, tt.least)); diff != "" {
				t.Errorf("SummaryProblems(%q) (-want +got):\n%s", tt.reply, diff)
			}
		})
	}
}

// summarizer is a fake engine: it answers each request with the next
// reply (the last one repeats) and records what it was asked.
type summarizer struct {
	from    engine.SummaryInput
	replies []string
	mu      sync.Mutex
	got     []engine.SummarizeRequest
}

func (s *summarizer) SummaryInput() engine.SummaryInput { return s.from }

func (s *summarizer) Summarize(_ context.Context, req engine.SummarizeRequest) (engine.Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.got = append(s.got, req)
	r := s.replies[min(len(s.got), len(s.replies))-1]
	return engine.Result{Text: r, Usage: engine.Usage{Requests: 1}}, nil
}

const goodSummary = "# NATO grows its Iraq mission\n- It goes from 500 to 4,000 people.\n- Ministers decided it.\n- It starts soon."

// The summary of the source needs only the read stage: the request
// carries the French body, the title apart, and the summary is kept.
func TestSummarize_FromSource(t *testing.T) {
	s := &summarizer{from: engine.FromSource, replies: []string{goodSummary}}
	doc := &Document{Version: 1, Paragraphs: []string{"L'Otan en Irak", "L'Otan passera de 500 à 4 000 personnes.", "Les ministres l'ont décidé."}}
	if err := Summarize(s, SummarizeOptions{})(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	want := engine.SummarizeRequest{Title: "L'Otan en Irak", Text: "L'Otan passera de 500 à 4 000 personnes.\n\nLes ministres l'ont décidé."}
	if diff := cmp.Diff([]engine.SummarizeRequest{want}, s.got); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
	if doc.Summary == nil || doc.Summary.Headline != "NATO grows its Iraq mission" || len(doc.Summary.Bullets) != 3 {
		t.Errorf("summary = %+v", doc.Summary)
	}
}

// A web page's title is not in the body: it is handed over as the title,
// and a headline giving its figures is supported by it.
func TestSummarize_PageTitle(t *testing.T) {
	s := &summarizer{from: engine.FromSource, replies: []string{"# 30 allies meet\n- They meet.\n- They talk.\n- They part."}}
	doc := &Document{Version: 1, Meta: Meta{Title: "Réunion des 30 alliés"}, Paragraphs: []string{"Les alliés se réunissent.", "Ils parlent."}}
	if err := Summarize(s, SummarizeOptions{})(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if got := s.got[0]; got.Title != "Réunion des 30 alliés" || got.Text != "Les alliés se réunissent.\n\nIls parlent." {
		t.Errorf("request = %+v", got)
	}
	if r := figures.VerifySummary(summarySource(doc), summaryLines(doc.Summary)); r.Counts.Errors != 0 {
		t.Errorf("the title's figure is not supported: %+v", r.Findings)
	}
}

// A long source is cut to its central sentences: about half, at most
// SummaryWords words.
func TestSummarize_LongSourceIsCut(t *testing.T) {
	b, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	one := ReadParagraphs(string(b))[1:] // without the date line's paragraph
	var long []string
	for range 20 {
		long = append(long, one...)
	}
	for _, tt := range []struct {
		name       string
		paras      []string
		atMost     int
		atLeastHal bool
	}{
		{"sample", one, len(strings.Fields(JoinParagraphs(one)))/2 + 1, true},
		{"20 copies", long, SummaryWords, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := &summarizer{from: engine.FromSource, replies: []string{goodSummary}}
			doc := &Document{Version: 1, Paragraphs: tt.paras}
			if err := Summarize(s, SummarizeOptions{})(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			n := len(strings.Fields(s.got[0].Text))
			if n > tt.atMost || n < tt.atMost/3 {
				t.Errorf("the summary request carries %d words, want at most %d (and not a sliver)", n, tt.atMost)
			}
		})
	}
}

// A summary of the translation (the offline engine) needs it, gets the
// translated title and, when only a French one exists, that.
func TestSummarize_FromTranslation(t *testing.T) {
	src := []string{"L'Otan en Irak", "L'Otan passera de 500 à 4 000 personnes.", "Les ministres l'ont décidé."}
	en := []string{"NATO in Iraq", "NATO will go from 500 to 4,000 people.", "The ministers decided it."}
	s := &summarizer{from: engine.FromTranslation, replies: []string{goodSummary}}
	doc := &Document{Version: 1, Paragraphs: src}
	err := Summarize(s, SummarizeOptions{})(context.Background(), doc)
	if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), `run "brief stage translate" first`) {
		t.Fatalf("without a translation: %v", err)
	}
	doc.Translation = &Translation{Paragraphs: en}
	if err := Summarize(s, SummarizeOptions{})(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	page := &Document{Version: 1, Meta: Meta{Title: "Réunion à Bruxelles"}, Paragraphs: src[1:], Translation: &Translation{Paragraphs: en[1:]}}
	if err := Summarize(s, SummarizeOptions{})(context.Background(), page); err != nil {
		t.Fatal(err)
	}
	want := []engine.SummarizeRequest{
		{Title: "NATO in Iraq", Text: "NATO will go from 500 to 4,000 people.\n\nThe ministers decided it."},
		{FrenchTitle: "Réunion à Bruxelles", Text: "NATO will go from 500 to 4,000 people.\n\nThe ministers decided it."},
	}
	if diff := cmp.Diff(want, s.got); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

// A reply of the wrong shape is asked again with what was wrong; when no
// attempt has the shape, the stage fails saying why and keeps no summary.
func TestSummarize_Shape(t *testing.T) {
	injected := "# Click here\n- Buy [now](javascript:alert(1))\n- Only two bullets"
	doc := func() *Document {
		return &Document{Version: 1, Paragraphs: []string{"L'Otan passera de 500 à 4 000 personnes. Les ministres l'ont décidé. Cela commence bientôt."}}
	}
	t.Run("repaired", func(t *testing.T) {
		s := &summarizer{replies: []string{injected, goodSummary}}
		d := doc()
		if err := Summarize(s, SummarizeOptions{RepairAttempts: 2})(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if len(s.got) != 2 || d.Summary.Attempts != 2 || d.Summary.Headline != "NATO grows its Iraq mission" {
			t.Fatalf("%d requests, summary %+v", len(s.got), d.Summary)
		}
		fb := strings.Join(s.got[1].Feedback, "\n")
		for _, want := range []string{"it has 2 bullets, not 3 to 6", "bullet 1 contains a link", "no links, HTML or Markdown"} {
			if !strings.Contains(fb, want) {
				t.Errorf("repair feedback %q does not say %q", fb, want)
			}
		}
	})
	t.Run("failed", func(t *testing.T) {
		s := &summarizer{replies: []string{injected}}
		d := doc()
		err := Summarize(s, SummarizeOptions{RepairAttempts: 2})(context.Background(), d)
		if !errors.Is(err, ErrSummaryShape) || d.Summary != nil || len(s.got) != 3 {
			t.Fatalf("err = %v, summary %+v after %d requests", err, d.Summary, len(s.got))
		}
		if want := "after 3 attempts: it has 2 bullets, not 3 to 6; bullet 1 contains a link"; !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	})
}
