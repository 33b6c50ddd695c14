package figures

import (
	"math"
	"math/big"
	"strings"
)

// priorFromChange explains a bullet's earlier level as the source's level
// after a change and that change, told in one sentence: "tombé à 6 420,
// en baisse de 7 %" briefed "down from about 6,900"; "progressé de 15 %,
// à 460 000 euros" as "from about €400,000"; "chuté de moitié, à 17
// euros" as "down from about €34". The level is of the figure's kind and
// unit, and the quotient rounds to the bullet's figure at its last written
// digit: "about 27,503" is no earlier level of 27 500 up 4 %.
func priorFromChange(src []*atom, t Mention) string {
	if t.dir != 0 && t.levelTo != "" {
		return "" // "fell by 200 to 3,167" tells a change, no earlier level
	}
	if why := priorFromPoints(src, t); why != "" {
		return why
	}
	if why := priorFromAmount(src, t); why != "" {
		return why
	}
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent || t.Kind == PercentPoint || tv.Sign() <= 0 {
		return ""
	}
	for _, c := range src {
		if c.m.Kind != Percent && c.m.Kind != Fraction && c.m.Kind != Multiplier {
			continue // (parsing every value for every pair cost summaries twice their time)
		}
		fs := changeFactors(*c.m)
		for _, a := range src {
			bareOf := a.m.Kind == Quantity && class(t.Kind) == Cardinal && t.Unit == "" // "to 47,600 tonnes (from about 68,000)"
			// ("Plus de 64 000 vols ... C'est 11 % de plus qu'en 2024": a rough
			// earlier level may take its change from the next sentence)
			near := sameSentence(a, c) || hedged(t) && t.prior && a.m.Paragraph == c.m.Paragraph && c.m.Sentence == a.m.Sentence+1
			if len(fs) == 0 || a == c || !near || (class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit) && !bareOf || isYearish(*a.m) || otherPeriod(*a.m, t) {
				continue
			}
			if periodUnit[a.m.Head] != "" && a.m.Start > c.m.Start {
				continue // "une baisse de 30 % en deux ans": the change's span, no level it changed
			}
			av := a.m.Rat()
			for _, f := range fs {
				if av == nil {
					break
				}
				if prior := new(big.Rat).Quo(av, f); priorFits(prior, tv, t) {
					return "the level before " + c.m.Raw + " of " + a.m.Raw
				}
			}
		}
	}
	return ""
}

// changeFactors are what a change multiplies a level by: 1.15 for a rise
// of 15 %, 0.93 for a fall of 7 %; "de moitié" halves or adds half.
func changeFactors(m Mention) []*big.Rat {
	v := m.Rat()
	switch {
	case v == nil:
		return nil
	case m.Kind == Percent && (m.dir != 0 || m.Alt == "rise") && new(big.Rat).Abs(v).Cmp(big.NewRat(100, 1)) < 0:
		p := new(big.Rat).Quo(new(big.Rat).Abs(v), big.NewRat(100, 1)) // ("−15 %": its sign is its direction)
		if m.dir < 0 {
			return []*big.Rat{new(big.Rat).Sub(big.NewRat(1, 1), p)}
		}
		return []*big.Rat{new(big.Rat).Add(big.NewRat(1, 1), p)}
	case m.Kind == Fraction && m.Value == "0.5" && strings.HasPrefix(m.Raw, "de "):
		return []*big.Rat{big.NewRat(1, 2), big.NewRat(3, 2)}
	case m.Kind == Multiplier && v.Cmp(big.NewRat(1, 1)) > 0 && !hedged(m):
		return []*big.Rat{v} // "10 tonnes, soit deux fois plus qu'en 2023": 5 then
	}
	return nil
}

// priorFits: the earlier level rounds to tv at its last written digit,
// on the side its bound says.
func priorFits(prior, tv *big.Rat, t Mention) bool {
	p, _ := prior.Float64()
	x, _ := tv.Float64()
	switch t.Comparator {
	case CmpGT, CmpGE:
		if p < x {
			return false
		}
	case CmpLT, CmpLE, CmpNearly:
		if p > x {
			return false
		}
	}
	step := math.Pow(10, math.Floor(math.Log10(x))+1-float64(max(1, writtenDigits(t.Raw))))
	return math.Abs(p-x) <= step/2 // "2.0 million" claims tenths of a million
}

