package figures

import (
	"math/big"
	"slices"
)

// fractionOf explains a summary count as a source fraction of a source
// figure of its sentence: "près de 15 000 hectares ... dont un tiers
// détruits" briefed "about 5,000 of them destroyed". A bare English
// count may leave the whole's unit to its sentence ("of them").
func fractionOf(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity && class(t.Kind) != Cardinal {
		return ""
	}
	for _, f := range src {
		fv := f.m.Rat()
		if f.m.Kind != Fraction || fv == nil || fv.Sign() <= 0 || fv.Cmp(big.NewRat(1, 1)) >= 0 || hedged(*f.m) {
			continue
		}
		for _, a := range src {
			av := a.m.Rat()
			if a == f || av == nil || !sameSentence(a, f) || isYearish(*a.m) || !(class(a.m.Kind) == class(t.Kind) && a.m.Unit == t.Unit ||
				a.m.Kind == Quantity && class(t.Kind) == Cardinal && t.Unit == "") {
				continue
			}
			x := new(big.Rat).Mul(av, fv)
			if nearly(x, tv) || hedgedRound(t, x, tv) {
				return f.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// nearly: equal but for the last digits of a fraction read as a decimal
// (a third is 0.333333333333).
func nearly(x, y *big.Rat) bool {
	d := new(big.Rat).Abs(new(big.Rat).Sub(x, y))
	return d.Cmp(new(big.Rat).Mul(new(big.Rat).Abs(y), big.NewRat(1, 1_000_000))) <= 0
}

// totalOfMany explains a summary figure the bullet calls a total ("in
// all", "combined", "bringing total fines to") as the sum of three or
// four exact source figures of its kind and unit in one paragraph: three
// fines of one judgment, the seats of three parties. Two figures are
// derived's job.
func totalOfMany(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent || !totalCue(t) {
		return ""
	}
	byParagraph := map[int][]*atom{}
	for _, a := range src {
		if av := a.m.Rat(); av != nil && numeric(*a.m) && class(a.m.Kind) == class(t.Kind) && a.m.Unit == t.Unit &&
			!hedged(*a.m) && !isYearish(*a.m) && av.Sign() > 0 && av.Cmp(tv) < 0 {
			byParagraph[a.m.Paragraph] = append(byParagraph[a.m.Paragraph], a)
		}
	}
	for _, terms := range byParagraph {
		if len(terms) < 3 || len(terms) > 12 {
			continue // a long list makes any total by chance
		}
		if why := sumOf(terms, t, tv, 3); why != "" {
			return why
		}
		if why := sumOf(terms, t, tv, 4); why != "" {
			return why
		}
	}
	return ""
}

// sumOf finds n of the terms, in their order, whose sum is tv.
func sumOf(terms []*atom, t Mention, tv *big.Rat, n int) string {
	var pick func(from int, chosen []*atom, sum *big.Rat) string
	pick = func(from int, chosen []*atom, sum *big.Rat) string {
		if len(chosen) == n {
			if sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv) {
				why := "sum of " + chosen[0].m.Raw
				for _, c := range chosen[1:] {
					why += ", " + c.m.Raw
				}
				return why
			}
			return ""
		}
		for k := from; k < len(terms); k++ {
			if why := pick(k+1, append(slices.Clip(chosen), terms[k]), new(big.Rat).Add(sum, terms[k].m.Rat())); why != "" {
				return why
			}
		}
		return ""
	}
	return pick(0, nil, new(big.Rat))
}

// totalCue: the bullet calls its figure a total.
func totalCue(t Mention) bool {
	for _, w := range t.ctx {
		switch w {
		case "total", "totals", "totalling", "totaling", "combined", "altogether", "all", "overall", "together", "cumulative":
			return true
		}
	}
	return false
}
