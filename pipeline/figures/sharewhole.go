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
		fv := partOfOne(*f.m)
		if fv == nil && hedged(t) && f.m.Kind == Percent && f.m.dir == 0 && f.m.Alt != "rise" && f.m.Comparator == CmpApprox {
			fv = shareValue(*f.m) // "soit environ 9 % de ses effectifs": only a rough whole, "roughly 13,000"
		}
		counted := f.m.Kind == Percent && t.Kind != Money && t.Kind != Quantity
		if fv == nil || fv.Sign() <= 0 || fv.Cmp(big.NewRat(1, 1)) >= 0 || f.m.Kind == Fraction && !f.m.ofWhat || counted && !hedged(t) {
			continue // a percent of an amount or a measure: "23,4 TWh ... 32 %" makes 73 TWh
		}
		for _, a := range src {
			av := a.m.Rat()
			if a == f || av == nil || !sameSentence(a, f) && (counted || !(sentencesOn(a, f) == 1 && f.m.Kind == Percent)) || a.m.Start > f.m.Start || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || hedged(*a.m) && !hedged(t) {
				continue // (a count's whole only from its own sentence, and rounded: "1,7 million de jeunes, soit 16,1 %" makes "~10.6m")
			}
			if whole := new(big.Rat).Quo(av, fv); near(whole, tv) || hedgedRound(t, whole, tv) {
				return "the whole of which " + a.m.Raw + " is " + f.m.Raw, a, f
			}
		}
	}
	return "", nil, nil
}

// partOfOne is a fraction's value, or a percent's as a part of one when it
// tells a share, not a change: "Cela représente 32 % de la production".
func partOfOne(m Mention) *big.Rat {
	if m.Kind == Fraction || m.Kind == Percent && m.dir == 0 && m.Alt != "rise" && !hedged(m) {
		return shareValue(m)
	}
	return nil
}

// sentencesOn counts the sentences from a's to b's in one paragraph
// ("23,4 TWh ... Cela représente 32 %" is one on), or -1 when b comes
// first or in another paragraph.
func sentencesOn(a, b *atom) int {
	if a.m.Paragraph != b.m.Paragraph || b.m.Sentence < a.m.Sentence {
		return -1
	}
	return b.m.Sentence - a.m.Sentence
}
