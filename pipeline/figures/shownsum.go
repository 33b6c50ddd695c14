package figures

import (
	"math/big"
	"strings"
)

// A summary may show its arithmetic: "6 weeks × 4 days/week = 24 hearing
// days", "€4.2m − €1.3m = €2.9m". The result is derived when the two
// figures before the "=" give it by the sign between them; the two
// figures themselves are checked on their own.

// shownArithmetic: t follows "=" and the two figures before it, joined by
// an operator, make it.
func (r *check) shownArithmetic(t *atom) bool {
	var a, b *atom
	for k, u := range r.line {
		if u == t && k >= 2 {
			a, b = r.line[k-2], r.line[k-1]
		}
	}
	if a == nil || t.m.Start > len(r.text) || b.m.End > t.m.Start || a.m.End > b.m.Start {
		return false
	}
	if eq := strings.TrimSpace(r.text[b.m.End:t.m.Start]); !strings.HasSuffix(eq, "=") || len(strings.Fields(eq)) > 4 {
		return false // ("4 days/week = 24": the noun may come before the sign)
	}
	av, bv, tv := a.m.Rat(), b.m.Rat(), t.m.Rat()
	if av == nil || bv == nil || tv == nil {
		return false
	}
	var x *big.Rat
	switch op := shownOperator(r.text[a.m.End:b.m.Start]); {
	case op == "×":
		x = new(big.Rat).Mul(av, bv)
	case op == "+":
		x = new(big.Rat).Add(av, bv)
	case op == "−":
		x = new(big.Rat).Sub(av, bv)
	case op == "/" && bv.Sign() != 0:
		x = new(big.Rat).Quo(av, bv)
	default:
		return false
	}
	return x.Cmp(tv) == 0 || hedgedRound(*t.m, x, tv)
}

// shownOperator is the sign of a short gap between two figures, after
// the words that name the first ("6 weeks ×"), or "".
func shownOperator(gap string) string {
	fs := strings.Fields(gap)
	if len(fs) == 0 || len(fs) > 4 {
		return ""
	}
	switch fs[len(fs)-1] {
	case "×", "x", "*":
		return "×"
	case "+":
		return "+"
	case "-", "−", "–", "minus":
		return "−"
	case "/", "÷":
		return "/"
	}
	return ""
}
