package figures

import (
	"math/big"
	"slices"
	"strings"
)

// remainingShare explains a percent the bullet calls the rest ("the
// remaining 39%", "leaving about 7% for rabbits", "the other 9%") as 100
// less the percents of the source that it completes: one percent of its
// paragraph ("61 % du total" leaves 39 %), or every percent of one source
// sentence ("les chats 58 %, les chiens 35 %" leave 7 %). Without such a
// word a complement is no derivation: "39%" for "61 %" is the classic slip.
func remainingShare(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Percent || !slices.ContainsFunc(t.ctx, func(w string) bool { return restWords[w] }) {
		return ""
	}
	fits := func(sum *big.Rat) bool {
		rest := new(big.Rat).Sub(big.NewRat(100, 1), sum)
		return rest.Sign() > 0 && (rest.Cmp(tv) == 0 || hedgedRound(t, rest, tv))
	}
	var percents []*atom
	for _, a := range src {
		if a.m.Kind == Percent && a.m.Rat() != nil && (!hedged(*a.m) || hedged(t)) {
			percents = append(percents, a)
		}
	}
	for _, a := range percents {
		if len(percents) <= maxComplemented && fits(a.m.Rat()) {
			return "100% less " + a.m.Raw
		}
	}
	// every percent of one sentence, sentences in their order (the report
	// must not depend on a map's)
	for _, terms := range sentenceRuns(percents) {
		if len(terms) < 2 || len(terms) > 4 {
			continue
		}
		sum, raws := new(big.Rat), make([]string, len(terms))
		for k, a := range terms {
			sum.Add(sum, a.m.Rat())
			raws[k] = a.m.Raw
		}
		if fits(sum) {
			return "100% less " + strings.Join(raws, ", ")
		}
	}
	return ""
}

// maxComplemented bounds the source percents one of which a rest may
// complete: among many, some percent completes any figure by chance.
const maxComplemented = 8

// restWords call a share what is left of a whole.
var restWords = map[string]bool{"remaining": true, "rest": true, "remainder": true, "other": true, "others": true,
	"leaving": true, "left": true}
