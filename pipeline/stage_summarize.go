package pipeline

import (
	"context"
	"errors"
	"regexp"
	"strings"

	"brief/pipeline/engine"
	"brief/pipeline/extractive"
	"brief/pipeline/figures"
)

// SummarizeOptions configures the summarize stage.
type SummarizeOptions struct {
	Provenance
	RepairAttempts int
}

// Bullet bounds of a summary.
const (
	MinBullets = 3
	MaxBullets = 6
)

// SummaryWords bounds what a summary request sends: a translation over
// twice as long is cut to its most central sentences (extractive.Central)
// so a long article is not sent a second time in full. Its figures are
// still checked against the whole source.
const SummaryWords = 500

// summaryInput is the text a summary request carries.
func summaryInput(translation string) string {
	if len(strings.Fields(translation)) <= 2*SummaryWords {
		return translation
	}
	return extractive.Central(translation, SummaryWords)
}

// ErrSummaryShape reports a reply that has no bullets at all.
var ErrSummaryShape = errors.New("the summary reply has no bullet points")

// Summarize asks s for a headline and bullets from the translation (its
// central sentences when it is long),
// re-asking while the summary has figures the source does not support.
func Summarize(s engine.Summarizer, opt SummarizeOptions) Stage {
	return func(ctx context.Context, doc *Document) error {
		if doc.Translation == nil {
			return requirement("summarize", "translation", "translate")
		}
		text := summaryInput(JoinParagraphs(doc.Translation.Paragraphs))
		out := &Summary{Provenance: opt.Provenance}
		bestErrors := -1
		var feedback []string
		for n := 1; n <= 1+opt.RepairAttempts; n++ {
			res, err := s.Summarize(ctx, engine.SummarizeRequest{Text: text, Feedback: feedback})
			out.Usage = out.Usage.Add(res.Usage)
			out.Attempts = n
			if err != nil {
				return err
			}
			headline, bullets := ParseSummary(res.Text)
			if len(bullets) == 0 {
				feedback = []string{"reply with a '# headline' line then 3 to 6 lines starting with '- '"}
				continue
			}
			r := figures.VerifySummary(doc.Paragraphs, append([]string{headline}, bullets...))
			if bestErrors < 0 || r.Counts.Errors < bestErrors {
				bestErrors, out.Headline, out.Bullets = r.Counts.Errors, headline, bullets
			}
			if r.Counts.Errors == 0 {
				res.Keep() // only a summary that passed is cached
				break
			}
			feedback = Feedback(r)
		}
		if bestErrors < 0 {
			return ErrSummaryShape
		}
		doc.Summary = out
		return nil
	}
}

var (
	bulletMark      = regexp.MustCompile(`^\s*(?:[-*•–+]|\d{1,2}[.)])\s+`)
	headlineMark    = regexp.MustCompile(`^\s*#{1,6}\s*`)
	summaryPreamble = regexp.MustCompile(`(?i)^(?:sure[,!.]?\s*)?(?:here(?: is|'s)|below is|voici)\b[^\n]{0,80}:$`)
	labelLine       = regexp.MustCompile(`(?i)^\s*(?:\*\*)?(?:headline|title|summary|bullets?|key points)\s*:?\s*(?:\*\*)?\s*:?\s*`)
)

// ParseSummary reads a "# headline" line and "- " bullets leniently: other
// bullet marks, numbered lists, bold labels and a missing headline are all
// accepted; more than MaxBullets are cut.
func ParseSummary(reply string) (string, []string) {
	var headline string
	var bullets []string
	for _, line := range strings.Split(strings.ReplaceAll(reply, "\r", ""), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "```") {
			continue
		}
		switch {
		case bulletMark.MatchString(line):
			if b := cleanInline(bulletMark.ReplaceAllString(line, "")); b != "" {
				bullets = append(bullets, b)
			}
		case headline == "" && len(bullets) == 0 && summaryPreamble.MatchString(strings.TrimSpace(line)):
			continue // "Here is a summary:" is not the headline
		case headline == "" && len(bullets) == 0:
			h := headlineMark.ReplaceAllString(line, "")
			if labelLine.MatchString(h) {
				h = labelLine.ReplaceAllString(h, "")
			}
			headline = cleanInline(h)
		}
	}
	if headline == "" && len(bullets) > 0 {
		headline, bullets = bullets[0], bullets[1:]
	}
	if len(bullets) > MaxBullets {
		bullets = bullets[:MaxBullets]
	}
	return headline, bullets
}

// cleanInline trims a line and the emphasis or quotes wrapped around it.
func cleanInline(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"**", "__", "\"", "*"} {
		if len(s) > 2*len(w) && strings.HasPrefix(s, w) && strings.HasSuffix(s, w) {
			s = strings.TrimSpace(s[len(w) : len(s)-len(w)])
		}
	}
	return s
}

// summaryLines is what the verifier checks in a summary.
func summaryLines(s *Summary) []string {
	return append([]string{s.Headline}, s.Bullets...)
}
