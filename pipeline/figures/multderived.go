package figures

import (
	"math/big"
	"slices"
	"strings"
)

// byMultiplier explains a summary figure as a source figure divided or
// multiplied by a factor its sentence gives: "148 000 visiteurs, le
// double de sa fréquentation de 2022" summarised "double its 2022
// attendance (74,000)".
func byMultiplier(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv != nil && t.Kind == Fraction {
		return partOfMultiple(src, t, tv)
	}
	if tv == nil || !numeric(t) {
		return ""
	}
	for _, f := range src {
		k := f.m.Rat()
		if f.m.Kind != Multiplier || k == nil || k.Sign() <= 0 || hedged(*f.m) {
			continue
		}
		for _, a := range src {
			av, tv := a.m.Rat(), tv
			if da, _ := duration(*a.m); da != nil {
				// "triplé en deux semaines ... un mois": a length of time
				// times a factor is a length of time, in its own units
				if tv, _ = duration(t); tv == nil {
					continue
				}
				av = da
			}
			if a == f || !sameSentence(a, f) && !(f.m.style == "verb" && a.m.Paragraph == f.m.Paragraph) && !factorOfSentenceBefore(src, a, f, t) || av == nil ||
				class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || isYearish(*a.m) || a.m.Alt == "every" {
				continue // "26,2 millions d'habitants ... la population doublera": the verb may come later
			} // ("chaque année" says how often: "triplé" makes no 3 of it)
			if q := new(big.Rat).Quo(av, k); q.Cmp(tv) == 0 || hedgedRound(t, q, tv) {
				return a.m.Raw + " divided by " + f.m.Raw
			}
			if p := new(big.Rat).Mul(av, k); p.Cmp(tv) == 0 || hedgedRound(t, p, tv) && !pastMultiplier(f.m.Raw) {
				return a.m.Raw + " times " + f.m.Raw
			}
		}
	}
	return ""
}

// percentOf explains a summary amount or count as a source percentage
// of a source figure of its paragraph: "financé à 40 % par des fonds
// publics" of a 9 million budget written "40% (€3.6m) publicly funded",
// "93.7% of 34,812 candidates (about 32,600)".
func percentOf(src, line []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity && class(t.Kind) != Cardinal {
		return ""
	}
	for _, p := range src {
		pv := p.m.Rat()
		if p.m.Kind != Percent || pv == nil || hedged(*p.m) && !hedged(t) || p.m.dir != 0 {
			continue // a cap of 19 % gives "roughly 190", never an exact 192;
		} // a rise of 30 % is no share of anything ("une hausse de 30 %" makes no "around fifteen" of 50)
		for _, a := range src {
			av := a.m.Rat()
			if class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit && !inCents(*a.m, t) || isYearish(*a.m) || a.m.personAge || av == nil || !sameSentence(a, p) && a.m.Paragraph != p.m.Paragraph {
				continue // ("57 % du prix à la pompe" of 1,72 euro: "roughly 98 cents"; an age is no whole: "38,2 %" of "âgé de 77 ans" counts nobody)
			}
			x := new(big.Rat).Mul(av, new(big.Rat).Quo(pv, big.NewRat(100, 1)))
			if (x.Cmp(tv) == 0 || hedgedRound(t, x, tv)) && !toldAsWhole(line, p, a, t) {
				return p.m.Raw + " of " + a.m.Raw
			}
			if rest := new(big.Rat).Sub(av, x); rest.Sign() > 0 && pv.Cmp(big.NewRat(100, 1)) < 0 && restSaid(t) && (rest.Cmp(tv) == 0 || hedgedRound(t, rest, tv)) {
				return a.m.Raw + " less " + p.m.Raw // "€38,000, 80% state-funded, leaving about €7,600 to pay"
			}
		}
	}
	return ""
}

// toldAsWhole: the bullet tells t in the words of the whole a, not of the
// percentage p, which its line does not give: "sold to Newcastle for
// €5.2m including bonuses" is the fee of "cédé à Newcastle pour 52
// millions d'euros, bonus compris" changed, not the 10 % sell-on of it.
func toldAsWhole(line []*atom, p, a *atom, t Mention) bool {
	for _, u := range line {
		if u.m.Kind == Percent && u.m.Value == p.m.Value {
			return false
		}
	}
	told := func(m *Mention) int { return ctxSim(m.ctx, t.ctx) + ctxSim(m.clause(), t.clause()) }
	return told(a.m) > told(p.m)
}

