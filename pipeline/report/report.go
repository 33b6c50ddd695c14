// Package report shows what a run does: it turns the runner's events into
// per-input lines on stderr, --json lines on stdout, GitHub workflow
// annotations and a progress bar, in the style of restic's ui packages.
// The runner decides nothing about presentation and prints nothing.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"brief/pipeline/run"
	"brief/pipeline/secret"
)

// Options say what the user asked to see.
type Options struct {
	JSON        bool // one JSON result per input on stdout, nothing else
	Quiet       bool // no per-input lines on stderr
	Annotations bool // also figure errors as GitHub Actions annotations
	Progress    bool // a progress bar per input on stderr (a terminal)
	Color       bool // the bar may use colour
}

// Printer writes a run's events: the product and --json lines to stdout,
// everything else to stderr. It is safe for concurrent use.
type Printer struct {
	opt    Options
	stdout io.Writer
	stderr io.Writer
	mu     sync.Mutex // inputs run concurrently: one line at a time
	bar    *bar
}

// New returns a printer for opt.
func New(opt Options, stdout, stderr io.Writer) *Printer {
	p := &Printer{opt: opt, stdout: stdout, stderr: stderr}
	if opt.Progress && !opt.Quiet && !opt.JSON {
		p.bar = &bar{w: stderr, color: opt.Color}
	}
	return p
}

// Notice prints a line on stderr unless --quiet or --json. A notice may
// carry what a server sent (a batch's status, a page's title): it goes
// through the redactor and the sanitiser like every diagnostic.
func (p *Printer) Notice(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.say("brief: %s\n", secret.New("").Line(msg))
}

func (p *Printer) say(format string, args ...any) {
	if !p.opt.Quiet && !p.opt.JSON {
		fmt.Fprintf(p.stderr, format, args...)
	}
}

// Started starts the progress bar of an input.
func (p *Printer) Started(path string, chunks int) {
	if p.bar != nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.bar.Start(path, chunks)
	}
}

// ChunkDone advances the progress bar.
func (p *Printer) ChunkDone(string) {
	if p.bar != nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.bar.ChunkDone()
	}
}

// Done shows an input's result: its annotations, its Markdown (--stdout),
// then its JSON line or its line on stderr.
func (p *Printer) Done(res run.Result) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
	}
	if p.opt.Annotations && res.Status == run.StatusMismatch {
		annotate(p.stderr, res.Doc)
	}
	if _, err := p.stdout.Write(res.Markdown); err != nil {
		return err
	}
	if p.opt.JSON {
		b, err := json.Marshal(res)
		if err == nil {
			_, err = fmt.Fprintf(p.stdout, "%s\n", b)
		}
		return err
	}
	if res.Plan != nil {
		plan(p.stdout, res)
	} else if res.Status == run.StatusPlanned {
		// A feed's item in a dry run: listed, not fetched.
		fmt.Fprintf(p.stdout, "%s: would be fetched and briefed into %s\n", res.Path, res.Output)
	}
	if res.Status == run.StatusMismatch {
		// Before the input's error line: which figures, not only how many.
		for _, l := range findingLines(res) {
			fmt.Fprintf(p.stderr, "brief: %s\n", l)
		}
	}
	switch res.Status {
	case run.StatusOK, run.StatusMismatch:
		if res.Output != "" || res.Status == run.StatusOK {
			p.say("brief: %s\n", Line(res))
		}
	case run.StatusSkipped:
		p.say("brief: %s: up to date (%s); --force redoes it\n", res.Path, res.Output)
	}
	return nil
}
