package figures

import "math/big"

// A summary may tell a length of time in another unit than the source:
// "82 semaines" as "more than a year and a half". Lengths are compared in
// their family's unit (seconds or months), never across the two.

// durationOf is m's length of time, a bare compared figure read in the
// period of the figure it is compared with ("contre 70" after "98
// jours"); head is that period.
func durationOf(m Mention, head string) (*big.Rat, string) {
	if d, fam := duration(m); d != nil {
		return d, fam
	}
	if m.prior && class(m.Kind) == Cardinal && m.Unit == "" && periodUnit[head] != "" {
		m.Head = head
		return duration(m)
	}
	return nil, ""
}

// durationBound explains a bounded length of time as a source length in
// another unit that the bound holds for: "82 semaines consécutives" is
// "more than a year and a half".
func durationBound(src []*atom, t Mention) string {
	td, fam := duration(t)
	if td == nil || t.Comparator == CmpNone || t.Comparator == CmpExact || t.Comparator == CmpApprox {
		return ""
	}
	for _, a := range src {
		ad, af := duration(*a.m)
		if ad == nil || hedged(*a.m) || a.m.Head == t.Head {
			continue
		}
		if af != fam {
			ad = acrossFamilies(ad, af) // weeks and years: a bound needs no calendar
		}
		s := Mention{Kind: Cardinal, Value: canonical(ad)}
		b := Mention{Kind: Cardinal, Value: canonical(td), Comparator: t.Comparator}
		if boundHolds(s, b) || af == fam && withinOneUnit(ad, td, periodSize[t.Head], unitSize(*a.m), boundSide(t.Comparator)) {
			return a.m.Raw + " in other units"
		}
	}
	return ""
}

// secondsPerMonth is the mean month of the Gregorian calendar.
const secondsPerMonth = 2629746

// acrossFamilies converts a length from family to the other one: seconds
// to months or months to seconds, by the mean month.
func acrossFamilies(d *big.Rat, from string) *big.Rat {
	if from == "sec" {
		return new(big.Rat).Quo(d, big.NewRat(secondsPerMonth, 1))
	}
	return new(big.Rat).Mul(d, big.NewRat(secondsPerMonth, 1))
}

// withinOneUnit: a bound told in a larger unit than the source's holds
// and is the nearest of that unit: "more than a year" for 14 mois (less
// than two), "less than a week" for 5 jours. a and t are in the
// family's base unit; unit and aUnit are the sizes of t's and a's units.
func withinOneUnit(a, t *big.Rat, unit, aUnit int64, side int) bool {
	if unit <= aUnit || aUnit == 0 || side == 0 || !new(big.Rat).Quo(t, big.NewRat(unit, 1)).IsInt() {
		return false // (a whole count of the larger unit: "more than a year", not "over a year and a third")
	}
	d := new(big.Rat).Sub(a, t)
	if d.Sign() != side {
		return false
	}
	return d.Abs(d).Cmp(big.NewRat(unit, 1)) < 0
}

// durationWrongSide finds the source length a bound in a larger unit
// turns round: "less than a year" for 14 mois, "more than a week" for 5
// jours. It must be the only source length within one unit of the bound;
// the caller asks it only when no source length fits the bound
// (durationBound, among the early derivations, found none).
func durationWrongSide(src []*atom, t Mention) *atom {
	td, fam := duration(t)
	side := boundSide(t.Comparator)
	if td == nil || side == 0 {
		return nil
	}
	var found *atom
	for _, a := range src {
		ad, af := duration(*a.m)
		if ad == nil || hedged(*a.m) || af != fam {
			continue
		}
		if withinOneUnit(ad, td, periodSize[t.Head], unitSize(*a.m), -side) {
			if found != nil {
				return nil
			}
			found = a
		}
	}
	return found
}

// unitSize is the size of a length's unit in its family's base unit: a
// race time in seconds ("1 min 15 s") counts in seconds.
func unitSize(m Mention) int64 {
	if n := periodSize[m.Head]; n != 0 {
		return n
	}
	if m.Kind == Quantity && m.Unit == "s" {
		return 1
	}
	return 0
}
