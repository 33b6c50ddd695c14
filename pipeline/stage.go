package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"brief/pipeline/chunking"
)

// ErrConfig marks a configuration problem the user must fix (exit 2).
var ErrConfig = errors.New("configuration error")

// ErrInput marks input that cannot be processed as given (exit 2).
var ErrInput = errors.New("bad input")

// Stage fills its own part of doc and leaves every other part alone.
type Stage func(ctx context.Context, doc *Document) error

// Step is a named Stage, so errors say which one failed.
type Step struct {
	Name string
	Run  Stage
}

// Run applies steps in order and stops at the first error.
func Run(ctx context.Context, doc *Document, steps ...Step) error {
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Run(ctx, doc); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	return nil
}

// Chain is the stage that runs steps in order, as Run does.
func Chain(steps ...Step) Stage {
	return func(ctx context.Context, doc *Document) error { return Run(ctx, doc, steps...) }
}

// Together runs stages at the same time on doc and waits for all of them.
// Each owns its own field and none may read a field another of them
// writes (the translation and a summary of the source: Translation and
// Summary, both from what read left). A failure does not stop the others:
// what they finish is cached all the same, as it was when they ran one
// after the other, and the error returned is that of the first stage in
// the order given, whichever finished first, so it is always the same
// for the same replies.
func Together(ctx context.Context, doc *Document, stages ...Stage) error {
	errs := make([]error, len(stages))
	var wg sync.WaitGroup
	for i, s := range stages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s(ctx, doc)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// JoinParagraphs is the one way paragraphs become a body: a blank line
// between them.
func JoinParagraphs(ps []string) string { return strings.Join(ps, "\n\n") }

// SplitParagraphs is the inverse of JoinParagraphs for engine output:
// blank-line separated blocks, trimmed, empty ones dropped.
func SplitParagraphs(text string) []string { return chunking.Paragraphs(text) }

// StageNames lists the stages in pipeline order.
var StageNames = []string{"read", "chunk", "translate", "summarize", "verify", "render"}

// ErrUnknownStage reports a stage name that does not exist.
var ErrUnknownStage = errors.New("unknown stage")

// requirement returns an error naming the stage to run first.
func requirement(stage, missing, run string) error {
	return fmt.Errorf("%w: %s: no %s in the document; run \"brief stage %s\" first", ErrInput, stage, missing, run)
}
