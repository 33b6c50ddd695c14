package figures

import "math/big"

// moneyShareAt reads a share told in money on both sides: "$1 in every
// $3", "$1 out of every $5" and "un dollar sur chaque 3 $", "1 $ sur 5 $",
// "1 $ par tranche de dépenses de 5 $":
// a third, a fifth of the money, as "un dollar sur trois" is.
func (p *parser) moneyShareAt(i int) (*Mention, int) {
	a, n1 := p.moneyTerm(i)
	if n1 == 0 || p.scaledAt(i+n1) {
		return nil, 0
	}
	j := i + n1
	switch {
	case p.lang == English && p.words(j, "out", "of"):
		j += 2
	case p.lang == French && p.words(j, "par", "tranche", "de"):
		j += 3 // "1 $ par tranche de dépenses de 5 $": a dollar out of every five spent
		if p.num(j) == nil && p.word(j) != "" && p.word(j+1) == "de" {
			j += 2
		}
	case p.lang == English && (p.word(j) == "in" || p.word(j) == "of"),
		p.lang == French && p.word(j) == "sur":
		j++
	default:
		return nil, 0
	}
	if w := p.word(j); w == "every" || w == "each" || w == "chaque" {
		j++
	}
	b, n2 := p.moneyTerm(j)
	if n2 == 0 || b <= a || b > 1000 || p.scaledAt(j+n2) {
		return nil, 0
	}
	return &Mention{Kind: Fraction, Value: canonical(big.NewRat(a, b))}, j + n2 - i
}

// moneyTerm reads a small whole sum with its currency: "$1", "3 $", "€5",
// "un dollar", "one euro"; its value and tokens.
func (p *parser) moneyTerm(i int) (int64, int) {
	if w := p.word(i); (w == "un" || w == "une" || w == "one" || w == "a") && currencyWords[p.word(i+1)] != "" {
		return 1, 2
	}
	whole := func(k int) (int64, bool) {
		nb := p.num(k)
		if nb == nil || nb.decimal || nb.grouped || !nb.val.IsInt() || !nb.val.Num().IsInt64() {
			return 0, false
		}
		return nb.val.Num().Int64(), true
	}
	if currencyWords[p.sym(i)] != "" && p.glued(i+1) {
		if v, ok := whole(i + 1); ok {
			return v, 2 // "$3", "€5"
		}
	}
	if v, ok := whole(i); ok && (currencyWords[p.sym(i+1)] != "" || currencyWords[p.word(i+1)] != "") {
		return v, 2 // "3 $", "5 euros"
	}
	return 0, 0
}

// scaledAt: a scale word or a glued abbreviation at k multiplies the sum
// before it ("$5 of $20 million", "$20m"): no small sum.
func (p *parser) scaledAt(k int) bool {
	w := p.word(k)
	return frScale[w] > 0 || enScale[w] > 0 || p.glued(k) && (frScaleAbbr[w] > 0 || enScaleAbbr[w] > 0)
}
