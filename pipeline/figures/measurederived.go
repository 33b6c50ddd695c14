package figures

// derivedInUnit: why t, a measure, is a sum or difference of two source
// figures in its own unit, "beating the 1990 record by 13 mm" for 62 mm
// against 49 mm: no bare 13 of another fact ("la ligne 13") is meant.
func derivedInUnit(src []*atom, t Mention) string {
	if t.Unit == "" {
		return ""
	}
	if why, a, b := derived(src, t); why != "" && a != nil && b != nil && a.m.Unit == t.Unit && b.m.Unit == t.Unit {
		return why
	}
	return ""
}
