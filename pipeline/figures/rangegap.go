package figures

import "math/big"

// ownRangeGap: a change by a length of time told right before the span
// it spans in its own bullet, "cut by a year, from 24 to 18 months", is
// the gap of that span's ends; why it is not, or "".
func (r *check) ownRangeGap(t *atom) string {
	d, _ := duration(*t.m)
	if t.m.dir == 0 && r.prevWord(t) != "by" || d == nil || d.Sign() <= 0 {
		return ""
	}
	for k := 1; k < len(r.line); k++ {
		lo, hi := r.line[k-1], r.line[k]
		if lo.m.rangeEnd != 3 || hi.m.rangeEnd != 4 || lo.m.Start != hi.m.Start || lo.m.Start < t.m.End || lo.m.Start-t.m.End > 12 {
			continue
		}
		a, _ := duration(*lo.m)
		b, _ := duration(*hi.m)
		if a == nil || b == nil {
			return ""
		}
		gap := new(big.Rat).Abs(new(big.Rat).Sub(a, b))
		if gap.Cmp(d) == 0 || hedgedRound(*t.m, gap, d) {
			return ""
		}
		return "is told as the change of its bullet's own " + lo.m.Raw + " " + lo.m.Head + ", which is " + canonical(new(big.Rat).Abs(new(big.Rat).Sub(lo.m.Rat(), hi.m.Rat()))) + " " + lo.m.Head
	}
	return ""
}
