package figures

import (
	"cmp"
	"math/big"
)

// intervalOfRate explains "one every 6 seconds" as a source rate turned
// around: "600 demandes par heure" is one every six seconds, and "1 440
// appels en 24 heures" one a minute. A summary says how often as
// readily as how many.
func intervalOfRate(src []*atom, t Mention) string {
	tv := t.Rat()
	if t.Alt != "every" || periodUnit[t.Head] == "" || tv == nil || tv.Sign() <= 0 {
		return ""
	}
	want := periodDays(periodSize[t.Head] * familyScale(periodUnit[t.Head]))
	want.Mul(want, tv)
	exactT := t.Comparator == CmpNone || t.Comparator == CmpExact
	spans := sentenceSpans(src)
	for _, a := range src {
		av := a.m.Rat()
		if class(a.m.Kind) != Cardinal || a.m.Unit != "" || a.m.Alt == "every" || isDuration(*a.m) || isYearish(*a.m) ||
			av == nil || av.Cmp(big.NewRat(1, 1)) <= 0 || hedged(*a.m) && exactT {
			continue
		}
		for _, span := range spansOf(spans, a) {
			if quotientFits(new(big.Rat).Quo(span, av), want, t.Comparator) {
				return a.m.Raw + " over its period, turned into how often one comes"
			}
		}
	}
	return ""
}

// spansOf are the lengths of time, in days, over which a's count is
// made: the period it is counted per, or an exact length of time said in
// its sentence ("1 440 appels en 24 heures").
func spansOf(spans map[[2]int][]*big.Rat, a *atom) []*big.Rat {
	if per := cmp.Or(a.m.per, a.m.nounPer); per != 0 {
		return []*big.Rat{periodDays(per)}
	}
	return spans[[2]int{a.m.Paragraph, a.m.Sentence}]
}

// sentenceSpans gathers the exact lengths of time of the source, in days,
// by sentence, in one pass.
func sentenceSpans(src []*atom) map[[2]int][]*big.Rat {
	out := map[[2]int][]*big.Rat{}
	for _, b := range src {
		if hedged(*b.m) {
			continue
		}
		if d, fam := duration(*b.m); d != nil && d.Sign() > 0 {
			k := [2]int{b.m.Paragraph, b.m.Sentence}
			out[k] = append(out[k], daysOf(d, fam))
		}
	}
	return out
}

// daysOf is a length of time in days, given in seconds or in months
// (the family duration names), by periodDays' measure of a month.
func daysOf(d *big.Rat, fam string) *big.Rat {
	return new(big.Rat).Mul(d, periodDays(familyScale(fam)))
}
