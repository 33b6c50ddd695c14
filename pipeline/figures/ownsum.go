package figures

import (
	"math/big"
	"strings"
)

// ownSum checks a total a bullet gives right after its own list of
// figures, "€22m, €18m and €12m, €48m combined": the list says what it
// adds up, so a source figure that happens to equal it (the €48m of the
// sales) does not explain it. ok is false when the line does not have
// that shape.
func (r *check) ownSum(src []*atom, t *atom) (v verdict, ok bool) {
	if !t.m.totalSaid || t.m.Start > len(r.text) || t.m.Kind != Money && t.m.Kind != Quantity {
		return verdict{}, false
	}
	sum, raws := r.termsBefore(t, func(u *atom) string { return "" }, map[string]bool{",": true, "—": true, ":": true, "–": true}, func(u *atom) bool {
		return u.m.Kind == t.m.Kind && u.m.Unit == t.m.Unit && sourceGives(src, *u.m)
	})
	if len(raws) < 2 {
		return verdict{}, false
	}
	tv := t.m.Rat()
	if tv != nil && (sum.Cmp(tv) == 0 || hedgedRound(*t.m, sum, tv)) {
		return verdict{true, "derived", Info, "N20", "is derived from the source: the sum of " + strings.Join(raws, ", ")}, true
	}
	return verdict{true, "modified", Error, "N20", "is not the sum of the bullet's own figures " + strings.Join(raws, ", ")}, true
}

// termsBefore walks back from t over the bullet's figures that keep
// accepts, joined by ",", "and" (and to t by one of lastGaps), the
// words skip gives for a term read past it: their sum and their raws,
// first to last.
func (r *check) termsBefore(t *atom, skip func(u *atom) string, lastGaps map[string]bool, keep func(u *atom) bool) (*big.Rat, []string) {
	var list []*atom
	for u, next := r.figureBefore(t), t; u != nil; u, next = r.figureBefore(u), u {
		gap := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r.text[min(u.m.End, next.m.Start):next.m.Start]), skip(u)))
		joined := gap == "," || gap == "and" || gap == ", and" || next == t && lastGaps[gap]
		if !joined || u.m.Rat() == nil || !keep(u) {
			break
		}
		list = append(list, u)
	}
	sum, raws := new(big.Rat), make([]string, 0, len(list))
	for k := len(list) - 1; k >= 0; k-- {
		sum.Add(sum, list[k].m.Rat())
		raws = append(raws, list[k].m.Raw)
	}
	return sum, raws
}
