package figures

import (
	"fmt"
	"strings"
)

// ownMultiple checks a multiple a bullet sets between its own figures,
// "Organic share at 42%, less than twice the 20% legal minimum": the two
// figures around it, both the source's, say what it compares, so no
// other pair of the source may explain it. ok is false when the line
// does not have that shape.
func (r *check) ownMultiple(src []*atom, t *atom) (v verdict, ok bool) {
	prev, next := r.figureBefore(t), r.figureAfter(t)
	if t.m.Kind != Multiplier || prev == nil || next == nil || !sourceGives(src, *prev.m) || !sourceGives(src, *next.m) ||
		class(prev.m.Kind) != class(next.m.Kind) || prev.m.Unit != next.m.Unit || prev.m.End > t.m.Start || t.m.End > next.m.Start || next.m.Start > len(r.text) {
		return verdict{}, false
	}
	before := strings.TrimSpace(r.text[prev.m.End:t.m.Start])
	after := strings.TrimSpace(r.text[t.m.End:next.m.Start])
	if before != "," && before != "—" && before != "–" || after != "the" && after != "" {
		return verdict{}, false
	}
	a, b, x := prev.m.Rat(), next.m.Rat(), t.m.Rat()
	if a == nil || b == nil || x == nil || b.Sign() == 0 {
		return verdict{}, false
	}
	fa, _ := a.Float64()
	fb, _ := b.Float64()
	fx, _ := x.Float64()
	if multipleFits(fa/fb, fx, lastDigitStep(t.m.Value), t.m.Comparator) {
		return verdict{true, "derived", Info, "N20", "is derived from the source: ratio of " + prev.m.Raw + " to " + next.m.Raw}, true
	}
	return verdict{true, "modified", Error, "N20", fmt.Sprintf("does not fit the bullet's own figures: %s is %.2f times %s", prev.m.Raw, fa/fb, next.m.Raw)}, true
}

// sourceGives: a source figure says m's fact as it stands.
func sourceGives(src []*atom, m Mention) bool {
	s, v := bestSource(src, m)
	return s != nil && v.ok
}
