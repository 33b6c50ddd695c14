package figures

import "math/big"

// integerBound: a bound on a whole count said from the other side of
// its step, "plus d'une province" = "two or more provinces", "moins de
// 10 candidats" = "9 or fewer": more than n is n+1 or more, less than n
// is n-1 or less.
func integerBound(s, t Mention, sv, tv *big.Rat) bool {
	if class(s.Kind) != Cardinal || class(t.Kind) != Cardinal || !sv.IsInt() || !tv.IsInt() || sv.Sign() < 0 || tv.Sign() < 0 {
		return false
	}
	one := big.NewRat(1, 1)
	step := func(a, b *big.Rat) bool { return new(big.Rat).Add(a, one).Cmp(b) == 0 } // b = a + 1
	switch {
	case s.Comparator == CmpGT && t.Comparator == CmpGE:
		return step(sv, tv)
	case s.Comparator == CmpGE && t.Comparator == CmpGT:
		return step(tv, sv)
	case s.Comparator == CmpLT && t.Comparator == CmpLE:
		return step(tv, sv)
	case s.Comparator == CmpLE && t.Comparator == CmpLT:
		return step(sv, tv)
	}
	return false
}

// stepBound: the pair is one bound said across its step, "plus d'une"
// (a set phrase) and "two or more".
func stepBound(s, t Mention) bool {
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && integerBound(s, t, sv, tv)
}
