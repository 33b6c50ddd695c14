package figures

import (
	"math"
	"slices"
	"strings"
)

// monthsBetween explains a summary count of months as the time between
// two dates of the source: "de juin à novembre" briefed "roughly six
// months" (both months counted), "le 1er septembre 2026" and "le 3
// juillet 2027" as "just over ten months after"; the figure's hedge says
// which way the days round. A date without its year takes the other's,
// and a month before the first one falls in the next year.
func monthsBetween(src []*atom, t Mention) string {
	tv := t.Rat()
	if class(t.Kind) != Cardinal || t.Unit != "" || t.Head != "months" && t.Head != "month" || tv == nil || tv.Sign() <= 0 {
		return ""
	}
	n, _ := tv.Float64()
	var dates []*atom
	for _, a := range src {
		if d := dateOf(*a.m); d != nil && d.Month != 0 && !d.Decade && (d.Qualifier == "" || d.Day == 0) {
			dates = append(dates, a) // ("fin novembre": late in the month, read below)
		}
	}
	for i, a := range dates {
		for _, b := range dates[i+1:] {
			da, db := dateOf(*a.m), dateOf(*b.m)
			pa, pb := partOfMonth(da), partOfMonth(db)
			if da.Qualifier != "" || db.Qualifier != "" {
				pa, pb = dayBounds(pa, pb) // "de mai à fin novembre"
			}
			g, whole := monthGap(pa, pb)
			if g > 0 && monthsFit(g, n, whole, t.Comparator) {
				return "the months from " + a.m.Raw + " to " + b.m.Raw
			}
			if da, db := dateOf(*a.m), dateOf(*b.m); da.Year == db.Year && db.Month < da.Month || da.Year != 0 && db.Year != 0 && db.Year < da.Year || da.Year == 0 && db.Year == 0 && startTold(*b.m) {
				// "4,6 % en octobre, contre 6,7 % en septembre": the later
				// month told first, "in a month"; "a bouclé le 14 mars 2026
				// sa tournée, entamée le 12 septembre 2025"
				if g, whole := monthGap(db, da); monthsFit(g, n, whole, t.Comparator) {
					return "the months from " + b.m.Raw + " to " + a.m.Raw
				}
			}
		}
	}
	return ""
}

// startTold: the words of m say it is when something began, "une
// saison ouverte le 14 décembre": told after the end ("fermera le 14
// avril"), it is the earlier date, across the year's end if need be.
func startTold(m Mention) bool {
	return slices.ContainsFunc(m.ctx, func(w string) bool {
		for _, stem := range [...]string{"ouvert", "début", "commenc", "lancé", "lancée", "entam", "démarr"} {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		return false
	})
}

// monthGap is the time from a to b in months, days as thirtieths;
// whole: neither gives a day, so both months may be counted.
func monthGap(a, b *DateValue) (float64, bool) {
	ya, yb := a.Year, b.Year
	switch {
	case ya == 0 && yb == 0:
		ya, yb = 2001, 2001+boolInt(b.Month < a.Month)
	case ya == 0:
		ya = yb - boolInt(a.Month > b.Month)
	case yb == 0:
		yb = ya + boolInt(b.Month < a.Month)
	}
	g := float64((yb*12 + b.Month) - (ya*12 + a.Month))
	if a.Day != 0 && b.Day != 0 {
		g += float64(b.Day-a.Day) / 30
	}
	return g, a.Day == 0 && b.Day == 0
}

// monthsFit: g months is the n a bullet says, with its hedge.
func monthsFit(g, n float64, whole bool, c Comparator) bool {
	if whole && (g == n || g+1 == n) {
		return true
	}
	if fit, hedged := stepFits(g, n, 1, c); hedged {
		return fit || c == CmpApprox && whole && g+1 == n
	}
	return !whole && math.Abs(g-n) < 1.0/30
}

// stepFits: x is what a figure n hedged by c says, within one step of
// its unit: "more than five weeks" holds 35 to 41 days, "about three
// months" 2.5 to 3.5 months; hedged is false when c is no hedge.
func stepFits(x, n, step float64, c Comparator) (fit, hedged bool) {
	switch c {
	case CmpApprox:
		return math.Abs(x-n) <= step/2, true
	case CmpGT, CmpGE:
		return x >= n && x < n+step, true
	case CmpNearly, CmpLT, CmpLE:
		return x <= n && x > n-step, true
	}
	return false, false
}

// partOfMonth gives a month said with its part a day: "fin novembre"
// the 25th, "début mai" the 5th, "mi-juin" the 15th; d as it is else.
func partOfMonth(d *DateValue) *DateValue {
	day := map[string]int{"early": 5, "mid": 15, "late": 25}[d.Qualifier]
	if d.Day != 0 || day == 0 {
		return d
	}
	c := *d
	c.Day, c.Qualifier = day, ""
	return &c
}

// dayBounds: when one of two dates gives its day and the other only its
// month, the month runs from its first day as a start ("de mai à fin
// novembre") and to its end as an end.
func dayBounds(a, b *DateValue) (*DateValue, *DateValue) {
	if (a.Day == 0) == (b.Day == 0) {
		return a, b
	}
	if a.Day == 0 {
		c := *a
		c.Day = 1
		return &c, b
	}
	c := *b
	c.Day = 28
	return a, &c
}

// ownMonthGap: a count of months told as the gap of its bullet's own two
// dates, "to April 2026 from September 2025, a five-month delay": the
// dates say it, so another count is an error.
func (r *check) ownMonthGap(t *atom) (verdict, bool) {
	if class(t.m.Kind) != Cardinal || t.m.Head != "month" && t.m.Head != "months" || t.m.Comparator != CmpNone {
		return verdict{}, false
	}
	var dates []*atom
	for _, u := range r.line {
		if d := dateOf(*u.m); d != nil && d.Month != 0 && d.Year != 0 && d.Day == 0 && d.Qualifier == "" && !d.Decade {
			dates = append(dates, u)
		}
	}
	if len(dates) != 2 || !r.oneClause(t, dates[0]) || !r.oneClause(t, dates[1]) {
		return verdict{}, false // ("filed in June 2021 and authorised in November 2023; the firm has two months to appeal": another clause's months)
	}
	if why := monthsBetween(dates, *t.m); why != "" {
		return verdict{true, "derived", Info, "N20", "is derived from the source: " + why}, true
	}
	g, _ := monthGap(dateOf(*dates[0].m), dateOf(*dates[1].m))
	return verdict{true, "modified", Error, "N20", "does not fit the bullet's own dates " + dates[0].m.Raw + " and " + dates[1].m.Raw + ", " + itoa(int(math.Abs(g))) + " months apart"}, true
}

// oneClause: no semicolon or full stop stands between the bullet's
// figures a and b.
func (r *check) oneClause(a, b *atom) bool {
	lo, hi := min(a.m.End, b.m.End), max(a.m.Start, b.m.Start)
	if hi > len(r.text) {
		return false
	}
	if lo > hi {
		return true // one figure within the other: no text between
	}
	between := r.text[lo:hi]
	return !strings.Contains(between, ";") && !strings.Contains(between, ". ")
}
