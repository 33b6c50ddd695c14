package figures

import "math/big"

// hedgedRounding: a translation rounded an exact count or amount to one to
// three significant figures and said so, the way it goes ("1 982 000" ->
// "almost 2 million", "3 987" -> "nearly 4,000"). Precision is lost, so it
// is a warning, never an error; but only when the round figure is within
// 2% and on the side its hedge says: "nearly 2 million" for 2 040 000 or
// "about 90" for 87 stay errors. Rates are not rounded this way.
func hedgedRounding(s, t Mention) bool {
	if s.Comparator != CmpNone && s.Comparator != CmpExact || t.Comparator == CmpNone || t.Comparator == CmpExact {
		return false
	}
	if class(s.Kind) != class(t.Kind) || s.Unit != t.Unit || class(s.Kind) == Percent {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	if sv == nil || tv == nil || sv.Sign() <= 0 || boundedWrongWay(s, t) != "" {
		return false
	}
	gap := new(big.Rat).Abs(new(big.Rat).Sub(sv, tv))
	if gap.Mul(gap, big.NewRat(50, 1)).Cmp(sv) > 0 {
		return false
	}
	for sig := 1; sig <= 3; sig++ {
		if roundSig(sv, sig).Cmp(tv) == 0 {
			return true
		}
	}
	return false
}
