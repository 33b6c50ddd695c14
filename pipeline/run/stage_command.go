package run

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"brief/pipeline"
)

// Stage runs one named stage for `brief stage NAME [PATH|-]` and returns
// what the command prints. read takes an article; every other stage takes
// a Document (JSON) and returns the Document it completed, except render,
// which returns the Markdown. A figures mismatch (verify, render) comes
// with the output, as a MismatchError.
func (r *Runner) Stage(ctx context.Context, name, path string, stdin io.Reader) ([]byte, error) {
	if path == "" {
		path = "-"
	}
	if !slices.Contains(pipeline.StageNames, name) {
		return nil, unknownStage(name)
	}
	if name == "translate" || name == "summarize" {
		// Only these call an engine: the others work with none configured.
		if err := r.setup(); err != nil {
			return nil, err
		}
	}
	var in pipeline.Input
	var err error
	if name == "read" {
		in, err = r.ReadArticle(ctx, path, stdin)
	} else {
		in, err = ReadInput(ctx, path, stdin)
	}
	if err != nil {
		return nil, err
	}
	doc := &pipeline.Document{}
	if name != "read" {
		if doc, err = pipeline.Decode(bytes.NewReader(in.Bytes)); err != nil {
			return nil, fmt.Errorf("%s: %w", describePath(path), err)
		}
	}
	var md []byte
	step, err := r.Step(name, in, func(b []byte) error { md = b; return nil })
	if err != nil {
		return nil, err
	}
	if name == "render" {
		if err := pipeline.Mismatch(doc, "render writes no failed briefing; fix the translation and run \"brief stage verify\" again"); err != nil {
			return nil, err
		}
	}
	if err := pipeline.Run(ctx, doc, step); err != nil {
		return nil, err
	}
	if name == "render" {
		return md, nil
	}
	var out bytes.Buffer
	if err := pipeline.Encode(&out, doc); err != nil {
		return nil, err
	}
	if name == "verify" {
		return out.Bytes(), pipeline.Mismatch(doc, "the document printed lists them under figures")
	}
	return out.Bytes(), nil
}

// unknownStage refuses a stage name, listing the stages from the one list
// the pipeline keeps.
func unknownStage(name string) error {
	return fmt.Errorf("%w %q; use one of %s", pipeline.ErrUnknownStage, name, strings.Join(pipeline.StageNames, ", "))
}