// perPeriodTotal explains a summary amount as a source rate times a
// source length of time of the same period: "20 millions d'euros par
// jour" over a strike "de cinq jours" written "€100m over the five days".
func perPeriodTotal(src []*atom, t Mention) string {
	tv := t.Rat()
	count := t.Kind == Cardinal && t.Unit == "" // "40 000 festivaliers par soir" over "trois jours": 120,000 over the festival
	if tv == nil || t.Kind != Money && t.Kind != Quantity && !count {
		return ""
	}
	for _, a := range src {
		av := a.m.Rat()
		per := a.m.per
		if count {
			per = a.m.nounPer
		}
		if per == 0 || a.m.Kind != t.Kind || a.m.Unit != t.Unit || av == nil || count && hedged(*a.m) && !hedged(t) {
			continue
		}
		for _, d := range src {
			dv := d.m.Rat()
			if d == a || class(d.m.Kind) != Cardinal || dv == nil || d.m.Alt == "every" || periodSize[d.m.Head]*familyScale(periodUnit[d.m.Head]) != per && !(seasonNouns[d.m.Head] && per == perYear) {
				continue
			}
			if x := new(big.Rat).Mul(av, dv); x.Cmp(tv) == 0 || hedgedRound(t, x, tv) {
				return a.m.Raw + " for " + d.m.Raw
			}
		}
	}
	return ""
}

// seasonNouns count a club's or a show's seasons, a year each when a
// contract pays "par an": "contrat de trois saisons, 90 000 euros par an".
var seasonNouns = map[string]bool{"saison": true, "saisons": true, "season": true, "seasons": true}

// perYear is the per of a rate "par an".
var perYear = periodSize["an"] * familyScale(periodUnit["an"])

// rateTotal explains a summary amount as a source rate per unit times a
// source quantity in that unit: "4 000 euros par hectare" for "8 000
// hectares" written "€32m in all"; a rough quantity makes a rough total
// ("environ 300 litres" at "1,35 euro le litre": "about €405").
func rateTotal(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity {
		return ""
	}
	for _, a := range src {
		av := a.m.Rat()
		if a.m.rateOf == 0 || a.m.Kind != t.Kind || a.m.Unit != t.Unit || av == nil || hedged(*a.m) {
			continue
		}
		unit := rateUnits[a.m.rateOf]
		for _, d := range src {
			dv := d.m.Rat()
			if d == a || dv == nil || d.m.Paragraph != a.m.Paragraph || hedged(*d.m) && !hedged(t) ||
				!(d.m.Kind == Quantity && d.m.Unit == unit || d.m.carried == unit) {
				continue
			}
			if x := new(big.Rat).Mul(av, dv); x.Cmp(tv) == 0 || hedgedRound(t, x, tv) {
				return a.m.Raw + " for " + d.m.Raw
			}
		}
	}
	return ""
}

// perPeriodAverage explains a summary figure counted per day (or week,
// hour) as a source total over a source length of time in its paragraph:
// "2,5 millions de billets ... pour les 11 jours de compétition" briefed
// "about 230,000 a day".
func perPeriodAverage(src []*atom, t Mention) string {
	tv := t.Rat()
	per := t.per
	if per == 0 {
		per = t.nounPer // "about nine deaths a day"
	}
	if tv == nil || per == 0 || tv.Sign() <= 0 || !numeric(t) {
		return ""
	}
	t.per = per
	exactT := t.Comparator == CmpNone || t.Comparator == CmpExact
	for _, a := range src {
		av := a.m.Rat()
		if av == nil || a.m.per != 0 || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || isYearish(*a.m) || hedged(*a.m) && exactT || oppositeBounds(a.m.Comparator, t.Comparator) {
			continue // "près de 7 000" in a week is not "more than 1,000 a day"
		}
		if periodUnit[a.m.Head] != "" {
			continue // "82 jours ... contre 35 jours" make no "three days a week": a length over a length is no rate
		}
		if headConflict(*a.m, t) || newsLexicon[a.m.Head] != nil && singular(t.Head) != t.Head && !translatedIn([]string{a.m.Head}, t.Head) {
			continue // "un carnet de 8 598 appareils, près de dix ans de production" makes no "around 850 deliveries in 2024"
		}
		for _, d := range src {
			dv := d.m.Rat()
			size := periodSize[d.m.Head] * familyScale(periodUnit[d.m.Head])
			if d == a || dv == nil || class(d.m.Kind) != Cardinal || d.m.Unit != "" || size <= 0 || d.m.Paragraph != a.m.Paragraph || hedged(*d.m) && exactT {
				continue
			}
			periods := new(big.Rat).Mul(dv, big.NewRat(size, t.per)) // 11 jours in days
			if periods.Cmp(big.NewRat(1, 1)) <= 0 {
				continue
			}
			if q := new(big.Rat).Quo(av, periods); quotientFits(q, tv, t.Comparator) {
				return a.m.Raw + " over " + d.m.Raw
			}
		}
		if y := yearOfCount(src, a); y != nil && !exactT && per <= 7*86400 {
			// "3 285 personnes ont perdu la vie en 2025": a calendar
			// year's count, "about nine a day" (365 days)
			if q := new(big.Rat).Quo(av, big.NewRat(365*86400, per)); quotientFits(q, tv, t.Comparator) {
				return a.m.Raw + " over the year " + y.m.Raw
			}
		}
	}
	return ""
}

