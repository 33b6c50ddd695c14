package figures

import "strconv"

// eraOfYear explains a bullet's decade or century as the one a source
// year falls in: "construit en 1932" briefed "the 1930s structure",
// "datant de 1887" as "the 19th-century building". A summary may keep
// less precision than its source (N20); the year must lie inside.
func eraOfYear(src []*atom, t Mention) string {
	lo, hi := 0, 0
	switch {
	case t.Kind == Date && t.Date != nil && t.Date.Decade && t.Date.Year > 0 && t.Date.Qualifier == "":
		lo, hi = t.Date.Year, t.Date.Year+9
	case t.Kind == Ordinal && t.Head == "century":
		n, err := strconv.Atoi(t.Value)
		if err != nil || n < 1 || n > 21 {
			return ""
		}
		lo, hi = (n-1)*100+1, n*100
	default:
		return ""
	}
	for _, s := range src {
		if s.m.Date != nil && s.m.Date.Decade {
			continue
		}
		if y := yearOf(*s.m); y >= lo && y <= hi && (s.m.Kind == Year || s.m.Kind == Date || isYearish(*s.m)) {
			return s.m.Raw + " falls in " + t.Raw
		}
	}
	return ""
}
