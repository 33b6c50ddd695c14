package figures

import "math/big"

// lengthInSeconds is t's value and the seconds of its own unit, when t
// is a length of time and no age (a hedge rounds in t's unit, hours or
// minutes, not in seconds); nil, nil otherwise.
func lengthInSeconds(t Mention) (tv, perUnit *big.Rat) {
	if !inSeconds(t) || t.personAge {
		return nil, nil
	}
	d, _ := duration(t)
	tv = t.Rat()
	if d == nil || d.Sign() <= 0 || tv == nil || tv.Sign() <= 0 {
		return nil, nil
	}
	return tv, new(big.Rat).Quo(d, tv)
}

// clockGap explains a length of time as the gap between two clock times
// of one source sentence: "ouvre à 6 h 30 au lieu de 7 heures" told
// "half an hour earlier", "arrivé à 14 h 05 au lieu de 11 h 01" told
// "just over three hours late". Both clocks are times of day, not
// lengths; the bullet's hedge must fit the gap as it does any figure.
func clockGap(src []*atom, t Mention) (string, *atom, *atom) {
	tv, perUnit := lengthInSeconds(t)
	if perUnit == nil {
		return "", nil, nil
	}
	cs := clocksOf(src) // (read once: every pair of clocks is tried)
	for i, c := range cs {
		for _, e := range cs[i+1:] {
			a, b, x, y := c.a, e.a, c.secs, e.secs
			if !sameSentence(a, b) || x == y {
				continue
			}
			// a start then an end runs forward, across midnight if it must
			// ("fermé à 22 h et rouvert à 5 h": seven hours); two clocks
			// compared are apart either way ("à 14 h 05 au lieu de 11 h 01")
			gaps := []int{(y - x + 86400) % 86400}
			if a.m.prior || b.m.prior {
				gaps = append(gaps, abs(x-y))
			}
			for _, g := range gaps {
				gap := new(big.Rat).Quo(big.NewRat(int64(g), 1), perUnit)
				if gap.Cmp(tv) == 0 || hedgedRound(t, gap, tv) {
					return "the time between " + a.m.Raw + " and " + b.m.Raw, a, b
				}
			}
		}
	}
	return "", nil, nil
}

// clockSpanGap explains a length of time as the gap between the lengths
// of two spans of the clock one source sentence compares, "de 5 heures à
// minuit, contre 6 heures à 22 heures" told "three hours longer each
// day": 19 hours against 16. A span runs forward, past midnight if it
// must; the bullet's hedge fits the gap as it does any figure.
func clockSpanGap(src []*atom, t Mention) (string, *atom, *atom) {
	tv, perUnit := lengthInSeconds(t)
	if perUnit == nil {
		return "", nil, nil
	}
	spans := clockSpans(src)
	for i, a := range spans {
		for _, b := range spans[i+1:] {
			if !sameSentence(a.a, b.a) || a.secs == b.secs {
				continue
			}
			gap := new(big.Rat).Quo(big.NewRat(int64(abs(a.secs-b.secs)), 1), perUnit)
			if gap.Cmp(tv) == 0 || hedgedRound(t, gap, tv) {
				return "the gap between the spans " + a.a.m.Raw + " and " + b.a.m.Raw, a.a, b.a
			}
		}
	}
	return "", nil, nil
}

// clockSpan is a range of two times of day, by its first end, and its
// length in seconds.
type clockSpan struct {
	a    *atom
	secs int
}

// clockSpans are the ranges of two times of day among src's atoms,
// whose two ends atomsOf puts side by side.
func clockSpans(src []*atom) []clockSpan {
	var out []clockSpan
	for k := 1; k < len(src); k++ {
		a, b := src[k-1], src[k]
		if a.m.Kind != Time || b.m.Kind != Time || a.m.rangeEnd == 0 || b.m.rangeEnd != a.m.rangeEnd+1 || a.m.Start != b.m.Start {
			continue
		}
		x, y := clockSeconds(*a.m), clockSeconds(*b.m)
		if x >= 0 && y >= 0 && x != y {
			out = append(out, clockSpan{a, (y - x + 86400) % 86400})
		}
	}
	return out
}
