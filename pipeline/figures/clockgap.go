package figures

import "math/big"

// clockGap explains a length of time as the gap between two clock times
// of one source sentence: "ouvre à 6 h 30 au lieu de 7 heures" told
// "half an hour earlier", "arrivé à 14 h 05 au lieu de 11 h 01" told
// "just over three hours late". Both clocks are times of day, not
// lengths; the bullet's hedge must fit the gap as it does any figure.
func clockGap(src []*atom, t Mention) (string, *atom, *atom) {
	if !inSeconds(t) || t.personAge {
		return "", nil, nil
	}
	d, _ := duration(t)
	tv := t.Rat()
	if d == nil || d.Sign() <= 0 || tv == nil || tv.Sign() <= 0 {
		return "", nil, nil
	}
	perUnit := new(big.Rat).Quo(d, tv) // the seconds of t's own unit: its hedge rounds in hours, not in seconds
	cs := clocksOf(src)                // (read once: every pair of clocks is tried)
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
