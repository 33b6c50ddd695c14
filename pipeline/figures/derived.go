package figures

import "math/big"

// derived explains t as a simple function of two source figures of the
// same kind: sum, difference, ratio, percent change (N20).
func derived(src []*atom, t Mention) (string, *atom, *atom) {
	tv := t.Rat()
	if tv == nil || t.Kind == Date || t.Kind == Year || t.Kind == Identifier {
		return "", nil, nil
	}
	tv = new(big.Rat).Abs(tv)
	for _, a := range src {
		for _, b := range src {
			if a == b || !numeric(a.m) || !numeric(b.m) || class(a.m.Kind) != class(b.m.Kind) || a.m.Unit != b.m.Unit {
				continue
			}
			if why := combine2(a.m, b.m, t, tv); why != "" {
				return why, a, b
			}
		}
	}
	return "", nil, nil
}

func numeric(m Mention) bool {
	switch class(m.Kind) {
	case Cardinal, Money, Quantity, Percent, PercentPoint:
		return m.Rat() != nil
	}
	return false
}

// combine2 tries the derivations of one ordered pair.
func combine2(a, b, t Mention, tv *big.Rat) string {
	av, bv := a.Rat(), b.Rat()
	switch {
	case t.Kind == Percent && class(a.Kind) != Percent && bv.Sign() != 0:
		ch := new(big.Rat).Quo(new(big.Rat).Sub(av, bv), bv)
		ch.Mul(ch, big.NewRat(100, 1))
		if near(new(big.Rat).Abs(ch), tv) {
			return "percent change from " + b.Raw + " to " + a.Raw
		}
		share := new(big.Rat).Mul(new(big.Rat).Quo(av, bv), big.NewRat(100, 1))
		if near(share, tv) {
			return a.Raw + " as a share of " + b.Raw
		}
	case t.Kind == PercentPoint && a.Kind == Percent:
		if new(big.Rat).Abs(new(big.Rat).Sub(av, bv)).Cmp(tv) == 0 {
			return "difference of " + a.Raw + " and " + b.Raw + " in points"
		}
	case t.Kind == Multiplier && bv.Sign() != 0:
		if near(new(big.Rat).Quo(av, bv), tv) {
			return "ratio of " + a.Raw + " to " + b.Raw
		}
	case class(t.Kind) == class(a.Kind) && t.Unit == a.Unit:
		if new(big.Rat).Add(av, bv).Cmp(tv) == 0 {
			return "sum of " + a.Raw + " and " + b.Raw
		}
		if new(big.Rat).Abs(new(big.Rat).Sub(av, bv)).Cmp(tv) == 0 {
			return "difference of " + a.Raw + " and " + b.Raw
		}
	}
	return ""
}

// near: within half a unit of the last written digit, as a rounded
// percentage is.
func near(x, y *big.Rat) bool {
	d := new(big.Rat).Abs(new(big.Rat).Sub(x, y))
	tol := big.NewRat(1, 2)
	if !y.IsInt() {
		tol = big.NewRat(1, 20)
	}
	return d.Cmp(tol) <= 0
}
