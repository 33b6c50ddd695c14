package figures

import "strings"

// ownPercentFrom reads a percent change told between a level of the
// bullet and the level it came "from" right after it: "12 million users,
// up 50% from 8 million". Both levels are the source's, so the percent
// is theirs: derived when it fits. One that does not fit is left to the
// usual checks, which may still find it in the source.
func (r *check) ownPercentFrom(src []*atom, t *atom) (verdict, bool) {
	if t.m.Kind != Percent || t.m.dir == 0 || t.m.End > len(r.text) {
		return verdict{}, false
	}
	to, from := r.figureBefore(t), r.figureAfter(t)
	for to != nil && (to.m.Kind == Date || to.m.Kind == Year) {
		to = r.figureBefore(to) // "12 million users at the end of June, up 50% from 8 million"
	}
	if to == nil || from == nil || from.m.Start > len(r.text) || to.m.End > t.m.Start || class(to.m.Kind) != class(from.m.Kind) || to.m.Unit != from.m.Unit ||
		to.m.Kind == Percent || isYearish(*to.m) || isYearish(*from.m) {
		return verdict{}, false
	}
	if strings.ToLower(strings.TrimSpace(r.text[t.m.End:from.m.Start])) != "from" {
		return verdict{}, false
	}
	if between := r.text[to.m.End:t.m.Start]; len(between) > 80 || strings.ContainsAny(between, ";.") {
		return verdict{}, false
	}
	f, tv := from.m.Rat(), t.m.Rat()
	if f == nil || to.m.Rat() == nil || tv == nil || f.Sign() <= 0 || !sourceGives(src, *from.m) || !sourceGives(src, *to.m) {
		return verdict{}, false
	}
	if changeFits(*to.m, *from.m, *t.m, tv) {
		return verdict{true, "derived", Info, "N20", "is derived from the source: the change from " + from.m.Raw + " to " + to.m.Raw}, true
	}
	return verdict{}, false
}
