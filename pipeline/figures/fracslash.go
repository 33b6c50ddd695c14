package figures

import "math/big"

// A share written in digits, "1/3 of transport", "les 2/3 des députés",
// "3/4 of the residents", is the fraction a third, two thirds, three
// quarters said in words on the other side, not two counts. Only a
// proper fraction with a small denominator before "of" or "de" is one:
// seasons (2011/12), set scores (7/5, 4/6), dates (12/05, 1/3/2020) and
// the cup rounds "1/4 de finale" are not.

// partitives are the words after which a digit fraction takes its whole.
var partitives = map[string]bool{"of": true, "de": true, "des": true, "du": true, "d'": true}

// slashFraction reads a/b before a partitive word.
func (p *parser) slashFraction(i int) (Mention, int) {
	a, b := p.num(i), p.num(i+2)
	if a == nil || b == nil || p.sym(i+1) != "/" || !p.glued(i+1) || !p.glued(i+2) {
		return Mention{}, 0
	}
	if p.glued(i) && p.toks[i-1].kind != tWord || p.glued(i+3) && p.toks[i+3].kind == tSym && p.sym(i+3) != "," {
		return Mention{}, 0 // 12/1/3 or 1/3/2020: part of a date or a code
	}
	if a.decimal || b.decimal || a.grouped || b.grouped || a.dotted || b.dotted || a.intLen > 1 || b.intLen > 2 {
		return Mention{}, 0
	}
	n, d := a.val.Num().Int64(), b.val.Num().Int64()
	if !a.val.IsInt() || !b.val.IsInt() || n < 1 || d < 2 || d > 10 || n >= d {
		return Mention{}, 0
	}
	if !partitives[p.word(i+3)] || p.word(i+4) == "finale" || p.word(i+4) == "finales" {
		return Mention{}, 0
	}
	return Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d))}, 3
}
