package tokens

import (
	"bytes"
	"cmp"
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

// parseRanks reads "base64-token rank" lines: the two halves of the file
// are decoded at once (start-up waits on this), then put in one map.
func parseRanks(data []byte) (map[string]int, error) {
	mid := len(data) / 2
	if i := bytes.IndexByte(data[mid:], '\n'); i >= 0 {
		mid += i + 1
	} else {
		mid = len(data)
	}
	var first decoded
	var firstErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		first, firstErr = decode(data[:mid], 1)
	}()
	second, err := decode(data[mid:], bytes.Count(data[:mid], []byte{'\n'})+1)
	<-done
	if err = cmp.Or(firstErr, err); err != nil {
		return nil, err
	}
	ranks := make(map[string]int, len(first.entries)+len(second.entries))
	first.into(ranks)
	second.into(ranks)
	return ranks, nil
}

// decoded is a run of rank lines: the tokens' bytes back to back in one
// string, and where each token is.
type decoded struct {
	all     string
	entries []entry
}

type entry struct{ off, n, rank int }

// decode reads the lines of data; line is the number of its first line.
func decode(data []byte, line int) (decoded, error) {
	entries := make([]entry, 0, bytes.Count(data, []byte{'\n'})+1)
	arena := make([]byte, base64.StdEncoding.DecodedLen(len(data)))
	used := 0
	for ; len(data) > 0; line++ {
		var l []byte
		l, data, _ = bytes.Cut(data, []byte{'\n'})
		if len(l) == 0 {
			continue
		}
		tok, num, ok := bytes.Cut(l, []byte{' '})
		n, err := base64.StdEncoding.Decode(arena[used:], tok)
		rank, okRank := atoi(num)
		if !ok || err != nil || !okRank {
			return decoded{}, fmt.Errorf("tokenizer ranks line %d: malformed", line)
		}
		entries = append(entries, entry{used, n, rank})
		used += n
	}
	return decoded{all: string(arena[:used]), entries: entries}, nil // one string; every token is a slice of it
}

func (d decoded) into(ranks map[string]int) {
	for _, e := range d.entries {
		ranks[d.all[e.off:e.off+e.n]] = e.rank
	}
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
