package run

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/internal/fakellm"
)

// recorder keeps the results a run hands over, in the order it does.
type recorder struct {
	Discard
	done []Result
}

func (r *recorder) Done(res Result) error {
	r.done = append(r.done, res)
	return nil
}

// Inputs of a folder run concurrently but share one bound on requests in
// flight, and their --json lines still come in input order.
func TestTranslate_SharedPoolInOrder(t *testing.T) {
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
	cfg := testConfig{MaxChunkTokens: 40, Concurrency: 2, RepairAttempts: 1}
	r := New(cfg.options(srv))
	var ev recorder
	if err := r.Translate(context.Background(), Sources(paths), nil, Options{OutDir: filepath.Join(dir, "out")}, &ev); err != nil {
		t.Fatalf("Translate: %v", err)
	}
	if len(ev.done) != len(paths) {
		t.Fatalf("%d results, want %d", len(ev.done), len(paths))
	}
	for i, res := range ev.done {
		if res.Path != paths[i] || res.Status != StatusOK {
			t.Errorf("result %d = %s %s, want %s ok", i, res.Path, res.Status, paths[i])
		}
	}
	if st := srv.Stats(); st.MaxInFlight > cfg.Concurrency {
		t.Errorf("%d requests in flight at once, over --concurrency %d", st.MaxInFlight, cfg.Concurrency)
	}
}

// With --stdout, briefings of concurrent inputs come out whole and in input
// order, even when a later input finishes first.
func TestTranslate_StdoutInInputOrder(t *testing.T) {
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
	r := New(testConfig{MaxChunkTokens: 40, Concurrency: 2, RepairAttempts: 1}.options(srv))
	var ev recorder
	if err := r.Translate(context.Background(), Sources(paths), nil, Options{Stdout: true}, &ev); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, res := range ev.done {
		out.Write(res.Markdown)
	}
	got := out.String()
	a, b, c := strings.Index(got, "premier"), strings.Index(got, "deuxième"), strings.Index(got, "troisième")
	if strings.Count(got, "source_sha256:") != 3 || !(a >= 0 && a < b && b < c) {
		t.Errorf("briefings out of input order or split (premier %d, deuxième %d, troisième %d)", a, b, c)
	}
}

// A failed input's result names no output: nothing was written.
func TestTranslate_FailedInputHasNoOutput(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.FailNext(10, 500, "")
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("Il y a 500 personnes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var ev recorder
	err := New(testConfig{Clock: instant{}}.options(srv)).Translate(context.Background(), Sources([]string{p}), nil, Options{OutDir: filepath.Join(dir, "out")}, &ev)
	if err == nil || len(ev.done) != 1 || ev.done[0].Status != StatusError || ev.done[0].Output != "" {
		t.Errorf("Translate = %v, results %+v; want an error and no output", err, ev.done)
	}
}