// priorFromPoints: a rate and its change in points told in one sentence
// ("7,5 %, en hausse de 0,2 point") give the rate before it ("from 7.3%").
func priorFromPoints(src []*atom, t Mention) string {
	tv := t.Rat()
	if t.Kind != Percent || tv == nil {
		return ""
	}
	for _, c := range src {
		if c.m.Kind != PercentPoint && !pointsSpelled(*c.m) || c.m.dir == 0 {
			continue
		}
		cv := c.m.Rat()
		for _, a := range src {
			if cv == nil || a.m.Kind != Percent || !sameSentence(a, c) && !changeTakesUp(src, a, c) || a.m.dir != 0 {
				continue
			}
			av := a.m.Rat()
			if av == nil {
				continue
			}
			prior := new(big.Rat).Sub(av, new(big.Rat).Mul(cv, big.NewRat(int64(c.m.dir), 1)))
			if prior.Cmp(tv) == 0 || hedged(t) && priorFits(prior, tv, t) {
				return "the rate before " + c.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// changeAmount: a level and its change in percent told in one sentence
// ("un budget de 7,3 milliards, en hausse de 4,9 %") give the amount of
// the change ("up 4.9% (about $340m)"): the level less the level before.
// Read the other way, the percent may be of the level itself.
func changeAmount(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity && t.Kind != Cardinal || tv.Sign() <= 0 || isYearish(t) {
		return "" // (a count too: "480 000 visiteurs, 6 % de plus": "roughly 27,000 extra")
	}
	for _, c := range src {
		if c.m.Kind != Percent || c.m.dir == 0 {
			continue
		}
		fs := changeFactors(*c.m)
		if len(fs) != 1 {
			continue
		}
		for _, a := range src {
			if a == c || !sameSentence(a, c) || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || isYearish(*a.m) {
				continue // (a value is parsed only for figures that fit; "3,24 millions" and "122,000" are both counts)
			}
			av := a.m.Rat()
			if av == nil {
				continue
			}
			before := new(big.Rat).Quo(av, fs[0])
			if priorFits(new(big.Rat).Abs(new(big.Rat).Sub(av, before)), tv, t) {
				return "the change of " + c.m.Raw + " in " + a.m.Raw
			}
		}
	}
	return ""
}

// changePercent: a level and its change in amount told in one sentence
// ("atteint 23,3 millions, en hausse de 3,2 millions sur un an") give the
// change in percent of the level before ("a rise of about 16%"), the
// inverse of changeAmount.
func changePercent(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Percent || tv.Sign() <= 0 {
		return ""
	}
	for _, c := range src {
		if c.m.dir == 0 || c.m.Kind == Percent || c.m.Kind == PercentPoint || !numeric(*c.m) {
			continue
		}
		cv := c.m.Rat()
		if cv == nil {
			continue
		}
		for _, a := range src {
			if a == c || !sameSentence(a, c) || a.m.Kind != c.m.Kind || a.m.Unit != c.m.Unit || a.m.dir != 0 && !changeOfCount(src, a, c) || isYearish(*a.m) {
				continue
			}
			av := a.m.Rat()
			if av == nil {
				continue
			}
			before := new(big.Rat).Sub(av, new(big.Rat).Mul(cv, big.NewRat(int64(c.m.dir), 1)))
			if before.Sign() <= 0 {
				continue
			}
			pct, _ := new(big.Rat).Mul(new(big.Rat).Quo(cv, before), big.NewRat(100, 1)).Float64()
			if percentFits(pct, t) {
				return c.m.Raw + " on the level before " + a.m.Raw
			}
		}
	}
	return ""
}

// changeOfCount: c, a change told right after a (no figure between but
// dates), is a's own change even when a's verb gave a a direction: "a
// perdu 499 rhinocéros en 2023, soit 51 de plus qu'en 2022" counts the
// rhinos lost, and 51 more of them than the year before.
func changeOfCount(src []*atom, a, c *atom) bool {
	if c.m.Start < a.m.End || c.m.dir == 0 {
		return false
	}
	for _, o := range src {
		if o != a && o != c && sameSentence(o, a) && o.m.Start > a.m.End && o.m.End < c.m.Start && o.m.Kind != Year && o.m.Kind != Date && !isYearish(*o.m) {
			return false
		}
	}
	return true
}

// percentFits: the percent p is t as t is written: to its last decimal
// ("10%" is 9.5 to 10.5, not 5 to 15), or within a point (and 5%) when
// t is hedged ("about 16%" for 15.9).
func percentFits(p float64, t Mention) bool {
	tv := t.Rat()
	if tv == nil {
		return false
	}
	x, _ := tv.Float64()
	step := 1.0
	if k := strings.IndexByte(t.Value, '.'); k >= 0 {
		step = math.Pow(10, -float64(len(t.Value)-k-1))
	}
	tol := step / 2
	if hedged(t) {
		tol = math.Max(tol, math.Max(1, 0.05*x))
	}
	return math.Abs(p-x) <= tol
}

// priorFromAmount explains a bullet's earlier level as the source's level
// after a change by an amount, told in one sentence: "ont chuté de 4 100,
// à 15 300" briefed "from 19,400"; "a perdu 8 000 hectares, pour
// s'établir à 102 000" as "from 110,000"; "quatre appareils
// supplémentaires, portant sa flotte à 11" as "from seven".
func priorFromAmount(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent || t.Kind == PercentPoint || tv.Sign() <= 0 || isYearish(t) {
		return ""
	}
	for _, c := range src {
		if c.m.dir == 0 || c.m.Kind == Percent || c.m.Kind == PercentPoint || c.m.Kind == Fraction || c.m.Kind == Multiplier || isYearish(*c.m) {
			continue
		}
		cv := c.m.Rat()
		for _, a := range src {
			if a == c || a.m.dir != 0 || !sameSentence(a, c) && !(t.prior && changeOfLast(src, a, c)) || isYearish(*a.m) || cv == nil ||
				class(a.m.Kind) != class(c.m.Kind) || a.m.Unit != c.m.Unit || (class(a.m.Kind) != class(t.Kind) || t.Unit != a.m.Unit) && !(a.m.Kind == Quantity && class(t.Kind) == Cardinal && t.Unit == "") || otherPeriod(*a.m, t) {
				continue
			}
			av := a.m.Rat()
			if av == nil || av.Cmp(cv) <= 0 && c.m.dir > 0 {
				continue // (a rise larger than its level is no level after it)
			}
			before := new(big.Rat).Sub(av, new(big.Rat).Mul(cv, big.NewRat(int64(c.m.dir), 1)))
			if before.Cmp(tv) == 0 || hedgedRound(t, before, tv) {
				return "the level before " + c.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// changeOfLast: c, in the sentence right after a's, is the only figure of
// its sentence in a's kind and unit, and a the last of its own: "La Ville
// consacrera 68,5 millions d'euros à la culture. L'enveloppe recule de
// 2,3 millions d'euros par rapport à 2024" changes the 68,5 millions, so
// a bullet's earlier level ("down from €70.8m") may be read from them.
func changeOfLast(src []*atom, a, c *atom) bool {
	if a.m.Paragraph != c.m.Paragraph || c.m.Sentence != a.m.Sentence+1 {
		return false
	}
	for _, o := range src {
		if o == a || o == c || class(o.m.Kind) != class(a.m.Kind) || o.m.Unit != a.m.Unit || isYearish(*o.m) {
			continue
		}
		if sameSentence(o, c) || sameSentence(o, a) && o.m.Start > a.m.Start {
			return false
		}
	}
	return true
}

// otherPeriod: a and b are not counts of one thing because one is a
// length of time and the other is not, or is counted in another unit:
// "sur un an" is no level a month earlier was ever at.
func otherPeriod(a, b Mention) bool {
	fa, fb := periodFamily(a), periodFamily(b)
	if fa == "" && fb == "" {
		return false
	}
	return fa != fb || periodSize[a.Head] != periodSize[b.Head]
}

// periodFamily is the family duration would count m in, read without
// computing its length (otherPeriod runs for pairs of source figures).
func periodFamily(m Mention) string {
	switch {
	case m.Kind == Quantity && m.Unit == "s", m.Kind == Time && m.Alt == "dur":
		return "sec"
	case class(m.Kind) != Cardinal || m.Vague:
		return ""
	}
	return periodUnit[m.Head]
}

// pointsSpelled: a change counted in "points" that the parser left a
// bare count, as it does with the number in words ("six points de
// moins") when no rate stands beside it.
func pointsSpelled(m Mention) bool {
	return m.Kind == Cardinal && m.Unit == "" && (m.Head == "points" || m.Head == "point")
}

// changeTakesUp: the change c opens the sentence after the rate a, the
// last rate of its sentence, and its own sentence gives no rate ("38 %
// des Français ... C'est six points de moins qu'il y a un an").
func changeTakesUp(src []*atom, a, c *atom) bool {
	if a.m.Paragraph != c.m.Paragraph || c.m.Sentence != a.m.Sentence+1 {
		return false
	}
	for _, o := range src {
		if o.m.Paragraph == a.m.Paragraph && o.m.Kind == Percent && (o.m.Sentence == c.m.Sentence || o.m.Sentence == a.m.Sentence && o.m.Start > a.m.Start) {
			return false
		}
	}
	return true
}
