package figures

import "math/big"

// levelAfterChange explains a bullet's level as a source level carried
// through a change told in the same sentence or the next: "148 litres par
// jour. Le gouvernement veut la réduire de 10 %" briefed "to about 133
// L/day"; "200 millions d'euros. Il devrait augmenter de 10 %" as "to
// about €220m". The level is exact, of the figure's kind and unit, comes
// before the change and is not itself a change; the product rounds to the
// bullet's figure at its last written digit.
func levelAfterChange(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent || t.Kind == PercentPoint || tv.Sign() <= 0 {
		return ""
	}
	for _, c := range src {
		if c.m.Kind != Percent || c.m.dir == 0 {
			continue
		}
		fs := changeFactors(*c.m)
		for _, a := range src {
			if len(fs) == 0 || a == c || a.m.Paragraph != c.m.Paragraph || a.m.Sentence > c.m.Sentence || c.m.Sentence-a.m.Sentence > 1 ||
				a.m.Start > c.m.Start || a.m.dir != 0 || hedged(*a.m) || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || isYearish(*a.m) {
				continue
			}
			if av := a.m.Rat(); av != nil && priorFits(new(big.Rat).Mul(av, fs[0]), tv, t) {
				return "the level after " + c.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}
