package figures

import (
	"math/big"
	"slices"
	"strings"
)

// Figures a bullet derives from the figures it lists itself: "The top
// three airports, Charles de Gaulle (70.3 million), Orly (33.1 million)
// and Nice (14.8 million), handled 118.2 million between them".

// listedParts are the other figures of t's bullet of t's kind and unit
// that the source gives.
func (r *check) listedParts(src []*atom, t *atom) []*atom {
	var out []*atom
	for _, u := range r.line {
		if u == t || u.m.Word || class(u.m.Kind) != class(t.m.Kind) || u.m.Unit != t.m.Unit || isYearish(*u.m) {
			continue // a spelled count ("to two buyers") counts something else
		}
		if s, _ := bestSource(src, *u.m); s != nil {
			out = append(out, u)
		}
	}
	return out
}

// lineTotal: t is the sum of three or more figures its bullet lists.
func (r *check) lineTotal(src []*atom, t *atom) bool {
	tv := t.m.Rat()
	parts := r.listedParts(src, t)
	if tv == nil || len(parts) < 3 {
		return false
	}
	sum := new(big.Rat)
	for _, u := range parts {
		v := u.m.Rat()
		if v == nil {
			return false
		}
		sum.Add(sum, v)
	}
	return sum.Cmp(tv) == 0 || hedgedRound(*t.m, sum, tv)
}

// lineSplit: t is the sum of the two figures its bullet gives right
// after it, as its breakdown: "collects $170,000: $70,000 for gold plus a
// $100,000 bonus". Two figures may sum to anything, so only a total
// that shows its parts at once (after a colon, a dash or a bracket) is
// read so.
func (r *check) lineSplit(src []*atom, t *atom) bool {
	tv := t.m.Rat()
	var parts []*atom
	for _, u := range r.listedParts(src, t) {
		if u.m.Start >= t.m.End && len(parts) < 2 {
			parts = append(parts, u) // ("Greta Gerwig's $145 million film has taken $1.031 billion: $459 million ...": the two after it)
		}
	}
	if tv == nil || len(parts) != 2 || parts[1].m.Start < parts[0].m.End || parts[0].m.Start > len(r.text) {
		return false
	}
	gap := strings.TrimSpace(r.text[t.m.End:parts[0].m.Start])
	shown := gap != "" && strings.ContainsAny(gap[:1], ":(—–") && len(strings.Fields(gap)) <= 2
	// "sold 1,099,000 tickets in 2022-2023, 812,000 at Bastille and
	// 287,000 at the Palais Garnier": the parts after a comma, a few
	// words on, when the sum is exact to at least four digits
	after := strings.HasSuffix(gap, ",") && len(strings.Fields(gap)) <= 6 && !strings.ContainsAny(gap, ".;") && valueDigits(t.m.Value) >= 4
	if !shown && !after {
		return false
	}
	a, b := parts[0].m.Rat(), parts[1].m.Rat()
	return a != nil && b != nil && new(big.Rat).Add(a, b).Cmp(tv) == 0
}

// listCount: a "top three" counts the figures of one kind its bullet
// lists from the source; "the three blocs" or "all four regions" counts
// those its bullet or the bullet before lists ("Left 182 seats, centre
// 168, right 143" then "the three blocs hold 493 seats").
func (r *check) listCount(src []*atom, t *atom) string {
	lines := [][]*atom{r.line}
	switch {
	case t.m.style == "rankgroup":
	case enumCount(*t.m, r.textBefore(t)):
		lines = append(lines, r.lineBefore(t))
	default:
		return ""
	}
	for k, line := range lines {
		groups := map[[2]string]int{}
		for _, u := range line {
			if u == t || isYearish(*u.m) || !numeric(*u.m) || r.wholeOfList(u) {
				continue
			}
			if s, _ := bestSource(src, *u.m); s != nil {
				groups[[2]string{string(class(u.m.Kind)), u.m.Unit}]++
			}
		}
		for _, n := range groups {
			if itoa(n) == t.m.Value {
				return []string{"its bullet", "the bullet before"}[k]
			}
		}
	}
	return ""
}

// enumCount: a spelled count after "the", "both" or "all" that names the
// things it counts ("the three blocs", "all four regions"); before is
// its bullet's text before it.
func enumCount(m Mention, before string) bool {
	v := m.Rat()
	if m.Kind != Cardinal || !m.Word || v == nil || !v.IsInt() || v.Cmp(big.NewRat(2, 1)) < 0 || v.Cmp(big.NewRat(12, 1)) > 0 {
		return false
	}
	return m.det || before == "all" || strings.HasSuffix(before, " all")
}

