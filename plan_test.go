package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"brief/internal/fakellm"
)

// inTempWithCopies moves the test into a fresh folder holding 20x.txt:
// 20 copies of the sample article as one input, the way bench/ builds its
// 20x input (the date header only once).
func inTempWithCopies(t *testing.T) {
	t.Helper()
	b, err := os.ReadFile("pipeline/testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	text := strings.TrimSpace(string(b))
	body := strings.TrimSpace(regexp.MustCompile(`^date \S+\s+`).ReplaceAllString(text, ""))
	parts := []string{text}
	for range 19 {
		parts = append(parts, body)
	}
	if err := os.WriteFile("20x.txt", []byte(strings.Join(parts, "\n\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// chatBodies are the bodies of every chat request srv received, sorted.
func chatBodies(t *testing.T, srv *fakellm.Server) []any {
	t.Helper()
	var out []any
	for _, r := range srv.ChatRequests() {
		out = append(out, decodeJSON(t, r.Body))
	}
	return sortJSON(out)
}

// The chunk plan, so every request and the Markdown, depends on the
// content and --max-chunk-tokens only: --concurrency is a speed setting.
func TestChunkPlan_SameForAnyConcurrency(t *testing.T) {
	inTempWithCopies(t)
	var want []any
	var wantMD []byte
	for _, c := range []int{1, 4, 8, 16, 64} {
		srv := fakellm.New()
		out := fmt.Sprintf("out-%d", c)
		code, _, stderr := brief(t, srv, "translate", "--no-cache", "--concurrency", fmt.Sprint(c), "--out", out, "20x.txt")
		srv.Close()
		if code != 0 {
			t.Fatalf("--concurrency %d: exit %d: %s", c, code, stderr)
		}
		got := chatBodies(t, srv)
		md, err := os.ReadFile(filepath.Join(out, "20x.md"))
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want, wantMD = got, md
			if len(got) < 17 {
				t.Fatalf("--concurrency 1 sent %d requests; the 20-copy sample should need more than 16 chunks", len(got))
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("--concurrency %d sent other requests than --concurrency 1 (-1 +%d):\n%.2000s", c, c, diff)
		}
		if diff := cmp.Diff(string(wantMD), string(md)); diff != "" {
			t.Errorf("--concurrency %d wrote another briefing than --concurrency 1 (-1 +%d):\n%.2000s", c, c, diff)
		}
	}
}

// "Rerun to resume" works whatever --concurrency the rerun uses.
func TestCachedRerun_OtherConcurrencySendsNothing(t *testing.T) {
	inTempWithCopies(t)
	srv := fakellm.New()
	defer srv.Close()
	// llama.cpp-like: /props names the model, so no probe is sent.
	srv.SetProps(&fakellm.Props{ModelPath: "/models/m.gguf"})
	if code, _, stderr := brief(t, srv, "translate", "--cache-dir", "cache", "--concurrency", "16", "20x.txt"); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	sent := len(srv.ChatRequests())
	for _, c := range []string{"1", "3", "64"} {
		if code, _, stderr := brief(t, srv, "translate", "--cache-dir", "cache", "--force", "--concurrency", c, "20x.txt"); code != 0 {
			t.Fatalf("rerun at --concurrency %s: exit %d: %s", c, code, stderr)
		}
		if n := len(srv.ChatRequests()) - sent; n != 0 {
			t.Errorf("the cached rerun at --concurrency %s sent %d requests, want 0", c, n)
		}
	}
}

// collect cuts the chunks submit cut, whatever --concurrency each ran
// with, so the batch answers every chunk: only summaries are sent.
func TestBatch_CollectAtOtherConcurrencyUsesEveryAnswer(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	inTempWithCopies(t)
	if code, _, stderr := brief(t, srv, "batch", "submit", "--concurrency", "1", "20x.txt"); code != 0 {
		t.Fatalf("submit: exit %d: %s", code, stderr)
	}
	code, _, stderr := brief(t, srv, "batch", "collect", "--concurrency", "16", "--out", "batched", "batch_2")
	if code != 0 {
		t.Fatalf("collect: exit %d: %s", code, stderr)
	}
	for _, r := range srv.ChatRequests() {
		if !r.IsSummary() {
			t.Fatalf("collect sent a translation request, want only the summary: %.80s", r.User())
		}
	}
	if !regexp.MustCompile(`answered \d+ chunk requests; 0 went through ordinary requests`).MatchString(stderr) {
		t.Errorf("collect stderr = %q, want every chunk answered by the batch", stderr)
	}
}
