package pipeline

import (
	"context"
	"fmt"

	"brief/pipeline/chunking"
)

// DefaultMaxChunkTokens keeps a chunk's reply well inside small local
// models' context and cuts a long article into enough chunks to keep a
// server's slots busy. Chosen by measurement (BENCHMARKS.md): 600 tokens
// cut the 20-copy sample into 31 chunks, two full waves on a 16-slot server.
const DefaultMaxChunkTokens = 600

// Chunk cuts the body into pieces of at most maxTokens tokens of enc,
// recorded under encoding. The plan depends only on the text, the counter
// and maxTokens (see chunking.Split).
func Chunk(enc chunking.Counter, encoding string, maxTokens int) Stage {
	return func(_ context.Context, doc *Document) error {
		if doc.Paragraphs == nil {
			return requirement("chunk", "paragraphs", "read")
		}
		if maxTokens < 1 {
			return fmt.Errorf("%w: --max-chunk-tokens must be at least 1, got %d", ErrConfig, maxTokens)
		}
		enc := &memo{c: enc, n: map[string]int{}}
		texts := chunking.Split(doc.Paragraphs, maxTokens, enc)
		plan := &ChunkPlan{Encoding: encoding, MaxTokens: maxTokens, Chunks: make([]Piece, len(texts))}
		for i, t := range texts {
			plan.Chunks[i] = Piece{Index: i, Text: t, Tokens: enc.Count(t), Paragraphs: len(SplitParagraphs(t))}
		}
		doc.Chunks = plan
		return nil
	}
}

// memo remembers counts: balancing counts the same paragraphs and chunks
// several times, and counting is the chunk stage's main cost.
type memo struct {
	c chunking.Counter
	n map[string]int
}

func (m *memo) Count(text string) int {
	if n, ok := m.n[text]; ok {
		return n
	}
	n := m.c.Count(text)
	m.n[text] = n
	return n
}
