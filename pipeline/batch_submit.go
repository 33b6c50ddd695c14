package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"brief/pipeline/batch"
	"brief/pipeline/clock"
	"brief/pipeline/engine"
	"brief/pipeline/engine/openai"
)

// BatchOptions configures brief batch submit, status and collect.
type BatchOptions struct {
	StateDir string       // where manifests live; default batch.DefaultStateDir
	Limits   batch.Limits // per input file; zero fields take batch.DefaultLimits
	JSON     bool         // one JSON object on stdout instead of lines
	Wait     bool         // collect: poll until the batches finish
	Poll     time.Duration
	// Clock waits between polls; nil: real time.
	Clock clock.Clock
}

func (o BatchOptions) stateDir() string {
	if o.StateDir == "" {
		return batch.DefaultStateDir
	}
	return o.StateDir
}

func (o BatchOptions) limits() batch.Limits {
	l := o.Limits
	if l.MaxLines <= 0 {
		l.MaxLines = batch.DefaultLimits.MaxLines
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = batch.DefaultLimits.MaxBytes
	}
	return l
}

// ErrBatchEngine reports batch mode without an OpenAI-compatible API.
var ErrBatchEngine = fmt.Errorf("%w: batch mode needs an OpenAI-compatible API with a Batch API; set OPENAI_BASE_URL and OPENAI_API_KEY, or use brief translate", ErrConfig)

// submitted is what submit prints with --json.
type submitted struct {
	Group    string           `json:"group"`
	Batches  []batch.BatchRef `json:"batches"`
	Inputs   int              `json:"inputs"`
	Requests int              `json:"requests"`
}

// BatchSubmit reads and chunks every input locally, writes one chat
// request per chunk as Batch API JSONL (split into several files past the
// limits), submits a batch per file and records a manifest so collect can
// rebuild everything. Nothing is uploaded when an input is bad.
func (r *Runner) BatchSubmit(ctx context.Context, files []string, opt BatchOptions, s Streams) error {
	if r.prov.Engine != openai.Name {
		return ErrBatchEngine
	}
	m := &batch.Manifest{Version: batch.ManifestVersion, Model: r.prov.Model, PromptsHash: r.prov.PromptsHash,
		MaxChunkTokens: r.maxChunkTokens()}
	lines, err := r.batchLines(ctx, files, m)
	if err != nil {
		return err
	}
	bodies, err := batch.Files(lines, opt.limits())
	if err != nil {
		return fmt.Errorf("%w: %v; lower --max-chunk-tokens", ErrInput, err)
	}
	if err := os.MkdirAll(opt.stateDir(), 0o755); err != nil {
		return fmt.Errorf("%w: batch state folder: %v; choose another with --state", ErrConfig, err)
	}
	if err := r.createBatches(ctx, bodies, m, opt.stateDir()); err != nil {
		return err
	}
	out := submitted{Group: m.Group, Batches: m.Batches, Inputs: len(m.Inputs), Requests: len(lines)}
	fmt.Fprintf(s.Err, "brief: submitted %d requests from %d inputs in %s (group %s); collect with: brief batch collect %s\n",
		out.Requests, out.Inputs, plural(len(out.Batches), "batch", "batches"), m.Group, m.Group)
	if opt.JSON {
		return writeJSONLine(s, out)
	}
	for _, b := range m.Batches {
		fmt.Fprintln(s.Out, b.ID)
	}
	return nil
}

// batchLines reads and chunks every input and builds its requests; the
// inputs' errors are joined and nothing is returned if there is one.
func (r *Runner) batchLines(ctx context.Context, files []string, m *batch.Manifest) ([]batch.Line, error) {
	e := openai.New(openai.Options{Model: r.cfg.Model, Glossary: r.cfg.Glossary, Prompts: r.prompts})
	var lines []batch.Line
	var errs []error
	seen := map[string]bool{}
	for _, f := range files {
		if f == "-" {
			errs = append(errs, fmt.Errorf("%w: batch mode cannot read standard input: collect reads the inputs again; give files or folders", ErrInput))
			continue
		}
		in, ls, err := r.inputLines(ctx, e, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f, err))
			continue
		}
		m.Inputs = append(m.Inputs, in)
		for _, l := range ls {
			// Identical files give identical custom_ids; the provider
			// refuses duplicates, and one answer serves both.
			if !seen[l.CustomID] {
				seen[l.CustomID] = true
				lines = append(lines, l)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%w: no inputs to submit", ErrInput)
	}
	return lines, nil
}

func (r *Runner) inputLines(ctx context.Context, e *openai.Engine, path string) (batch.InputRef, []batch.Line, error) {
	in, err := ReadInput(path, nil)
	if err != nil {
		return batch.InputRef{}, nil, err
	}
	doc := &Document{}
	read, _ := r.Step("read", in, nil) // "read" and "chunk" are known names
	chunk, err := r.Step("chunk", in, nil)
	if err != nil {
		return batch.InputRef{}, nil, err
	}
	if err := Run(ctx, doc, read, chunk); err != nil {
		return batch.InputRef{}, nil, err
	}
	ref := batch.InputRef{Path: path, SHA256: doc.Source.SHA256}
	var lines []batch.Line
	for _, c := range doc.Chunks.Chunks {
		req := chunkRequest(c)
		body, err := e.TranslateBody(req)
		if err != nil {
			return batch.InputRef{}, nil, fmt.Errorf("chunk %d: %w", c.Index, err)
		}
		id := batch.CustomID(doc.Source.Name, doc.Source.SHA256, c.Index)
		ref.Chunks = append(ref.Chunks, batch.ChunkRef{Index: c.Index, CustomID: id, TextSHA256: batch.TextHash(req.Text)})
		lines = append(lines, batch.NewLine(id, body))
	}
	return ref, lines, nil
}

// chunkRequest is the first request translateChunk sends for c.
func chunkRequest(c Piece) engine.TranslateRequest {
	core := strings.TrimSpace(c.Text)
	return engine.TranslateRequest{Index: c.Index, Text: core, Paragraphs: len(SplitParagraphs(core))}
}

// createBatches uploads each file and starts its batch, saving the
// manifest after each one so a failure midway loses no batch id.
func (r *Runner) createBatches(ctx context.Context, bodies [][]byte, m *batch.Manifest, dir string) error {
	client := r.batchClient()
	for i, body := range bodies {
		name := fmt.Sprintf("brief-batch-%d-of-%d.jsonl", i+1, len(bodies))
		meta := map[string]any{"tool": "brief", "part": fmt.Sprintf("%d/%d", i+1, len(bodies))}
		if m.Group != "" {
			meta["group"] = m.Group
		}
		b, err := client.Create(ctx, name, body, meta)
		if err != nil {
			if i > 0 {
				return fmt.Errorf("submitted %d of %d batches (group %s, kept in %s): %w", i, len(bodies), m.Group, dir, err)
			}
			return err
		}
		if i == 0 {
			m.Group = batch.GroupID(b.ID)
		}
		m.Batches = append(m.Batches, batch.BatchRef{ID: b.ID, InputFileID: b.InputFileID,
			Requests: bytes.Count(body, []byte("\n"))})
		if err := m.Save(dir); err != nil {
			return fmt.Errorf("save batch state in %s: %w; batch %s was submitted", dir, err, b.ID)
		}
	}
	return nil
}

func (r *Runner) batchClient() *openai.BatchClient {
	return openai.NewBatchClient(r.cfg.BaseURL, r.cfg.APIKey, r.cfg.Timeout)
}

func writeJSONLine(s Streams, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = s.Out.Write(append(b, '\n'))
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
