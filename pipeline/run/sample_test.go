package run

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"brief/internal/fakellm"
	"brief/internal/golden"
	"brief/pipeline"
)

// runAll runs every stage but render on in against a fake server.
func runAll(t *testing.T, srv *fakellm.Server, cfg testConfig, in pipeline.Input) *pipeline.Document {
	t.Helper()
	if cfg.CacheDir == "" && !cfg.NoCache {
		cfg.CacheDir = t.TempDir() // never the user's cache: tests count requests
	}
	r := New(cfg.options(srv))
	doc := &pipeline.Document{}
	for _, name := range pipeline.StageNames[:5] {
		st, err := r.Step(name, in, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), doc, st); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return doc
}

// translateOnly runs read, chunk and translate on in against srv and
// returns the error, for tests of how translation fails.
func translateOnly(t *testing.T, srv *fakellm.Server, cfg testConfig, in pipeline.Input) error {
	t.Helper()
	cfg.Model, cfg.NoCache = "m", true
	r := New(cfg.options(srv))
	var steps []pipeline.Step
	for _, name := range pipeline.StageNames[:3] {
		st, err := r.Step(name, in, nil)
		if err != nil {
			t.Fatal(err)
		}
		steps = append(steps, st)
	}
	return pipeline.Run(context.Background(), &pipeline.Document{}, steps...)
}

func sample(t *testing.T) pipeline.Input {
	t.Helper()
	b, err := os.ReadFile("../testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.Input{Path: "seeds/000_7f15cc14b7c1e000.txt", Bytes: b}
}

// The sample article through the whole pipeline against the deterministic
// fake gives the same Markdown and Document every time.
func TestSampleGolden(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	doc := runAll(t, srv, testConfig{MaxChunkTokens: 400}, sample(t))
	if !doc.Figures.OK() {
		t.Fatalf("figures failed on a faithful fake translation: %+v", doc.Figures.Translation.Findings)
	}
	if got, want := len(doc.Translation.Paragraphs), len(doc.Paragraphs); got != want {
		t.Errorf("translation has %d paragraphs, source %d", got, want)
	}
	md, err := pipeline.Markdown(doc, pricing(nil))
	if err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, golden.Path(t, "sample.md"), md)
	var js bytes.Buffer
	if err := pipeline.Encode(&js, doc); err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, golden.Path(t, "sample.json"), js.Bytes())
	// Round trip: decoding and re-encoding the wire format changes nothing.
	back, err := pipeline.Decode(bytes.NewReader(js.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := pipeline.Encode(&again, back); err != nil {
		t.Fatal(err)
	}
	if again.String() != js.String() {
		t.Error("pipeline.Encode(pipeline.Decode(pipeline.Encode(doc))) differs from pipeline.Encode(doc)")
	}
}

// Every request carries the instructions in the system message and only the
// text in the user message, at temperature 0, and usage is summed.
func TestRequestsLayout(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	doc := runAll(t, srv, testConfig{MaxChunkTokens: 400}, sample(t))
	reqs := srv.ChatRequests()
	if len(reqs) != len(doc.Chunks.Chunks)+1 {
		t.Fatalf("server got %d requests, want %d chunks + 1 summary", len(reqs), len(doc.Chunks.Chunks))
	}
	var prompt int
	for _, r := range reqs {
		if !strings.Contains(string(r.Body), `"temperature":0`) {
			t.Errorf("request body has no explicit temperature 0: %s", r.Body[:120])
		}
		if r.Chat.Model != "test-model" {
			t.Errorf("model = %q, want test-model", r.Chat.Model)
		}
		if len(r.Chat.Messages) != 2 || r.Chat.Messages[0].Role != "system" || r.Chat.Messages[1].Role != "user" {
			t.Fatalf("messages = %+v, want system then user", r.Chat.Messages)
		}
		if strings.Contains(r.User(), "Translate") || strings.Contains(r.User(), "headline") {
			t.Errorf("user message carries instructions: %q", r.User()[:80])
		}
		for _, m := range r.Chat.Messages {
			prompt += len(strings.Fields(m.Content))
		}
	}
	for i, c := range doc.Chunks.Chunks {
		if got := strings.TrimSpace(reqs[i].User()); !containsRequest(reqs, strings.TrimSpace(c.Text)) {
			t.Errorf("chunk %d text not sent as a user message (first was %q)", i, got[:40])
		}
	}
	if u := doc.TotalUsage(); u.PromptTokens != prompt || u.Requests != len(reqs) {
		t.Errorf("usage = %+v, want %d prompt tokens over %d requests", u, prompt, len(reqs))
	}
}

func containsRequest(reqs []fakellm.Request, user string) bool {
	for _, r := range reqs {
		if strings.TrimSpace(r.User()) == user {
			return true
		}
	}
	return false
}
