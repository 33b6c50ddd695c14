package batch

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline"
	"brief/pipeline/clock"
	"brief/pipeline/engine"
	"brief/pipeline/engine/openai"
	"brief/pipeline/run"
)

// Collect downloads the results of a submission (id: its group or any of
// its batches) and runs the normal pipeline on its inputs through newRunner
// (given the model and chunk budget of submit), answering chunk requests
// from the results. Failed, expired and missing lines, figure repairs and
// summaries go through ordinary requests. The Markdown, out/ paths and
// exit codes are those of brief translate.
func Collect(ctx context.Context, newRunner func(model string, maxChunkTokens int) *run.Runner, c *openai.BatchClient,
	id string, opt Options, ropt run.Options, ev run.Events) error {
	m, err := Load(opt.stateDir(), id)
	if err != nil {
		return fmt.Errorf("%w: %v", pipeline.ErrInput, err)
	}
	r := newRunner(m.Model, m.MaxChunkTokens) // the plan made at submit
	bt := &translator{}
	r.WrapTranslator(func(next engine.Translator) engine.Translator { bt.next = next; return bt })
	e, ok, err := r.OpenAI()
	if err != nil {
		return err
	}
	if !ok {
		return ErrEngine
	}
	bt.accept = e.AcceptTranslation
	if prov, _ := r.Provenance(); prov.PromptsHash != m.PromptsHash {
		return fmt.Errorf("%w: the prompts differ from those of submit (%s); use the same --prompts folder as brief batch submit", pipeline.ErrConfig, m.Group)
	}
	batches, err := wait(ctx, c, m, opt, ev)
	if err != nil {
		return err
	}
	outcomes, err := download(ctx, c, batches)
	if err != nil {
		return err
	}
	bt.answers = answers(m, outcomes)
	err = r.Translate(ctx, run.Sources(m.Paths()), nil, ropt, changedSince(m, ev))
	if used, fell := bt.counts(); used+fell > 0 {
		ev.Notice(fmt.Sprintf("batch %s answered %d chunk requests; %d went through ordinary requests (failed, expired or missing lines)",
			m.Group, used, fell))
	}
	return err
}

// wait retrieves every batch of m until all have finished, or returns
// ErrNotReady at once without opt.Wait.
func wait(ctx context.Context, c *openai.BatchClient, m *Manifest, opt Options, ev run.Events) ([]goopenai.Batch, error) {
	for {
		var out []goopenai.Batch
		var pending *goopenai.Batch
		for _, ref := range m.Batches {
			b, err := c.Retrieve(ctx, ref.ID)
			if err != nil {
				return nil, err
			}
			if b.Status == StatusFailed {
				return nil, fmt.Errorf("batch %s failed: %s; fix the cause and submit again, or use brief translate", b.ID, batchErrors(b))
			}
			if !Done(b.Status) && pending == nil {
				pending = &b
			}
			out = append(out, b)
		}
		if pending == nil {
			return out, nil
		}
		msg := fmt.Sprintf("batch %s is %s (%d of %d requests done)", pending.ID, pending.Status,
			pending.RequestCounts.Completed+pending.RequestCounts.Failed, pending.RequestCounts.Total)
		if !opt.Wait {
			return nil, fmt.Errorf("%s: %w; run brief batch collect %s again later, or add --wait", msg, ErrNotReady, m.Group)
		}
		poll := opt.Poll
		if poll <= 0 {
			poll = DefaultPoll
		}
		ev.Notice(fmt.Sprintf("%s; next check in %s", msg, poll))
		if err := clock.Or(opt.Clock).Sleep(ctx, poll); err != nil {
			return nil, err
		}
	}
}

func batchErrors(b goopenai.Batch) string {
	if b.Errors == nil || len(b.Errors.Data) == 0 {
		return "no reason given"
	}
	var msgs []string
	for _, e := range b.Errors.Data {
		msgs = append(msgs, strings.TrimSpace(e.Code+" "+e.Message))
	}
	return strings.Join(msgs, "; ")
}

// download reads the output and error files of every batch into outcomes
// by custom_id.
func download(ctx context.Context, c *openai.BatchClient, batches []goopenai.Batch) (map[string]Outcome, error) {
	out := map[string]Outcome{}
	for _, b := range batches {
		for _, id := range []*string{b.OutputFileID, b.ErrorFileID} {
			if id == nil || *id == "" {
				continue
			}
			content, err := c.Content(ctx, *id)
			if err != nil {
				return nil, fmt.Errorf("batch %s: %w", b.ID, err)
			}
			if err := ReadResults(bytes.NewReader(content), out); err != nil {
				return nil, fmt.Errorf("batch %s: file %s: %w", b.ID, *id, err)
			}
		}
	}
	return out, nil
}

// answers keys the usable outcomes by the text their request carried; an
// input changed since submit simply finds no answers for its new chunks.
func answers(m *Manifest, outcomes map[string]Outcome) map[string]Outcome {
	out := map[string]Outcome{}
	for _, in := range m.Inputs {
		for _, c := range in.Chunks {
			if o, ok := outcomes[c.CustomID]; ok && o.OK() {
				out[c.TextSHA256] = o
			}
		}
	}
	return out
}

// changed passes a run's events on, telling the user first when an input
// is not the one submitted.
type changed struct {
	run.Events
	submitted map[string]string // path -> the source digest submit's read recorded
}

// changedSince wraps ev to compare each input's source digest with the
// one in m. It compares what the read stage records (for a saved page,
// the extracted article's digest), not the file's bytes, and reads no
// file again: the run has read it.
func changedSince(m *Manifest, ev run.Events) run.Events {
	c := changed{Events: ev, submitted: map[string]string{}}
	for _, in := range m.Inputs {
		c.submitted[in.Path] = in.SHA256
	}
	return c
}

// Done notices a changed input before handing its result over.
func (c changed) Done(res run.Result) error {
	if want, ok := c.submitted[res.Path]; ok && res.Doc != nil && res.Doc.Source.SHA256 != "" && res.Doc.Source.SHA256 != want {
		c.Notice(fmt.Sprintf("%s changed since submit; its changed chunks go through ordinary requests", res.Path))
	}
	return c.Events.Done(res)
}
