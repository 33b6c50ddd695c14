package figures

import (
	"math"
	"math/big"
)

// How far a derived share or multiple may stray from the exact one: the
// hedge a bullet writes says which way and how much.

// hedgedShare: a share rounded the way its hedge says, within a point
// and a half of the percentage told: "almost 40%" for 39.4%, "more than
// a third" kept for fractions (shareFits).
func hedgedShare(share, tv *big.Rat, c Comparator) bool {
	d, _ := new(big.Rat).Sub(share, tv).Float64()
	switch c {
	case CmpApprox:
		// "about 70%" for 71.4%: a round ten said with its hedge may be
		// up to a quarter of its step away
		return math.Abs(d) <= 1 || roundTen(tv) && math.Abs(d) <= 2.5
	case CmpNearly, CmpLT, CmpLE:
		return d <= 0 && (d >= -1.5 || roundTen(tv) && d > -5) // ("nearly 60%" for 56.3%)
	case CmpGT, CmpGE:
		return d >= 0 && (d <= 1.5 || roundTen(tv) && d < 5) // ("over 40%" for 42.9%: a round ten under it)
	}
	return false
}

// multipleFits: a ratio of two amounts is the multiple a bullet says:
// "more than double" for 2.28 (at least it, short of the next whole
// multiple, or of the next step of its last written digit), "nearly three times" for 2.7, "three times" for 2.95
// (within a tenth).
func multipleFits(ratio, x, step float64, c Comparator) bool {
	switch c {
	case CmpGT, CmpGE:
		// ("more than 15 times" may meet "plus de 6 000" over 400 exactly)
		return ratio >= x && ratio < math.Floor(x)+max(1, step) // "more than 33 million times" for 33.2 million
	case CmpLT:
		return ratio < x && ratio >= x*0.85 // "less than five times" is no ratio of exactly 5
	case CmpNearly, CmpLE:
		return ratio <= x && ratio >= x*0.85
	}
	return math.Abs(ratio-x) <= x/10
}

// roundTen: a share said as a round ten percent.
func roundTen(tv *big.Rat) bool {
	return tv.IsInt() && tv.Sign() > 0 && new(big.Int).Rem(tv.Num(), big.NewInt(10)).Sign() == 0
}
