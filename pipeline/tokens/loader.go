package tokens

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"path"
	"sync/atomic"

	"github.com/pkoukk/tiktoken-go-loader/assets"
)

// loads counts the encodings actually loaded in this process, so tests
// can check that stages which count no tokens never pay for it.
var loads atomic.Int64

// Loads returns how many encodings this process has loaded.
func Loads() int { return int(loads.Load()) }

// ranksLoader implements tiktoken's BpeLoader over the ranks embedded by
// tiktoken-go-loader, about twice as fast as its own parser: one pass over
// the bytes, the map sized up front, every token decoded into one shared
// buffer instead of a string each.
type ranksLoader struct{}

func (ranksLoader) LoadTiktokenBpe(file string) (map[string]int, error) {
	data, err := assets.Assets.ReadFile(path.Base(file))
	if err != nil {
		return nil, err
	}
	return parseRanks(data)
}

// parseRanks reads "base64-token rank" lines.
func parseRanks(data []byte) (map[string]int, error) {
	type entry struct{ off, n, rank int }
	entries := make([]entry, 0, bytes.Count(data, []byte{'\n'})+1)
	arena := make([]byte, base64.StdEncoding.DecodedLen(len(data)))
	used := 0
	for line := 1; len(data) > 0; line++ {
		var l []byte
		l, data, _ = bytes.Cut(data, []byte{'\n'})
		if len(l) == 0 {
			continue
		}
		tok, num, ok := bytes.Cut(l, []byte{' '})
		n, err := base64.StdEncoding.Decode(arena[used:], tok)
		rank, okRank := atoi(num)
		if !ok || err != nil || !okRank {
			return nil, fmt.Errorf("tokenizer ranks line %d: malformed", line)
		}
		entries = append(entries, entry{used, n, rank})
		used += n
	}
	all := string(arena[:used]) // one allocation; every token is a slice of it
	ranks := make(map[string]int, len(entries))
	for _, e := range entries {
		ranks[all[e.off:e.off+e.n]] = e.rank
	}
	return ranks, nil
}

func atoi(b []byte) (int, bool) {
	if len(b) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
