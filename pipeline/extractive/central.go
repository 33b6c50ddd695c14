package extractive

import (
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
	all := split(text)
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
	scores := rank(block)
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
