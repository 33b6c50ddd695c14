package batch

import (
	"context"
	"sync"

	"brief/pipeline/engine"
)

// translator answers first attempts from batch results and sends
// everything else (repairs, failed or missing lines) to next.
type translator struct {
	answers map[string]Outcome // read-only once the run starts
	next    engine.Translator
	// accept checks an answer as an ordinary reply is checked (still in
	// French, empty...); a refused answer goes through next.
	accept func(engine.TranslateRequest, string) (string, error)

	mu         sync.Mutex
	used, fell int
}

func (t *translator) Translate(ctx context.Context, req engine.TranslateRequest) (engine.Result, error) {
	if len(req.Feedback) == 0 {
		o, ok := t.answers[TextHash(req.Text)]
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

func (t *translator) counts() (used, fell int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.used, t.fell
}
