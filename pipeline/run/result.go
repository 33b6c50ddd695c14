package run

import (
	"brief/pipeline"
	"brief/pipeline/figures"
)

// Result statuses of one input.
const (
	StatusOK       = "ok"
	StatusSkipped  = "skipped"  // output already up to date
	StatusMismatch = "mismatch" // figures do not match
	StatusError    = "error"
	StatusPlanned  = "planned" // --dry-run
)

// Result is what happened to one input; it is the --json line. Field names
// are stable: scripts depend on them.
type Result struct {
	Path   string         `json:"path"`           // the file, or the web address
	Feed   string         `json:"feed,omitempty"` // the feed the article came from
	Output string         `json:"output,omitempty"`
	Status string         `json:"status"`
	Error  string         `json:"error,omitempty"`
	Engine string         `json:"engine,omitempty"`
	Model  string         `json:"model,omitempty"`
	Chunks int            `json:"chunks"`
	Usage  pipeline.Usage `json:"usage"` // of the replies the briefing is made of, cached or not
	// Requests counts the chat requests this run sent for the input
	// (retries and failed attempts included); CacheHits the replies
	// answered from the cache instead.
	Requests   int            `json:"requests"`
	CacheHits  int            `json:"cache_hits"`
	CostUSD    *float64       `json:"cost_usd"`
	Figures    *FiguresResult `json:"figures,omitempty"`
	Plan       *Plan          `json:"plan,omitempty"` // --dry-run
	DurationMS int64          `json:"duration_ms"`

	// Markdown is the briefing, with Options.Stdout.
	Markdown []byte `json:"-"`
	// Doc is the input's document as far as it got (nil when it could
	// not be read): printers take the figures' source lines from it.
	Doc *pipeline.Document `json:"-"`
}

// FiguresResult summarises the verification of one input.
type FiguresResult struct {
	Status   string            `json:"status"`
	Source   int               `json:"source"`
	Matched  int               `json:"matched"`
	Errors   int               `json:"errors"`
	Warnings int               `json:"warnings"`
	Findings []figures.Finding `json:"findings"`
}

func figuresResult(v *pipeline.Verification) *FiguresResult {
	if v == nil {
		return nil
	}
	t := v.Translation
	f := &FiguresResult{Status: v.Status, Source: t.Counts.Source, Matched: t.Counts.Matched,
		Errors: t.Counts.Errors, Warnings: t.Counts.Warnings, Findings: append([]figures.Finding{}, t.Findings...)}
	f.Warnings += len(v.Glossary)
	f.Findings = append(f.Findings, v.Glossary...)
	if s := v.Summary; s != nil {
		f.Errors += s.Counts.Errors
		f.Warnings += s.Counts.Warnings
		f.Findings = append(f.Findings, s.Findings...)
	}
	return f
}

// costUSD estimates what usage cost with the run's pricing; nil when the
// engine is not billed or the price is unknown.
func costUSD(price pipeline.Pricing, engineName, model string, u pipeline.Usage) *float64 {
	p := price(engineName, model)
	if p == nil {
		return nil
	}
	c := p.WithBatch(u.PromptTokens, u.CompletionTokens, u.BatchPromptTokens, u.BatchCompletionTokens)
	return &c
}