// yearOfCount: the calendar year a's sentence counts it in ("en 2025",
// "in 2025"), when it gives one.
func yearOfCount(src []*atom, a *atom) *atom {
	for _, y := range src {
		if y.m.Kind == Year && sameSentence(y, a) && y.m.Start < a.m.Start+200 {
			return y
		}
	}
	return nil
}

// oppositeBounds: one figure is said to be under its value and the other
// over it, so one cannot come from the other.
func oppositeBounds(a, b Comparator) bool {
	under := func(c Comparator) bool { return c == CmpNearly || c == CmpLT || c == CmpLE }
	over := func(c Comparator) bool { return c == CmpGT || c == CmpGE }
	return under(a) && over(b) || over(a) && under(b)
}

// amountPerUnit explains a summary rate ("about €3,300 per hectare") as
// a source amount over a source quantity in that unit: "150 millions
// d'euros pour replanter 45 000 hectares".
func amountPerUnit(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.rateOf == 0 || t.Kind != Money && t.Kind != Quantity {
		return ""
	}
	unit := rateUnits[t.rateOf]
	for _, a := range src {
		av := a.m.Rat()
		if av == nil || a.m.rateOf != 0 || a.m.Kind != t.Kind || a.m.Unit != t.Unit && !inCents(*a.m, t) || hedged(*a.m) && !hedged(t) {
			continue // (a toll in euros may come out in cents a kilometre: t's value is in euros already)
		}
		for _, b := range src {
			bv := valueInUnit(*b.m, unit) // "385 000 tonnes" for "€7.5/kg"
			if b == a || bv == nil || bv.Sign() <= 0 || b.m.Kind != Quantity || b.m.Paragraph != a.m.Paragraph || hedged(*b.m) && !hedged(t) {
				continue
			}
			if q := new(big.Rat).Quo(av, bv); quotientFits(q, tv, t.Comparator) {
				return a.m.Raw + " over " + b.m.Raw
			}
		}
	}
	return ""
}

// valueInUnit is m's value in unit, converted within its metric family
// through inBase, or nil.
func valueInUnit(m Mention, unit string) *big.Rat {
	if m.Unit == unit {
		return m.Rat()
	}
	v, base := inBase(m)
	one, base2 := inBase(Mention{Kind: Quantity, Unit: unit, Value: "1"})
	if v == nil || one == nil || base == "" || base != base2 || one.Sign() == 0 {
		return nil
	}
	return v.Quo(v, one)
}

// toOne explains a summary ratio said "N to one" ("outsold artificial
// ones by more than five to one") as the quotient of two source figures
// of one kind and unit in a paragraph: 6,2 millions against 1,1 million.
func toOne(src []*atom, t Mention) string {
	n, one, ok := strings.Cut(t.Value, "-")
	if t.Kind != Score || !ok || one != "1" || !strings.Contains(strings.ToLower(t.Raw), "to one") {
		return ""
	}
	tv, okv := new(big.Rat).SetString(n)
	if !okv || tv.Sign() <= 0 {
		return ""
	}
	for _, a := range src {
		for _, b := range src {
			av, bv := a.m.Rat(), b.m.Rat()
			if a == b || av == nil || bv == nil || bv.Sign() <= 0 || !numeric(*a.m) || class(a.m.Kind) != class(b.m.Kind) || a.m.Unit != b.m.Unit ||
				a.m.Paragraph != b.m.Paragraph || isYearish(*a.m) || isYearish(*b.m) {
				continue
			}
			if q := new(big.Rat).Quo(av, bv); quotientFits(q, tv, t.Comparator) {
				return a.m.Raw + " to " + b.m.Raw
			}
		}
	}
	return ""
}

