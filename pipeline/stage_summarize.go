package pipeline

import (
	"context"
	"fmt"
	"strings"

	"brief/pipeline/engine"
	"brief/pipeline/figures"
)

// SummarizeOptions configures the summarize stage.
type SummarizeOptions struct {
	Provenance
	RepairAttempts int
}

// Summarize asks s for a headline and bullets from the text s reads (its
// SummaryInput): the French source, so it needs only the read stage and
// runs beside the translation, or the English translation. The article's
// title, when it has one, is handed over for the headline. A reply that is
// not a plain-text headline and 3 to 6 plain bullets, or whose figures the
// source does not support, is asked again with what was wrong; of the
// well-shaped replies the one with the fewest figure errors is kept, and
// when none is well shaped the stage fails with ErrSummaryShape.
func Summarize(s engine.Summarizer, opt SummarizeOptions) Stage {
	return func(ctx context.Context, doc *Document) error {
		from := engine.FromTranslation
		if s != nil {
			from = s.SummaryInput()
		}
		req, err := SummaryRequest(doc, from)
		if err != nil {
			return err
		}
		out, err := summarize(ctx, s, req, summarySource(doc), 1+max(0, opt.RepairAttempts))
		if err != nil {
			return err
		}
		out.Provenance = opt.Provenance
		doc.Summary = out
		return nil
	}
}

// summarize runs up to attempts requests and keeps the best summary.
func summarize(ctx context.Context, s engine.Summarizer, req engine.SummarizeRequest, source []string, attempts int) (*Summary, error) {
	out := &Summary{}
	least := minBullets(req.Text)
	bestErrors := -1
	var problems []string
	for n := 1; n <= attempts; n++ {
		res, err := s.Summarize(ctx, req)
		out.Usage = out.Usage.Add(res.Usage)
		out.Attempts = n
		if err != nil {
			return nil, err
		}
		headline, bullets := ParseSummary(res.Text)
		if problems = SummaryProblems(headline, bullets, least); len(problems) > 0 {
			req.Feedback = shapeFeedback(problems, least)
			continue
		}
		r := figures.VerifySummary(source, append([]string{headline}, bullets...))
		if bestErrors < 0 || r.Counts.Errors < bestErrors {
			bestErrors, out.Headline, out.Bullets = r.Counts.Errors, headline, bullets
		}
		if r.Counts.Errors == 0 {
			res.Keep() // only a summary that passed is cached
			break
		}
		req.Feedback = Feedback(r)
	}
	if bestErrors < 0 {
		return nil, fmt.Errorf("%w after %d %s: %s", ErrSummaryShape, attempts, plural(attempts, "attempt", "attempts"),
			strings.Join(problems, "; "))
	}
	return out, nil
}

// summaryLines is what the verifier checks in a summary.
func summaryLines(s *Summary) []string {
	return append([]string{s.Headline}, s.Bullets...)
}
