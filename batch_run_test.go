package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"brief/internal/fakellm"
	"brief/pipeline/batch"
)

// brief runs the CLI in-process against srv, in the current folder.
func brief(t *testing.T, srv *fakellm.Server, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	env := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": fakellm.Token}
	t.Setenv("OPENAI_BASE_URL", srv.BaseURL()) // urfave reads flag defaults from the process environment
	// Each run its own response cache (os.UserCacheDir reads the process
	// environment): the tests count the requests a run sends.
	t.Setenv("XDG_CACHE_HOME", filepath.Join(t.TempDir(), "cache"))
	var out, errb bytes.Buffer
	code = runApp(context.Background(), append([]string{"brief"}, args...), testSystem(&out, &errb, func(k string) string { return env[k] }))
	return code, out.String(), errb.String()
}

// writeArticles writes n small articles of three paragraphs, each full of
// figures, under dir.
func writeArticles(t *testing.T, dir string, n int) []string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var names []string
	for i := range n {
		text := fmt.Sprintf("date 2021-%02d L'Otan passera de %d à %d 000 personnes, a annoncé M. Stoltenberg.\n\n"+
			"La mission coûtera %d,5 %% de plus en 20%02d.\n\nLe chiffre d'affaires a augmenté de %d %% en 2023.\n",
			i%12+1, 100+i, 4+i, i%9+1, i%30, 10+i)
		name := fmt.Sprintf("article-%02d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

// customIDs are the custom_ids of an article's chunks, as submit names them.
func customID(t *testing.T, path string, idx int) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return batch.CustomID(strings.TrimSuffix(filepath.Base(path), ".txt"), hex.EncodeToString(sum[:]), idx)
}

// translationBodies decodes the bodies of the translation requests srv
// received, for comparison with batch lines.
func translationBodies(t *testing.T, srv *fakellm.Server) []any {
	t.Helper()
	var out []any
	for _, r := range srv.ChatRequests() {
		if !r.IsSummary() {
			out = append(out, decodeJSON(t, r.Body))
		}
	}
	return sortJSON(out)
}

// lineBodies decodes the bodies of the batch input lines whose custom_id
// satisfies keep.
func lineBodies(t *testing.T, srv *fakellm.Server, keep func(i int, id string) bool) []any {
	t.Helper()
	var out []any
	i := 0
	for _, id := range srv.BatchIDs() {
		for _, l := range strings.Split(strings.TrimSpace(string(srv.BatchInput(id))), "\n") {
			var line batch.Line
			if err := json.Unmarshal([]byte(l), &line); err != nil {
				t.Fatal(err)
			}
			if keep(i, line.CustomID) {
				out = append(out, decodeJSON(t, line.Body))
			}
			i++
		}
	}
	return sortJSON(out)
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return v
}

func sortJSON(vs []any) []any {
	sort.Slice(vs, func(i, j int) bool { return fmt.Sprint(vs[i]) < fmt.Sprint(vs[j]) })
	return vs
}

// costLine is the front matter's cost estimate, which differs between a
// batch and a plain run: batch tokens cost half.
var costLine = regexp.MustCompile(`(?m)^cost_usd: (\S+)\n`)

// costs sums the cost_usd of every briefing in dir.
func costs(t *testing.T, dir string) float64 {
	t.Helper()
	fs, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	sum := 0.0
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		m := costLine.FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s has no cost_usd", f)
		}
		v, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			t.Fatal(err)
		}
		sum += v
	}
	return sum
}

// sameOutputs compares every briefing of two out folders byte for byte,
// but for the cost estimate.
func sameOutputs(t *testing.T, want, got string, n int) {
	t.Helper()
	wf, _ := filepath.Glob(filepath.Join(want, "*.md"))
	gf, _ := filepath.Glob(filepath.Join(got, "*.md"))
	if len(wf) != n || len(gf) != n {
		t.Fatalf("%s has %d briefings, %s has %d, want %d each", want, len(wf), got, len(gf), n)
	}
	for _, w := range wf {
		wb, _ := os.ReadFile(w)
		gb, err := os.ReadFile(filepath.Join(got, filepath.Base(w)))
		if err != nil {
			t.Fatal(err)
		}
		wb, gb = costLine.ReplaceAll(wb, nil), costLine.ReplaceAll(gb, nil)
		if diff := cmp.Diff(string(wb), string(gb)); diff != "" {
			t.Errorf("%s differs (-translate +batch):\n%s", filepath.Base(w), diff)
		}
	}
}

