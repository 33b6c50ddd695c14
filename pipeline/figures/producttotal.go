package figures

import (
	"math/big"
	"slices"
)

// productTotal explains a total a bullet calls one ("in all", "combined")
// as a count of the source times an amount of its paragraph: "640
// pagayeurs ... 22 euros, dont 5 reversés" briefed "about €3,200 in all",
// "2,4 millions pour chacun des deux vainqueurs" as "€4.8m combined".
// Without such a word, or a source amount said of each one ("Chaque
// intervention coûte 2 800 euros"), a product is no derivation: any two
// figures make one.
// A rough count makes only a rough total ("environ 240 ... jusqu'à 15 000
// euros chacun" briefed "up to roughly €3.6m in all").
func productTotal(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent {
		return ""
	}
	cue := totalCue(t) || slices.Contains(t.ctx, "worth") // ("24 million households pay it, worth roughly £4.2bn a year")
	bare := class(t.Kind) == Cardinal && t.Unit == ""
	for _, n := range src {
		nv := n.m.Rat()
		if class(n.m.Kind) != Cardinal || n.m.Unit != "" || nv == nil || !nv.IsInt() || nv.Cmp(big.NewRat(2, 1)) < 0 || isYearish(*n.m) || hedged(*n.m) && !hedged(t) {
			continue
		}
		for _, a := range src {
			if a == n || a.m.Paragraph != n.m.Paragraph || isYearish(*a.m) || (!cue || bare) && !a.m.eachSaid || a.m.totalSaid {
				continue // ("1 240 fuites ... Chaque intervention coûte 2 800 euros": the source says each; "4 médailles d'argent ... cinq au total" make no 20 medals: a total is no amount each, nor is a bare count)
			}
			if a.m.eachSaid && !sameSentence(a, n) && countBefore(src, a) {
				continue // "trois agents à des amendes de 25 000 euros chacun": each of those three, not of the four groups of the next sentence
			}
			av := amountIn(*a.m, t)
			if av == nil {
				continue
			}
			if x := new(big.Rat).Mul(av, nv); x.Cmp(tv) == 0 || hedgedRound(t, x, tv) {
				return n.m.Raw + " times " + a.m.Raw
			}
		}
	}
	return ""
}

// amountIn is a's value as an amount of t's kind and unit: its own, or
// the currency a bare share takes from its amount ("22 euros, dont 5").
func amountIn(a, t Mention) *big.Rat {
	v := a.Rat()
	if v == nil {
		return nil
	}
	if class(a.Kind) == class(t.Kind) && a.Unit == t.Unit {
		return v
	}
	if t.Kind != Money {
		return nil
	}
	return elidedAmount(a, t.Unit)
}

// countBefore: a's sentence counts, before a, the ones its "chacun" is
// said of.
func countBefore(src []*atom, a *atom) bool {
	for _, n := range src {
		if n != a && sameSentence(n, a) && n.m.Start < a.m.Start && class(n.m.Kind) == Cardinal && n.m.Unit == "" && n.m.Head != "" && !isYearish(*n.m) {
			return true
		}
	}
	return false
}
