package figures

import (
	"math/big"
	"strings"
)

// A bullet may say one figure twice, the second time in another unit
// after ", or" ("977 MW, or nearly 1 GW"), or share a noun between a
// part and its whole ("686,000 of 953,000 remaining candidates").

// restatedOr: t follows the bullet's figure u after ", or" and gives
// u's quantity in another prefix of its unit, as its hedge allows.
func (r *check) restatedOr(t *atom) bool {
	u := r.figureBefore(t)
	if u == nil || t.m.Kind != Quantity || u.m.Kind != Quantity || u.m.Unit == t.m.Unit || !sameFamily(*u.m, *t.m) ||
		u.m.End > t.m.Start || t.m.Start > len(r.text) {
		return false
	}
	if gap := strings.TrimSpace(r.text[u.m.End:t.m.Start]); gap != ", or" && gap != "or" && gap != "(" {
		return false
	}
	um, x := inUnit(*u.m, t.m.Unit) // u in t's own unit: 977 MW is 0.977 GW
	tv := t.m.Rat()
	if um.Unit != t.m.Unit || x == nil || tv == nil {
		return false
	}
	return x.Cmp(tv) == 0 || hedgedRound(*t.m, x, tv)
}

// partOfWhole: o's value stands in t's bullet right before t, joined
// by "of": "686,000 of 953,000 candidates" says the noun of both.
func (r *check) partOfWhole(o, t *atom) bool {
	u := r.figureBefore(t)
	if u == nil || u.m.Value != o.m.Value || u.m.End > t.m.Start || t.m.Start > len(r.text) {
		return false
	}
	gap := strings.TrimSpace(r.text[u.m.End:t.m.Start])
	return gap == "of" || gap == "out of" || gap == "of the"
}

// fractionRestated: a share the bullet restates as an amount, "two-thirds
// of the sentence, or 12 years", where the amount is exactly that share
// of a source figure of its kind and unit (18 ans); an age is no term.
func (r *check) fractionRestated(src []*atom, t *atom) string {
	u := r.figureBefore(t)
	tv := t.m.Rat()
	if u == nil || u.m.Kind != Fraction || u.m.style == "change" || tv == nil || hedged(*t.m) || u.m.End > t.m.Start || t.m.Start > len(r.text) {
		return ""
	}
	gap := strings.TrimSpace(r.text[u.m.End:t.m.Start])
	if !strings.HasSuffix(gap, ", or") || len(gap) > 40 || strings.ContainsAny(gap[:len(gap)-4], ",;()") {
		return ""
	}
	fv := u.m.Rat()
	for _, a := range src {
		av := a.m.Rat()
		if av == nil || fv == nil || class(a.m.Kind) != class(t.m.Kind) || a.m.Unit != t.m.Unit || a.m.personAge || hedged(*a.m) || isYearish(*a.m) ||
			a.m.Head != t.m.Head && !sameHead(a.m.Head, t.m.Head) && (periodUnit[a.m.Head] == "" || periodUnit[a.m.Head] != periodUnit[t.m.Head]) {
			continue
		}
		if nearly(new(big.Rat).Mul(av, fv), tv) { // (a third is 0.333333333333)
			return u.m.Raw + " of " + a.m.Raw
		}
	}
	return ""
}
