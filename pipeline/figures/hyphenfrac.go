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
func (p *parser) frHyphenFraction(i int) (Mention, int) {
	if p.lang != French {
		return Mention{}, 0
	}
	a, b, ok := strings.Cut(p.word(i), "-")
	if !ok {
		return Mention{}, 0
	}
	num, ok1 := p.atomValue(a)
	f, ok2 := frFraction[b]
	if !ok1 || !ok2 || num < 2 || f != [2]int64{1, 3} && f != [2]int64{1, 4} || num >= f[1] {
		return Mention{}, 0 // deux-tiers, trois-quarts only
	}
	return Mention{Kind: Fraction, Value: canonical(big.NewRat(num, f[1])), Word: true}, 1
}
