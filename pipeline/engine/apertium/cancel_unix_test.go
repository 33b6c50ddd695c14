//go:build unix

package apertium

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"brief/pipeline/engine"
)

// TestTranslate_CancelKillsPipeline uses a stand-in apertium that, like
// the real script, starts a child holding the output pipe open; the
// deadline must end both and surface as the context's error.
//
// Not parallel: it writes the script it then runs, and a process forked
// by a parallel test meanwhile holds the write descriptor until its exec,
// so running the script failed at times with "text file busy" (ETXTBSY).
// Sequential tests run while no parallel test runs.
func TestTranslate_CancelKillsPipeline(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "apertium")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\nsleep 60 | cat\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := newWithBinary(bin).Translate(ctx, engine.TranslateRequest{Text: "Bonjour 1."})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Translate = %v, want context.DeadlineExceeded", err)
	}
}
