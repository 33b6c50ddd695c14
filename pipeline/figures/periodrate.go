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
		if c := convertedRat(*a.m, t); c != nil {
			av = c // "148 litres par jour" is "~54 m³ a year"
		}
		if av == nil || aPer == 0 || aPer == tPer || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit && convertedRat(*a.m, t) == nil ||
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

// convertedRat is a's quantity in t's other unit by a fixed factor
// (litres and cubic metres, kilometres and miles), or nil.
func convertedRat(a, t Mention) *big.Rat {
	if a.Kind != Quantity || t.Kind != Quantity || a.Unit == t.Unit || a.Unit == "°C" || a.Unit == "°" || a.Unit == "K" {
		return nil
	}
	av := a.Rat()
	if av == nil {
		return nil
	}
	f, _ := av.Float64()
	c, ok := converted(f, a.Unit, t.Unit)
	if !ok {
		return nil
	}
	return new(big.Rat).SetFloat64(c)
}