// wholeOfList: the figure is the whole the list is counted out of
// ("182, 168 and 143, out of 577").
func (r *check) wholeOfList(u *atom) bool {
	before := r.textBefore(u)
	return strings.HasSuffix(before, "out of") || strings.HasSuffix(before, "total of")
}

// textBefore is the text of u's bullet before it, in lower case and
// trimmed: the words a bullet figure follows (nextWord reads after it).
func (r *check) textBefore(u *atom) string {
	line := r.bullets[u.m.Paragraph]
	return strings.ToLower(strings.TrimSpace(line[:min(u.m.Start, len(line))]))
}

// lineBefore is the summary's bullet before t's.
func (r *check) lineBefore(t *atom) []*atom {
	var out []*atom
	for _, u := range r.all {
		if u.m.Paragraph == t.m.Paragraph-1 {
			out = append(out, u)
		}
	}
	return out
}

// lineGap: a gap the bullet tells between two of its own figures ("a
// record 3.6 million, 500,000 more than the British (3.1 million)"), each
// of which is checked against the source in its turn.
func (r *check) lineGap(t *atom) bool {
	tv := t.m.Rat()
	if tv == nil || !numeric(*t.m) || !gapWord[r.nextWord(t)] {
		return false // "500,000 more than", "28 above"
	}
	for i, u := range r.line {
		for _, v := range r.line[i+1:] {
			uv, vv := u.m.Rat(), v.m.Rat()
			if u == t || v == t || uv == nil || vv == nil || !numeric(*u.m) || !numeric(*v.m) || class(u.m.Kind) != class(v.m.Kind) || u.m.Unit != v.m.Unit ||
				isYearish(*u.m) || isYearish(*v.m) || t.m.Unit != "" && t.m.Unit != u.m.Unit {
				continue
			}
			if d := new(big.Rat).Abs(new(big.Rat).Sub(uv, vv)); d.Cmp(tv) == 0 || hedgedRound(*t.m, d, tv) {
				return true
			}
		}
	}
	return false
}

// saidAsIs: a source figure of t's kind and value is said of t's own
// words, or (sameWay) changes the same way; no derivation from other
// figures needs to explain t.
func saidAsIs(src []*atom, t *atom, sameWay bool) bool {
	return slices.ContainsFunc(src, func(a *atom) bool {
		return a.m.Kind == t.m.Kind && a.m.Value == t.m.Value && (ctxSim(a.m.ctx, t.m.ctx) > 0 || ctxSim(a.m.clause(), t.m.clause()) > 0 || sameWay && ctxDir(*a.m) != 0 && ctxDir(*a.m) == ctxDir(*t.m) || sharedActor(*a.m, *t.m) ||
			a.m.Comparator == t.m.Comparator && (cmpFamily(a.m.Comparator) == "above" || cmpFamily(a.m.Comparator) == "below")) // ("sous la barre des 5 %": "below 5%", the same bound; a hedge says less)
	})
}

// otherGapBetween: a percentage u told after t has a gap of its own
// between them, "up 6%, with the share down 4 points to 33%": 33% is
// that gap's level, not t's.
func (r *check) otherGapBetween(t, u *atom) bool {
	return u.m.Start > t.m.Start && slices.ContainsFunc(r.line, func(w *atom) bool {
		return w != t && w != u && w.m.Start > t.m.End && w.m.End <= u.m.Start && (w.m.Kind == PercentPoint || w.m.Kind == Percent || countsPoints(*w.m))
	})
}

