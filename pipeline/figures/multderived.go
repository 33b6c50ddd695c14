package figures

import "math/big"

// byMultiplier explains a summary figure as a source figure divided or
// multiplied by a factor its sentence gives: "148 000 visiteurs, le
// double de sa fréquentation de 2022" summarised "double its 2022
// attendance (74,000)".
func byMultiplier(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) {
		return ""
	}
	for _, f := range src {
		k := f.m.Rat()
		if f.m.Kind != Multiplier || k == nil || k.Sign() <= 0 || hedged(*f.m) {
			continue
		}
		for _, a := range src {
			av := a.m.Rat()
			if a == f || !sameSentence(a, f) || av == nil || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || isYearish(*a.m) {
				continue
			}
			if new(big.Rat).Quo(av, k).Cmp(tv) == 0 {
				return a.m.Raw + " divided by " + f.m.Raw
			}
			if new(big.Rat).Mul(av, k).Cmp(tv) == 0 {
				return a.m.Raw + " times " + f.m.Raw
			}
		}
	}
	return ""
}
