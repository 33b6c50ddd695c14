package figures

import "math/big"

// averageSpeed explains a speed in km/h as a distance of the source over
// a length of time of its sentence or of one of the four after it: "198 kilomètres ...
// en 4 h 46 min 31 s" briefed "an average of about 41.5 km/h"; "longue de
// 27 kilomètres ... Le trajet prendra 40 minutes" as "about 40 km/h".
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
			if l == d || unit != "sec" || secs == nil || secs.Sign() <= 0 || !sameSentence(d, l) && (sentencesOn(d, l) < 1 || sentencesOn(d, l) > 4) || hedged(*l.m) {
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
