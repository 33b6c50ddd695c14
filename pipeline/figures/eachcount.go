package figures

import (
	"math/big"
	"strings"
)

// eachCountTotal explains a bullet count as a source count said of each
// one of another, times that other: "8 emplacements vélos dans chacune
// de ses 15 rames" briefed "120 bike spaces across its 15 trains". The
// bullet shows the second count, so the product is what it means.
func (r *check) eachCountTotal(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if tv == nil || class(t.m.Kind) != Cardinal || t.m.Unit != "" || hedged(*t.m) && t.m.Comparator != CmpApprox {
		return ""
	}
	for k, a := range src {
		av := a.m.Rat()
		if av == nil || class(a.m.Kind) != Cardinal || a.m.Unit != "" || hedged(*a.m) || isYearish(*a.m) || k+1 >= len(src) || a.m.Paragraph >= len(r.source) {
			continue
		}
		n := src[k+1]
		nv := n.m.Rat()
		if nv == nil || !sameSentence(a, n) || class(n.m.Kind) != Cardinal || n.m.Unit != "" || hedged(*n.m) || !r.lineSays(n) {
			continue
		}
		text := r.source[a.m.Paragraph]
		if n.m.Start > len(text) || a.m.End > n.m.Start || n.m.Start-a.m.End > 60 || !strings.Contains(strings.ToLower(text[a.m.End:n.m.Start]), "chacun") {
			continue
		}
		if x := new(big.Rat).Mul(av, nv); x.Cmp(tv) == 0 || hedgedRound(*t.m, x, tv) {
			return a.m.Raw + " for each of " + n.m.Raw
		}
	}
	return ""
}
