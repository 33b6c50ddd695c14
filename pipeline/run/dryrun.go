package run

import (
	"context"
	"strings"

	"brief/pipeline"
	"brief/pipeline/engine"
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
func (in *inputs) plan(ctx context.Context, doc *pipeline.Document, res Result) (Result, error) {
	r := in.r
	st, err := r.Step("chunk", pipeline.Input{}, nil)
	if err != nil {
		return res, err
	}
	if err := pipeline.Run(ctx, doc, st); err != nil {
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
	res.Usage = pipeline.Usage{PromptTokens: p.PromptTokens, CompletionTokens: p.CompletionTokens,
		TotalTokens: p.PromptTokens + p.CompletionTokens, Requests: p.Requests}
	res.CostUSD = costUSD(pricing(in.opt.Price), r.prov.Engine, r.prov.Model, res.Usage)
	return res, nil
}

// estimate counts the rendered prompts of every request a run would send
// (first attempts only; repairs are not predictable).
func (r *Runner) estimate(doc *pipeline.Document, p *Plan, source int) error {
	if _, _, err := r.counter(); err != nil {
		return err
	}
	enc := r.enc
	for _, c := range doc.Chunks.Chunks {
		sys, user, err := r.prompts.Render(prompts.Translate, prompts.Data{From: "French", To: "English",
			Paragraphs: c.Paragraphs, Glossary: r.eng.Glossary, Text: strings.TrimSpace(c.Text)})
		if err != nil {
			return err
		}
		p.PromptTokens += enc.Count(sys) + enc.Count(user) + 2*messageOverhead
		p.CompletionTokens += int(float64(c.Tokens) * outputPerSourceToken)
	}
	sum, err := r.summaryPromptTokens(doc, source)
	if err != nil {
		return err
	}
	p.PromptTokens += sum
	p.CompletionTokens += summaryOutputTokens
	p.Requests = len(doc.Chunks.Chunks) + 1
	return nil
}

// summaryPromptTokens estimates the summary request's prompt: the request
// the stage will send, for a summary of the source; for a summary of the
// translation, the translation's expected length cut to SummaryWords
// words (about 4/3 tokens each).
func (r *Runner) summaryPromptTokens(doc *pipeline.Document, source int) (int, error) {
	if r.summarizer.SummaryInput() == engine.FromSource {
		req, err := pipeline.SummaryRequest(doc, engine.FromSource)
		if err != nil {
			return 0, err
		}
		sys, user, err := r.prompts.Render(prompts.Summarize, prompts.Data{From: "French", To: "English", Paragraphs: 1,
			Glossary: r.eng.Glossary, Text: req.Text, Title: req.Title})
		return r.enc.Count(sys) + r.enc.Count(user) + 2*messageOverhead, err
	}
	sys, _, err := r.prompts.Render(prompts.Summarize, prompts.Data{From: "English", To: "English", Paragraphs: 1, Text: "x"})
	est := min(int(float64(source)*outputPerSourceToken), 2*pipeline.SummaryWords*4/3)
	return r.enc.Count(sys) + est + 2*messageOverhead, err
}
