package figures

import "strings"

// hyphenScale applies a scale word that opens an English compound
// adjective: "the 78-million-strong generation", "a 2 million-strong
// army", "a 3-billion-year-old rock". The number is the scaled one; a
// currency or a unit after the scale ("a 180-million-euro plan") is
// left to hyphenUnit, which reads the amount with its unit.
func (p *parser) hyphenScale(out *value, j int) bool {
	if p.lang != English {
		return false
	}
	k := j
	if p.sym(j) == "-" && p.glued(j) && p.glued(j+1) {
		k = j + 1
	}
	sc, rest, ok := strings.Cut(p.word(k), "-")
	if !ok && k > j {
		if e, isScale := p.scaleOf(sc); isScale && e >= 6 {
			out.v.Mul(out.v, pow10(e)) // "a $500-million loan"
			out.scale, out.n = sc, out.n+2
			return true
		}
	}
	if !ok || rest == "" {
		return false
	}
	e, ok := p.scaleOf(sc)
	if !ok && k == j && p.glued(j) {
		e, ok = abbrBeforeHyphen(sc, rest, p.moneyBefore(p.numberStart(j))) // "$2bn-a-quarter", "£250k-a-week", "€620m-revenue"
	}
	if !ok || e < 3 {
		return false
	}
	first, _, _ := strings.Cut(rest, "-")
	if currencyWords[first] != "" || unitWords[first] != "" {
		return false
	}
	out.v.Mul(out.v, pow10(e))
	out.scale, out.n = sc, out.n+k-j+1
	return true
}

// abbrBeforeHyphen reads a scale abbreviation glued to digits and joined
// to the words after it: "bn", "mn", "tn" always ("$2bn-a-quarter"),
// "m" and "k" only before a rate ("$5m-a-year") or after a currency
// sign ("the €620m-revenue unit"), as "a 100m-long ship" is metres.
func abbrBeforeHyphen(sc, rest string, money bool) (int, bool) {
	e, ok := enScaleAbbr[sc]
	if !ok || (sc == "m" || sc == "k" || sc == "b") && !money && !strings.HasPrefix(rest, "a-") && !strings.HasPrefix(rest, "per-") {
		return 0, false
	}
	return e, true
}

// moneyBefore: a currency is written right before the number at token
// i, "€620m-revenue", "US$5m-a-year" (currencyPrefix reads it).
func (p *parser) moneyBefore(i int) bool {
	if i < 1 {
		return false
	}
	c, _ := p.currencyPrefix(i - 1)
	return c != ""
}
