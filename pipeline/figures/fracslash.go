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
func (p *parser) slashFraction(i int) (*Mention, int) {
	a, b := p.num(i), p.num(i+2)
	if a == nil || b == nil || p.sym(i+1) != "/" || !p.glued(i+1) || !p.glued(i+2) {
		return nil, 0
	}
	if p.glued(i) && p.toks[i-1].kind != tWord && p.sym(i-1) != "~" || p.glued(i+3) && p.toks[i+3].kind == tSym && p.sym(i+3) != "," && p.sym(i+3) != ")" {
		return nil, 0 // 12/1/3 or 1/3/2020: part of a date or a code
	}
	if p.lang == English && p.toks[i].text == "24" && p.toks[i+2].text == "7" {
		return &Mention{Kind: Identifier, Value: "24/7", style: "idiom"}, 3 // "runs 24/7": around the clock
	}
	if a.decimal || b.decimal || a.grouped || b.grouped || a.dotted || b.dotted || a.intLen > 1 || b.intLen > 2 {
		return nil, 0
	}
	n, d := a.val.Num().Int64(), b.val.Num().Int64()
	if p.lang == English && n == 1 && d >= 2 && a.val.IsInt() && b.val.IsInt() && p.glued(i+3) && ordinalSuffix(English, p.word(i+3)) {
		return &Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d))}, 4 // "1/25th of a percentage point"
	}
	if !a.val.IsInt() || !b.val.IsInt() || n < 1 || d < 2 || d > 10 || n >= d {
		return nil, 0
	}
	shareHedge := p.lang == English && (slashHedges[p.word(i-1)] || p.sym(i-1) == "~") // "nearly 1/4 French"
	if !partitives[p.word(i+3)] && !shareHedge || p.word(i+4) == "finale" || p.word(i+4) == "finales" {
		return nil, 0
	}
	return &Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d))}, 3
}

// slashHedges bound or round a share written in digits with no "of"
// after it: "nearly 1/4 French", "almost 1/3 online".
var slashHedges = map[string]bool{"nearly": true, "almost": true, "about": true, "around": true, "roughly": true,
	"some": true, "over": true, "under": true, "approximately": true, "barely": true}
