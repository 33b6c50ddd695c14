package figures

import (
	"math/big"
	"strings"
)

// ownShareRest reads a percent told as what the bullet's own shares
// leave of the whole: "a 72% stake ...; the founders keep 18%, leaving
// 10% with managers". The shares before it are the source's, so the rest
// is theirs: derived when it makes 100 with them. One that does not is
// left to the usual checks.
func (r *check) ownShareRest(src []*atom, t *atom) (verdict, bool) {
	prev, tv := r.figureBefore(t), t.m.Rat()
	if t.m.Kind != Percent || t.m.dir != 0 || tv == nil || prev == nil || prev.m.End > t.m.Start || t.m.Start > len(r.text) {
		return verdict{}, false
	}
	if lead := r.text[prev.m.End:t.m.Start]; len(lead) > 40 || !leavesRest(lead) {
		return verdict{}, false
	}
	sum := new(big.Rat).Set(tv)
	var parts []string
	for _, u := range r.line {
		if u == t {
			break
		}
		if u.m.Kind != Percent || u.m.Sentence != t.m.Sentence {
			continue
		}
		v := u.m.Rat()
		if u.m.dir != 0 || v == nil || !sourceGives(src, *u.m) {
			return verdict{}, false // a change is no share of the whole
		}
		sum.Add(sum, v)
		parts = append(parts, u.m.Raw)
	}
	if len(parts) == 0 || sum.Cmp(big.NewRat(100, 1)) != 0 {
		return verdict{}, false
	}
	return verdict{true, "derived", Info, "N20", "is derived from the source: what " + strings.Join(parts, " and ") + " leave of the whole"}, true
}