func TestBatch_CollectEqualsTranslate(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	t.Chdir(t.TempDir())
	writeArticles(t, "seeds", 50)

	code, stdout, stderr := brief(t, srv, "batch", "submit", "--json", "--max-chunk-tokens", "40", "seeds")
	if code != 0 {
		t.Fatalf("submit: exit %d: %s", code, stderr)
	}
	var sub struct {
		Group    string           `json:"group"`
		Batches  []batch.BatchRef `json:"batches"`
		Inputs   int              `json:"inputs"`
		Requests int              `json:"requests"`
	}
	if err := json.Unmarshal([]byte(stdout), &sub); err != nil || len(sub.Batches) != 1 || sub.Inputs != 50 || sub.Requests <= 50 {
		t.Fatalf("submit --json = %s (%v), want 1 batch of more than 50 requests from 50 inputs", stdout, err)
	}
	if n := len(srv.ChatRequests()); n != 0 {
		t.Fatalf("submit sent %d chat requests, want 0", n)
	}

	code, stdout, _ = brief(t, srv, "batch", "status", "--json", sub.Batches[0].ID)
	want := fmt.Sprintf(`"status":"completed","request_counts":{"total":%d,"completed":%[1]d,"failed":0}`, sub.Requests)
	if code != 0 || !strings.Contains(stdout, want) {
		t.Fatalf("status --json = %d %s, want %s", code, stdout, want)
	}

	code, _, stderr = brief(t, srv, "batch", "collect", "--out", "batched", sub.Batches[0].ID)
	if code != 0 {
		t.Fatalf("collect: exit %d: %s", code, stderr)
	}
	for _, r := range srv.ChatRequests() {
		if !r.IsSummary() {
			t.Fatalf("collect sent a translation request, want only summaries: %s", r.User())
		}
	}
	if n := len(srv.ChatRequests()); n != 50 {
		t.Errorf("collect sent %d requests, want 50 summaries", n)
	}

	if code, _, stderr = brief(t, srv, "translate", "--max-chunk-tokens", "40", "--out", "plain", "seeds"); code != 0 {
		t.Fatalf("translate: exit %d: %s", code, stderr)
	}
	sameOutputs(t, "plain", "batched", 50)
	// The chunk translations cost half through the batch; the summaries
	// (ordinary requests) full price.
	if plain, batched := costs(t, "plain"), costs(t, "batched"); !(batched < plain && batched > plain/2) {
		t.Errorf("batched briefings cost $%.6f, plain ones $%.6f: want the batch's chunk tokens at half price", batched, plain)
	}
}

func TestBatch_FailedLinesGoThroughOrdinaryRequests(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	t.Chdir(t.TempDir())
	writeArticles(t, "seeds", 6)
	failed := map[string]bool{customID(t, "seeds/article-01.txt", 1): true, customID(t, "seeds/article-04.txt", 0): true}
	for id := range failed {
		srv.FailBatchLines(id)
	}
	if code, _, stderr := brief(t, srv, "batch", "submit", "--max-chunk-tokens", "40", "seeds"); code != 0 {
		t.Fatalf("submit: exit %d: %s", code, stderr)
	}
	code, stdout, _ := brief(t, srv, "batch", "status", "batch_2")
	if code != 0 || !strings.Contains(stdout, "completed") || !strings.Contains(stdout, ", 2 failed") {
		t.Fatalf("status = %d %q, want completed with 2 failed", code, stdout)
	}
	code, _, stderr := brief(t, srv, "batch", "collect", "--out", "batched", "batch_2")
	if code != 0 {
		t.Fatalf("collect: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "; 2 went through ordinary requests") {
		t.Errorf("collect stderr = %q, want the 2 fallbacks counted", stderr)
	}
	wantBodies := lineBodies(t, srv, func(_ int, id string) bool { return failed[id] })
	if diff := cmp.Diff(wantBodies, translationBodies(t, srv)); diff != "" {
		t.Errorf("ordinary translation requests are not exactly the failed lines (-want +got):\n%s", diff)
	}
	if code, _, stderr = brief(t, srv, "translate", "--max-chunk-tokens", "40", "--out", "plain", "seeds"); code != 0 {
		t.Fatalf("translate: exit %d: %s", code, stderr)
	}
	sameOutputs(t, "plain", "batched", 6)
}

func TestBatch_ExpiredCompletesThroughOrdinaryRequests(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	t.Chdir(t.TempDir())
	writeArticles(t, "seeds", 5)
	srv.ExpireBatches(4)
	if code, _, stderr := brief(t, srv, "batch", "submit", "--max-chunk-tokens", "40", "seeds"); code != 0 {
		t.Fatalf("submit: exit %d: %s", code, stderr)
	}
	if code, stdout, _ := brief(t, srv, "batch", "status", "--json", "batch_2"); code != 0 || !strings.Contains(stdout, `"status":"expired"`) {
		t.Fatalf("status = %d %s, want expired", code, stdout)
	}
	code, _, stderr := brief(t, srv, "batch", "collect", "--out", "batched", "batch_2")
	if code != 0 {
		t.Fatalf("collect: exit %d: %s", code, stderr)
	}
	wantBodies := lineBodies(t, srv, func(i int, _ string) bool { return i >= 4 })
	if len(wantBodies) == 0 {
		t.Fatal("the batch has no lines past the expiry")
	}
	if diff := cmp.Diff(wantBodies, translationBodies(t, srv)); diff != "" {
		t.Errorf("ordinary translation requests are not exactly the expired lines (-want +got):\n%s", diff)
	}
	if code, _, stderr = brief(t, srv, "translate", "--max-chunk-tokens", "40", "--out", "plain", "seeds"); code != 0 {
		t.Fatalf("translate: exit %d: %s", code, stderr)
	}
	sameOutputs(t, "plain", "batched", 5)
}
