package figures

import (
	"math/big"
	"slices"
	"strings"
)

// hedgedMadeExact: t, an exact bullet figure, is the sum of two source
// figures one of which at least is an estimate: "une quarantaine
// d'habitants et une vingtaine d'agents" told "60 residents and staff"
// (N20: a hedged figure derives nothing exact). The sum is asked of t
// told as an estimate, so the terms pass every other test of a sum.
func hedgedMadeExact(src []*atom, t Mention) (*atom, *atom) {
	tv := t.Rat()
	if t.Comparator != CmpNone && t.Comparator != CmpExact || tv == nil || !numeric(t) || t.Kind == Percent {
		return nil, nil
	}
	if !slices.ContainsFunc(src, func(a *atom) bool { return hedged(*a.m) && numeric(*a.m) && lessThan(*a.m, t) }) {
		return nil, nil // (the cheap test first: no estimate below t, no sum of estimates)
	}
	est := t
	est.Comparator = CmpApprox
	why, a, b := derivedAs(src, est)
	if a == nil || b == nil || !strings.HasPrefix(why, "sum of") || !hedged(*a.m) && !hedged(*b.m) {
		return nil, nil
	}
	av, bv := a.m.Rat(), b.m.Rat()
	if av == nil || bv == nil || new(big.Rat).Add(av, bv).Cmp(tv) != 0 {
		return nil, nil // "about" may round; told exact, the estimates must add up to it
	}
	return a, b
}
