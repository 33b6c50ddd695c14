package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"brief/pipeline"
	"brief/pipeline/run"
)

// Line is the one-line summary printed on stderr for an input.
func Line(r run.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", r.Path)
	if r.Output != "" {
		fmt.Fprintf(&b, " -> %s", r.Output)
	}
	parts := []string{r.Engine}
	if r.Model != "" {
		parts[0] += " " + r.Model
	}
	parts = append(parts, Plural(r.Chunks, "chunk", "chunks"))
	if r.Engine == run.EngineApertium {
		parts = append(parts, "offline") // no requests sent, no tokens used
	} else {
		requests := Plural(r.Requests, "request", "requests")
		if r.CacheHits > 0 {
			requests += fmt.Sprintf(" (%d cached)", r.CacheHits)
		}
		parts = append(parts, requests, Plural(r.Usage.PromptTokens+r.Usage.CompletionTokens, "token", "tokens"))
	}
	if r.CostUSD != nil {
		parts = append(parts, fmt.Sprintf("$%.4f", *r.CostUSD))
	}
	if f := r.Figures; f != nil {
		parts = append(parts, fmt.Sprintf("figures %d/%d matched", f.Matched, f.Source))
		if f.Errors > 0 || f.Warnings > 0 {
			parts[len(parts)-1] += fmt.Sprintf(" (%s, %s)", Plural(f.Errors, "error", "errors"), Plural(f.Warnings, "warning", "warnings"))
		}
	}
	parts = append(parts, (time.Duration(r.DurationMS) * time.Millisecond).Round(10*time.Millisecond).String())
	fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	return b.String()
}

// plan prints a --dry-run plan: the chunks and the estimate.
func plan(w io.Writer, res run.Result) {
	p := res.Plan
	fmt.Fprintf(w, "%s: %s (%s, budget %d tokens)\n", res.Path, Plural(len(p.Chunks), "chunk", "chunks"), p.Encoding, p.MaxChunkTokens)
	for _, c := range p.Chunks {
		fmt.Fprintf(w, "  chunk %d: %d tokens, %s\n", c.Index, c.Tokens, Plural(c.Paragraphs, "paragraph", "paragraphs"))
	}
	if p.Requests == 0 {
		fmt.Fprintf(w, "  estimate: no API requests (%s engine)\n", res.Engine)
		return
	}
	cost := "cost unknown for this model (set --price-in/--price-out)"
	if res.CostUSD != nil {
		cost = fmt.Sprintf("about $%.4f", *res.CostUSD)
	}
	fmt.Fprintf(w, "  estimate: %s, %d input tokens, %d output tokens, %s\n",
		Plural(p.Requests, "request", "requests"), p.PromptTokens, p.CompletionTokens, cost)
}

// Plural is "1 chunk" or "n chunks".
func Plural(n int, one, many string) string { return pipeline.Plural(n, one, many) }
