package run

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"brief/internal/fakellm"
	"brief/pipeline/tokens"
)

// A summary of the source needs no tokenizer, so it is asked for while
// the tokenizer loads: building the chunk stage must not wait for it. The
// tokenizer is held here until the summary request has reached the
// server; a run that waited for it first would never send that request.
func TestTranslate_SummaryAskedBeforeTokenizer(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	summaryAsked := make(chan struct{}, 8)
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		if req.IsSummary() {
			summaryAsked <- struct{}{}
		}
		return fakellm.DefaultReply(req)
	})
	dir := t.TempDir()
	src := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(src, []byte("L'Otan passera de 500 à 4 000 personnes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := New(testConfig{MaxChunkTokens: 40}.options(srv))
	release := make(chan struct{})
	held := make(chan struct{})
	go r.encOnce.Do(func() { // the tokenizer is loading until release
		close(held)
		<-release
		r.count, r.countName, r.parallel = tokens.Estimate{}, tokens.EstimateName, 1
	})
	<-held
	errc := make(chan error, 1)
	go func() {
		errc <- r.Translate(context.Background(), Sources([]string{src}), nil, Options{OutDir: filepath.Join(dir, "out")}, Discard{})
	}()
	select {
	case <-summaryAsked:
	case err := <-errc:
		t.Fatalf("Translate ended (%v) before asking for the summary", err)
	case <-time.After(30 * time.Second):
		t.Error("no summary request while the tokenizer was loading")
	}
	close(release)
	if err := <-errc; err != nil {
		t.Fatalf("Translate: %v", err)
	}
}
