package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"

	"brief/pipeline"
	"brief/pipeline/engine/openai"
	"brief/pipeline/run"
)

// Submitted is what submit did (printed as one JSON object with --json).
type Submitted struct {
	Group    string     `json:"group"`
	Batches  []BatchRef `json:"batches"`
	Inputs   int        `json:"inputs"`
	Requests int        `json:"requests"`
}

// Submit reads and chunks every input locally, as translate does, writes
// one chat request per chunk as Batch API JSONL (split into several files
// past the limits), submits a batch per file and records a manifest so
// collect can rebuild everything. Nothing is uploaded when an input is bad.
func Submit(ctx context.Context, r *run.Runner, c *openai.BatchClient, sources []run.Source, opt Options) (Submitted, error) {
	e, ok, err := r.OpenAI()
	if err != nil {
		return Submitted{}, err
	}
	if !ok {
		return Submitted{}, ErrEngine
	}
	prov, _ := r.Provenance() // set up by OpenAI
	m := &Manifest{Version: ManifestVersion, Model: prov.Model, PromptsHash: prov.PromptsHash, MaxChunkTokens: r.MaxChunkTokens()}
	lines, err := allLines(ctx, r, e, sources, m)
	if err != nil {
		return Submitted{}, err
	}
	bodies, err := Files(lines, opt.limits())
	if err != nil {
		return Submitted{}, fmt.Errorf("%w: %v; lower --max-chunk-tokens", pipeline.ErrInput, err)
	}
	if err := os.MkdirAll(opt.stateDir(), 0o755); err != nil {
		return Submitted{}, fmt.Errorf("%w: batch state folder: %v; choose another with --state", pipeline.ErrConfig, err)
	}
	if err := create(ctx, c, bodies, m, opt.stateDir()); err != nil {
		return Submitted{}, err
	}
	return Submitted{Group: m.Group, Batches: m.Batches, Inputs: len(m.Inputs), Requests: len(lines)}, nil
}

// allLines reads and chunks every input and builds its requests; the
// inputs' errors are joined and nothing is returned if there is one.
func allLines(ctx context.Context, r *run.Runner, e *openai.Engine, sources []run.Source, m *Manifest) ([]Line, error) {
	var lines []Line
	var errs []error
	seen := map[string]bool{}
	for _, src := range sources {
		if src.Path == "-" {
			errs = append(errs, fmt.Errorf("%w: batch mode cannot read standard input: collect reads the inputs again; give files or folders", pipeline.ErrInput))
			continue
		}
		if src.URL != "" {
			errs = append(errs, fmt.Errorf("%w: %s: batch mode reads local files (collect reads them again); brief translate fetches web pages and feeds", pipeline.ErrInput, src.Path))
			continue
		}
		in, ls, err := inputLines(ctx, r, e, src.Path)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", src.Path, err))
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
		return nil, fmt.Errorf("%w: no inputs to submit", pipeline.ErrInput)
	}
	return lines, nil
}

// inputLines cuts an input into the chunks translate would cut and builds
// the request translate would send first for each.
func inputLines(ctx context.Context, r *run.Runner, e *openai.Engine, path string) (InputRef, []Line, error) {
	in, err := r.ReadArticle(ctx, path, nil) // a saved .html page is read as its article, as translate does
	if err != nil {
		return InputRef{}, nil, err
	}
	doc := &pipeline.Document{}
	read, _ := r.Step("read", in, nil) // "read" and "chunk" are known names
	chunk, err := r.Step("chunk", in, nil)
	if err != nil {
		return InputRef{}, nil, err
	}
	if err := pipeline.Run(ctx, doc, read, chunk); err != nil {
		return InputRef{}, nil, err
	}
	ref := InputRef{Path: path, SHA256: doc.Source.SHA256}
	var lines []Line
	for _, c := range doc.Chunks.Chunks {
		req := pipeline.ChunkRequest(c)
		body, err := e.TranslateBody(req)
		if err != nil {
			return InputRef{}, nil, fmt.Errorf("chunk %d: %w", c.Index, err)
		}
		id := CustomID(doc.Source.Name, doc.Source.SHA256, c.Index)
		ref.Chunks = append(ref.Chunks, ChunkRef{Index: c.Index, CustomID: id, TextSHA256: TextHash(req.Text)})
		lines = append(lines, NewLine(id, body))
	}
	return ref, lines, nil
}

// create uploads each file and starts its batch, saving the manifest
// after each one so a failure midway loses no batch id.
func create(ctx context.Context, c *openai.BatchClient, bodies [][]byte, m *Manifest, dir string) error {
	for i, body := range bodies {
		name := fmt.Sprintf("brief-batch-%d-of-%d.jsonl", i+1, len(bodies))
		meta := map[string]any{"tool": "brief", "part": fmt.Sprintf("%d/%d", i+1, len(bodies))}
		if m.Group != "" {
			meta["group"] = m.Group
		}
		b, err := c.Create(ctx, name, body, meta)
		if err != nil {
			if i > 0 {
				return fmt.Errorf("submitted %d of %d batches (group %s, kept in %s): %w", i, len(bodies), m.Group, dir, err)
			}
			return err
		}
		if i == 0 {
			m.Group = GroupID(b.ID)
		}
		m.Batches = append(m.Batches, BatchRef{ID: b.ID, InputFileID: b.InputFileID,
			Requests: bytes.Count(body, []byte("\n"))})
		if err := m.Save(dir); err != nil {
			return fmt.Errorf("save batch state in %s: %w; batch %s was submitted", dir, err, b.ID)
		}
	}
	return nil
}
