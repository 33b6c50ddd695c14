package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"brief/internal/fakellm"
	"brief/pipeline"
	"brief/pipeline/engine/openai"
	"brief/pipeline/run"
)

// testOptions are a run against srv with its cache in dir.
func testOptions(srv *fakellm.Server, dir string) (run.EngineOptions, run.StageOptions) {
	return run.EngineOptions{Engine: run.EngineOpenAI, Model: "gpt-4o-mini", BaseURL: srv.BaseURL(), APIKey: fakellm.Token,
			Timeout: time.Minute, CacheDir: filepath.Join(dir, "cache")},
		run.StageOptions{MaxChunkTokens: 40, Concurrency: 2, RepairAttempts: 1}
}

func client(srv *fakellm.Server) *openai.BatchClient {
	return openai.NewBatchClient(srv.BaseURL(), fakellm.Token, time.Minute)
}

func submitOne(t *testing.T, srv *fakellm.Server, dir string, opt Options) {
	t.Helper()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("L'Otan passera de 500 à 4 000 personnes.\n\nLa mission coûtera 2,5 % de plus.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Submit(context.Background(), run.New(testOptions(srv, dir)), client(srv), run.Sources([]string{in}), opt); err != nil {
		t.Fatalf("Submit: %v", err)
	}
}

// collect runs Collect of id with the engine and stage options of
// testOptions, changed by change, writing into dir/out.
func collect(srv *fakellm.Server, dir, id string, opt Options, change func(*run.EngineOptions)) error {
	eng, st := testOptions(srv, dir)
	if change != nil {
		change(&eng)
	}
	newRunner := func(model string, maxChunkTokens int) *run.Runner {
		eng.Model, st.MaxChunkTokens = model, maxChunkTokens
		return run.New(eng, st)
	}
	return Collect(context.Background(), newRunner, client(srv), id, opt, run.Options{OutDir: filepath.Join(dir, "out")}, run.Discard{})
}

// pollClock is a clock whose waits end at once, after telling f.
type pollClock func(d time.Duration)

func (pollClock) Now() time.Time { return time.Now() }
func (f pollClock) Sleep(_ context.Context, d time.Duration) error {
	f(d)
	return nil
}

// --wait polls through the injected clock until the batch finishes; no
// real time passes.
func TestCollect_WaitPolls(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	srv.HoldBatches()
	var slept []time.Duration
	opt := Options{StateDir: filepath.Join(dir, "state"), Wait: true, Poll: 7 * time.Second,
		Clock: pollClock(func(d time.Duration) {
			slept = append(slept, d)
			if len(slept) == 2 {
				srv.ReleaseBatches()
			}
		})}
	submitOne(t, srv, dir, opt)
	if err := collect(srv, dir, "batch_2", opt, nil); err != nil {
		t.Fatalf("Collect: %v", err)
	}
	if len(slept) != 2 || slept[0] != 7*time.Second {
		t.Errorf("slept %v, want twice 7s", slept)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "a.md")); err != nil {
		t.Errorf("no briefing written: %v", err)
	}
}

func TestCollect_NotReady(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	srv.HoldBatches()
	opt := Options{StateDir: filepath.Join(dir, "state")}
	submitOne(t, srv, dir, opt)
	err := collect(srv, dir, "batch_2", opt, nil)
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
func TestCollect_PromptsChanged(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	opt := Options{StateDir: filepath.Join(dir, "state")}
	submitOne(t, srv, dir, opt)
	p := filepath.Join(dir, "prompts", "translate")
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(p, "system.md"), []byte("Translate into {{.To}}, {{.Paragraphs}} paragraphs."), 0o644); err != nil {
		t.Fatal(err)
	}
	err := collect(srv, dir, "batch_2", opt, func(eng *run.EngineOptions) { eng.PromptsDir = filepath.Join(dir, "prompts") })
	if !errors.Is(err, pipeline.ErrConfig) {
		t.Fatalf("BatchCollect = %v, want ErrConfig", err)
	}
}

func TestCollect_UnknownID(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	err := collect(srv, dir, "batch_nope", Options{StateDir: dir}, nil)
	if !errors.Is(err, pipeline.ErrInput) {
		t.Fatalf("BatchCollect = %v, want ErrInput (exit 2)", err)
	}
}

// A batch the provider failed (validation) is an error, not a silent
// full-price rerun through ordinary requests.
func TestCollect_FailedBatch(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	b, err := client(srv).Create(context.Background(), "bad.jsonl", []byte(`{"custom_id":"x","method":"GET","url":"/v1/chat/completions","body":{}}`+"\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	prov, err := run.New(testOptions(srv, dir)).Provenance()
	if err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Version: ManifestVersion, Group: GroupID(b.ID), Model: prov.Model,
		PromptsHash: prov.PromptsHash, MaxChunkTokens: 40, Batches: []BatchRef{{ID: b.ID}}}
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	err = collect(srv, dir, b.ID, Options{StateDir: dir}, nil)
	if err == nil || errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "failed: invalid_request") {
		t.Fatalf("BatchCollect = %v, want the batch's failure", err)
	}
	if n := len(srv.ChatRequests()); n != 0 {
		t.Errorf("%d ordinary requests for a failed batch, want 0", n)
	}
}

// notices records a run's notices.
type notices struct {
	run.Discard
	lines []string
}

func (n *notices) Notice(msg string) { n.lines = append(n.lines, msg) }

// changedSince are the notices that say an input changed since submit.
func (n *notices) changedSince() []string {
	var out []string
	for _, l := range n.lines {
		if strings.Contains(l, "changed since submit") {
			out = append(out, l)
		}
	}
	return out
}

// Collect says an input changed since submit when what the read stage
// records differs: for a saved page that is the extracted article's
// digest, never the file's own, so an unchanged page is no change.
func TestCollect_ChangedSinceSubmit(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join("..", "article", "testdata", "pages", "economie.html"))
	if err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "a.txt")
	html := filepath.Join(dir, "p.html")
	for name, b := range map[string][]byte{text: []byte("L'Otan passera de 500 à 4 000 personnes.\n"), html: page} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opt := Options{StateDir: filepath.Join(dir, "state")}
	if _, err := Submit(context.Background(), run.New(testOptions(srv, dir)), client(srv), run.Sources([]string{text, html}), opt); err != nil {
		t.Fatalf("Submit: %v", err)
	}
	collectNotices := func() []string {
		t.Helper()
		eng, st := testOptions(srv, dir)
		newRunner := func(model string, maxChunkTokens int) *run.Runner {
			eng.Model, st.MaxChunkTokens = model, maxChunkTokens
			return run.New(eng, st)
		}
		ev := &notices{}
		if err := Collect(context.Background(), newRunner, client(srv), "batch_2", opt, run.Options{OutDir: filepath.Join(dir, "out")}, ev); err != nil {
			t.Fatalf("Collect: %v", err)
		}
		return ev.changedSince()
	}
	if got := collectNotices(); got != nil {
		t.Errorf("nothing changed, yet collect says %q", got)
	}
	if err := os.WriteFile(text, []byte("L'Otan passera de 500 à 5 000 personnes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{text + " changed since submit; its changed chunks go through ordinary requests"}
	if diff := cmp.Diff(want, collectNotices()); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
}
