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
