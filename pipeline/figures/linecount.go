package figures

import "math/big"

// Figures a bullet derives from the figures it lists itself: "The top
// three airports, Charles de Gaulle (70.3 million), Orly (33.1 million)
// and Nice (14.8 million), handled 118.2 million between them".

// listedParts are the other figures of t's bullet of t's kind and unit
// that the source gives.
func (r *check) listedParts(src []*atom, t *atom) []*atom {
	var out []*atom
	for _, u := range r.line {
		if u == t || u.m.Word || class(u.m.Kind) != class(t.m.Kind) || u.m.Unit != t.m.Unit || isYearish(*u.m) {
			continue // a spelled count ("to two buyers") counts something else
		}
		if s, _ := bestSource(src, *u.m); s != nil {
			out = append(out, u)
		}
	}
	return out
}

// lineTotal: t is the sum of three or more figures its bullet lists.
func (r *check) lineTotal(src []*atom, t *atom) bool {
	tv := t.m.Rat()
	parts := r.listedParts(src, t)
	if tv == nil || len(parts) < 3 {
		return false
	}
	sum := new(big.Rat)
	for _, u := range parts {
		v := u.m.Rat()
		if v == nil {
			return false
		}
		sum.Add(sum, v)
	}
	return sum.Cmp(tv) == 0 || hedgedRound(*t.m, sum, tv)
}

// listCount: a "top three" counts the figures of one kind its bullet
// lists from the source.
func (r *check) listCount(src []*atom, t *atom) bool {
	if t.m.style != "rankgroup" {
		return false
	}
	groups := map[[2]string]int{}
	for _, u := range r.line {
		if u == t || isYearish(*u.m) || !numeric(*u.m) {
			continue
		}
		if s, _ := bestSource(src, *u.m); s != nil {
			groups[[2]string{string(class(u.m.Kind)), u.m.Unit}]++
		}
	}
	for _, n := range groups {
		if itoa(n) == t.m.Value {
			return true
		}
	}
	return false
}
