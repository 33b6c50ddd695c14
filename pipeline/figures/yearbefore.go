package figures

import "slices"

// yearBefore explains a summary year as the year before one the source
// gives a change for: "en baisse de 29 % sur un an" in 2021 lets a bullet
// say what the level was "in 2020", "a chuté de 38 % en 2024" what it was
// in 2023. The change must be a percentage in the same source sentence,
// and the sentence must name no other year; nor may the bullet tie the
// year to a figure the source dates otherwise ("peak at 118% of GDP in
// 2028" where "culminer à 118 % du PIB en 2027").
func yearBefore(src, line []*atom, t Mention) string {
	if t.Kind != Year && !(isYearish(t) && len(t.Raw) == 4) || datedOtherwise(src, line, t) {
		return ""
	}
	next := itoa(atoiSafe(t.Value) + 1)
	for _, a := range src {
		if (a.m.Kind != Year && !isYearish(*a.m) || a.m.Value != next) && !annualReportDate(src, a, next) {
			continue
		}
		if otherYearIn(src, a) {
			continue // "4 925 en 2024, contre 3 761 en 2022": the source names the year compared with
		}
		for _, c := range src {
			if c.m.Kind == Percent && c.m.dir != 0 && sameSentence(a, c) { // (a change, not "la totalité du capital")
				return "the year before " + a.m.Raw + ", whose change " + c.m.Raw + " the source gives"
			}
		}
	}
	return ""
}

// otherYearIn: a's sentence gives another year than a.
func otherYearIn(src []*atom, a *atom) bool {
	for _, o := range src {
		if o != a && sameSentence(a, o) && (o.m.Kind == Year || isYearish(*o.m)) && o.m.Value != a.m.Value {
			return true
		}
	}
	return false
}

// yearAcross explains a summary year as a year of the source moved by a
// count of years its sentence gives: "pris sa retraite en 1971, après
// trente-cinq ans de carrière" lets a bullet say she "started work in
// 1936". Nor may the bullet tie the year to a figure the source dates
// otherwise ("2,150 in 2004" where "contre 2 150 en 2014", ten years
// before).
func yearAcross(src, line []*atom, t Mention) string {
	if t.Kind != Year || datedOtherwise(src, line, t) {
		return ""
	}
	ty := atoiSafe(t.Value)
	for _, a := range src {
		if a.m.Kind != Year && !isYearish(*a.m) || a.m.born {
			continue
		}
		y := atoiSafe(a.m.Value)
		for _, n := range src {
			nv := n.m.Rat()
			if n == a || !sameSentence(a, n) || class(n.m.Kind) != Cardinal || !countsYears(*n.m) || nv == nil || !nv.IsInt() || hedged(*n.m) {
				continue
			}
			if d := int(nv.Num().Int64()); d >= 2 && y-d == ty {
				// (a start, the count before the year; "un an plus tôt" is a
				// comparison, no length of a career)
				return a.m.Raw + " and the " + n.m.Raw + " its sentence counts"
			}
		}
	}
	return ""
}

// datedOtherwise: the figure right before t in its line is paired with
// a source figure whose sentence gives another year than t, one the
// line does not give elsewhere ("40m hl in 2023 ... about 50m hl in 2022"
// gives each its own).
func datedOtherwise(src, line []*atom, t Mention) bool {
	var x *atom
	for _, a := range line {
		if a.m.Start >= t.Start {
			break
		}
		if a.m.Kind != Year && !isYearish(*a.m) {
			x = a
		}
	}
	if x == nil || x.pair == nil {
		return false
	}
	for _, o := range src {
		if sameSentence(o, x.pair) && (o.m.Kind == Year || isYearish(*o.m)) && o.m.Value != t.Value && !lineHasValue(line, o.m.Value) {
			return true
		}
	}
	return false
}

func lineHasValue(line []*atom, v string) bool {
	for _, a := range line {
		if a.m.Value == v {
			return true
		}
	}
	return false
}

// yearLater explains a summary year as a source year and a count of
// years told after it as later: "espérée en 2035, celle du second un an
// plus tard" lets a bullet say "2035 and 2036". The count must follow
// the year, with no other year between them, in its sentence or the
// next.
func yearLater(src, line []*atom, t Mention) string {
	if t.Kind != Year && !isYearish(t) || datedOtherwise(src, line, t) {
		return ""
	}
	ty := atoiSafe(t.Value)
	for k, n := range src {
		if class(n.m.Kind) != Cardinal || !countsYears(*n.m) || hedged(*n.m) || !slices.ContainsFunc(n.m.ctx, laterWord) {
			continue // (the cheap tests first: this runs over every source figure)
		}
		nv := n.m.Rat()
		if nv == nil || !nv.IsInt() {
			continue
		}
		a := yearBeforeIn(src[:k], n)
		if a != nil && atoiSafe(a.m.Value)+int(nv.Num().Int64()) == ty {
			return a.m.Raw + " and the " + n.m.Raw + " later its source counts"
		}
	}
	return ""
}

// laterWord: a word that makes a length of time a move forward.
func laterWord(w string) bool {
	return w == "tard" || w == "après" || w == "later" || w == "after"
}

// yearBeforeIn is the last year of before, when it is n's sentence's or
// the one before it and no other figure of years stands between.
func yearBeforeIn(before []*atom, n *atom) *atom {
	return lastInReach(before, n, func(a *atom) (bool, bool) {
		if a.m.Kind == Year || isYearish(*a.m) {
			return !a.m.born, true
		}
		return false, countsYears(*a.m) // ("en 2020, deux ans plus tard, trois ans après": the count before is the one moved)
	})
}

// lastInReach walks back from the end of before, within n's sentence
// and the one before it, to the first atom pick stops at; it returns
// that atom when pick takes it, else nil.
func lastInReach(before []*atom, n *atom, pick func(*atom) (take, stop bool)) *atom {
	for k := len(before) - 1; k >= 0; k-- {
		a := before[k]
		if a.m.Paragraph != n.m.Paragraph || n.m.Sentence-a.m.Sentence > 1 {
			return nil
		}
		if take, stop := pick(a); stop {
			if take {
				return a
			}
			return nil
		}
	}
	return nil
}

// annualReportDate: a is the full date a firm's annual figures were
// published on, in year next, "a publié le mardi 4 mars 2025 un chiffre
// d'affaires annuel": the year reported is the one before.
func annualReportDate(src []*atom, a *atom, next string) bool {
	d := dateOf(*a.m)
	if a.m.Kind != Date || d == nil || d.Day == 0 || itoa(d.Year) != next {
		return false
	}
	for _, o := range src {
		if sameSentence(o, a) && slices.ContainsFunc(o.m.ctx, func(w string) bool {
			return w == "annuel" || w == "annuelle" || w == "annuels" || w == "annuelles" || w == "exercice"
		}) {
			return true
		}
	}
	return false
}