// pastMultiplier: "a triplé", "doubled": a change that led to the figure
// told with it ("a triplé en 2024, à 21 millions"), which a rounded
// product never comes from; "doublera" looks ahead from its figure.
func pastMultiplier(raw string) bool {
	w := strings.ToLower(raw)
	return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées") || strings.HasSuffix(w, "ed")
}

// restSaid: the bullet calls t what is left ("leaving", "the rest").
func restSaid(t Mention) bool {
	return slices.ContainsFunc(t.ctx, func(w string) bool { return restWords[w] })
}

// scoreSide: a bullet's points that are one side of a source score,
// "France beat Ireland 27-24 ... 12 of France's 27 points".
func scoreSide(src []*atom, t Mention) string {
	if t.Unit != "pts" && t.Unit != "pt" && t.Head != "points" || t.Comparator != CmpNone {
		return ""
	}
	var listed map[[2]int]int // scores per sentence, counted on first need
	for _, s := range src {
		if s.m.sides[0] != "" && s.m.rangeEnd != 0 && s.m.Value == t.Value {
			return "a side of the score " + s.m.Raw // "a battu l'Irlande 27-24", read end by end
		}
		if s.m.Kind != Score || s.m.style == "odds" {
			continue
		}
		if listed == nil {
			listed = scoresBySentence(src)
		}
		if listed[[2]int{s.m.Paragraph, s.m.Sentence}] >= 3 {
			continue // ("(25-21, 23-25, 25-19, 25-22)": the sets of a match; a set's points are no player's 25 points)
		}
		if a, b, ok := strings.Cut(s.m.Value, "-"); ok && (a == t.Value || b == t.Value) {
			return "a side of the score " + s.m.Raw
		}
	}
	return ""
}

// scoresBySentence counts the scores of each sentence (paragraph,
// sentence): three or more are the sets of a match listed.
func scoresBySentence(src []*atom) map[[2]int]int {
	out := map[[2]int]int{}
	for _, a := range src {
		if a.m.Kind == Score {
			out[[2]int{a.m.Paragraph, a.m.Sentence}]++
		}
	}
	return out
}

// ownSentenceFigure: a figure of f's sentence other than f, counted or
// measured, or nil.
func ownSentenceFigure(src []*atom, f *atom) *atom {
	for _, a := range src {
		if a != f && sameSentence(a, f) && numeric(*a.m) && !isYearish(*a.m) {
			return a
		}
	}
	return nil
}

// factorOfSentenceBefore: "un plan de 40 millions d'euros. La CFDT réclame
// un fonds deux fois plus important": a comparative factor whose own
// sentence gives nothing of t's kind takes the figure the sentence before
// gave ("€80 million").
func factorOfSentenceBefore(src []*atom, a, f *atom, t Mention) bool {
	if f.m.style != "factor" || a.m.Paragraph != f.m.Paragraph || a.m.Sentence != f.m.Sentence-1 {
		return false
	}
	for _, b := range src {
		if b != f && sameSentence(b, f) && class(b.m.Kind) == class(t.Kind) && b.m.Unit == t.Unit {
			return false
		}
	}
	return true
}

// multipleNouns name a multiple of a figure: "en réclamaient le double".
var multipleNouns = map[string]bool{"double": true, "triple": true, "quadruple": true}

// partOfMultiple: "500 euros, alors que les syndicats en réclamaient le
// double" summarised "€500, half of what unions demanded": a fraction
// that is the inverse of a factor said of a figure of its sentence.
func partOfMultiple(src []*atom, t Mention, tv *big.Rat) string {
	for _, f := range src {
		k := f.m.Rat()
		if f.m.Kind != Multiplier || k == nil || k.Sign() <= 0 || hedged(*f.m) || new(big.Rat).Mul(tv, k).Cmp(big.NewRat(1, 1)) != 0 ||
			!multipleNouns[strings.ToLower(f.m.Raw)] || !slices.Contains(t.ctx, "what") {
			continue // ("a doublé" tells a change: "half" of it is no part of a demand)
		}
		if a := ownSentenceFigure(src, f); a != nil {
			return a.m.Raw + " as the part of " + f.m.Raw
		}
	}
	return ""
}
