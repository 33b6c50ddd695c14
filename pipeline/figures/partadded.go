package figures

import "strings"

// partAdded reports a part the source counts inside a whole ("186
// salariés, dont une quarantaine d'intérimaires") that the bullet adds
// on top of it: "186 people plus 40 temps" makes 226 of what the source
// says is 186 (M3).
func (r *check) partAdded(ts []*atom) {
	for k, t := range ts {
		s := t.pair
		if k == 0 || s == nil || !s.m.ofPrev || t.m.Start > len(r.text) {
			continue
		}
		before := strings.ToLower(strings.TrimSpace(r.text[:t.m.Start]))
		if !strings.HasSuffix(before, " plus") && !strings.HasSuffix(before, "in addition to") && !strings.HasSuffix(before, "and another") && !strings.HasSuffix(before, "on top of") {
			continue
		}
		u := ts[k-1]
		if u.pair == nil || !sameSentence(u, t) || !sameSentence(u.pair, s) || u.pair.m.Start > s.m.Start || class(u.m.Kind) != class(t.m.Kind) || u.m.Unit != t.m.Unit {
			continue
		}
		r.add(s, t, verdict{true, "attribution", Error, "M3", "the source counts " + s.m.Raw + " among its " + u.pair.m.Raw + "; the bullet adds it on top"})
	}
}
