package pipeline

import (
	"context"
	"fmt"

	"brief/pipeline/cost"
	"brief/pipeline/figures"
	"brief/pipeline/markdown"
)

// Pricing is the price of a document's tokens for the engine and model
// that made it; nil when that engine is not billed by the token or the
// model's price is unknown. A nil Pricing prices nothing.
type Pricing func(engine, model string) *cost.Price

// Render writes the Markdown briefing through write, which decides where
// it goes (stdout, or an atomic file write).
func Render(write func(md []byte) error, price Pricing) Stage {
	return func(_ context.Context, doc *Document) error {
		md, err := Markdown(doc, price)
		if err != nil {
			return err
		}
		return write(md)
	}
}

// Markdown renders a verified document; price gives the front matter's
// cost estimate.
func Markdown(doc *Document, price Pricing) ([]byte, error) {
	switch {
	case doc.Translation == nil:
		return nil, requirement("render", "translation", "translate")
	case doc.Summary == nil:
		return nil, requirement("render", "summary", "summarize")
	case doc.Figures == nil:
		return nil, requirement("render", "figures report", "verify")
	}
	if err := checkTranslation(doc); err != nil {
		return nil, err
	}
	if err := checkVerified(doc); err != nil {
		return nil, err
	}
	md, err := markdown.Render(briefing(doc, price))
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return md, nil
}

func briefing(doc *Document, price Pricing) markdown.Briefing {
	t, s, v := doc.Translation, doc.Summary, doc.Figures
	u := doc.TotalUsage()
	tr := v.Translation
	errs, warns := tr.Counts.Errors, tr.Counts.Warnings+len(v.Glossary)
	if v.Summary != nil {
		errs += v.Summary.Counts.Errors
		warns += v.Summary.Counts.Warnings
	}
	title := s.Headline
	if title == "" {
		title = doc.Meta.Title // the page's own title, when the summary gave no headline
	}
	b := markdown.Briefing{
		Front: markdown.FrontMatter{
			Title: title, Source: doc.Source.Path, SourceURL: doc.Source.URL, CanonicalURL: doc.Source.CanonicalURL,
			SourceSHA256: doc.Source.SHA256, Date: doc.Meta.Date,
			From: "fr", To: "en", Engine: t.Engine, Model: t.Model, PromptsHash: t.PromptsHash,
			Verification: markdown.Verification{Status: v.Status, SourceFigures: tr.Counts.Source,
				Matched: tr.Counts.Matched, Errors: errs, Warnings: warns},
		},
		Headline: title, Note: t.Note, Bullets: s.Bullets, Paragraphs: t.Paragraphs,
	}
	if u.PromptTokens+u.CompletionTokens > 0 || t.Model != "" {
		// An engine with no model and no tokens (the offline one) has no
		// usage worth a line: its "requests" are runs of a local program.
		b.Front.Usage = &markdown.Usage{Requests: u.Requests, PromptTokens: u.PromptTokens, CompletionTokens: u.CompletionTokens}
	}
	if price != nil {
		if p := price(t.Engine, t.Model); p != nil {
			usd := markdown.USD(p.WithBatch(u.PromptTokens, u.CompletionTokens, u.BatchPromptTokens, u.BatchCompletionTokens))
			b.Front.CostUSD = &usd
		}
	}
	for _, r := range tr.Rows {
		b.Figures = append(b.Figures, markdown.Figure{Paragraph: r.Paragraph, Source: r.Source, Value: r.Value,
			English: r.English, Status: r.Status})
	}
	b.Findings = append(findingLines("Translation", tr), findingLines("Summary", v.Summary)...)
	for _, g := range v.Glossary {
		b.Findings = append(b.Findings, "Translation warning: "+g.Message)
	}
	return b
}

// findingLines lists the findings a reader should see: errors and
// warnings; removed figures already show in the table.
func findingLines(part string, r *figures.Report) []string {
	if r == nil {
		return nil
	}
	var out []string
	for _, f := range r.Findings {
		if f.Severity == figures.Info || f.Kind == "removed" && r.Mode == figures.ModeTranslation {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s: %s", part, f.Severity, f.Message))
	}
	return out
}
