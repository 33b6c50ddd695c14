package pipeline

import (
	"fmt"
	"strings"
	"time"

	"brief/pipeline/cost"
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
	Path       string         `json:"path"`
	Output     string         `json:"output,omitempty"`
	Status     string         `json:"status"`
	Error      string         `json:"error,omitempty"`
	Engine     string         `json:"engine,omitempty"`
	Model      string         `json:"model,omitempty"`
	Chunks     int            `json:"chunks"`
	Usage      Usage          `json:"usage"`
	CostUSD    *float64       `json:"cost_usd"`
	Figures    *FiguresResult `json:"figures,omitempty"`
	Plan       *Plan          `json:"plan,omitempty"` // --dry-run
	DurationMS int64          `json:"duration_ms"`

	markdown []byte // the briefing, with --stdout

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

func figuresResult(v *Verification) *FiguresResult {
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

// Cost estimates the USD cost of usage with model, using override when
// set; nil when the price is unknown (local models).
func Cost(model string, override *cost.Price, prompt, completion int) *float64 {
	p, ok := cost.Lookup(model)
	if override != nil {
		p, ok = *override, true
	}
	if !ok {
		return nil
	}
	c := p.USD(prompt, completion)
	return &c
}

// Line is the one-line summary printed on stderr for an input.
func (r Result) Line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", r.Path)
	if r.Output != "" {
		fmt.Fprintf(&b, " -> %s", r.Output)
	}
	parts := []string{r.Engine}
	if r.Model != "" {
		parts[0] += " " + r.Model
	}
	parts = append(parts, plural(r.Chunks, "chunk", "chunks"), plural(r.Usage.Requests, "request", "requests"),
		plural(r.Usage.PromptTokens+r.Usage.CompletionTokens, "token", "tokens"))
	if r.CostUSD != nil {
		parts = append(parts, fmt.Sprintf("$%.4f", *r.CostUSD))
	}
	if f := r.Figures; f != nil {
		parts = append(parts, fmt.Sprintf("figures %d/%d matched", f.Matched, f.Source))
		if f.Errors > 0 || f.Warnings > 0 {
			parts[len(parts)-1] += fmt.Sprintf(" (%d errors, %d warnings)", f.Errors, f.Warnings)
		}
	}
	parts = append(parts, (time.Duration(r.DurationMS) * time.Millisecond).Round(10*time.Millisecond).String())
	fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	return b.String()
}
