package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/internal/fakellm"
	"brief/pipeline/batch"
	"brief/pipeline/engine/openai"
)

func batchConfig(srv *fakellm.Server, dir string) Config {
	return Config{Engine: EngineOpenAI, Model: "gpt-4o-mini", BaseURL: srv.BaseURL(), APIKey: fakellm.Token,
		MaxChunkTokens: 40, Concurrency: 2, RepairAttempts: 1, Timeout: time.Minute, OutDir: filepath.Join(dir, "out"),
		CacheDir: filepath.Join(dir, "cache")}
}

func submitOne(t *testing.T, srv *fakellm.Server, dir string, opt BatchOptions) {
	t.Helper()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("L'Otan passera de 500 à 4 000 personnes.\n\nLa mission coûtera 2,5 % de plus.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := NewRunner(batchConfig(srv, dir))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := r.BatchSubmit(context.Background(), []string{in}, opt, Streams{Out: &out, Err: &errb}); err != nil {
		t.Fatalf("BatchSubmit: %v", err)
	}
}

// --wait polls through the injected sleep until the batch finishes; no
// real time passes.
// pollClock is a clock whose waits end at once, after telling f.
type pollClock func(d time.Duration)

func (pollClock) Now() time.Time { return time.Now() }
func (f pollClock) Sleep(_ context.Context, d time.Duration) error {
	f(d)
	return nil
}

func TestBatchCollect_WaitPolls(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	srv.HoldBatches()
	var slept []time.Duration
	opt := BatchOptions{StateDir: filepath.Join(dir, "state"), Wait: true, Poll: 7 * time.Second,
		Clock: pollClock(func(d time.Duration) {
			slept = append(slept, d)
			if len(slept) == 2 {
				srv.ReleaseBatches()
			}
		})}
	submitOne(t, srv, dir, opt)
	var out, errb bytes.Buffer
	if err := BatchCollect(context.Background(), batchConfig(srv, dir), "batch_2", opt, Streams{Out: &out, Err: &errb}); err != nil {
		t.Fatalf("BatchCollect: %v\n%s", err, errb.String())
	}
	if len(slept) != 2 || slept[0] != 7*time.Second {
		t.Errorf("slept %v, want twice 7s", slept)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "a.md")); err != nil {
		t.Errorf("no briefing written: %v", err)
	}
}

func TestBatchCollect_NotReady(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	srv.HoldBatches()
	opt := BatchOptions{StateDir: filepath.Join(dir, "state")}
	submitOne(t, srv, dir, opt)
	var out, errb bytes.Buffer
	err := BatchCollect(context.Background(), batchConfig(srv, dir), "batch_2", opt, Streams{Out: &out, Err: &errb})
	if !errors.Is(err, ErrNotReady) {
		t.Fatalf("BatchCollect = %v, want ErrNotReady", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "a.md")); err == nil {
		t.Error("a briefing was written for an unfinished batch")
	}
	if n := len(srv.ChatRequests()); n != 0 {
		t.Errorf("%d chat requests sent for an unfinished batch, want 0", n)
	}
}

// Collect refuses prompts other than submit's: the batch answered other
// questions.
func TestBatchCollect_PromptsChanged(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	opt := BatchOptions{StateDir: filepath.Join(dir, "state")}
	submitOne(t, srv, dir, opt)
	p := filepath.Join(dir, "prompts", "translate")
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(p, "system.md"), []byte("Translate into {{.To}}, {{.Paragraphs}} paragraphs."), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := batchConfig(srv, dir)
	cfg.PromptsDir = filepath.Join(dir, "prompts")
	var out, errb bytes.Buffer
	if err := BatchCollect(context.Background(), cfg, "batch_2", opt, Streams{Out: &out, Err: &errb}); !errors.Is(err, ErrConfig) {
		t.Fatalf("BatchCollect = %v, want ErrConfig", err)
	}
}

func TestBatchCollect_UnknownID(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	err := BatchCollect(context.Background(), batchConfig(srv, dir), "batch_nope", BatchOptions{StateDir: dir}, Streams{Out: &out, Err: &errb})
	if !errors.Is(err, ErrInput) {
		t.Fatalf("BatchCollect = %v, want ErrInput (exit 2)", err)
	}
}

// A batch the provider failed (validation) is an error, not a silent
// full-price rerun through ordinary requests.
func TestBatchCollect_FailedBatch(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	c := openai.NewBatchClient(srv.BaseURL(), fakellm.Token, time.Minute)
	b, err := c.Create(context.Background(), "bad.jsonl", []byte(`{"custom_id":"x","method":"GET","url":"/v1/chat/completions","body":{}}`+"\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := batchConfig(srv, dir)
	r, err := NewRunner(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m := &batch.Manifest{Version: batch.ManifestVersion, Group: batch.GroupID(b.ID), Model: cfg.Model,
		PromptsHash: r.prov.PromptsHash, MaxChunkTokens: 40, Batches: []batch.BatchRef{{ID: b.ID}}}
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err = BatchCollect(context.Background(), cfg, b.ID, BatchOptions{StateDir: dir}, Streams{Out: &out, Err: &errb})
	if err == nil || errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "failed: invalid_request") {
		t.Fatalf("BatchCollect = %v, want the batch's failure", err)
	}
	if n := len(srv.ChatRequests()); n != 0 {
		t.Errorf("%d ordinary requests for a failed batch, want 0", n)
	}
}
