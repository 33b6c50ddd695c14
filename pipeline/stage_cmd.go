package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
)

// RunStage runs one named stage for `brief stage NAME [PATH|-]`. read takes
// an article; every other stage takes a Document (JSON) and writes the
// Document it completed, except render, which writes the Markdown.
func RunStage(ctx context.Context, cfg Config, name, path string, s Streams) error {
	if path == "" {
		path = "-"
	}
	if !knownStage(name) {
		return fmt.Errorf("%w %q; use one of read, chunk, translate, summarize, verify, render", ErrUnknownStage, name)
	}
	r, err := newStageRunner(cfg, name)
	if err != nil {
		return err
	}
	in, err := ReadInput(path, s.In)
	if err != nil {
		return err
	}
	doc := &Document{}
	if name != "read" {
		if doc, err = Decode(bytes.NewReader(in.Bytes)); err != nil {
			return fmt.Errorf("%s: %w", describePath(path), err)
		}
	}
	var md []byte
	step, err := r.Step(name, in, func(b []byte) error { md = b; return nil })
	if err != nil {
		return err
	}
	if name == "render" && doc.Figures != nil && !doc.Figures.OK() {
		return &MismatchError{Path: doc.Source.Path, Errors: figureErrors(doc.Figures)}
	}
	if err := Run(ctx, doc, step); err != nil {
		return err
	}
	if name == "render" {
		_, err = s.Out.Write(md)
		return err
	}
	if err := Encode(s.Out, doc); err != nil {
		return err
	}
	if name == "verify" && !doc.Figures.OK() {
		return &MismatchError{Path: doc.Source.Path, Errors: figureErrors(doc.Figures)}
	}
	return nil
}

func knownStage(name string) bool {
	for _, n := range StageNames {
		if n == name {
			return true
		}
	}
	return false
}

// newStageRunner sets up an engine only for the stages that call one, so
// `brief stage read` works with no engine configured.
func newStageRunner(cfg Config, name string) (*Runner, error) {
	if name == "translate" || name == "summarize" {
		return NewRunner(cfg)
	}
	r := &Runner{cfg: cfg}
	if name == "chunk" {
		eng, err := ResolveEngine(cfg)
		if err != nil && !errors.Is(err, ErrConfig) {
			return nil, err
		}
		if eng == EngineOpenAI {
			r.prov.Model = cfg.Model
		}
	}
	return r, nil
}

func describePath(p string) string {
	if p == "-" {
		return "stdin"
	}
	return p
}
