package figures

import (
	"hash/fnv"
	"math"
)

// sentence is one sentence of a paragraph: its length in bytes and the
// loose keys (kind class and value) of the figures it holds, sorted.
type sentence struct {
	length int
	keys   []uint64
}

// bead is one aligned group: source sentences [s0, s1) and English
// sentences [t0, t1) of a unit (figures.md, Matching 1).
type bead struct{ s0, s1, t0, t1 int }

// Bead costs in the spirit of Gale and Church (1993): 1-1 is the norm, a
// merge or split costs a little, a sentence with no counterpart more. A
// figure both sentences share pulls them together.
const (
	costSkip   = 4.5
	costMerge  = 2.3
	costDouble = 5.0
	costMerge3 = 3.6
	anchorGain = 2.5
	enPerFr    = 0.92 // English runs a little shorter than French
	lenVar     = 6.8
)

// alignSentences pairs the sentences of a source and a target unit by
// dynamic programming over lengths and shared figures, inside a band
// around the diagonal so that the cost stays linear in the text.
func alignSentences(src, tgt []sentence) []bead {
	S, T := len(src), len(tgt)
	if S == 0 || T == 0 {
		return []bead{{0, S, 0, T}}
	}
	band := 10 + abs(S-T)
	lo := func(i int) int { return max(0, i*T/S-band) }
	hi := func(i int) int { return min(T, i*T/S+band) }
	type cell struct {
		cost   float64
		di, dj int8
	}
	sh := newPairCache(src, tgt, band)
	rows := make([][]cell, S+1)
	at := func(i, j int) *cell {
		if i < 0 || j < 0 || j < lo(i) || j > hi(i) {
			return nil
		}
		return &rows[i][j-lo(i)]
	}
	for i := 0; i <= S; i++ {
		rows[i] = make([]cell, hi(i)-lo(i)+1)
		for j := lo(i); j <= hi(i); j++ {
			c := at(i, j)
			c.cost = math.Inf(1)
			if i == 0 && j == 0 {
				c.cost = 0
				continue
			}
			for _, st := range beadSteps {
				p := at(i-st.di, j-st.dj)
				if p == nil || math.IsInf(p.cost, 1) {
					continue
				}
				if v := p.cost + beadCost(src[i-st.di:i], tgt[j-st.dj:j], sh.count(i-st.di, i, j-st.dj, j)); v < c.cost {
					c.cost, c.di, c.dj = v, int8(st.di), int8(st.dj)
				}
			}
		}
	}
	var out []bead
	for i, j := S, T; i > 0 || j > 0; {
		c := at(i, j)
		if c == nil || c.di == 0 && c.dj == 0 {
			// Outside the band (cannot happen with the band above): one group.
			return []bead{{0, S, 0, T}}
		}
		out = append(out, bead{i - int(c.di), i, j - int(c.dj), j})
		i, j = i-int(c.di), j-int(c.dj)
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

var beadSteps = []struct{ di, dj int }{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}

// beadCost is the cost of aligning the source sentences a with the
// target sentences b, which share shared figures.
func beadCost(a, b []sentence, shared int) float64 {
	switch {
	case len(a) == 0 || len(b) == 0:
		return costSkip
	}
	ls, lt := 0, 0
	for _, s := range a {
		ls += s.length
	}
	for _, t := range b {
		lt += t.length
	}
	c := 0.0
	switch {
	case len(a) == 2 && len(b) == 2:
		c = costDouble
	case len(a) == 3 || len(b) == 3:
		c = costMerge3 // three short French sentences made one English one
	case len(a) == 2 || len(b) == 2:
		c = costMerge
	}
	mean := (float64(ls) + float64(lt)/enPerFr) / 2
	d := (float64(lt) - float64(ls)*enPerFr) / math.Sqrt(math.Max(mean, 1)*lenVar)
	return c + d*d/2 - anchorGain*float64(shared)
}

// pairCache holds the figures each source sentence shares with each
// target sentence in the band, counted once: every cell of the DP asks
// for the same pairs again.
type pairCache struct {
	src, tgt []sentence
	base     []int // first target sentence of each source sentence's row
	w        int
	v        []int16 // -1: not counted yet
}

func newPairCache(src, tgt []sentence, band int) *pairCache {
	S, T := len(src), len(tgt)
	c := &pairCache{src: src, tgt: tgt, base: make([]int, S), w: 2*band + 2*(T/max(S, 1)) + 10}
	for i := range c.base {
		c.base[i] = max(0, i*T/S-band-4)
	}
	c.v = make([]int16, S*c.w)
	for k := range c.v {
		c.v[k] = -1
	}
	return c
}

// pair counts the figures source sentence i shares with target sentence j.
func (c *pairCache) pair(i, j int) int {
	k := j - c.base[i]
	if k < 0 || k >= c.w {
		return sharedSorted(c.src[i].keys, c.tgt[j].keys)
	}
	if v := c.v[i*c.w+k]; v >= 0 {
		return int(v)
	}
	n := sharedSorted(c.src[i].keys, c.tgt[j].keys)
	c.v[i*c.w+k] = int16(min(n, 1<<14))
	return n
}

// count sums the pairs of source sentences [i0, i1) and target [j0, j1).
func (c *pairCache) count(i0, i1, j0, j1 int) int {
	n := 0
	for i := i0; i < i1; i++ {
		for j := j0; j < j1; j++ {
			n += c.pair(i, j)
		}
	}
	return n
}

func sharedSorted(ka, kb []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(ka) && j < len(kb); {
		switch {
		case ka[i] == kb[j]:
			n, i, j = n+1, i+1, j+1
		case ka[i] < kb[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// looseKey is what anchors an alignment: the value, whatever the unit or
// the way it is written, hashed.
func looseKey(m Mention) uint64 {
	h := fnv.New64a()
	h.Write([]byte(class(m.Kind)))
	h.Write([]byte{'|'})
	h.Write([]byte(m.Value))
	return h.Sum64()
}
