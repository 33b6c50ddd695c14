// Package chunking cuts an article into pieces under a token budget, on
// paragraph boundaries first, then sentences, then clauses, then words, so
// that every piece is something a translator can work on alone.
package chunking

import (
	"strings"
	"unicode"
)

// Counter counts tokens.
type Counter interface {
	Count(text string) int
}

// Separator joins paragraphs in the body.
const Separator = "\n\n"

// Paragraphs splits text on blank lines, trimming each paragraph and
// dropping empty ones: the inverse of joining with Separator, for engine
// output.
func Paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, block := range strings.Split(text, Separator) {
		if b := strings.TrimSpace(block); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// Split cuts the paragraphs (joined by Separator) into chunks of at most
// budget tokens. Concatenating the chunks gives back the body exactly. No
// chunk exceeds the budget unless it is a single word that does. Chunks are
// balanced: the fewest chunks the budget allows, with the largest as small
// as possible, so no chunk is a sliver. The plan depends only on the text,
// the counter and the budget, never on how many chunks run at once: the
// chunk text is the cache key, so a speed setting must not change it.
func Split(paragraphs []string, budget int, c Counter) []string {
	return SplitInto(paragraphs, 1, budget, c)
}

// SplitInto is Split aiming at n chunks: when the budget alone gives
// fewer, the text is cut into up to n chunks with the largest as small as
// possible (paragraphs larger than an n-th of the text are cut at
// sentences, then clauses, so the chunks can be even; when the pieces do
// not divide evenly, fewer chunks may have the same largest one). Like
// Split, it depends only on its arguments.
func SplitInto(paragraphs []string, n, budget int, c Counter) []string {
	if len(paragraphs) == 0 {
		return nil
	}
	budget = max(1, budget)
	pieces := atoms(paragraphs, budget, c)
	k := len(groups(pieces, budget))
	if k < n {
		total := 0
		for _, p := range pieces {
			total += p.tokens
		}
		share := max(1, (total+n-1)/n)
		pieces, k = atoms(paragraphs, min(budget, share), c), n
	}
	return balanced(pieces, k, budget, c)
}

// balanced packs pieces into at most k chunks with the largest as small as
// possible: binary search on the cap, since the number of groups only
// falls as the cap grows.
func balanced(pieces []piece, k, budget int, c Counter) []string {
	lo, hi := 1, budget
	for lo < hi {
		mid := (lo + hi) / 2
		if len(groups(pieces, mid)) <= k {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return enforceBudget(join(groups(pieces, lo)), budget, c)
}

type piece struct {
	text   string
	tokens int
}

// atoms returns the smallest units packing works with: whole paragraphs
// when they fit, otherwise sentences, clauses or words.
func atoms(paragraphs []string, budget int, c Counter) []piece {
	var out []piece
	for i, p := range paragraphs {
		text := p
		if i < len(paragraphs)-1 {
			text += Separator
		}
		parts := splitToFit(text, budget, c, 0)
		for _, part := range parts {
			out = append(out, piece{text: part, tokens: c.Count(part)})
		}
	}
	return out
}

// levels of splitting, tried in order until every part fits.
var levels = []func(string) []string{Sentences, clauses, words}

func splitToFit(text string, budget int, c Counter, level int) []string {
	if c.Count(text) <= budget || level >= len(levels) {
		return []string{text}
	}
	var out []string
	for _, part := range levels[level](text) {
		out = append(out, splitToFit(part, budget, c, level+1)...)
	}
	return out
}

// groups packs pieces greedily under limit tokens (a piece larger than
// the limit stands alone).
func groups(pieces []piece, limit int) [][]piece {
	var out [][]piece
	var cur []piece
	tokens := 0
	for _, p := range pieces {
		if len(cur) > 0 && tokens+p.tokens > limit {
			out = append(out, cur)
			cur, tokens = nil, 0
		}
		cur = append(cur, p)
		tokens += p.tokens
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func join(gs [][]piece) []string {
	out := make([]string, len(gs))
	for i, g := range gs {
		var b strings.Builder
		for _, p := range g {
			b.WriteString(p.text)
		}
		out[i] = b.String()
	}
	return out
}

// enforceBudget fixes the rare chunk that additive counting let past the
// budget by moving its last sentence-sized tail into a chunk of its own.
func enforceBudget(chunks []string, budget int, c Counter) []string {
	var out []string
	for _, ch := range chunks {
		if c.Count(ch) <= budget {
			out = append(out, ch)
			continue
		}
		parts := splitToFit(ch, budget, c, 0)
		out = append(out, regroup(parts, budget, c)...)
	}
	return out
}

func regroup(parts []string, budget int, c Counter) []string {
	var out []string
	cur := ""
	for _, p := range parts {
		if cur != "" && c.Count(cur+p) > budget {
			out = append(out, cur)
			cur = ""
		}
		cur += p
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// clauses splits after commas, semicolons, colons and dashes, keeping the
// punctuation and following space with the clause before.
func clauses(s string) []string {
	return splitAfterSpace(s, func(last rune) bool { return strings.ContainsRune(",;:—–-", last) })
}

// words splits after every run of spaces.
func words(s string) []string {
	return splitAfterSpace(s, func(rune) bool { return true })
}

// splitAfterSpace cuts s where a run of whitespace ends, when the last
// non-space rune before the run satisfies ok; the whitespace stays with the
// left part.
func splitAfterSpace(s string, ok func(last rune) bool) []string {
	var out []string
	start := 0
	var last rune
	inSpace := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			inSpace = true
			continue
		}
		if inSpace && i > start && ok(last) {
			out = append(out, s[start:i])
			start = i
		}
		inSpace = false
		last = r
	}
	return append(out, s[start:])
}
