package figures

import "math/big"

// integerBound: a bound on a whole count said from the other side of
// its step, "plus d'une province" = "two or more provinces", "moins de
// 10 candidats" = "9 or fewer": more than n is n+1 or more, less than n
// is n-1 or less.
func integerBound(s, t Mention, sv, tv *big.Rat) bool {
	var lo, hi *big.Rat // hi must be lo + 1
	switch {
	case s.Comparator == CmpGT && t.Comparator == CmpGE, s.Comparator == CmpLE && t.Comparator == CmpLT:
		lo, hi = sv, tv
	case s.Comparator == CmpGE && t.Comparator == CmpGT, s.Comparator == CmpLT && t.Comparator == CmpLE:
		lo, hi = tv, sv
	default:
		return false // (most pairs: no bound on either side, nothing to allocate)
	}
	if class(s.Kind) != Cardinal || class(t.Kind) != Cardinal || !sv.IsInt() || !tv.IsInt() || sv.Sign() < 0 || tv.Sign() < 0 {
		return false
	}
	return new(big.Rat).Add(lo, big.NewRat(1, 1)).Cmp(hi) == 0
}

// stepBound: the pair is one bound said across its step, "plus d'une"
// (a set phrase) and "two or more".
func stepBound(s, t Mention) bool {
	if s.Comparator == t.Comparator || s.Comparator == CmpNone || t.Comparator == CmpNone {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && integerBound(s, t, sv, tv)
}
