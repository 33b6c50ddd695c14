package figures

import (
	"math/big"
	"strings"
)

// ownRemainder checks a remainder a bullet tells after its own part and
// whole: "keeps 186 of the 274 staff, leaving 88 without a job". The two
// figures before it say what it is left of, so no other pair of the
// source may explain it (186 - 88 is no 98). ok is false when the line
// does not have that shape.
func (r *check) ownRemainder(src []*atom, t *atom) (v verdict, ok bool) {
	whole := r.figureBefore(t)
	if whole == nil || class(t.m.Kind) != Cardinal || t.m.Start > len(r.text) || whole.m.End > t.m.Start {
		return verdict{}, false
	}
	part := r.figureBefore(whole)
	if part == nil || part.m.End > whole.m.Start || class(part.m.Kind) != Cardinal || class(whole.m.Kind) != Cardinal || part.m.Unit != whole.m.Unit || whole.m.Unit != t.m.Unit {
		return verdict{}, false
	}
	if !ofWhole(r.text[part.m.End:whole.m.Start]) {
		return verdict{}, false
	}
	lead := r.text[whole.m.End:t.m.Start]
	if strings.Contains(lead, ";") || strings.Contains(lead, ". ") || len(lead) > 40 || !leavesRest(lead) {
		return verdict{}, false
	}
	a, w, tv := part.m.Rat(), whole.m.Rat(), t.m.Rat()
	if a == nil || w == nil || tv == nil || a.Cmp(w) >= 0 || !sourceGives(src, *part.m) || !sourceGives(src, *whole.m) {
		return verdict{}, false
	}
	rest := new(big.Rat).Sub(w, a)
	if rest.Cmp(tv) == 0 || hedgedRound(*t.m, rest, tv) {
		return verdict{true, "derived", Info, "N20", "is derived from the source: " + whole.m.Raw + " less " + part.m.Raw}, true
	}
	return verdict{true, "modified", Error, "N20", "is not what the bullet's own figures leave: " + whole.m.Raw + " less " + part.m.Raw + " is " + rest.RatString()}, true
}

// leavesRest: the words between a whole and the next figure say that
// figure is what the part leaves of it, "leaving", "the other".
func leavesRest(lead string) bool {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(lead, ",", " ")))
	for k, w := range ws {
		if w == "leaving" || w == "leaves" || w == "remaining" || w == "other" && k > 0 && ws[k-1] == "the" {
			return k >= len(ws)-2 // right before the figure: "leaving 88", "leaving just 88"
		}
	}
	return false
}
