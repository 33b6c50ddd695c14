package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/batch"
	"brief/pipeline/clock"
	"brief/pipeline/engine"
	"brief/pipeline/engine/openai"
)

// ErrNotReady reports a batch that has not finished yet.
var ErrNotReady = errors.New("not finished")

// DefaultPoll is how often collect --wait asks for the batches' status.
const DefaultPoll = 30 * time.Second

// BatchCollect downloads the results of a submission (id: its group or any
// of its batches) and runs the normal pipeline on its inputs, answering
// chunk requests from the results. Failed, expired and missing lines,
// figure repairs and summaries go through ordinary requests. The Markdown,
// out/ paths and exit codes are those of brief translate.
func BatchCollect(ctx context.Context, cfg Config, id string, opt BatchOptions, s Streams) error {
	m, err := batch.Load(opt.stateDir(), id)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInput, err)
	}
	cfg.Model, cfg.MaxChunkTokens = m.Model, m.MaxChunkTokens // the plan made at submit
	r, err := NewRunner(cfg)
	if err != nil {
		return err
	}
	if r.prov.Engine != EngineOpenAI {
		return ErrBatchEngine
	}
	if r.prov.PromptsHash != m.PromptsHash {
		return fmt.Errorf("%w: the prompts differ from those of submit (%s); use the same --prompts folder as brief batch submit", ErrConfig, m.Group)
	}
	batches, err := waitBatches(ctx, r.batchClient(), m, opt, s)
	if err != nil {
		return err
	}
	outcomes, err := downloadResults(ctx, r.batchClient(), batches)
	if err != nil {
		return err
	}
	bt := &batchTranslator{answers: answers(m, outcomes, s), next: r.translator}
	if a, ok := r.translator.(acceptor); ok {
		bt.accept = a.AcceptTranslation
	}
	r.translator = bt
	err = r.TranslateFiles(ctx, m.Paths(), s)
	if used, fell := bt.counts(); used+fell > 0 {
		fmt.Fprintf(s.Err, "brief: batch %s answered %d chunk requests; %d went through ordinary requests (failed, expired or missing lines)\n",
			m.Group, used, fell)
	}
	return err
}

// waitBatches retrieves every batch of m until all have finished, or
// returns ErrNotReady at once without opt.Wait.
func waitBatches(ctx context.Context, c *openai.BatchClient, m *batch.Manifest, opt BatchOptions, s Streams) ([]goopenai.Batch, error) {
	for {
		var out []goopenai.Batch
		var pending *goopenai.Batch
		for _, ref := range m.Batches {
			b, err := c.Retrieve(ctx, ref.ID)
			if err != nil {
				return nil, err
			}
			if b.Status == batch.StatusFailed {
				return nil, fmt.Errorf("batch %s failed: %s; fix the cause and submit again, or use brief translate", b.ID, batchErrors(b))
			}
			if !batch.Done(b.Status) && pending == nil {
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
		fmt.Fprintf(s.Err, "brief: %s; next check in %s\n", msg, poll)
		if err := opt.sleep(ctx, poll); err != nil {
			return nil, err
		}
	}
}

func (o BatchOptions) sleep(ctx context.Context, d time.Duration) error {
	return clock.Or(o.Clock).Sleep(ctx, d)
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

// downloadResults reads the output and error files of every batch into
// outcomes by custom_id.
func downloadResults(ctx context.Context, c *openai.BatchClient, batches []goopenai.Batch) (map[string]batch.Outcome, error) {
	out := map[string]batch.Outcome{}
	for _, b := range batches {
		for _, id := range []*string{b.OutputFileID, b.ErrorFileID} {
			if id == nil || *id == "" {
				continue
			}
			content, err := c.Content(ctx, *id)
			if err != nil {
				return nil, fmt.Errorf("batch %s: %w", b.ID, err)
			}
			if err := batch.ReadResults(bytes.NewReader(content), out); err != nil {
				return nil, fmt.Errorf("batch %s: file %s: %w", b.ID, *id, err)
			}
		}
	}
	return out, nil
}

// answers keys the usable outcomes by the text their request carried; an
// input changed since submit simply finds no answers for its new chunks.
func answers(m *batch.Manifest, outcomes map[string]batch.Outcome, s Streams) map[string]batch.Outcome {
	out := map[string]batch.Outcome{}
	for _, in := range m.Inputs {
		if sum, err := fileSHA256(in.Path); err == nil && sum != in.SHA256 {
			fmt.Fprintf(s.Err, "brief: %s changed since submit; its changed chunks go through ordinary requests\n", in.Path)
		}
		for _, c := range in.Chunks {
			if o, ok := outcomes[c.CustomID]; ok && o.OK() {
				out[c.TextSHA256] = o
			}
		}
	}
	return out
}

func fileSHA256(path string) (string, error) {
	in, err := ReadInput(path, nil)
	if err != nil {
		return "", err
	}
	return batch.TextHash(string(in.Bytes)), nil
}

// batchTranslator answers first attempts from batch results and sends
// everything else (repairs, failed or missing lines) to next.
type batchTranslator struct {
	answers map[string]batch.Outcome // read-only once built
	next    engine.Translator
	// accept checks an answer as an ordinary reply is checked (still in
	// French, empty...); a refused answer goes through next.
	accept func(engine.TranslateRequest, string) (string, error)

	mu         sync.Mutex
	used, fell int
}

func (t *batchTranslator) Translate(ctx context.Context, req engine.TranslateRequest) (engine.Result, error) {
	if len(req.Feedback) == 0 {
		o, ok := t.answers[batch.TextHash(req.Text)]
		if ok && t.accept != nil {
			text, err := t.accept(req, o.Text)
			o.Text, ok = text, err == nil
		}
		t.mu.Lock()
		if ok {
			t.used++
		} else {
			t.fell++
		}
		t.mu.Unlock()
		if ok {
			return engine.Result{Text: o.Text, Usage: o.Usage}, nil
		}
	}
	return t.next.Translate(ctx, req)
}

// acceptor is the engine's reply check, applied to batch answers.
type acceptor interface {
	AcceptTranslation(engine.TranslateRequest, string) (string, error)
}

func (t *batchTranslator) counts() (used, fell int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.used, t.fell
}
