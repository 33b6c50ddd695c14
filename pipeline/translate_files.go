package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"brief/pipeline/lang"
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
	files, err := ExpandPaths(paths)
	if err != nil {
		return err
	}
	if !r.cfg.Stdout {
		if err := checkWritable(r.cfg.OutDir); err != nil {
			return err
		}
	}
	fmt.Fprintf(s.Err, "brief: engine %s\n", r.describeEngine())
	names := OutputNames(files)
	var errs []error
	for i, f := range files {
		if err := r.translateFile(ctx, f, names[i], s); err != nil {
			if ctx.Err() != nil {
				return errors.Join(append(errs, ctx.Err())...)
			}
			var mm *MismatchError
			if !errors.As(err, &mm) {
				err = fmt.Errorf("%s: %w", f, err)
			}
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (r *Runner) describeEngine() string {
	if r.prov.Model != "" {
		return r.prov.Engine + " (model " + r.prov.Model + ")"
	}
	return r.prov.Engine
}

func (r *Runner) translateFile(ctx context.Context, path, name string, s Streams) error {
	in, err := ReadArticle(path, s.In)
	if err != nil {
		return err
	}
	doc := &Document{}
	var steps []Step
	for _, name := range StageNames[:5] {
		st, err := r.Step(name, in, nil)
		if err != nil {
			return err
		}
		steps = append(steps, st)
	}
	if err := Run(ctx, doc, steps[0]); err != nil {
		return err
	}
	if lang.LooksNotFrench(doc.Body()) {
		fmt.Fprintf(s.Err, "brief: warning: %s does not look like French; translating it anyway\n", path)
	}
	if err := Run(ctx, doc, steps[1:]...); err != nil {
		return err
	}
	if !doc.Figures.OK() && !r.cfg.Force {
		return &MismatchError{Path: path, Errors: figureErrors(doc.Figures)}
	}
	md, err := Markdown(doc)
	if err != nil {
		return err
	}
	if r.cfg.Stdout {
		_, err := s.Out.Write(md)
		return err
	}
	out := filepath.Join(r.cfg.OutDir, name)
	if err := WriteFileAtomic(out, md); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(s.Err, "brief: %s -> %s (%d chunks, %d requests, figures %s: %d/%d matched)\n", path, out,
		len(doc.Chunks.Chunks), doc.TotalUsage().Requests, doc.Figures.Status,
		doc.Figures.Translation.Counts.Matched, doc.Figures.Translation.Counts.Source)
	if !doc.Figures.OK() {
		return &MismatchError{Path: path, Errors: figureErrors(doc.Figures)}
	}
	return nil
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
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%w: out folder %s: %v; choose another with --out", ErrConfig, dir, err)
	}
	f, err := os.CreateTemp(dir, ".brief-write-check-*")
	if err != nil {
		return fmt.Errorf("%w: out folder %s is not writable; choose another with --out", ErrConfig, dir)
	}
	name := f.Name()
	_ = f.Close()       // empty file; nothing to flush
	_ = os.Remove(name) // best effort cleanup of the probe
	return nil
}
