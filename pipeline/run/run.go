package run

import (
	"context"
	"errors"
	"fmt"
	"io"

	"brief/pipeline"
	"brief/pipeline/limiter"
	"brief/pipeline/safefile"
)

// Translate runs the whole pipeline on every source and writes one
// Markdown file per input (or hands the Markdown to ev with opt.Stdout).
// A failing input does not stop the others; the errors are joined. stdin
// is read for the source "-".
func (r *Runner) Translate(ctx context.Context, sources []Source, stdin io.Reader, opt Options, ev Events) error {
	if err := r.setup(); err != nil {
		return err
	}
	sources, err := r.expandWeb(ctx, sources, opt, ev)
	if err != nil {
		return err
	}
	if r.prov.Engine == EngineOpenAI {
		// Every input is chunked by tokens: load the tokenizer, the
		// costliest part of a short run's start-up, while the inputs
		// are found and read.
		go func() { _, _, _ = r.counter() }() // the chunk stage reports any error
	}
	sources, err = r.changedSince(ctx, sources, opt.ChangedSince)
	if err != nil {
		return err
	}
	if len(sources) == 0 && opt.ChangedSince != "" {
		ev.Notice(fmt.Sprintf("no input changed since %s", opt.ChangedSince))
		return nil
	}
	if !opt.Stdout && !opt.DryRun {
		if err := checkWritable(opt.OutDir); err != nil {
			return err
		}
	}
	in := &inputs{r: r, opt: opt, ev: ev, stdin: stdin, names: OutputNames(sources)}
	errs := in.run(ctx, sources)
	if ctx.Err() != nil {
		return errors.Join(append(errs, ctx.Err())...)
	}
	return errors.Join(errs...)
}

// run processes every source and reports each result in input order; it
// returns the inputs' errors.
func (in *inputs) run(ctx context.Context, sources []Source) []error {
	var errs []error
	report := func(src Source, res result) {
		if res.err != nil {
			if !namesItself(res.err) {
				res.err = fmt.Errorf("%s: %w", src.Path, res.err)
			}
			res.Error = in.r.secret.Line(res.err.Error())
			errs = append(errs, res.err)
		}
		if err := in.ev.Done(res.Result); err != nil {
			errs = append(errs, fmt.Errorf("%s: write stdout: %w", src.Path, err))
		}
	}
	if in.inFlight(len(sources)) == 1 {
		// One at a time: each input is reported before the next starts,
		// so a progress display never sees two inputs at once.
		for i, src := range sources {
			res, err := in.one(ctx, src, in.names[i])
			if ctx.Err() != nil {
				break // the run stops
			}
			report(src, result{res, err})
		}
		return errs
	}
	results := make([]chan result, len(sources))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	go in.all(ctx, sources, results)
	for i, src := range sources {
		res := <-results[i]
		if ctx.Err() == nil { // else drain the rest; the run stops
			report(src, res)
		}
	}
	return errs
}

// result is one input's Result and error.
type result struct {
	Result
	err error
}

// inputs is one run over many sources.
type inputs struct {
	r     *Runner
	opt   Options
	ev    Events
	stdin io.Reader
	names []string
}

// all processes the sources concurrently, a bounded number at a time, and
// hands each result to its own channel so the caller reports them in
// input order. Their API requests share the engine's one limiter, earlier
// inputs first, so an input's summary starts as soon as its translation
// is ready and outputs come out in order.
func (in *inputs) all(ctx context.Context, sources []Source, results []chan result) {
	sem := make(chan struct{}, in.inFlight(len(sources)))
	for i, src := range sources {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			for _, ch := range results[i:] {
				ch <- result{Result{Path: src.Path, Status: StatusError}, ctx.Err()}
			}
			return
		}
		go func() {
			defer func() { <-sem }()
			res, err := in.one(limiter.WithPriority(ctx, i), src, in.names[i])
			results[i] <- result{res, err}
		}()
	}
}

// inFlight bounds the inputs processed at once: enough to keep every
// request slot busy across small inputs, few enough that memory stays flat
// on a large folder. A dry run goes one at a time, as asked with
// MaxInputs 1 (a progress bar per input).
func (in *inputs) inFlight(n int) int {
	switch {
	case in.opt.DryRun:
		return 1
	case in.opt.MaxInputs > 0:
		return in.opt.MaxInputs
	}
	return max(1, min(n, 2*in.r.concurrency()))
}

// checkWritable makes sure the out folder exists and takes files, before
// any request is spent.
func checkWritable(dir string) error {
	if err := safefile.Writable(dir, 0o755); err != nil {
		return fmt.Errorf("%w: out folder %s: %v; choose another with --out", pipeline.ErrConfig, dir, err)
	}
	return nil
}
