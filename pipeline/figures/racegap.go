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
	level := func(a *atom) *big.Rat {
		if a.m.Kind == Time && a.m.Alt != "dur" {
			return nil
		}
		return timeLength(*a.m)
	}
	gap := func(a, b *atom) *big.Rat {
		if bv, fam := duration(*b.m); fam == "sec" {
			return bv
		}
		return nil
	}
	if a, b := levelAndGap(src, tv, level, gap); a != nil {
		return "the time " + a.m.Raw + " and the gap " + b.m.Raw
	}
	return ""
}

// levelAndGap finds a source level and a gap of its sentence, neither
// hedged, whose sum or difference is tv exactly; gap is asked only of
// the level's sentence, so its values are parsed only there.
func levelAndGap(src []*atom, tv *big.Rat, level func(a *atom) *big.Rat, gap func(a, b *atom) *big.Rat) (*atom, *atom) {
	for _, a := range src {
		if hedged(*a.m) {
			continue
		}
		av := level(a)
		for _, b := range src {
			if av == nil || b == a || hedged(*b.m) || !sameSentence(a, b) {
				continue
			}
			if bv := gap(a, b); bv != nil && (new(big.Rat).Add(av, bv).Cmp(tv) == 0 || new(big.Rat).Sub(av, bv).Cmp(tv) == 0) {
				return a, b
			}
		}
	}
	return nil, nil
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
	inUnit := func(a *atom) *big.Rat {
		if v, b := inBase(*a.m); b == base {
			return v
		}
		return nil
	}
	gap := func(a, b *atom) *big.Rat {
		if b.m.Unit == a.m.Unit {
			return nil
		}
		return inUnit(b)
	}
	if a, b := levelAndGap(src, tv, inUnit, gap); a != nil {
		return a.m.Raw + " and the gap " + b.m.Raw
	}
	return ""
}
