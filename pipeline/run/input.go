package run

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"brief/pipeline"
	"brief/pipeline/engine"
	"brief/pipeline/safefile"
)

// one runs the pipeline on one source and writes its briefing.
func (in *inputs) one(ctx context.Context, src Source, name string) (res Result, err error) {
	r := in.r
	start := time.Now()
	res = Result{Path: src.Path, Feed: src.Feed, Status: StatusError, Engine: r.prov.Engine, Model: r.prov.Model}
	defer func() { res.DurationMS = time.Since(start).Milliseconds() }()
	if in.opt.DryRun && src.kind == kindItem && src.err == nil {
		// A dry run fetches the feed only: it lists the items it would brief.
		res.Status, res.Output = StatusPlanned, filepath.Join(in.opt.OutDir, name)
		return res, nil
	}
	input, err := in.load(ctx, src)
	if err != nil {
		return res, err
	}
	doc := &pipeline.Document{}
	res.Doc = doc
	if err := pipeline.Run(ctx, doc, pipeline.Step{Name: "read", Run: pipeline.Read(input)}); err != nil {
		return res, err
	}
	out := filepath.Join(in.opt.OutDir, name)
	if !in.opt.Stdout {
		res.Output = out
	}
	if in.opt.DryRun {
		return in.plan(ctx, doc, res)
	}
	if !in.opt.Stdout && !in.opt.Force && upToDate(out, r.stamp(doc)) {
		res.Status = StatusSkipped
		return res, nil
	}
	var tally engine.Tally
	err = in.process(engine.WithTally(ctx, &tally), doc)
	in.fill(&res, doc)
	res.Requests, res.CacheHits = tally.Requests(), tally.CacheHits()
	if err != nil {
		res.Output = "" // nothing was written
		return res, err
	}
	return in.write(doc, res, out)
}

// process runs chunk to verify, telling ev how the chunks go. A summary
// of the source is asked for at once, beside chunking and the
// translation (it needs neither, nor the tokenizer); a summary of the
// translation waits for it.
func (in *inputs) process(ctx context.Context, doc *pipeline.Document) error {
	chunk, err := in.r.Step("chunk", pipeline.Input{}, nil)
	if err != nil {
		return err
	}
	path := doc.Source.Path
	translate, err := in.r.translateStep(func() { in.ev.ChunkDone(path) })
	if err != nil {
		return err
	}
	summarize, err := in.r.Step("summarize", pipeline.Input{}, nil)
	if err != nil {
		return err
	}
	verify, _ := in.r.Step("verify", pipeline.Input{}, nil) // a known name
	started := pipeline.Step{Name: "chunk", Run: func(context.Context, *pipeline.Document) error {
		in.ev.Started(path, len(doc.Chunks.Chunks))
		return nil
	}}
	if in.r.summarizer.SummaryInput() == engine.FromSource {
		if err := pipeline.Together(ctx, doc, pipeline.Chain(chunk, started, translate), pipeline.Chain(summarize)); err != nil {
			return err
		}
		return pipeline.Run(ctx, doc, verify)
	}
	return pipeline.Run(ctx, doc, chunk, started, translate, summarize, verify)
}

func (in *inputs) fill(res *Result, doc *pipeline.Document) {
	if doc.Chunks != nil {
		res.Chunks = len(doc.Chunks.Chunks)
	}
	res.Usage = doc.TotalUsage()
	res.CostUSD = costUSD(pricing(in.opt.Price), in.r.prov.Engine, in.r.prov.Model, res.Usage)
	res.Figures = figuresResult(doc.Figures)
}

// write renders the briefing and writes it atomically, or hands it over
// with Stdout; a mismatch writes nothing unless Force.
func (in *inputs) write(doc *pipeline.Document, res Result, out string) (Result, error) {
	res.Status = StatusOK
	hint := in.opt.MismatchHint
	switch {
	case in.opt.Force && in.opt.Stdout:
		hint = "printed marked FAILED"
	case in.opt.Force:
		hint = out + " written marked FAILED"
	}
	mismatch := pipeline.Mismatch(doc, hint)
	if mismatch != nil {
		res.Status = StatusMismatch
		if !in.opt.Force {
			res.Output = ""
			return res, mismatch
		}
	}
	md, err := pipeline.Markdown(doc, pricing(in.opt.Price))
	if err != nil {
		res.Status = StatusError
		return res, err
	}
	if in.opt.Stdout {
		res.Markdown = md // written in input order by the printer
		return res, mismatch
	}
	if err := safefile.Write(out, md, 0o644); err != nil {
		res.Status, res.Output = StatusError, ""
		return res, fmt.Errorf("write %s: %w", out, err)
	}
	return res, mismatch
}

func (r *Runner) stamp(doc *pipeline.Document) stamp {
	return stamp{SourceSHA256: doc.Source.SHA256, Engine: r.prov.Engine, Model: r.prov.Model, PromptsHash: r.prov.PromptsHash}
}
