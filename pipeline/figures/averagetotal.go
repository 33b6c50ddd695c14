package figures

import "math/big"

// averageTimesCount explains a bullet's total ("15,900 in all") as a
// source average times the count it is the average over, both of one
// sentence: "en moyenne 2 650 spectateurs par soir sur six soirées". The
// bullet must call its figure a total, and both source figures be exact.
func averageTimesCount(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || !totalCue(t) || hedged(t) {
		return ""
	}
	for _, a := range src {
		if !numeric(*a.m) || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || hedged(*a.m) || !averaged(*a.m) {
			continue
		}
		for _, d := range src {
			if d == a || !sameSentence(a, d) || d.m.Kind != Cardinal || d.m.Unit != "" || hedged(*d.m) || d.m.personAge || !pluralWord(d.m.Head) {
				continue
			}
			if new(big.Rat).Mul(a.m.Rat(), d.m.Rat()).Cmp(tv) == 0 {
				return "the average " + a.m.Raw + " times " + d.m.Raw
			}
		}
	}
	return ""
}
