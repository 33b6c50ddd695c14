package extractive

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// Maximal Marginal Relevance: each pick maximises
// lambda·relevance − (1−lambda)·(similarity to the closest pick), so the
// bullets cover the article instead of restating its most central fact.
// A sentence closer than nearDuplicate to a pick is only taken when
// nothing else is left.
const (
	lambda        = 0.6
	nearDuplicate = 0.5
)

// choose picks k sentences by MMR over their LexRank centrality, short
// ones preferred, with at least one from each half of the text when k is
// at least 2. It returns their indexes in document order. Ties go to the
// earlier sentence, so the choice depends on the text alone.
func choose(cands []sentence, k, bulletChars int) []int {
	sim := similarities(cands)
	rel := relevance(cands, pagerank(sim), bulletChars)
	var picked []int
	taken := make([]bool, len(cands))
	for len(picked) < k {
		need := uncoveredHalves(cands, picked)
		best, bestScore := -1, math.Inf(-1)
		for i := range cands {
			if taken[i] || (len(need) >= k-len(picked) && !need[half(cands[i])]) {
				continue
			}
			red := 0.0
			for _, j := range picked {
				red = max(red, sim[i][j])
			}
			sc := lambda*rel[i] - (1-lambda)*red
			if red >= nearDuplicate {
				sc -= 2 // below any sentence that is not a near-duplicate
			}
			if sc > bestScore+1e-12 {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			break
		}
		taken[best] = true
		picked = append(picked, best)
	}
	sort.Ints(picked)
	return picked
}

// relevance is each sentence's centrality scaled to the best one's, times
// a length factor: a bullet should be read at a glance, so a sentence
// longer than half a bullet's limit (after cutting at a clause) weighs
// less.
func relevance(cands []sentence, scores []float64, bulletChars int) []float64 {
	top := 0.0
	for _, s := range scores {
		top = max(top, s)
	}
	rel := make([]float64, len(cands))
	for i, c := range cands {
		if top > 0 {
			rel[i] = scores[i] / top
		}
		if n := utf8.RuneCountInString(bullet(c.text, bulletChars)); n > bulletChars/2 {
			rel[i] *= math.Sqrt(float64(bulletChars/2) / float64(n))
		}
	}
	return rel
}

func half(s sentence) int {
	if s.at >= 0.5 {
		return 1
	}
	return 0
}

// uncoveredHalves lists the halves of the text that have candidates but
// no pick yet.
func uncoveredHalves(cands []sentence, picked []int) map[int]bool {
	need := map[int]bool{}
	for _, c := range cands {
		need[half(c)] = true
	}
	for _, i := range picked {
		delete(need, half(cands[i]))
	}
	return need
}

// cutAtWord cuts s after its last whole word within maxChars that can end
// a clause, keeping figures whole; the last resort for a headline.
func cutAtWord(s string, maxChars int) string {
	if utf8.RuneCountInString(s) <= maxChars {
		return s
	}
	fields := strings.Fields(s)
	for n := len(fields) - 1; n > 0; n-- {
		kept := strings.TrimRight(strings.Join(fields[:n], " "), " ,;:–—-")
		if utf8.RuneCountInString(kept) <= maxChars && !endsDangling(kept) && figuresKept(s, kept) {
			return kept
		}
	}
	// One "word" longer than a headline is no word (a URL, a run of
	// symbols): only then is anything cut inside a word.
	return string([]rune(fields[0])[:min(maxChars, utf8.RuneCountInString(fields[0]))])
}
