package figures

import "strings"

// pointsBeside: an unhedged percent of a bullet that is the difference
// of two source rates, one of which the bullet gives beside it
// ("punctuality fell 5%, to 71%" for 76 % then 71 %), is a change in
// points told as percent (N5), even when it also happens to round some
// other source figure (a 4,5 % price rise): the bullet's own rate says
// which figures it speaks of.
func (r *check) pointsBeside(src []*atom, t *atom) string {
	if t.m.Kind != Percent || t.m.Comparator != CmpNone {
		return ""
	}
	why, a, b := derived(src, *t.m)
	rest, ok := strings.CutPrefix(why, pointsNotPercent)
	if !ok || a == nil || b == nil {
		return ""
	}
	for _, u := range r.line {
		if u != t && u.m.Kind == Percent && (u.m.Value == a.m.Value || u.m.Value == b.m.Value) {
			return rest
		}
	}
	return ""
}
