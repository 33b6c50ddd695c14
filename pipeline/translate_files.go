package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"brief/pipeline/lang"
	"brief/pipeline/limiter"
	"brief/pipeline/safefile"
)

// MismatchError reports an input whose figures do not match after every
// repair attempt; no Markdown was written for it (unless --force).
type MismatchError struct {
	Path   string
	Errors int
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("%s: figures do not match (%d errors); see the report with --json, or write it anyway with --force", e.Path, e.Errors)
}

// Streams are where a run writes: the product to Out, everything else to
// Err.
type Streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// TranslateFiles runs the whole pipeline on every input and writes one
// Markdown file per input (or the Markdown to stdout). A failing input does
// not stop the others; the errors are joined.
func (r *Runner) TranslateFiles(ctx context.Context, paths []string, s Streams) error {
	if r.prov.Engine == EngineOpenAI {
		// Every input is chunked by tokens: load the tokenizer, the
		// costliest part of a short run's start-up, while the inputs
		// are found and read.
		go func() { _, _ = r.encoder() }() // the chunk stage reports any error
	}
	files, err := r.selectInputs(ctx, paths)
	if err != nil {
		return err
	}
	if len(files) == 0 && r.cfg.ChangedSince != "" {
		r.say(s, "brief: no input changed since %s\n", r.cfg.ChangedSince)
		return nil
	}
	if !r.cfg.Stdout && !r.cfg.DryRun {
		if err := checkWritable(r.cfg.OutDir); err != nil {
			return err
		}
	}
	names := OutputNames(files)
	results := make([]chan fileResult, len(files))
	for i := range results {
		results[i] = make(chan fileResult, 1)
	}
	go r.runFiles(ctx, files, names, s, results)
	var errs []error
	for i, f := range files {
		fr := <-results[i]
		res, err := fr.res, fr.err
		if ctx.Err() != nil {
			continue // drain the rest; the run stops below
		}
		if err != nil {
			var mm *MismatchError
			if !errors.As(err, &mm) {
				err = fmt.Errorf("%s: %w", f, err)
			}
			res.Error = r.redact(err.Error())
			errs = append(errs, err)
		}
		// Inputs run concurrently; their Markdown reaches stdout in input
		// order, whole.
		if _, werr := s.Out.Write(res.markdown); werr != nil {
			errs = append(errs, fmt.Errorf("%s: write stdout: %w", f, werr))
		}
		r.report(s, res)
	}
	if ctx.Err() != nil {
		return errors.Join(append(errs, ctx.Err())...)
	}
	return errors.Join(errs...)
}

type fileResult struct {
	res Result
	err error
}

// runFiles processes the inputs concurrently, a bounded number at a time,
// and hands each result to its own channel so the caller reports them in
// input order. Their API requests share the engine's one limiter, the
// earlier inputs first, so an input's summary starts as soon as its
// translation is ready and outputs come out in order.
func (r *Runner) runFiles(ctx context.Context, files, names []string, s Streams, results []chan fileResult) {
	sem := make(chan struct{}, r.inputsInFlight(len(files)))
	for i, f := range files {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			for _, ch := range results[i:] {
				ch <- fileResult{Result{Path: f, Status: StatusError}, ctx.Err()}
			}
			return
		}
		go func() {
			defer func() { <-sem }()
			res, err := r.translateFile(limiter.WithPriority(ctx, i), f, names[i], s)
			results[i] <- fileResult{res, err}
		}()
	}
}

// inputsInFlight bounds the inputs processed at once: enough to keep every
// request slot busy across small inputs, few enough that memory stays flat
// on a large folder. A dry run and the progress bar (one per input) go one
// at a time.
func (r *Runner) inputsInFlight(n int) int {
	if r.cfg.DryRun || r.cfg.Progress != nil {
		return 1
	}
	return max(1, min(n, 2*max(1, r.cfg.Concurrency)))
}

// report prints an input's result: a JSON line on stdout with --json, a
// summary line on stderr otherwise.
func (r *Runner) report(s Streams, res Result) {
	if r.cfg.JSON {
		b, err := json.Marshal(res)
		if err == nil {
			fmt.Fprintf(s.Out, "%s\n", b)
		}
		return
	}
	switch res.Status {
	case StatusOK, StatusMismatch:
		if res.Output != "" || res.Status == StatusOK {
			r.say(s, "brief: %s\n", res.Line())
		}
	case StatusSkipped:
		r.say(s, "brief: %s: up to date (%s); --force redoes it\n", res.Path, res.Output)
	}
}

