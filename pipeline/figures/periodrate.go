package figures

import (
	"cmp"
	"math/big"
)

// ratePerOtherPeriod explains a summary rate as a source rate of the
// same thing counted per another period: "95 000 visiteurs par an"
// briefed "roughly 260 a day", "3 000 euros par mois" as "€36,000 a
// year". A year of days or a month of days is not a whole number, so
// across them only a hedged figure or a round one within 0.5% fits.
func ratePerOtherPeriod(src []*atom, t Mention) string {
	tv, tPer := t.Rat(), cmp.Or(t.per, t.nounPer)
	if tv == nil || tPer == 0 || tv.Sign() <= 0 || !numeric(t) {
		return ""
	}
	for _, a := range src {
		av, aPer := a.m.Rat(), cmp.Or(a.m.per, a.m.nounPer)
		if av == nil || aPer == 0 || aPer == tPer || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit ||
			hedged(*a.m) && !hedged(t) || oppositeBounds(a.m.Comparator, t.Comparator) {
			continue
		}
		q := new(big.Rat).Mul(av, new(big.Rat).Quo(periodDays(tPer), periodDays(aPer)))
		if quotientFits(q, tv, t.Comparator) {
			return "the rate " + a.m.Raw + " counted over another period"
		}
	}
	return ""
}

// periodDays is the length of a period a figure is counted per, in days:
// a month is a twelfth of 365 days.
func periodDays(per int64) *big.Rat {
	if months := per / familyScale("month"); months > 0 {
		return big.NewRat(months*365, 12)
	}
	return big.NewRat(per, 86400)
}
