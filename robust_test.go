package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/internal/fakellm"
)

// virtualClock is a clock whose waits pass at once and advance its time:
// a run waits minutes without the test waiting at all.
type virtualClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *virtualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *virtualClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.t = c.t.Add(d)
	}
	return ctx.Err()
}

// clockRun is translateRun on clk.
func clockRun(t *testing.T, srv *fakellm.Server, clk *virtualClock, dir string, args ...string) briefRun {
	t.Helper()
	in := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(in, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	argv := append([]string{"brief", "translate", "--base-url", srv.BaseURL(), "--out", filepath.Join(dir, "out"), "--no-cache"}, args...)
	var stdout, stderr bytes.Buffer
	sys := testSystem(&stdout, &stderr, func(k string) string {
		if k == "OPENAI_API_KEY" {
			return fakellm.Token
		}
		return ""
	})
	sys.clock = clk
	code := runApp(context.Background(), append(argv, in), sys)
	md, err := os.ReadFile(filepath.Join(dir, "out", "article.md"))
	if err != nil {
		md = nil
	}
	return briefRun{code: code, stdout: stdout.String(), stderr: stderr.String(), md: md}
}

// TestLoadingModel: a server answering 503 "Loading model" for 6 s, then
// healthy: the run waits (on the clock: the test does not), says so once,
// and exits 0; one still loading after --timeout fails saying so.
func TestLoadingModel(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	clk := &virtualClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	srv.LoadFor(6*time.Second, clk.Now)
	r := clockRun(t, srv, clk, t.TempDir())
	if r.code != 0 || r.md == nil {
		t.Fatalf("exit %d, output %v; stderr:\n%s", r.code, r.md != nil, r.stderr)
	}
	if n := strings.Count(r.stderr, "loading its model"); n != 1 ||
		!strings.Contains(r.stderr, "brief: the server is loading its model (HTTP 503); waiting for it up to 10m0s (--timeout)\n") {
		t.Errorf("stderr = %q, want one line saying the model is loading", r.stderr)
	}

	srv.LoadFor(time.Hour, clk.Now)
	r = clockRun(t, srv, clk, t.TempDir(), "--timeout", "1m")
	if r.code != 1 || r.md != nil {
		t.Fatalf("exit %d, output %v; want 1 and none", r.code, r.md != nil)
	}
	if !strings.Contains(r.stderr, "the server was still loading its model when --timeout (1m0s) ran out") {
		t.Errorf("stderr = %q, want it to say the model was still loading", r.stderr)
	}
}

// TestSmallContext: a server whose context holds half a chunk cuts its
// prompt silently (llama.cpp's context shift: 200 OK, a translation of
// the tail, small usage.prompt_tokens): the chunk is split until each part
// fits, and the briefing equals a roomy server's.
func TestSmallContext(t *testing.T) {
	text := longArticle(80) // over 1,000 words: the summary is sent its central sentences
	// One chunk: a budget whose quarter is more than the article, so it is
	// not cut for parallel requests.
	args := []string{"--max-chunk-tokens", "12000"}
	want := baseline(t, text, args...)
	srv := fakellm.New()
	defer srv.Close()
	srv.SetContext(900, true)
	r := translateRun(context.Background(), t, srv, t.TempDir(), text, fakellm.Token, append(args, "--no-cache")...)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !bytes.Equal(maskUsage(r.md), maskUsage(want)) {
		t.Errorf("output differs from a roomy server's:\n%s", r.md)
	}
	if got := len(srv.ChatRequests()); got != 4 {
		t.Errorf("requests = %d, want 4: the whole chunk, its two halves, the summary", got)
	}
}
