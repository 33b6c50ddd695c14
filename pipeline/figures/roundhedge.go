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

// hedgedPeriod: a length of time told in a larger period, rounded and
// hedged the way it goes: "25 mois" as "just over two years", "23 mois"
// as "nearly two years", "13 jours" as "almost two weeks". Like
// hedgedRounding it is a warning; it holds only for a whole or half of
// the larger period, within a tenth of the length, on the hedge's side,
// so "more than two years" for 24 months or "nearly two years" for 27
// stay errors.
func hedgedPeriod(s, t Mention) bool {
	if s.Comparator != CmpNone && s.Comparator != CmpExact || t.Comparator == CmpNone || t.Comparator == CmpExact {
		return false
	}
	a, fa := duration(s)
	b, fb := duration(t)
	tv := t.Rat()
	if a == nil || b == nil || tv == nil || fa != fb || a.Sign() <= 0 || periodSize[t.Head] <= periodSize[s.Head] ||
		!new(big.Rat).Mul(tv, big.NewRat(2, 1)).IsInt() {
		return false
	}
	switch c := b.Cmp(a); t.Comparator {
	case CmpGT, CmpGE:
		if c >= 0 {
			return false
		}
	case CmpLT, CmpLE, CmpNearly:
		if c <= 0 {
			return false
		}
	}
	gap := new(big.Rat).Abs(new(big.Rat).Sub(a, b))
	return gap.Mul(gap, big.NewRat(10, 1)).Cmp(a) <= 0
}
