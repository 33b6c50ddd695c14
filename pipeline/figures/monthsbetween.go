package figures

import "math"

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
		if d := dateOf(*a.m); d != nil && d.Month != 0 && !d.Decade && d.Qualifier == "" {
			dates = append(dates, a)
		}
	}
	for i, a := range dates {
		for _, b := range dates[i+1:] {
			g, whole := monthGap(dateOf(*a.m), dateOf(*b.m))
			if g > 0 && monthsFit(g, n, whole, t.Comparator) {
				return "the months from " + a.m.Raw + " to " + b.m.Raw
			}
			if da, db := dateOf(*a.m), dateOf(*b.m); da.Year == db.Year && db.Month < da.Month || da.Year != 0 && db.Year != 0 && db.Year < da.Year {
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
	switch c {
	case CmpApprox:
		return math.Abs(g-n) <= 0.5 || whole && g+1 == n
	case CmpGT, CmpGE:
		return g >= n && g < n+1
	case CmpNearly, CmpLT, CmpLE:
		return g <= n && g > n-1
	}
	return !whole && math.Abs(g-n) < 1.0/30
}