// pointsGap: a gap the bullet tells after one of its own percentages
// ("22% of the market, up four points in a year") that is the difference
// of that percentage and another of its source sentence ("22 %, contre
// 18 %"): derived when said in points, a unit error when said in percent
// ("up 4%"). Checked before the source's own "+4 %" of something else is
// taken for it.
func (r *check) pointsGap(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if tv == nil || t.m.Kind != PercentPoint && t.m.Kind != Percent && !countsPoints(*t.m) {
		return ""
	}
	if saidAsIs(src, t, true) {
		return "" // "la consommation n'augmente que de 0,1 %": said as it is, of its own words or its own way
	}
	if t.m.rangeEnd != 0 && slices.ContainsFunc(src, func(a *atom) bool {
		return a.m.rangeEnd != 0 && a.m.rangeEnd%2 == t.m.rangeEnd%2 && a.m.Value == t.m.Value && a.m.Kind == t.m.Kind
	}) {
		return "" // "to a range of 0 to 0.1%": the source's own range "entre 0 et 0,1 %" or "de 0 à 0,1 %", no gap
	}
	if r.endsSaidApart(src, t) {
		return ""
	}
	for _, u := range r.line {
		if u == t || u.m.Kind != Percent || r.otherGapBetween(t, u) {
			continue
		}
		for _, a := range src {
			if a.m.Kind != Percent || a.m.Value != u.m.Value {
				continue
			}
			for _, b := range src {
				if b == a || b.m.Kind != Percent || !sameSentence(a, b) || b.m.Rat() == nil || t.m.Kind == Percent && b.m.Value == t.m.Value || levelAndChange(*a.m, *b.m) {
					continue // "28 %, contre 14 %" briefed "28%, twice the 14%": the 14% is said
				}
				if d := new(big.Rat).Abs(new(big.Rat).Sub(a.m.Rat(), b.m.Rat())); d.Cmp(tv) == 0 || hedgedRound(*t.m, d, tv) {
					if t.m.Kind == Percent && slices.ContainsFunc(src, func(c *atom) bool { return c.m.Kind == Percent && c.m.Value == t.m.Value && sameSentence(c, a) }) {
						return "" // "45 %, contre 33 % pour la droite et 12 % pour le RN": the 12% is said as it is
					}
					if t.m.Kind == Percent {
						// "22% of the market, up 4%" for 22 % against 18 %
						return pointsNotPercent + "the difference of " + a.m.Raw + " and " + b.m.Raw + " is in percentage points, not percent"
					}
					if why := oppositeWhy(a, b); why != "" {
						return oppositeWays + why
					}
					return "difference of " + a.m.Raw + " and " + b.m.Raw + " in points"
				}
			}
		}
	}
	return ""
}

// endsSaidApart: t and the bullet's next figure are the two ends of one
// source range, "une hausse de 4 % à 6 %" briefed "by 4% to 6%", which
// English reads as a change and the level it led to.
func (r *check) endsSaidApart(src []*atom, t *atom) bool {
	if !spanAfter(r.text, t.m.End) {
		return false
	}
	var next *atom
	for _, u := range r.line {
		if u.m.Start > t.m.Start && (next == nil || u.m.Start < next.m.Start) {
			next = u
		}
	}
	if next == nil {
		return false
	}
	return slices.ContainsFunc(src, func(a *atom) bool {
		return a.m.rangeEnd%2 == 1 && a.m.Kind == t.m.Kind && a.m.Value == t.m.Value && slices.ContainsFunc(src, func(b *atom) bool {
			return b.m.Start == a.m.Start && b.m.End == a.m.End && b.m.rangeEnd == a.m.rangeEnd+1 && b.m.Kind == next.m.Kind && b.m.Value == next.m.Value
		})
	})
}

// lineProduct: a total the bullet works out from a count and an amount
// each that it gives itself, both from the source: "700,000 sold at €49
// each, roughly €34m in sales", "6,000 claims, avg €2,500 each (~€15m)".
func (r *check) lineProduct(src []*atom, t *atom) bool {
	tv := t.m.Rat()
	if tv == nil || t.m.Kind != Money && t.m.Kind != Quantity {
		return false
	}
	for _, each := range r.line {
		ev := each.m.Rat()
		if each == t || ev == nil || each.m.Kind != t.m.Kind || each.m.Unit != t.m.Unit || hedged(*each.m) {
			continue
		}
		if s1, _ := bestSource(src, *each.m); s1 == nil {
			continue
		}
		for _, count := range r.line {
			cv := count.m.Rat()
			if count == t || count == each || cv == nil || class(count.m.Kind) != Cardinal || count.m.Unit != "" || count.m.Word ||
				hedged(*count.m) || isYearish(*count.m) || cv.Cmp(big.NewRat(1, 1)) <= 0 {
				continue
			}
			if s2, _ := bestSource(src, *count.m); s2 == nil {
				continue
			}
			if x := new(big.Rat).Mul(ev, cv); x.Cmp(tv) == 0 || hedgedRound(*t.m, x, tv) {
				return true
			}
		}
		if hedged(*t.m) && sourceCountTimes(src, ev, tv, *t.m) {
			return true // "At an average €17 a seat, that is about €30m": the count of tickets from the source
		}
	}
	return false
}

// sourceCountTimes: a count the source gives, times the amount each the
// bullet shows, rounds to the bullet's hedged total.
func sourceCountTimes(src []*atom, ev, tv *big.Rat, t Mention) bool {
	for _, c := range src {
		cv := c.m.Rat()
		if cv == nil || class(c.m.Kind) != Cardinal || c.m.Unit != "" || c.m.Head == "" || hedged(*c.m) || isYearish(*c.m) || cv.Cmp(big.NewRat(1, 1)) <= 0 {
			continue
		}
		if hedgedRound(t, new(big.Rat).Mul(ev, cv), tv) {
			return true
		}
	}
	return false
}

