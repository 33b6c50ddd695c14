package figures

import (
	"math/big"
)

// ownChange judges a change told as a fraction or a percent against the
// from-to range of its own bullet, which the source gives: "shrank by a
// quarter, from CHF318m to CHF212m" says a third. Read before any other
// source figure, which might hold the fraction's value for another fact
// (a 25% fall of sales in China).
func (r *check) ownChange(src []*atom, t *atom) (v verdict, ok bool) {
	if t.m.Kind != Fraction && t.m.Kind != Percent || t.m.dir == 0 || t.m.rangeEnd != 0 {
		return verdict{}, false
	}
	var from, to *atom
	for _, u := range r.line {
		switch {
		case u.m.rangeEnd == 3 && from == nil:
			from = u
		case u.m.rangeEnd == 4 && from != nil && u.m.Start == from.m.Start:
			to = u
		}
	}
	if from == nil || to == nil || from.m.Kind == Percent || !sourceGives(src, *from.m) || !sourceGives(src, *to.m) {
		// (rates from 7.2% to 7.4% change by points, which a percent may not say)
		return verdict{}, false
	}
	a, b := from.m.Rat(), to.m.Rat()
	if a == nil || b == nil || a.Sign() == 0 {
		return verdict{}, false
	}
	ch := new(big.Rat).Quo(new(big.Rat).Sub(b, a), a)
	if ch.Sign() != int(t.m.dir) {
		return verdict{}, false // (a change the other way is the direction check's)
	}
	pct := ch.Abs(ch).Mul(ch, big.NewRat(100, 1))
	fits := shareFits(pct, *t.m)
	if t.m.Kind == Percent {
		fits = near(pct, t.m.Rat()) || hedgedRound(*t.m, pct, t.m.Rat())
	}
	if fits {
		return verdict{true, "derived", Info, "N20", "is derived from the source: the change from " + fromRaw(from) + " to " + fromRaw(to)}, true
	}
	f, _ := pct.Float64()
	return verdict{true, "modified", Error, "N20", "does not fit the bullet's own figures: from " + fromRaw(from) + " to " + fromRaw(to) + " is a change of " + formatPercent(f)}, true
}
