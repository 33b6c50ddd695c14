package figures

import (
	"slices"
	"strconv"
	"strings"
)

// aggregate judges a score a bullet gives "on aggregate" or "over two
// legs" (N19, N20): the sum of two legs of the source ("1-0" and "2-0"
// make "3-0 on aggregate") is derived; a score the source states as the
// aggregate ("3-0 au cumul") is supported; one leg given as the
// aggregate is an error. It reports whether it judged t.
func (r *check) aggregate(src []*atom, t *atom) bool {
	if t.m.Kind != Score || !aggregateCue(t.m.ctx) && !aggregateCue(t.m.clause()) || !r.saysAggregate(t) {
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

// saysAggregate: the cue is said of t itself, right after it ("3-2 on
// aggregate", "3-2 over two legs") or right before ("an aggregate 3-2"),
// not of another score of its clause ("3-2 on aggregate after a 1-1
// draw in the away leg": the 1-1 is a leg).
func (r *check) saysAggregate(t *atom) bool {
	if t.m.End > len(r.text) || t.m.Start > len(r.text) {
		return true
	}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' })
	}
	after, before := words(r.text[t.m.End:]), words(r.text[:t.m.Start])
	return aggregateCue(after[:min(3, len(after))]) || aggregateCue(before[max(0, len(before)-2):])
}

// aggregateCue: the words say a score is a total over legs.
func aggregateCue(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "aggregate", "legs", "cumul", "cumulé", "aller-retour", "confrontations", "ensemble": // "4-2 sur l'ensemble des deux matchs"
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

// reversedScore judges a bullet's score that the source writes the other
// way round. English puts the higher score first: "trailing 14-11" for
// "menées 11-14" is the source's score, as in a translation (a warning).
// Written lower first ("lost 2-3" for "s'est incliné 3-2"), or said of
// a side that leads ("Leading 12-10" for "menés 10-12"), it is not,
// unless the bullet names the side that lost it as the verb's subject.
func reversedScore(s, t Mention) verdict {
	a, b, ok := scoreParts(t.Value)
	if ok && a < b && t.result < 0 && t.sides[1] != "" && s.sides[0] != "" && !sameTeam(s.sides[0], t.sides[1]) {
		// "Lyon lost 1-2 away at Saint-Étienne" for "remporté 2-1 par les
		// Verts": the loser's goals first, after the loser named as
		// subject of its loss, when the source names the winner and it
		// is not that loser
		return verdict{true, "modified", Warning, "M2", "score order reversed: the losing side's score first"}
	}
	if !ok || a <= b || slices.ContainsFunc(t.ctx, func(w string) bool { return leadWords[w] }) {
		return verdict{}
	}
	return verdict{true, "modified", Warning, "M2", "score order reversed"}
}

var leadWords = map[string]bool{"leading": true, "led": true, "lead": true, "leads": true, "ahead": true}

// secondHalfScore: a bullet's score of a second half ("outscored Norway
// 19-15 in the second half"), the final score less the half-time one,
// either written with its side first: the final score, or nil.
func secondHalfScore(src []*atom, t Mention) *atom {
	a, b, ok := scoreParts(t.Value)
	if t.Kind != Score || !ok {
		return nil
	}
	for _, f := range src {
		x, y, ok1 := scoreParts(f.m.Value)
		if f.m.Kind != Score || !ok1 {
			continue
		}
		for _, h := range src {
			c, d, ok2 := scoreParts(h.m.Value)
			if h == f || h.m.Kind != Score || !ok2 {
				continue
			}
			if x-c == a && y-d == b || x-d == a && y-c == b || x-c == b && y-d == a || x-d == b && y-c == a {
				return f // (a bullet's score is never negative, so the half-time score fits inside the final)
			}
		}
	}
	return nil
}
