package figures

import (
	"math/big"
	"strings"
)

// frHyphenFraction reads a French fraction written as one hyphenated
// word, "les trois-quarts de l'activité", "les deux-tiers des voix":
// the same fraction as "trois quarts" (N8), not the cardinal of its
// first part. Like any fraction word it is a soft figure unless it is a
// share of something ("les trois-quarts" of a rugby side are players).
func (p *parser) frHyphenFraction(i int) (*Mention, int) {
	if p.lang != French {
		return nil, 0
	}
	a, b, ok := strings.Cut(p.word(i), "-")
	if !ok {
		return nil, 0
	}
	num, ok1 := p.atomValue(a)
	den := hyphenDenominator(b)
	if a == "quatre" && strings.HasPrefix(b, "vingt") {
		den = 0 // "la quatre-vingtième foire": the eightieth, one ordinal
	}
	if !ok1 || den == 0 || num < 2 || num >= den {
		return nil, 0 // deux-tiers, trois-quarts, trois-dixièmes; "moitié" has no such form
	}
	return &Mention{Kind: Fraction, Value: canonical(big.NewRat(num, den)), Word: true}, 1
}

// hyphenDenominator is the denominator the second part of a hyphenated
// fraction names: tiers, quart(s), or an ordinal from cinquième(s) up
// ("trois-dixième" as Hansard writes it, "sept-centièmes"); 0 for none.
func hyphenDenominator(w string) int64 {
	if f, ok := frFraction[w]; ok && (f[1] == 3 || f[1] == 4) {
		return f[1]
	}
	if d := frOrdinals[strings.TrimSuffix(w, "s")]; d >= 5 && d <= 1000 {
		return d
	}
	return 0
}