func (r *Runner) say(s Streams, format string, args ...any) {
	if !r.cfg.Quiet && !r.cfg.JSON {
		r.errMu.Lock()
		defer r.errMu.Unlock()
		fmt.Fprintf(s.Err, format, args...)
	}
}

func (r *Runner) translateFile(ctx context.Context, path, name string, s Streams) (res Result, err error) {
	start := time.Now()
	res = Result{Path: path, Status: StatusError, Engine: r.prov.Engine, Model: r.prov.Model}
	defer func() { res.DurationMS = time.Since(start).Milliseconds() }()
	in, rerr := ReadArticle(path, s.In)
	if rerr != nil {
		return res, rerr
	}
	doc := &Document{}
	if err := Run(ctx, doc, Step{"read", Read(in)}); err != nil {
		return res, err
	}
	if lang.LooksNotFrench(doc.Body()) {
		r.say(s, "brief: warning: %s does not look like French; translating it anyway\n", path)
	}
	out := filepath.Join(r.cfg.OutDir, name)
	if !r.cfg.Stdout {
		res.Output = out
	}
	if r.cfg.DryRun {
		return r.plan(ctx, doc, res, s)
	}
	if !r.cfg.Stdout && !r.cfg.Force && upToDate(out, r.stamp(doc)) {
		res.Status = StatusSkipped
		return res, nil
	}
	err = r.process(ctx, doc, in)
	r.fill(&res, doc)
	if err != nil {
		return res, err
	}
	return r.write(doc, res, out, s)
}

// process runs chunk to verify, with the progress display when there is one.
func (r *Runner) process(ctx context.Context, doc *Document, in Input) error {
	var steps []Step
	for _, name := range StageNames[1:5] {
		st, err := r.Step(name, in, nil)
		if err != nil {
			return err
		}
		steps = append(steps, st)
	}
	if err := Run(ctx, doc, steps[0]); err != nil {
		return err
	}
	if p := r.cfg.Progress; p != nil {
		p.Start(doc.Source.Path, len(doc.Chunks.Chunks))
		defer p.Finish()
	}
	return Run(ctx, doc, steps[1:]...)
}

func (r *Runner) fill(res *Result, doc *Document) {
	if doc.Chunks != nil {
		res.Chunks = len(doc.Chunks.Chunks)
	}
	res.Usage = doc.TotalUsage()
	res.CostUSD = r.cost(res.Usage.PromptTokens, res.Usage.CompletionTokens)
	res.Figures = figuresResult(doc.Figures)
}

func (r *Runner) cost(prompt, completion int) *float64 {
	if r.prov.Engine != EngineOpenAI {
		return nil
	}
	return Cost(r.prov.Model, r.cfg.Price, prompt, completion)
}

func (r *Runner) write(doc *Document, res Result, out string, s Streams) (Result, error) {
	res.Status = StatusOK
	var mismatch error
	if !doc.Figures.OK() {
		res.Status = StatusMismatch
		mismatch = &MismatchError{Path: doc.Source.Path, Errors: figureErrors(doc.Figures)}
		r.annotate(doc, s)
		if !r.cfg.Force {
			res.Output = ""
			return res, mismatch
		}
	}
	md, err := Markdown(doc, r.cfg.Price)
	if err != nil {
		res.Status = StatusError
		return res, err
	}
	if r.cfg.Stdout {
		res.markdown = md // written in input order by TranslateFiles
		return res, mismatch
	}
	if err := safefile.Write(out, md, 0o644); err != nil {
		res.Status, res.Output = StatusError, ""
		return res, fmt.Errorf("write %s: %w", out, err)
	}
	return res, mismatch
}

func (r *Runner) stamp(doc *Document) stamp {
	return stamp{SourceSHA256: doc.Source.SHA256, Engine: r.prov.Engine, Model: r.prov.Model, PromptsHash: r.prov.PromptsHash}
}

func figureErrors(v *Verification) int {
	n := v.Translation.Counts.Errors
	if v.Summary != nil {
		n += v.Summary.Counts.Errors
	}
	return n
}

// checkWritable makes sure the out folder exists and takes files, before
// any request is spent.
func checkWritable(dir string) error {
	if err := safefile.Writable(dir, 0o755); err != nil {
		return fmt.Errorf("%w: out folder %s: %v; choose another with --out", ErrConfig, dir, err)
	}
	return nil
}
