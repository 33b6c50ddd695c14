package pipeline

import (
	"context"
	"strings"
	"testing"
)

// words counts whitespace-separated words: budgets in tests read as words.
type words struct{}

func (words) Count(s string) int { return len(strings.Fields(s)) }

// A short article is cut into balanced chunks for a server's parallel
// requests (at least MinChunkTokens each, and a quarter of the budget);
// the offline engine's plan (parallel 1) and a long article's are the
// budget's alone.
func TestChunk_ShortArticle(t *testing.T) {
	para := func(n int) string { return strings.TrimSpace(strings.Repeat("mot ", n)) + "." }
	article := func(sizes ...int) []string {
		var out []string
		for _, n := range sizes {
			out = append(out, para(n))
		}
		return out
	}
	for _, tt := range []struct {
		name               string
		paras              []string
		budget, parallel   int
		wantChunks, atMost int
	}{
		{"the sample's size: 5 chunks", article(100, 120, 90, 110, 130, 100, 120, 84), 600, ParallelChunks, 5, 230},
		{"offline: the budget's 2", article(100, 120, 90, 110, 130, 100, 120, 84), 600, 1, 2, 600},
		{"too short to cut", article(150, 150), 600, ParallelChunks, 1, 600},
		{"two of 160", article(160, 160), 600, ParallelChunks, 2, 600},
		{"a larger budget keeps it whole", article(100, 120, 90, 110, 130, 100, 120, 84), 4000, ParallelChunks, 1, 4000},
		{"at most 6", article(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), 600, ParallelChunks, 6, 200},
		{"a quarter of the budget each", article(300, 300, 300, 300, 300, 300, 300), 2000, ParallelChunks, 4, 2000},
		{"long: the budget decides", article(500, 500, 500, 500, 500, 500, 500, 500, 500, 500), 600, ParallelChunks, 10, 600},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Paragraphs: tt.paras}
			if err := Chunk(words{}, "words", tt.budget, tt.parallel)(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, c := range doc.Chunks.Chunks {
				texts = append(texts, c.Text)
				if c.Tokens > tt.atMost {
					t.Errorf("chunk %d has %d tokens, want at most %d", c.Index, c.Tokens, tt.atMost)
				}
			}
			if len(texts) != tt.wantChunks {
				t.Errorf("%d chunks, want %d", len(texts), tt.wantChunks)
			}
			if strings.Join(texts, "") != doc.Body() {
				t.Error("the chunks do not rejoin to the body")
			}
		})
	}
}
