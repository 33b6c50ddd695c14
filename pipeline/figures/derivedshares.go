package figures

import "math/big"

// partsCounted: a share the bullet tells by its two counts, "four of
// the eleven defendants", each a count of the source ("quatre
// condamnations", "Onze prévenus"), the part no larger than the whole.
func partsCounted(src []*atom, t Mention) (string, *atom, *atom) {
	if t.Kind != Fraction || len(t.Parts) != 2 {
		return "", nil, nil
	}
	pv, wv := t.Parts[0].Value, t.Parts[1].Value
	if atoiSafe(pv) <= 0 || atoiSafe(pv) > atoiSafe(wv) {
		return "", nil, nil
	}
	for _, a := range src {
		if class(a.m.Kind) != Cardinal || a.m.Unit != "" || a.m.Value != pv || hedged(*a.m) || a.m.label {
			continue
		}
		if splitOther(src, a, atoiSafe(wv)-atoiSafe(pv)) && !ctxTranslated(*a.m, t) {
			continue // "douze condamnations et cinq relaxes" of 17: "five of the 17 convicted" must say the part's own noun
		}
		for _, b := range src {
			if b != a && class(b.m.Kind) == Cardinal && b.m.Unit == "" && b.m.Value == wv && !hedged(*b.m) && !b.m.label && b.m.Paragraph == a.m.Paragraph {
				return "the counts " + a.m.Raw + " and " + b.m.Raw, a, b
			}
		}
	}
	return "", nil, nil
}

// levelBeforeShare: the level a change by a share started from, told
// as the bullet's earlier level: "a réduit d'un tiers la peine, ramenée
// à deux ans" summarised "to two years, down from three". The share and
// the new level are of one source sentence; the start is the level over
// one less the share (a cut) or one more (a rise).
func levelBeforeShare(src []*atom, t Mention) (string, *atom, *atom) {
	tv := t.Rat()
	if !t.prior || class(t.Kind) != Cardinal || tv == nil || tv.Sign() <= 0 {
		return "", nil, nil
	}
	one := big.NewRat(1, 1)
	for _, f := range src {
		if f.m.Kind != Fraction {
			continue
		}
		fv := f.m.Rat()
		if fv == nil || fv.Sign() <= 0 || fv.Cmp(one) >= 0 {
			continue
		}
		for _, l := range src {
			if l == f || !sameSentence(l, f) || class(l.m.Kind) != class(t.Kind) || l.m.Unit != t.Unit || isYearish(*l.m) || l.m.personAge {
				continue
			}
			lv := l.m.Rat()
			if lv == nil {
				continue
			}
			cut := new(big.Rat).Quo(lv, new(big.Rat).Sub(one, fv))
			rise := new(big.Rat).Quo(lv, new(big.Rat).Add(one, fv))
			if nearly(cut, tv) || nearly(rise, tv) { // (a third is read to twelve places)
				return "the level before " + l.m.Raw + " changed by " + f.m.Raw, f, l
			}
		}
	}
	return "", nil, nil
}

// splitOther: another count of a's sentence is the rest of the whole,
// rest: the whole is split in two, and a bare count may be either part.
func splitOther(src []*atom, a *atom, rest int) bool {
	for _, q := range src {
		if q != a && class(q.m.Kind) == Cardinal && q.m.Unit == "" && atoiSafe(q.m.Value) == rest && sameSentence(q, a) {
			return true
		}
	}
	return false
}

// ctxTranslated: a word around t translates or shares its stem with a
// word around s.
func ctxTranslated(s, t Mention) bool {
	for _, fw := range s.ctx {
		for _, ew := range t.ctx {
			if translates(fw, ew) || cognate(fw, ew) {
				return true
			}
		}
	}
	return false
}

// shareTimes: a share a multiple of another, "Un tiers des soignants
// ... Chez les moins de 30 ans, ils sont deux fois plus nombreux" told
// "twice as high, at two in three": the share and the factor of one
// paragraph, a sentence apart at most.
func shareTimes(src []*atom, t Mention) (string, *atom, *atom) {
	if t.Kind != Fraction && t.Kind != Percent {
		return "", nil, nil
	}
	var factors []*atom // (few sources have one: read them first, cheaply)
	for _, k := range src {
		if k.m.Kind == Multiplier {
			factors = append(factors, k)
		}
	}
	if len(factors) == 0 {
		return "", nil, nil
	}
	tv := shareValue(t)
	if tv == nil {
		return "", nil, nil
	}
	for _, k := range factors {
		kv := k.m.Rat()
		if kv == nil {
			continue
		}
		for _, f := range src {
			if f.m.Kind != Fraction && f.m.Kind != Percent || f.m.Paragraph != k.m.Paragraph || abs(k.m.Sentence-f.m.Sentence) > 1 || hedged(*f.m) {
				continue
			}
			if fv := shareValue(*f.m); fv != nil && nearly(fv.Mul(fv, kv), tv) {
				return f.m.Raw + " times " + k.m.Raw, f, k
			}
		}
	}
	return "", nil, nil
}

// wholeGap is what stands between a share and the whole it is of, "a
// quarter of the 1,200 flats", "un tiers des 1 200 logements".
var wholeGap = map[string]bool{" of the ": true, " of ": true, " of its ": true, " of their ": true, " of his ": true, " of her ": true, " des ": true, " de ": true, " de ses ": true, " de leurs ": true}