// lineDerived explains t by the figures its own bullet gives (a gap, a
// total, a product, a count of them) or by a year the source counts from;
// the finding's words, or "".
func (r *check) lineDerived(src []*atom, t *atom) string {
	switch {
	case r.lineGap(t):
		return "is derived from the source: the gap between two figures its bullet gives"
	case r.lineTotal(src, t) || r.lineSplit(src, t):
		return "is derived from the source: the sum of the figures its bullet lists"
	case r.lineProduct(src, t):
		return "is derived from the source: a count times the amount each that its bullet gives"
	case r.shownArithmetic(t):
		return "is derived from the source: the sum its bullet shows"
	}
	if where := r.listCount(src, t); where != "" {
		return "counts the figures " + where + " lists"
	}
	if why := r.hedgeCarried(src, t); why != "" {
		return why
	}
	if o := r.yearOfRelative(src, *t.m); o != nil {
		return "is derived from the source: the year the source counts from " + o.m.Raw + " (a year earlier or later)"
	}
	if o := yearOfFullDate(src, *t.m); o != nil && r.yearNamesNoun(t) {
		return "is the year of the source's " + o.m.Raw
	}
	return ""
}

// yearNamesNoun: the bullet's year names its noun after an article or a
// possessive, "The 2024 filing season" (attributiveYear), or a named
// event, "the 2026 Top 14 final"; a year after
// "since", "from" or "in" says when, which a date of another event does
// not tell.
func (r *check) yearNamesNoun(t *atom) bool {
	w := r.prevWord(t)
	return (w == "the" || w == "this" || possessives[w]) && (attributiveYear(r.text, *t.m) || r.eventNamedAfter(t))
}

// eventNamedAfter: a capitalised name follows the bullet's year, "The
// 2026 Top 14 final": the year of a named event, as of a noun.
func (r *check) eventNamedAfter(t *atom) bool {
	if t.m.End >= len(r.text) || r.text[t.m.End] != ' ' {
		return false
	}
	return capitalWord(r.text[t.m.End+1:])
}

// yearOfFullDate: a bullet's year that a full date of the source writes,
// "The 2024 filing season opens on April 11" of "s'ouvre le jeudi 11
// avril 2024", where the date went to "April 11".
func yearOfFullDate(src []*atom, t Mention) *atom {
	if t.Kind != Year && !(isYearish(t) && t.Kind == Cardinal) {
		return nil
	}
	for _, s := range src {
		if d := s.m.Date; s.m.Kind == Date && d != nil && d.Day != 0 && d.Month != 0 && d.Year != 0 && !d.yearLent && d.Year == yearOf(t) {
			return s
		}
	}
	return nil
}

// hedgeCarried: t derives from a hedged source figure that its own
// bullet tells hedged too ("About 14,000 young people take up farming
// each year, 6,000 fewer than the number leaving", from *environ 14 000*
// and *20 000*): the reader is told the operand is approximate, so the
// derived figure does not pass an estimate off as exact (N20).
func (r *check) hedgeCarried(src []*atom, t *atom) string {
	if hedged(*t.m) || !gapWord[r.nextWord(t)] {
		return "" // a gap told as one: "6,000 fewer than"
	}
	for _, h := range r.line {
		s := h.pair
		if h == t || s == nil || cmpFamily(h.m.Comparator) != "approx" || cmpFamily(s.m.Comparator) != "approx" || s.m.Kind == Approx || s.m.Vague || h.m.Value != s.m.Value {
			continue
		}
		i := slices.Index(src, s)
		if i < 0 {
			continue
		}
		m, c := *s.m, *s
		m.Comparator, c.m = CmpNone, &m
		exact := slices.Clone(src)
		exact[i] = &c
		if why, a, b := derived(exact, *t.m); why != "" && (a != nil && a.m.Start == s.m.Start || b != nil && b.m.Start == s.m.Start) {
			return "is derived from the source: " + why + ", its bullet hedging " + h.m.Raw
		}
	}
	return ""
}

// sharedActor: a and t are said of one named actor, "Saint-Étienne
// continue de perdre des habitants, à un rythme de 0,3 % par an" and
// "Saint-Étienne is shrinking by 0.3% a year".
func sharedActor(a, t Mention) bool {
	return slices.ContainsFunc(a.actors(), func(x string) bool { return len(x) > 2 && slices.Contains(t.actors(), x) })
}
