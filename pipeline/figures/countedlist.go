package figures

import (
	"math/big"
	"strings"
)

// countedListTotal explains a summary amount as the sum of a list the source
// announces with its count and a colon, when the bullet says that count
// too: "trois chantiers : la rénovation du gymnase pour 1,9 million
// d'euros, l'extension de l'école pour 2,6 millions et la place pour
// 800 000 euros" briefed "€5.3 million of work on three projects". The
// count says the list is whole, so its sum is the total the bullet means.
func (r *check) countedListTotal(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if tv == nil || !numeric(*t.m) || t.m.Kind == Percent || hedged(*t.m) && t.m.Comparator != CmpApprox {
		return ""
	}
	for k, c := range src {
		cv := c.m.Rat()
		if class(c.m.Kind) != Cardinal || c.m.Unit != "" || cv == nil || !cv.IsInt() || cv.Cmp(big.NewRat(2, 1)) < 0 || cv.Cmp(big.NewRat(6, 1)) > 0 || !r.lineSays(c) {
			continue
		}
		n := int(cv.Num().Int64())
		var terms []*atom
		for _, a := range src[k+1:] {
			if !sameSentence(a, c) {
				break
			}
			if class(a.m.Kind) == class(t.m.Kind) && a.m.Unit == t.m.Unit && !isYearish(*a.m) {
				terms = append(terms, a)
			}
		}
		if len(terms) != n || !r.colonBetween(c, terms[0]) {
			continue
		}
		sum := new(big.Rat)
		for _, a := range terms {
			if hedged(*a.m) {
				sum = nil // an estimate among the terms makes no exact total
				break
			}
			sum.Add(sum, a.m.Rat())
		}
		if sum != nil && (sum.Cmp(tv) == 0 || hedgedRound(*t.m, sum, tv)) {
			return "sum of the " + c.m.Raw + " listed: " + terms[0].m.Raw + " to " + terms[n-1].m.Raw
		}
	}
	return ""
}

// colonBetween: a colon stands in the source between a and b, which
// opens the list a announces.
func (r *check) colonBetween(a, b *atom) bool {
	if a.m.Paragraph >= len(r.source) || a.m.Paragraph != b.m.Paragraph {
		return false
	}
	text := r.source[a.m.Paragraph]
	if a.m.End > b.m.Start || b.m.Start > len(text) {
		return false
	}
	return strings.Contains(text[a.m.End:b.m.Start], ":")
}
