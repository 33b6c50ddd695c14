package pipeline

import (
	"context"
	"fmt"
	"strings"

	"brief/prompts"
)

// Estimates for a dry run. English output runs about 10% fewer tokens
// than its French source; a summary is a headline and a few bullets.
const (
	outputPerSourceToken = 0.9
	summaryOutputTokens  = 150
	messageOverhead      = 4 // tokens the chat format adds per message
)

// Plan is what --dry-run prints for one input: the chunk plan and the
// estimated requests, tokens and cost. Nothing is sent.
type Plan struct {
	Encoding         string      `json:"encoding"`
	MaxChunkTokens   int         `json:"max_chunk_tokens"`
	Chunks           []PlanChunk `json:"chunks"`
	Requests         int         `json:"requests"`
	PromptTokens     int         `json:"prompt_tokens"`
	CompletionTokens int         `json:"completion_tokens"`
}

// PlanChunk is one chunk of the plan.
type PlanChunk struct {
	Index      int `json:"index"`
	Tokens     int `json:"tokens"`
	Paragraphs int `json:"paragraphs"`
}

// plan chunks doc and estimates the run without sending anything.
func (r *Runner) plan(ctx context.Context, doc *Document, res Result, s Streams) (Result, error) {
	st, err := r.Step("chunk", Input{}, nil)
	if err != nil {
		return res, err
	}
	if err := Run(ctx, doc, st); err != nil {
		return res, err
	}
	p := Plan{Encoding: doc.Chunks.Encoding, MaxChunkTokens: doc.Chunks.MaxTokens}
	source := 0
	for _, c := range doc.Chunks.Chunks {
		p.Chunks = append(p.Chunks, PlanChunk{Index: c.Index, Tokens: c.Tokens, Paragraphs: c.Paragraphs})
		source += c.Tokens
	}
	if r.prov.Engine == EngineOpenAI {
		if err := r.estimate(doc, &p, source); err != nil {
			return res, err
		}
	}
	res.Status, res.Chunks, res.Plan = StatusPlanned, len(p.Chunks), &p
	res.Usage = Usage{PromptTokens: p.PromptTokens, CompletionTokens: p.CompletionTokens,
		TotalTokens: p.PromptTokens + p.CompletionTokens, Requests: p.Requests}
	res.CostUSD = r.cost(p.PromptTokens, p.CompletionTokens)
	if !r.cfg.JSON {
		printPlan(s, res)
	}
	return res, nil
}

// estimate counts the rendered prompts of every request a run would send
// (first attempts only; repairs are not predictable).
func (r *Runner) estimate(doc *Document, p *Plan, source int) error {
	enc, err := r.encoder()
	if err != nil {
		return err
	}
	for _, c := range doc.Chunks.Chunks {
		sys, user, err := r.prompts.Render(prompts.Translate, prompts.Data{From: "French", To: "English",
			Paragraphs: c.Paragraphs, Glossary: r.cfg.Glossary, Text: strings.TrimSpace(c.Text)})
		if err != nil {
			return err
		}
		p.PromptTokens += enc.Count(sys) + enc.Count(user) + 2*messageOverhead
		p.CompletionTokens += int(float64(c.Tokens) * outputPerSourceToken)
	}
	sys, _, err := r.prompts.Render(prompts.Summarize, prompts.Data{From: "English", To: "English", Paragraphs: 1, Text: "x"})
	if err != nil {
		return err
	}
	// A long translation is cut to SummaryWords words (about 4/3 tokens each).
	p.PromptTokens += enc.Count(sys) + min(int(float64(source)*outputPerSourceToken), 2*SummaryWords*4/3) + 2*messageOverhead
	p.CompletionTokens += summaryOutputTokens
	p.Requests = len(doc.Chunks.Chunks) + 1
	return nil
}

func printPlan(s Streams, res Result) {
	p := res.Plan
	fmt.Fprintf(s.Out, "%s: %s (%s, budget %d tokens)\n", res.Path, plural(len(p.Chunks), "chunk", "chunks"), p.Encoding, p.MaxChunkTokens)
	for _, c := range p.Chunks {
		fmt.Fprintf(s.Out, "  chunk %d: %d tokens, %s\n", c.Index, c.Tokens, plural(c.Paragraphs, "paragraph", "paragraphs"))
	}
	if p.Requests == 0 {
		fmt.Fprintf(s.Out, "  estimate: no API requests (%s engine)\n", res.Engine)
		return
	}
	cost := "cost unknown for this model (set --price-in/--price-out)"
	if res.CostUSD != nil {
		cost = fmt.Sprintf("about $%.4f", *res.CostUSD)
	}
	fmt.Fprintf(s.Out, "  estimate: %s, %d input tokens, %d output tokens, %s\n",
		plural(p.Requests, "request", "requests"), p.PromptTokens, p.CompletionTokens, cost)
}
