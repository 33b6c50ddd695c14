package figures

import "math/big"

// A rate's change told in percent where the source gives the rate now
// and before: "China's share fell by 3% to 6%" for *6 % des ventes,
// contre 9 %* is a fall of 3 points (N5), even when another "3 %" of
// the source (exports "en baisse de 3 %") happens to pair with it.

// pointsAsPercent reports the bullet's percent changes whose level,
// told after them, the source compares with an earlier rate that many
// points away.
func (r *check) pointsAsPercent(src []*atom) {
	for _, t := range r.line {
		if t.m.Kind != Percent || t.m.dir == 0 || t.m.levelTo == "" || r.hasError(t) {
			continue
		}
		tv := t.m.Rat()
		if tv == nil {
			continue
		}
		for _, p := range src {
			if p.m.Kind != Percent || !p.m.prior {
				continue
			}
			s := comparedWith(src, p) // the rate now, "6 %" of "6 %, contre 9 %"
			if s == nil || s.m.Value != t.m.levelTo {
				continue
			}
			sv, pv := s.m.Rat(), p.m.Rat()
			if sv == nil || pv == nil {
				continue
			}
			if d := new(big.Rat).Abs(new(big.Rat).Sub(sv, pv)); d.Cmp(tv) == 0 {
				r.add(s, t, verdict{true, "unit", Error, "N5", "the change from " + p.m.Raw + " to " + s.m.Raw + " is in percentage points, not percent"})
				break
			}
		}
	}
}
