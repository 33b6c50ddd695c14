package figures

import "slices"

// Two people told apart by their ages only: "Le premier, un
// ex-lieutenant de 68 ans, a écopé de 40 ans de prison, tandis que son
// subordonné, âgé de 63 ans, a été condamné à 25 ans" briefed "The
// 68-year-old was given 25 years, while his 63-year-old subordinate
// received 40". No name marks who got what; the age each sentence gives
// before a figure does, so two figures that traded the ages before them
// are swapped (M3).

// ageTiedSwap reports the pairs of figures of a bullet line that sit
// after each other's ages.
func (r *check) ageTiedSwap(src, line []*atom) {
	if !slices.ContainsFunc(line, func(a *atom) bool { return a.m.personAge }) {
		return // (most bullets give no age: no table to build)
	}
	ages := make([]*atom, len(line)) // the age before each figure of the line, looked up once
	for k, t := range line {
		ages[k] = ageBefore(line, t)
	}
	for a := 0; a < len(line); a++ {
		for b := a + 1; b < len(line); b++ {
			t1, t2 := line[a], line[b]
			s1, s2 := t1.pair, t2.pair
			if s1 == nil || s2 == nil || s1 == s2 || t1.m.personAge || t2.m.personAge || s1.m.personAge || s2.m.personAge ||
				class(s1.m.Kind) != class(s2.m.Kind) || s1.m.Unit != s2.m.Unit || s1.m.Value == s2.m.Value || !numeric(*s1.m) {
				continue
			}
			g1, g2 := ages[a], ages[b]
			if g1 == nil || g2 == nil || g1 == g2 || g1.pair == nil || g2.pair == nil || g1.pair == g2.pair {
				continue
			}
			if ageBefore(src, s1) == g2.pair && ageBefore(src, s2) == g1.pair {
				r.add(s1, t1, verdict{true, "attribution", Error, "M3",
					"swapped with " + t2.m.Raw + ": the source gives " + s1.m.Raw + " to the person of " + g2.pair.m.Raw + " and " + s2.m.Raw + " to the person of " + g1.pair.m.Raw})
			}
		}
	}
}

// ageBefore is the last person's age before x in its sentence, nil if
// none.
func ageBefore(list []*atom, x *atom) *atom {
	return lastBefore(list, x, func(a *atom) bool { return a.m.personAge })
}

// lastBefore is the last figure of list before x in its sentence that
// keep accepts, nil if none.
func lastBefore(list []*atom, x *atom, keep func(*atom) bool) *atom {
	var got *atom
	for _, a := range list {
		if a != x && sameSentence(a, x) && a.m.Start < x.m.Start && (got == nil || a.m.Start > got.m.Start) && keep(a) {
			got = a
		}
	}
	return got
}
