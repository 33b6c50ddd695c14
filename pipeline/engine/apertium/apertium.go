// Package apertium is the offline engine: Apertium's rule-based French to
// Spanish and Spanish to English modes, chained.
package apertium

import (
	"context"
	"errors"
	"fmt"
	"os/exec"

	"brief/pipeline/engine"
)

// Name is the engine's name in documents and front matter.
const Name = "apertium"

// Note tells readers what kind of translation they are reading.
const Note = "Rule-based machine translation (Apertium, French → Spanish → English): expect rough wording; every figure is checked below."

// ErrMissing reports that apertium or one of its language pairs is not
// installed.
var ErrMissing = errors.New("apertium is not installed; install the Debian packages apertium, apertium-fr-es and apertium-eng-spa")

// Available reports whether apertium can run.
func Available() error {
	if _, err := exec.LookPath("apertium"); err != nil {
		return ErrMissing
	}
	return nil
}

// Engine runs apertium.
type Engine struct{}

// New returns the engine.
func New() *Engine { return &Engine{} }

// Translate is not implemented yet.
func (e *Engine) Translate(ctx context.Context, req engine.TranslateRequest) (engine.Result, error) {
	return engine.Result{}, fmt.Errorf("apertium engine: not implemented yet")
}

// Summarize is not implemented yet.
func (e *Engine) Summarize(ctx context.Context, req engine.SummarizeRequest) (engine.Result, error) {
	return engine.Result{}, fmt.Errorf("apertium engine: not implemented yet")
}
