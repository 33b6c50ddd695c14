package extractive

import (
	"math"
	"sort"
	"strings"
)

// blockSentences bounds the sentences ranked together: ranking is
// quadratic, so a long text is ranked block by block, each block getting
// its share of the budget.
const blockSentences = 200

// Central returns the text's most central sentences, at most maxWords
// words in all, in document order: adjacent sentences joined by a space,
// a gap marked by a blank line. A text within maxWords comes back whole.
func Central(text string, maxWords int) string {
	all := split(paragraphs(text))
	total := 0
	for _, s := range all {
		total += len(strings.Fields(s.text))
	}
	if total <= maxWords {
		return text
	}
	var picked []sentence
	for start := 0; start < len(all); start += blockSentences {
		block := all[start:min(len(all), start+blockSentences)]
		words := 0
		for _, s := range block {
			words += len(strings.Fields(s.text))
		}
		picked = append(picked, pick(block, maxWords*words/total)...)
	}
	sort.Slice(picked, func(a, b int) bool { return picked[a].pos < picked[b].pos })
	var b strings.Builder
	for i, s := range picked {
		switch {
		case i == 0:
		case s.pos == picked[i-1].pos+1:
			b.WriteString(" ")
		default:
			b.WriteString("\n\n")
		}
		b.WriteString(s.text)
	}
	return b.String()
}

// pick takes sentences by rank while they fit in budget words.
func pick(block []sentence, budget int) []sentence {
	scores := pagerank(similarities(block))
	order := make([]int, len(block))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	var out []sentence
	used := 0
	for _, i := range order {
		n := len(strings.Fields(block[i].text))
		if used+n > budget {
			continue
		}
		used += n
		out = append(out, block[i])
	}
	return out
}

// term is one weighted term of a sentence vector.
type term struct {
	id int
	w  float64
}

// similarities is the cosine similarity matrix of the sentences' TF-IDF
// vectors, computed on sorted sparse vectors: the same graph rank builds,
// in linear time per pair, which keeps a long translation cheap.
func similarities(ss []sentence) [][]float64 {
	ids := map[string]int{}
	df := map[int]int{}
	bags := make([]map[int]float64, len(ss))
	for i, s := range ss {
		bags[i] = map[int]float64{}
		for _, t := range s.terms {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			if bags[i][id] == 0 {
				df[id]++
			}
			bags[i][id]++
		}
	}
	vecs := make([][]term, len(ss))
	norms := make([]float64, len(ss))
	for i, bag := range bags {
		for id, tf := range bag {
			vecs[i] = append(vecs[i], term{id, tf * (1 + math.Log(float64(len(ss))/float64(df[id])))})
		}
		sort.Slice(vecs[i], func(a, b int) bool { return vecs[i][a].id < vecs[i][b].id })
		for _, t := range vecs[i] {
			norms[i] += t.w * t.w
		}
		norms[i] = math.Sqrt(norms[i])
	}
	w := make([][]float64, len(ss))
	for i := range w {
		w[i] = make([]float64, len(ss))
	}
	for i := range ss {
		for j := i + 1; j < len(ss); j++ {
			if c := dot(vecs[i], vecs[j]); c > 0 {
				w[i][j] = c / (norms[i] * norms[j])
				w[j][i] = w[i][j]
			}
		}
	}
	return w
}

func dot(a, b []term) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// pagerank scores the nodes of a weighted graph (LexRank's damping 0.85).
func pagerank(w [][]float64) []float64 {
	n := len(w)
	rowSum := make([]float64, n)
	for i := range w {
		for _, x := range w[i] {
			rowSum[i] += x
		}
	}
	score := make([]float64, n)
	for i := range score {
		score[i] = 1 / float64(n)
	}
	const damping = 0.85
	for iter := 0; iter < 100; iter++ {
		dangling := 0.0
		for j := range n {
			if rowSum[j] == 0 {
				dangling += score[j]
			}
		}
		next := make([]float64, n)
		for j := range n {
			if rowSum[j] == 0 {
				continue
			}
			share := damping * score[j] / rowSum[j]
			for i, x := range w[j] {
				next[i] += share * x
			}
		}
		delta := 0.0
		for i := range next {
			next[i] += (1-damping)/float64(n) + damping*dangling/float64(n)
			delta += math.Abs(next[i] - score[i])
		}
		score = next
		if delta < 1e-9 {
			break
		}
	}
	return score
}
