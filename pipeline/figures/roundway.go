package figures

// A rounding with a bound must round the way the bound says (N20):
// "more than €3bn" for 3,17 milliards, "nearly 3,000" for 2 960 and "up
// to 210km/h" for 207 km/h are true; "less than €3bn", "more than 3,000"
// for 2 960 and "up to 200km/h" for 207 km/h say the source's exact
// figure is on the wrong side of the round one.

// boundedWrongWay says why the rounded t's bound excludes the exact s,
// or "" when it holds (or the source is hedged itself).
func boundedWrongWay(s, t Mention) string {
	if s.Comparator != CmpNone && s.Comparator != CmpExact {
		return ""
	}
	sv, tv := s.Rat(), t.Rat()
	if a, fa := duration(s); a != nil {
		if b, fb := duration(t); b != nil && fa == fb {
			sv, tv = a, b // "13 jours" against "almost two weeks": 13 and 14 days
		}
	}
	if s.Kind == Quantity && t.Kind == Quantity && s.Unit != t.Unit && sameFamily(s, t) {
		_, tv = inUnit(t, s.Unit) // "nearly 5 cm" for 48 mm: 50 mm
	}
	if sv == nil || tv == nil {
		return ""
	}
	c := tv.Cmp(sv) // the round figure against the exact one
	switch t.Comparator {
	case CmpGT, CmpGE:
		if c > 0 {
			return "the source's " + s.Raw + " is below this bound, not above it"
		}
	case CmpLT, CmpLE, CmpNearly:
		if c < 0 {
			return "the source's " + s.Raw + " is above this bound, not below it"
		}
	}
	return ""
}
