package figures

import (
	"fmt"
	"math/big"
)

// raceTimeGap explains a bullet's time as a source time and a gap told
// in the same sentence, added or taken away: "bouclé en 2 h 52,
// améliorant de quatre minutes son propre record" briefed "his previous
// record of 2:56". The seconds must agree exactly; a clock-like "2:56" is
// read as hours and minutes, the source's time must be a length ("8 h
// 10" with a delay is clockShifted's).
func raceTimeGap(src []*atom, t Mention) string {
	tv := timeLength(t)
	if tv == nil || hedged(t) {
		return ""
	}
	for _, a := range src {
		av := timeLength(*a.m)
		if av == nil || hedged(*a.m) || a.m.Kind == Time && a.m.Alt != "dur" {
			continue
		}
		for _, b := range src {
			bv, fam := duration(*b.m)
			if b == a || bv == nil || fam != "sec" || hedged(*b.m) || b.m.Paragraph != a.m.Paragraph || b.m.Sentence != a.m.Sentence {
				continue
			}
			if new(big.Rat).Add(av, bv).Cmp(tv) == 0 || new(big.Rat).Sub(av, bv).Cmp(tv) == 0 {
				return "the time " + a.m.Raw + " and the gap " + b.m.Raw
			}
		}
	}
	return ""
}

// timeLength is a race time in seconds: "2 h 52" (a length of time),
// "2 hours 52 minutes", or a time written like a clock, "2:56".
func timeLength(m Mention) *big.Rat {
	if m.Kind == Quantity && m.Unit == "s" {
		return m.Rat()
	}
	if m.Kind != Time {
		return nil
	}
	var h, mi int
	if _, err := fmt.Sscanf(m.Value, "%d:%d", &h, &mi); err != nil || h > 9 {
		return nil // a race of ten hours or more is no race time to derive
	}
	return big.NewRat(int64(h*3600+mi*60), 1)
}

// unitGap explains a bullet's measure as a source measure and a gap of
// its sentence told in another unit of the same measure: "6,80 m ... à
// 40 cm de son record" briefed "its record of 7.20 m". Values agree
// exactly once both are in the base unit.
func unitGap(src []*atom, t Mention) string {
	tv, base := inBase(t)
	if tv == nil || hedged(t) {
		return ""
	}
	for _, a := range src {
		av, ab := inBase(*a.m)
		if av == nil || ab != base || hedged(*a.m) {
			continue
		}
		for _, b := range src {
			bv, bb := inBase(*b.m)
			if b == a || bv == nil || bb != base || b.m.Unit == a.m.Unit || hedged(*b.m) || !sameSentence(a, b) {
				continue
			}
			if new(big.Rat).Add(av, bv).Cmp(tv) == 0 || new(big.Rat).Sub(av, bv).Cmp(tv) == 0 {
				return a.m.Raw + " and the gap " + b.m.Raw
			}
		}
	}
	return ""
}
