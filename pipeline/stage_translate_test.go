package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"brief/pipeline/engine"
)

// replyFunc is a Translator that answers with a function of the chunk.
type replyFunc func(string) string

func (f replyFunc) Translate(_ context.Context, req engine.TranslateRequest) (engine.Result, error) {
	return engine.Result{Text: f(req.Text), Usage: engine.Usage{Requests: 1}}, nil
}

// TestTranslate_ParagraphCheck: a reply whose paragraph count differs from
// the chunk's is detected, after every attempt, as ErrParagraphs; a reply
// that keeps the count passes.
func TestTranslate_ParagraphCheck(t *testing.T) {
	t.Parallel()
	src := "Un 1.\n\nDeux 2.\n\nTrois 3."
	tests := []struct {
		name    string
		reply   replyFunc
		wantErr error
	}{
		{"kept", func(s string) string { return s }, nil},
		{"merged", func(s string) string { return strings.Replace(s, "\n\n", " ", 1) }, ErrParagraphs},
		{"split", func(s string) string { return strings.Replace(s, "Trois 3.", "Trois.\n\n3.", 1) }, ErrParagraphs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc := &Document{Paragraphs: SplitParagraphs(src), Chunks: &ChunkPlan{Chunks: []Piece{{Index: 0, Text: src, Paragraphs: 3}}}}
			err := Translate(tt.reply, TranslateOptions{Concurrency: 1, RepairAttempts: 1})(context.Background(), doc)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Translate error = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr == nil && len(doc.Translation.Paragraphs) != 3 {
				t.Errorf("translation has %d paragraphs, want 3", len(doc.Translation.Paragraphs))
			}
		})
	}
}
