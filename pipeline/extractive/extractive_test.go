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
			"The defence ministers of the thirty allied countries decided to expand the training mission in Iraq."},
		{"title given", article, extractive.Options{Title: "NATO expands its Iraq mission."}, 3,
			"NATO expands its Iraq mission",
			"NATO will raise its training mission in Iraq from 500 to 4,000 people, the NATO secretary general said on Thursday."},
		{"title line first", "NATO expands its Iraq mission\n\n" + article, extractive.Options{}, 3,
			"NATO expands its Iraq mission",
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
			for _, b := range got.Bullets {
				if strings.HasPrefix(b, "NATO expands") {
					t.Errorf("the title is a bullet: %q", b)
				}
			}
		})
	}
}

func TestSummarize_Properties(t *testing.T) {
	t.Parallel()
	got := extractive.Summarize(article, extractive.Options{})
	last := -1
	for _, b := range got.Bullets {
		i := strings.Index(article, strings.TrimSuffix(b, "."))
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

func TestSummarize_Diverse(t *testing.T) {
	t.Parallel()
	// The first half says the same thing four times; the second half has
	// two other facts. Plain centrality would pick the repeats.
	text := strings.Join([]string{
		"The mission in Iraq will grow to 4,000 trainers next year, officials said.",
		"Officials said the mission in Iraq will grow to 4,000 trainers next year.",
		"Next year the mission in Iraq will grow to 4,000 trainers, said officials.",
		"The mission in Iraq grows to 4,000 trainers next year, the officials said.",
		"Canada led the mission for two years before Denmark took over in 2020.",
		"Belgium sends about 90 soldiers and a small team of medical staff to Baghdad.",
	}, "\n\n")
	got := extractive.Summarize(text, extractive.Options{})
	var repeats, second int
	for _, b := range got.Bullets {
		if strings.Contains(b, "4,000 trainers") {
			repeats++
		}
		if strings.Contains(b, "Canada") || strings.Contains(b, "Belgium") {
			second++
		}
	}
	if repeats > 1 || second < 1 {
		t.Errorf("bullets repeat one fact %d times and cover %d of the second half's: %q", repeats, second, got.Bullets)
	}
}

func TestSummarize_BothHalves(t *testing.T) {
	t.Parallel()
	// Every central sentence is in the first half: one bullet still comes
	// from the second.
	var paras []string
	for i := 0; i < 8; i++ {
		paras = append(paras, "The training mission in Iraq keeps growing with more trainers from the allied countries.")
	}
	paras = append(paras, "Weather stations recorded heavy snow in the northern mountains overnight.",
		"A local football club celebrated its centenary with a parade downtown.")
	text := strings.Join(paras, "\n\n")
	got := extractive.Summarize(text, extractive.Options{})
	half := len(text) / 2
	second := false
	for _, b := range got.Bullets {
		if strings.LastIndex(text, strings.TrimSuffix(b, ".")) >= half {
			second = true
		}
	}
	if !second {
		t.Errorf("no bullet from the second half: %q", got.Bullets)
	}
}

func TestSummarize_TiesByPosition(t *testing.T) {
	t.Parallel()
	// Four identical-shaped sentences on unrelated words: every score ties,
	// so the earliest win, one of them from the second half; the headline
	// is the lead, which is then not repeated as a bullet.
	text := "Apples grow on tall green trees here. Bicycles need round rubber tyres today. Clouds carry cold heavy rain tonight. Dolphins swim in warm salty seas often. Eagles nest on high rocky cliffs alone."
	got := extractive.Summarize(text, extractive.Options{})
	want := []string{"Bicycles need round rubber tyres today.", "Clouds carry cold heavy rain tonight.", "Dolphins swim in warm salty seas often."}
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

func TestSummarize_LongBulletCut(t *testing.T) {
	t.Parallel()
	long := "The ministers of the thirty allied countries decided to expand the mission, which will grow from about 500 people to 4,000 and will involve more Iraqi security institutions outside the Baghdad area, the secretary general said after a two-day virtual meeting."
	text := strings.Join([]string{"NATO expands its mission in Iraq after a ministerial meeting on Thursday.", long,
		"Canada led the mission for two years before Denmark took over in 2020.", "Belgium takes part with a small team of trainers."}, "\n\n")
	got := extractive.Summarize(text, extractive.Options{})
	want := "The ministers of the thirty allied countries decided to expand the mission, which will grow from about 500 people to 4,000 and will involve more Iraqi security institutions outside the Baghdad area."
	found := false
	for _, b := range got.Bullets {
		found = found || b == want
	}
	if !found {
		t.Errorf("bullets = %q, want the long sentence cut to %q", got.Bullets, want)
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
