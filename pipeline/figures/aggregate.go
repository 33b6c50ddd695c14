package figures

import (
	"strconv"
	"strings"
)

// aggregate judges a score a bullet gives "on aggregate" or "over two
// legs" (N19, N20): the sum of two legs of the source ("1-0" and "2-0"
// make "3-0 on aggregate") is derived; a score the source states as the
// aggregate ("3-0 au cumul") is supported; one leg given as the
// aggregate is an error. It reports whether it judged t.
func (r *check) aggregate(src []*atom, t *atom) bool {
	if t.m.Kind != Score || !aggregateCue(t.m.ctx) && !aggregateCue(t.m.clause()) {
		return false
	}
	var legs []*atom
	for _, a := range src {
		if a.m.Kind != Score {
			continue
		}
		if a.m.Value == t.m.Value && aggregateCue(a.m.ctx) {
			return false // the source gives the aggregate: supported as usual
		}
		legs = append(legs, a)
	}
	if len(legs) < 2 {
		return false
	}
	for i, a := range legs {
		for _, b := range legs[i+1:] {
			if sumScore(a.m.Value, b.m.Value, false) == t.m.Value || sumScore(a.m.Value, b.m.Value, true) == t.m.Value {
				r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: aggregate of " + a.m.Raw + " and " + b.m.Raw})
				return true
			}
		}
	}
	a, b := legs[0], legs[1]
	r.add(a, t, verdict{true, "modified", Error, "N19", "the legs " + a.m.Raw + " and " + b.m.Raw + " make " + sumScore(a.m.Value, b.m.Value, false) + " on aggregate"})
	return true
}

// aggregateCue: the words say a score is a total over legs.
func aggregateCue(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "aggregate", "legs", "cumul", "cumulé", "aller-retour", "confrontations":
			return true
		}
	}
	return false
}

// sumScore adds two scores "a-b", the second read the other way round
// when flip (the return leg's home side first).
func sumScore(x, y string, flip bool) string {
	a, b, ok1 := scoreParts(x)
	c, d, ok2 := scoreParts(y)
	if !ok1 || !ok2 {
		return ""
	}
	if flip {
		c, d = d, c
	}
	return strconv.Itoa(a+c) + "-" + strconv.Itoa(b+d)
}

func scoreParts(v string) (int, int, bool) {
	l, h, ok := strings.Cut(v, "-")
	a, e1 := strconv.Atoi(l)
	b, e2 := strconv.Atoi(h)
	return a, b, ok && e1 == nil && e2 == nil
}
