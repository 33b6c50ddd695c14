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
	if t.Comparator != CmpNone || tv == nil || !numeric(t) || t.Kind == Percent {
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

// derivedInUnit: why t, a measure, is a sum or difference of two source
// figures in its own unit, "beating the 1990 record by 13 mm" for 62 mm
// against 49 mm: no bare 13 of another fact ("la ligne 13") is meant.
func derivedInUnit(src []*atom, t Mention) string {
	if t.Unit == "" {
		return ""
	}
	if why, a, b := derived(src, t); why != "" && a != nil && b != nil && a.m.Unit == t.Unit && b.m.Unit == t.Unit {
		return why
	}
	return ""
}

// changeVerbTold: the bullet tells t as a rise or a fall, by its own
// direction or a verb of change beside it ("was cut by €7 million").
func changeVerbTold(t Mention) bool {
	return t.dir != 0 || slices.ContainsFunc(t.ctx, func(w string) bool { return transitiveChange[w] != 0 })
}
