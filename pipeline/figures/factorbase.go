package figures

import "math/big"

// baseOfFactor: the figure a source multiple was counted from, "312
// fois, soit deux fois plus qu'en 2022" told "double the 2022 figure of
// 156": the count before the factor divided by it, in one sentence.
func baseOfFactor(src []*atom, t Mention) (string, *atom, *atom) {
	tv := t.Rat()
	if tv == nil || tv.Sign() <= 0 || !numeric(t) || t.Kind == Percent || t.Kind == Multiplier && (t.style == "factor" || t.style == "verb") {
		return "", nil, nil
	}
	for _, k := range src {
		kv := k.m.Rat()
		if k.m.Kind != Multiplier || k.m.style != "factor" || k.m.inverse || kv == nil || kv.Cmp(big.NewRat(1, 1)) <= 0 {
			continue // (few sources have a factor: the cheap test first)
		}
		for _, a := range src {
			if a == k || a.m.End > k.m.Start || a.m.Paragraph != k.m.Paragraph || a.m.Sentence != k.m.Sentence || hedged(*a.m) ||
				a.m.Kind == Multiplier && (a.m.style == "factor" || a.m.style == "verb") || !numeric(*a.m) && a.m.Kind != Multiplier || isYearish(*a.m) || a.m.Unit != t.Unit {
				continue
			}
			av := a.m.Rat()
			if av == nil {
				continue
			}
			if base := new(big.Rat).Quo(av, kv); base.Cmp(tv) == 0 || hedgedRound(t, base, tv) {
				return a.m.Raw + " divided by the factor of " + k.m.Raw, a, k
			}
		}
	}
	return "", nil, nil
}
