package extractive_test

import (
	"strings"
	"testing"

	"brief/pipeline"
	"brief/pipeline/extractive"
)

const article = `NATO will raise its training mission in Iraq from 500 to 4,000 people, the NATO secretary general said on Thursday.

The defence ministers of the thirty allied countries decided to expand the training mission in Iraq.

The weather in Brussels was cold and grey all week long.

The mission in Iraq will grow gradually to about 4,000 people, the secretary general said.

Is it over?

Canada led the mission in Iraq for two years before Denmark took over the training mission.`

func TestSummarize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		text         string
		opt          extractive.Options
		wantBullets  int
		wantHeadline string
		wantFirst    string
	}{
		{"article", article, extractive.Options{}, 3,
			"NATO will raise its training mission in Iraq from 500 to 4,000 people",
			"NATO will raise its training mission in Iraq from 500 to 4,000 people, the NATO secretary general said on Thursday."},
		{"one sentence", "Only one sentence is here for the summary to use.", extractive.Options{}, 1,
			"Only one sentence is here for the summary to use", "Only one sentence is here for the summary to use."},
		{"empty", "  \n\n ", extractive.Options{}, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := extractive.Summarize(tt.text, tt.opt)
			if len(got.Bullets) != tt.wantBullets {
				t.Fatalf("Summarize gave %d bullets, want %d: %q", len(got.Bullets), tt.wantBullets, got.Bullets)
			}
			if got.Headline != tt.wantHeadline {
				t.Errorf("headline = %q, want %q", got.Headline, tt.wantHeadline)
			}
			if tt.wantBullets > 0 && got.Bullets[0] != tt.wantFirst {
				t.Errorf("first bullet = %q, want %q", got.Bullets[0], tt.wantFirst)
			}
		})
	}
}

func TestSummarize_Properties(t *testing.T) {
	t.Parallel()
	got := extractive.Summarize(article, extractive.Options{})
	last := -1
	for _, b := range got.Bullets {
		i := strings.Index(article, b)
		if i < 0 {
			t.Errorf("bullet %q is not copied from the text", b)
		}
		if i < last {
			t.Errorf("bullets are not in document order: %q", got.Bullets)
		}
		last = i
		if strings.Contains(b, "weather") || strings.HasSuffix(b, "?") {
			t.Errorf("off-topic or question sentence picked: %q", b)
		}
	}
	again := extractive.Summarize(article, extractive.Options{})
	if again.Markdown() != got.Markdown() {
		t.Errorf("Summarize is not deterministic:\n%s\n%s", got.Markdown(), again.Markdown())
	}
}

func TestSummarize_TiesByPosition(t *testing.T) {
	t.Parallel()
	// Four identical-shaped sentences on unrelated words: every score ties,
	// so the first three by position win and the headline is the first.
	text := "Apples grow on tall green trees here. Bicycles need round rubber tyres today. Clouds carry cold heavy rain tonight. Dolphins swim in warm salty seas often."
	got := extractive.Summarize(text, extractive.Options{})
	want := []string{"Apples grow on tall green trees here.", "Bicycles need round rubber tyres today.", "Clouds carry cold heavy rain tonight."}
	if strings.Join(got.Bullets, "|") != strings.Join(want, "|") {
		t.Errorf("bullets = %q, want %q", got.Bullets, want)
	}
	if got.Headline != "Apples grow on tall green trees here" {
		t.Errorf("headline = %q", got.Headline)
	}
}

func TestSummarize_BulletBounds(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("The mission in Iraq keeps growing with more trainers each month. ")
	}
	if got := extractive.Summarize(b.String(), extractive.Options{}); len(got.Bullets) != 5 {
		t.Errorf("40 sentences gave %d bullets, want the maximum 5", len(got.Bullets))
	}
}

func TestMarkdown_ParsesBack(t *testing.T) {
	t.Parallel()
	s := extractive.Summarize(article, extractive.Options{})
	h, bullets := pipeline.ParseSummary(s.Markdown())
	if h != s.Headline || strings.Join(bullets, "|") != strings.Join(s.Bullets, "|") {
		t.Errorf("ParseSummary(Markdown()) = %q, %q, want %q, %q", h, bullets, s.Headline, s.Bullets)
	}
}

func TestHeadline(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"short keeps all", "NATO expands its Iraq mission.", 16, "NATO expands its Iraq mission"},
		{"cut at a clause", "NATO will expand its mission from 500 to 4,000 people, the secretary general said after a long virtual meeting of ministers.", 12,
			"NATO will expand its mission from 500 to 4,000 people"},
		{"cut at a word with an ellipsis", "The ministers of the thirty allied countries decided to expand the mission in Iraq gradually over the coming year.", 8,
			"The ministers of the thirty allied countries decided…"},
		{"never inside a figure", "Troops numbered 1,234,567 in total across the whole of the region that year.", 3,
			"Troops numbered 1,234,567…"},
		{"unbalanced quote dropped", `"We will not leave. Our mission continues.`, 16, "We will not leave. Our mission continues"},
		{"capitalised", "roughly 2,500 Americans serve.", 16, "Roughly 2,500 Americans serve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := extractive.Headline(tt.in, tt.max); got != tt.want {
				t.Errorf("Headline(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}
