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
	between := r.text[part.m.End:whole.m.Start]
	strict := ofWhole(between) // "186 of the 274 staff": a rest that does not fit is wrong
	if !strict && !oneStretch(between) {
		return verdict{}, false
	}
	if pv, wv := part.m.Rat(), whole.m.Rat(); !strict && pv != nil && wv != nil && pv.Cmp(wv) > 0 {
		part, whole = whole, part // "14 confirmed cases and four deaths, leaving ten"
	}
	lead := r.text[max(part.m.End, whole.m.End):t.m.Start]
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
	if !strict {
		return verdict{}, false // "3 dead and 40 injured, leaving 200 homeless" counts a third thing: only a rest that fits is read as one
	}
	return verdict{true, "modified", Error, "N20", "is not what the bullet's own figures leave: " + whole.m.Raw + " less " + part.m.Raw + " is " + rest.RatString()}, true
}

// oneStretch: the words between two figures of a bullet hold no break
// of sentence, so a rest told after them may be of the two: "14
// confirmed cases and four deaths", "816 candidates passed the maths
// CAPES for 1,035 posts".
func oneStretch(between string) bool {
	return len(between) < 80 && !strings.ContainsAny(between, ";.")
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
