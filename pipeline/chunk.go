package pipeline

import (
	"context"
	"fmt"

	"brief/pipeline/chunking"
	"brief/pipeline/tokens"
)

// DefaultMaxChunkTokens keeps a chunk's reply well inside small local
// models' context while leaving a few chunks to run in parallel.
const DefaultMaxChunkTokens = 800

// Chunk cuts the body into pieces of at most maxTokens tokens of enc,
// balanced for workers chunks translated at once (see chunking.SplitFor).
func Chunk(enc *tokens.Encoder, maxTokens, workers int) Stage {
	return ChunkCounting(enc, enc.Name, maxTokens, workers)
}

// ChunkCounting is Chunk with any counter, recorded under encoding.
func ChunkCounting(enc chunking.Counter, encoding string, maxTokens, workers int) Stage {
	return func(_ context.Context, doc *Document) error {
		if doc.Paragraphs == nil {
			return requirement("chunk", "paragraphs", "read")
		}
		if maxTokens < 1 {
			return fmt.Errorf("%w: --max-chunk-tokens must be at least 1, got %d", ErrConfig, maxTokens)
		}
		enc := &memo{c: enc, n: map[string]int{}}
		texts := chunking.SplitFor(doc.Paragraphs, maxTokens, workers, enc)
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
