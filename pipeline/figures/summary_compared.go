package figures

import "strings"

// comparedOtherwise catches a bullet that sets a figure against the
// compared figure of another one: "the Greens rose to 41 seats from 6"
// where the source says "Le Parti vert obtient 14 sièges, contre 6" and
// 41 are another party's seats. The bullet's "from" figure is the
// source's "contre" figure, and the source compares it with a figure of
// its own sentence that is not the bullet's (M4).
func (r *check) comparedOtherwise(src []*atom, line []*atom) {
	for k := 0; k+1 < len(line); k++ {
		t, u := line[k], line[k+1]
		r.priorOtherwise(src, t, u)
		if t.pair == nil || u.pair == nil || !u.pair.m.prior || r.hasError(t) || t.m.End > u.m.Start {
			continue
		}
		if between := strings.TrimSpace(r.text[t.m.End:u.m.Start]); between != "from" && !strings.HasSuffix(between, " from") || strings.ContainsAny(between, ",;:") {
			continue // "rose to 41 seats from 6" ("with 61 in all; ERC fell from 33 seats to 20": another clause's change)
		}
		if sameSentence(t.pair, u.pair) || class(t.m.Kind) != class(u.m.Kind) || t.m.Unit != u.m.Unit {
			continue
		}
		if o := comparedWith(src, u.pair); o != nil && o.m.Value != t.m.Value && o != t.pair {
			r.add(t.pair, t, verdict{true, "attribution", Error, "M4",
				"the source compares " + u.pair.m.Raw + " with " + o.m.Raw + ", not with this figure"})
		}
	}
}

// comparedWith is the figure of p's sentence that p, a "contre" figure,
// is compared with: the nearest one before it of its class.
func comparedWith(src []*atom, p *atom) *atom {
	var best *atom
	for _, o := range src {
		if o != p && sameSentence(o, p) && o.m.End <= p.m.Start && class(o.m.Kind) == class(p.m.Kind) && o.m.Unit == p.m.Unit && !o.m.prior {
			best = o
		}
	}
	return best
}

// priorOtherwise catches the other half: the bullet's compared figure u
// ("the RN qualified in 9 constituencies, against 3 two years ago")
// matches a figure of another source sentence (3 run-offs), while the
// source compares t's own figure with another one ("dans 9
// circonscriptions, contre 2 seulement il y a deux ans").
func (r *check) priorOtherwise(src []*atom, t, u *atom) {
	if t.pair == nil || u.pair == nil || !u.m.prior || u.pair.m.prior || t.m.prior || sameSentence(t.pair, u.pair) || t.m.End > u.m.Start ||
		class(t.m.Kind) != class(u.m.Kind) || t.m.Unit != u.m.Unit || strings.ContainsAny(r.text[t.m.End:u.m.Start], ";:") || r.hasError(u) {
		// (hasError, which reads every finding so far, last)
		return
	}
	for _, o := range src {
		if sameSentence(o, t.pair) && o.m.Start >= t.pair.m.End && o.m.prior && class(o.m.Kind) == class(u.m.Kind) && o.m.Unit == u.m.Unit {
			if o.m.Value != u.m.Value {
				r.add(o, u, verdict{true, "attribution", Error, "M4",
					"the source compares " + t.pair.m.Raw + " with " + o.m.Raw + ", not with this figure"})
			}
			return
		}
	}
}
