package figures

import "math/big"

// levelAfterChange explains a bullet's level as a source level carried
// through a change told in the same sentence or the next: "148 litres par
// jour. Le gouvernement veut la réduire de 10 %" briefed "to about 133
// L/day"; "200 millions d'euros. Il devrait augmenter de 10 %" as "to
// about €220m". The level is exact, of the figure's kind and unit, comes
// before the change and is not itself a change; the product rounds to the
// bullet's figure at its last written digit.
func levelAfterChange(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent || t.Kind == PercentPoint || tv.Sign() <= 0 {
		return ""
	}
	for _, c := range src {
		if c.m.Kind != Percent || c.m.dir == 0 {
			continue
		}
		fs := changeFactors(*c.m)
		for _, a := range src {
			if len(fs) == 0 || a == c || a.m.Paragraph != c.m.Paragraph || a.m.Sentence > c.m.Sentence || c.m.Sentence-a.m.Sentence > 1 ||
				a.m.Start > c.m.Start || a.m.dir != 0 || hedged(*a.m) || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || isYearish(*a.m) || otherPeriod(*a.m, t) ||
				!hedged(t) && !sameSentence(a, c) || sameSentence(a, c) && len(c.m.ctx) > 0 && changeNouns[c.m.ctx[0]] {
				continue // (an exact "300" is no level after a change of the next sentence: "430 postes ... une chute de 22 % des commandes"; "6 480 euros en 2024, en hausse de 4,8 %" is the level the change led to)
			}
			if sameSentence(a, c) && comparedWithEarlier(src, c) {
				continue // "2 470 euros la semaine, soit 11 % de plus qu'en 2022": the level the change led to, not its base
			}
			if av := a.m.Rat(); av != nil && priorFits(new(big.Rat).Mul(av, fs[0]), tv, t) {
				return "the level after " + c.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// comparedWithEarlier: the change c is told against an earlier year
// of its sentence, "11 % de plus qu'en 2022".
func comparedWithEarlier(src []*atom, c *atom) bool {
	for _, y := range src {
		if sameSentence(y, c) && y.m.Start > c.m.End && (y.m.Kind == Year || isYearish(*y.m)) && y.m.prior {
			return true
		}
	}
	return false
}

// shareOfPrior explains a bullet's percent as a change told in figures,
// counted from the level before it: "a réduit ses effectifs de 10 000
// postes, pour atteindre environ 100 000 salariés" briefed "roughly 9% of
// its workforce" (10 000 of 110 000). The change and the level it led to
// are in one sentence, of one kind and unit; a hedged level gives only a
// hedged percent.
func shareOfPrior(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Percent {
		return ""
	}
	for _, c := range src {
		cv := c.m.Rat()
		if c.m.dir == 0 || cv == nil || cv.Sign() <= 0 || c.m.Kind == Percent || c.m.Kind == PercentPoint || !numeric(*c.m) || hedged(*c.m) || c.m.Lang == English {
			continue // (a change the bullet worked out is derived's: "72 more, about 13%" is a percent change of two source figures)
		}
		for _, l := range src {
			lv := l.m.Rat()
			if l == c || lv == nil || !sameSentence(l, c) || l.m.Start < c.m.Start || class(l.m.Kind) != class(c.m.Kind) || l.m.Unit != c.m.Unit ||
				isYearish(*l.m) || l.m.dir != 0 || hedged(*l.m) && !hedged(t) {
				continue
			}
			prior := new(big.Rat).Sub(lv, new(big.Rat).Mul(cv, big.NewRat(int64(c.m.dir), 1)))
			if prior.Sign() <= 0 {
				continue
			}
			share := new(big.Rat).Mul(new(big.Rat).Quo(cv, prior), big.NewRat(100, 1))
			if near(share, tv) || hedgedShare(share, tv, t.Comparator) {
				return c.m.Raw + " as a share of the level before it (" + l.m.Raw + " then)"
			}
		}
	}
	return shareOfToday(src, t, tv)
}

// shareOfToday: a change still to come told as a share of the level the
// sentence before gives for today, "pour s'établir à 6,2 millions. ...
// environ 400 000 élèves en moins" briefed "~400k fewer pupils (~6.5%
// drop)". Only a rounded share.
func shareOfToday(src []*atom, t Mention, tv *big.Rat) string {
	if !hedged(t) {
		return ""
	}
	for _, c := range src {
		cv := c.m.Rat()
		if c.m.dir == 0 || cv == nil || cv.Sign() <= 0 || c.m.Kind == Percent || c.m.Kind == PercentPoint || !numeric(*c.m) || c.m.Lang == English {
			continue
		}
		for _, l := range src {
			lv := l.m.Rat()
			if l == c || lv == nil || lv.Sign() <= 0 || sentencesOn(l, c) != 1 || class(l.m.Kind) != class(c.m.Kind) || l.m.Unit != c.m.Unit || isYearish(*l.m) || l.m.dir != 0 {
				continue
			}
			if share := new(big.Rat).Mul(new(big.Rat).Quo(cv, lv), big.NewRat(100, 1)); near(share, tv) || hedgedShare(share, tv, t.Comparator) {
				return c.m.Raw + " as a share of " + l.m.Raw
			}
		}
	}
	return ""
}
