package figures

import (
	"math"
)

// durationGap: a length of time that is the gap between two of the
// source's (N20): "à 9 min 18 s" and "6 min 17 s d'avance" put the third
// "about three minutes further back". A hedged figure may round the gap
// to its own unit; an exact one must equal it.
func durationGap(src []*atom, t Mention) string {
	tv, fam := duration(t)
	if t.Kind == Quantity && t.Unit == "s" {
		tv, fam = t.Rat(), "sec" // "beating the mark by about 1h 44m"
	}
	if tv == nil || fam != "sec" || class(t.Kind) != Cardinal && t.Unit != "s" {
		return ""
	}
	want, _ := tv.Float64()
	tol := 0.0
	if hedged(t) {
		tol = math.Max(want*0.05, float64(periodSize[t.Head])/2)
	}
	var lens []float64
	head := ""
	for _, a := range src {
		if a.m.Alt == "every" || a.m.style == "fixed" {
			head = a.m.Head
			continue // "chaque jour" says how often, "24 heures sur 24" how wholly: no length to subtract
		}
		if a.m.Kind == Quantity && a.m.Unit == "s" || clockLength(*a.m) != nil || class(a.m.Kind) == Cardinal && (periodUnit[a.m.Head] == "sec" || a.m.prior) {
			// ("98 jours ... contre 70": the compared figure counts days too)
			if v, f := durationOf(*a.m, head); v != nil && f == "sec" && !hedged(*a.m) {
				x, _ := v.Float64()
				lens = append(lens, x)
			}
		}
		head = a.m.Head
	}
	for i, a := range lens {
		for _, b := range lens[i+1:] {
			if d := math.Abs(a - b); d > 0 && math.Abs(d-want) <= tol && gapOnSide(t.Comparator, d, want) {
				return "the gap between two lengths of time of the source" // "de 1 h 10 à 50 minutes": 20 minutes saved
			}
		}
	}
	return ""
}

// gapOnSide: the true value d lies on the side of the bound want that
// its hedge says, "more than a day" for 33 hours, not "less than".
func gapOnSide(c Comparator, d, want float64) bool {
	side := boundSide(c)
	return side == 0 || side > 0 && d >= want || side < 0 && d <= want
}
