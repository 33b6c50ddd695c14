package figures

import "math/big"

// otherSideTold: the part "dont" gives of a prison term told by the
// other part, on the other side of the suspension: "trois ans de
// prison, dont un ferme" written "a three-year sentence, two years of it
// suspended". The whole is kept, and the two parts make it up, so the
// meaning is the same.
func (r *check) otherSideTold(u unit, s, t *atom) bool {
	if s.idx == 0 || !isDuration(*t.m) || termSideSwapped(*s.m, *t.m, "translation") == "" {
		return false // (the part is told on the other side of the suspension, or this is no such part)
	}
	whole := u.src[s.idx-1]
	if !whole.used || whole.pair == nil || !isDuration(*whole.m) || whole.m.Paragraph != s.m.Paragraph || whole.m.Sentence != s.m.Sentence {
		return false
	}
	w, a, b := inPeriodUnits(*whole.m).Rat(), inPeriodUnits(*s.m).Rat(), inPeriodUnits(*t.m).Rat()
	if w == nil || a == nil || b == nil || new(big.Rat).Add(a, b).Cmp(w) != 0 {
		return false
	}
	bind(s, t)
	r.add(s, t, verdict{true, "modified", Info, "M2", "is told by the other part of the term: " + whole.m.Raw + " less " + s.m.Raw})
	return true
}
