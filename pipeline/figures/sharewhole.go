package figures

import "math/big"

// wholeOfShare explains a summary figure as the whole that a source figure
// is said to be a share of: "210 millimètres de pluie, soit le tiers de la
// moyenne" gives an average of about 630 mm. The share follows the figure
// in its sentence and says what it is of; the figure is exact, in t's
// kind and unit.
func wholeOfShare(src []*atom, t Mention) (string, *atom, *atom) {
	tv := t.Rat()
	if tv == nil || tv.Sign() <= 0 {
		return "", nil, nil
	}
	for _, f := range src {
		fv := f.m.Rat()
		if f.m.Kind != Fraction || !f.m.ofWhat || fv == nil || fv.Sign() <= 0 || fv.Cmp(big.NewRat(1, 1)) >= 0 {
			continue
		}
		for _, a := range src {
			av := a.m.Rat()
			if a == f || av == nil || !sameSentence(a, f) || a.m.Start > f.m.Start || a.m.Kind != t.Kind || a.m.Unit != t.Unit || hedged(*a.m) {
				continue
			}
			if whole := new(big.Rat).Quo(av, fv); near(whole, tv) || hedgedRound(t, whole, tv) {
				return "the whole of which " + a.m.Raw + " is " + f.m.Raw, a, f
			}
		}
	}
	return "", nil, nil
}

// averageSpeed explains a speed in km/h as a distance of the source over
// a length of time of its sentence: "198 kilomètres ... en 4 h 46 min 31
// s" briefed "an average of about 41.5 km/h".
func averageSpeed(src []*atom, t Mention) (string, *atom, *atom) {
	tv := t.Rat()
	if t.Kind != Quantity || t.Unit != "km/h" || tv == nil || tv.Sign() <= 0 {
		return "", nil, nil
	}
	for _, d := range src {
		metres, base := inBase(*d.m)
		if base != "m" || metres == nil || metres.Sign() <= 0 || hedged(*d.m) {
			continue
		}
		for _, l := range src {
			secs, unit := duration(*l.m)
			if l == d || unit != "sec" || secs == nil || secs.Sign() <= 0 || !sameSentence(d, l) || hedged(*l.m) {
				continue
			}
			// km/h = metres / 1000 / (seconds / 3600)
			v := new(big.Rat).Quo(new(big.Rat).Mul(metres, big.NewRat(36, 10)), secs)
			if near(v, tv) || hedgedRound(t, v, tv) {
				return "the average speed over " + d.m.Raw + " in " + l.m.Raw, d, l
			}
		}
	}
	return "", nil, nil
}
