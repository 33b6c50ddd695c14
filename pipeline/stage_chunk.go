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

// ParallelChunks is how many chunks an article too short to fill them at
// the budget is still cut into for an engine that runs its requests at
// once on a server, as long as each gets MinChunkTokens and a quarter of
// the budget: a request takes as long as its reply, so an article in one
// or two chunks waits for a reply as long as half of it. More, smaller
// chunks would each repeat the system prompt (about 110 tokens). Chosen by
// measurement (BENCHMARKS.md, "How many chunks"): the sample becomes 5.
// A larger --max-chunk-tokens (a local server with one slot, where more
// chunks only add requests) keeps short articles in fewer chunks. The
// offline engine runs on this machine's cores: it is given 1.
const (
	ParallelChunks = 6
	MinChunkTokens = 160
)

// chunkCount is how many chunks paragraphs should make at least:
// parallel, fewer when the text has not max(MinChunkTokens, a quarter of
// the budget) tokens for each.
func chunkCount(paragraphs []string, maxTokens, parallel int, c chunking.Counter) int {
	least := max(MinChunkTokens, maxTokens/4)
	total := 0
	for i, p := range paragraphs {
		if i < len(paragraphs)-1 {
			p += chunking.Separator // as chunking counts it, so the counts are reused
		}
		if total += c.Count(p); total >= parallel*least {
			return max(1, parallel)
		}
	}
	return max(1, total/least)
}

// Chunk cuts the body into pieces of at most maxTokens tokens of enc,
// recorded under encoding, and a short article into up to parallel
// balanced pieces when it has the tokens for them (chunkCount; 1: the
// budget alone decides). The plan depends only on the text, the counter,
// maxTokens and parallel, which the engine decides (see
// chunking.SplitInto).
func Chunk(enc chunking.Counter, encoding string, maxTokens, parallel int) Stage {
	return func(_ context.Context, doc *Document) error {
		if doc.Paragraphs == nil {
			return requirement("chunk", "paragraphs", "read")
		}
		if maxTokens < 1 {
			return fmt.Errorf("%w: --max-chunk-tokens must be at least 1, got %d", ErrConfig, maxTokens)
		}
		enc := &memo{c: enc, n: map[string]int{}}
		texts := chunking.SplitInto(doc.Paragraphs, chunkCount(doc.Paragraphs, maxTokens, parallel, enc), maxTokens, enc)
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
