package run

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"brief/internal/fakellm"
	"brief/pipeline"
	"brief/pipeline/engine/openai"
)

// Streamed replies give the same briefing as plain ones.
func TestStream_SameBriefing(t *testing.T) {
	var md [2][]byte
	for i, stream := range []bool{false, true} {
		srv := fakellm.New()
		doc := runAll(t, srv, testConfig{Stream: stream, MaxChunkTokens: 300}, sample(t))
		srv.Close()
		out, err := pipeline.Markdown(doc, pricing(nil))
		if err != nil {
			t.Fatal(err)
		}
		md[i] = out
		for _, r := range srv.ChatRequests() {
			if r.Chat.Stream != stream {
				t.Fatalf("request stream = %v, want %v", r.Chat.Stream, stream)
			}
		}
	}
	if !bytes.Equal(md[0], md[1]) {
		t.Error("a streamed run's Markdown differs from a plain run's")
	}
}

// A stream cut by a llama.cpp "error:" line (no finish reason) is asked
// again; when it keeps being cut, the chunk fails with ErrStreamCut.
func TestStream_Cut(t *testing.T) {
	in := pipeline.Input{Path: "a.txt", Bytes: []byte("Il y a 500 personnes.")}
	srv := fakellm.New()
	defer srv.Close()
	srv.Script(fakellm.Reply{Content: "There are 500 people.", StreamError: true})
	doc := runAll(t, srv, testConfig{Stream: true, Retries: 2, Clock: instant{}}, in)
	if got := len(srv.ChatRequests()); got != 3 || !doc.Figures.OK() {
		t.Errorf("requests = %d (want 2 for the chunk, 1 summary), figures ok %v", got, doc.Figures.OK())
	}

	srv2 := fakellm.New()
	defer srv2.Close()
	srv2.SetReply(func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		rep.StreamError = true
		return rep
	})
	err := translateOnly(t, srv2, testConfig{Concurrency: 1, Retries: 2, Clock: instant{}, Stream: true}, in)
	if !errors.Is(err, openai.ErrStreamCut) || !strings.Contains(err.Error(), "chunk 0") {
		t.Errorf("err = %v, want ErrStreamCut naming chunk 0", err)
	}
	if got := len(srv2.ChatRequests()); got != 3 {
		t.Errorf("requests = %d, want retries+1 = 3", got)
	}
}
