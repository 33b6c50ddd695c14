package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/pipeline/engine/llmtest"
)

// Inputs of a folder run concurrently but share one bound on requests in
// flight, and their --json lines still come in input order.
func TestTranslateFiles_SharedPoolInOrder(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.SetLatency(llmtest.Latency{TTFT: 1}) // on, for the in-flight count
	dir := t.TempDir()
	var paths []string
	for i := range 6 {
		p := filepath.Join(dir, fmt.Sprintf("a%d.txt", i))
		text := fmt.Sprintf("L'Otan passera de %d à 4 000 personnes.\n\nLa mission coûtera 2,5 %% de plus.\n", 100+i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	cfg := batchConfig(srv, dir)
	cfg.JSON, cfg.NoCache = true, true
	r, err := NewRunner(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := r.TranslateFiles(context.Background(), paths, Streams{Out: &out, Err: &errb}); err != nil {
		t.Fatalf("TranslateFiles: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d result lines, want %d:\n%s", len(lines), len(paths), out.String())
	}
	for i, l := range lines {
		var res Result
		if err := json.Unmarshal([]byte(l), &res); err != nil || res.Path != paths[i] || res.Status != StatusOK {
			t.Errorf("line %d = %s, want %s ok", i, l, paths[i])
		}
	}
	if st := srv.Stats(); st.MaxInFlight > cfg.Concurrency {
		t.Errorf("%d requests in flight at once, over --concurrency %d", st.MaxInFlight, cfg.Concurrency)
	}
}
