package tokens

import (
	"fmt"
	"math"
	_ "unsafe" // for go:linkname

	"github.com/dlclark/regexp2"
	"github.com/pkoukk/tiktoken-go"
)

// encodingSpec returns tiktoken-go's description of an encoding (its
// pre-tokenizer pattern and its ranks, read through the BpeLoader) without
// building its CoreBPE, whose decoder and sorted token table cost about
// 120 ms for o200k and which counting never uses.
//
//go:linkname encodingSpec github.com/pkoukk/tiktoken-go.getEncoding
func encodingSpec(name string) (*tiktoken.Encoding, error)

// bpe counts tokens the way tiktoken's EncodeOrdinary encodes them: the
// pattern cuts the text into pieces, each piece is one token when it is
// in the ranks, else its bytes are merged pairwise, lowest rank first.
type bpe struct {
	re    *regexp2.Regexp
	ranks map[string]int
}

func newBPE(name string) (*bpe, error) {
	spec, err := encodingSpec(name)
	if err != nil {
		return nil, err
	}
	re, err := regexp2.Compile(spec.PatStr, regexp2.None)
	if err != nil {
		return nil, fmt.Errorf("pattern of %s: %w", name, err)
	}
	return &bpe{re: re, ranks: spec.MergeableRanks}, nil
}

func (b *bpe) count(text string) int {
	n := 0
	m, _ := b.re.FindStringMatch(text) // the pattern matches anything: no error on valid text
	for m != nil {
		piece := m.String()
		if _, ok := b.ranks[piece]; ok {
			n++
		} else {
			n += b.merges(piece)
		}
		m, _ = b.re.FindNextMatch(m)
	}
	return n
}

// merges returns how many tokens piece becomes: start from its bytes and
// merge the adjacent pair whose joined bytes have the lowest rank, until
// no joined pair is in the ranks.
func (b *bpe) merges(piece string) int {
	// bounds[i] is where part i starts; the last entry is len(piece).
	bounds := make([]int, len(piece)+1)
	for i := range bounds {
		bounds[i] = i
	}
	for len(bounds) > 2 {
		best, at := math.MaxInt, -1
		for i := 0; i+2 < len(bounds); i++ {
			if r, ok := b.ranks[piece[bounds[i]:bounds[i+2]]]; ok && r < best {
				best, at = r, i
			}
		}
		if at < 0 {
			break
		}
		bounds = append(bounds[:at+1], bounds[at+2:]...)
	}
	return len(bounds) - 1
}
