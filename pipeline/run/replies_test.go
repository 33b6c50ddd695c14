package run

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/internal/fakellm"
	"brief/pipeline"
)

func manyParagraphs(n int) pipeline.Input {
	var ps []string
	for i := 0; i < n; i++ {
		ps = append(ps, "Le paragraphe numéro "+strings.Repeat("I", i%5+1)+" compte 1 500 mots et coûte 2,5 % de plus.")
	}
	return pipeline.Input{Path: "many.txt", Bytes: []byte(strings.Join(ps, "\n\n"))}
}

// Chunks answered out of order still assemble in order.
func TestTranslate_KeepsOrderUnderConcurrency(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	var mu sync.Mutex
	n := 0
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		mu.Lock()
		n++
		d := time.Duration(7-n%7) * time.Millisecond // later requests answer first
		mu.Unlock()
		rep := fakellm.DefaultReply(req)
		rep.Delay = d
		return rep
	})
	in := manyParagraphs(30)
	doc := runAll(t, srv, testConfig{MaxChunkTokens: 40, Concurrency: 8}, in)
	if len(doc.Chunks.Chunks) < 10 {
		t.Fatalf("only %d chunks; the test needs many", len(doc.Chunks.Chunks))
	}
	for i, p := range doc.Translation.Paragraphs {
		if want := fakellm.EnglishFigures(doc.Paragraphs[i]); p != want {
			t.Fatalf("paragraph %d = %q, want %q", i, p, want)
		}
	}
}

// A reply with the wrong paragraph count is asked again; when it stays
// wrong the chunk fails with ErrParagraphs.
func TestTranslate_ParagraphCount(t *testing.T) {
	in := pipeline.Input{Path: "a.txt", Bytes: []byte("Premier paragraphe.\n\nDeuxième paragraphe.")}
	merged := fakellm.Reply{Content: "First paragraph. Second paragraph."}

	srv := fakellm.New()
	defer srv.Close()
	srv.Script(merged) // once, then the default faithful reply
	doc := runAll(t, srv, testConfig{RepairAttempts: 2}, in)
	if got := doc.Translation.Chunks[0].Attempts; got != 2 {
		t.Errorf("attempts = %d, want 2", got)
	}

	srv2 := fakellm.New()
	defer srv2.Close()
	srv2.SetReply(func(req fakellm.Request) fakellm.Reply { return merged })
	err := translateOnly(t, srv2, testConfig{Concurrency: 1, RepairAttempts: 2}, in)
	if !errors.Is(err, pipeline.ErrParagraphs) {
		t.Fatalf("err = %v, want ErrParagraphs", err)
	}
	if got := len(srv2.ChatRequests()); got != 3 {
		t.Errorf("server got %d requests, want 1 + 2 repairs", got)
	}
}

// A figure corrupted once is repaired by a second request for that chunk
// only, which carries the discrepancy in its system message.
func TestTranslate_RepairsFigures(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	corrupted := false
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		if !req.IsSummary() && !corrupted && strings.Contains(rep.Content, "1,500") {
			corrupted = true
			rep.Content = strings.Replace(rep.Content, "1,500", "1,600", 1)
		}
		return rep
	})
	doc := runAll(t, srv, testConfig{MaxChunkTokens: 40, Concurrency: 1, RepairAttempts: 2}, manyParagraphs(4))
	if !doc.Figures.OK() {
		t.Fatalf("figures not repaired: %+v", doc.Figures.Translation.Findings)
	}
	reqs := srv.ChatRequests()
	if want := len(doc.Chunks.Chunks) + 2; len(reqs) != want {
		t.Fatalf("server got %d requests, want %d (chunks + 1 repair + summary)", len(reqs), want)
	}
	repair := reqs[1]
	if repair.User() != reqs[0].User() || !strings.Contains(repair.System(), "1,600") {
		t.Errorf("repair request should resend the same chunk with the discrepancy in the system message; system:\n%s", repair.System())
	}
	if doc.Translation.Chunks[0].Attempts != 2 || doc.Translation.Chunks[1].Attempts != 1 {
		t.Errorf("attempts = %d, %d; want 2, 1", doc.Translation.Chunks[0].Attempts, doc.Translation.Chunks[1].Attempts)
	}
}

// A server that always corrupts ends with a failed report after the
// bounded attempts, keeping the best reply.
func TestTranslate_RepairGivesUp(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		if !req.IsSummary() {
			rep.Content = strings.ReplaceAll(rep.Content, "1,500", "1,600")
		}
		return rep
	})
	doc := runAll(t, srv, testConfig{MaxChunkTokens: 1000, RepairAttempts: 2}, manyParagraphs(2))
	if doc.Figures.OK() {
		t.Fatal("figures passed with a corrupted translation")
	}
	if got := doc.Translation.Chunks[0].Attempts; got != 3 {
		t.Errorf("attempts = %d, want 3", got)
	}
}

// A chatty reply ("Here is the translation:", a closing note) is unwrapped,
// not re-asked.
func TestTranslate_UnwrapsChattyReply(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		if !req.IsSummary() {
			rep.Content = "Here is the translation:\n\n" + rep.Content + "\n\nNote: figures kept as in the source."
		}
		return rep
	})
	doc := runAll(t, srv, testConfig{RepairAttempts: 2}, pipeline.Input{Path: "a.txt", Bytes: []byte("Il y a 500 personnes.\n\nEt 4 000 soldats.")})
	if got := doc.Translation.Chunks[0].Attempts; got != 1 {
		t.Errorf("attempts = %d, want 1", got)
	}
	if got := doc.Translation.Paragraphs[0]; got != fakellm.EnglishFigures("Il y a 500 personnes.") {
		t.Errorf("first paragraph = %q", got)
	}
	if !doc.Figures.OK() {
		t.Errorf("figures: %+v", doc.Figures.Translation.Findings)
	}
}

// A local reasoning model's <think> block is not part of the translation.
func TestTranslate_DropsThinking(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		rep.Content = "<think>\nThe user wants 500 and 4 000... maybe 600?\n\nOk.\n</think>\n\n" + rep.Content
		return rep
	})
	doc := runAll(t, srv, testConfig{}, pipeline.Input{Path: "a.txt", Bytes: []byte("Il y a 500 personnes.\n\nEt 4 000 soldats.")})
	if !doc.Figures.OK() || doc.Translation.Chunks[0].Attempts != 1 || strings.Contains(doc.Translation.Paragraphs[0], "think") {
		t.Errorf("translation = %q, attempts %d, figures %+v", doc.Translation.Paragraphs, doc.Translation.Chunks[0].Attempts, doc.Figures.Translation.Findings)
	}
}
