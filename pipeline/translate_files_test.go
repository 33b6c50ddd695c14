package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/internal/fakellm"
)

// Inputs of a folder run concurrently but share one bound on requests in
// flight, and their --json lines still come in input order.
func TestTranslateFiles_SharedPoolInOrder(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.SetLatency(fakellm.Latency{TTFT: 1}) // on, for the in-flight count
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

// With --stdout, briefings of concurrent inputs come out whole and in input
// order, even when a later input finishes first.
func TestTranslateFiles_StdoutInInputOrder(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		if strings.Contains(req.User(), "premier") {
			rep.Delay = 80 * time.Millisecond // the first input finishes last
		}
		return rep
	})
	dir := t.TempDir()
	var paths []string
	for i, word := range []string{"premier", "deuxième", "troisième"} {
		p := filepath.Join(dir, fmt.Sprintf("%d.txt", i))
		if err := os.WriteFile(p, []byte("Le "+word+" texte compte 500 mots.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	cfg := batchConfig(srv, dir)
	cfg.Stdout, cfg.NoCache, cfg.Quiet = true, true, true
	r, err := NewRunner(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := r.TranslateFiles(context.Background(), paths, Streams{Out: &out, Err: io.Discard}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	a, b, c := strings.Index(got, "premier"), strings.Index(got, "deuxième"), strings.Index(got, "troisième")
	if strings.Count(got, "source_sha256:") != 3 || !(a >= 0 && a < b && b < c) {
		t.Errorf("briefings out of input order or split (premier %d, deuxième %d, troisième %d)", a, b, c)
	}
}
