package figures

import "math/big"

// A bound on a multiple or a share said with an article (N9, N18): "plus
// du double", "plus que le double", "plus que doublé", "moins du tiers",
// "près du quart" are more than double, less than a third, nearly a
// quarter, as "more than doubled" and "less than a third" say it in
// English. The hedge lists take "plus de" before a figure; here "du" and
// "que" sit between them, the hedge was lost, a faithful "more than
// doubled" was an added hedge and a reversed "less than double" passed.

// shareHedges are the words that open such a bound.
var shareHedges = map[string]Comparator{"plus": CmpGT, "moins": CmpLT, "près": CmpNearly}

// shareNouns are the fractions read after "du": "plus du tiers".
var shareNouns = map[string][2]int64{"tiers": {1, 3}, "quart": {1, 4}}

// shareBoundAt reads the bound and the multiple or fraction after it.
func (p *parser) shareBoundAt(i int) (*Mention, int) {
	cmp, ok := shareHedges[p.word(i)]
	if !ok || p.lang != French || p.restrictive(i) {
		return nil, 0
	}
	k := 0
	switch w, nx := p.word(i+1), p.word(i+2); {
	case w == "du":
		k = 2
	case (w == "que" || w == "qu'") && (nx == "le" || nx == "la" || nx == "au"):
		k = 3 // "plus que le double", "plus que la moitié"
	case w == "que" && cmp != CmpNearly:
		k = 2 // "plus que doublé"
	default:
		return nil, 0
	}
	if f, ok := shareNouns[p.word(i+k)]; ok && p.word(i+k-1) == "du" && p.word(i+k+1) != "d'heure" {
		return &Mention{Kind: Fraction, Value: canonical(big.NewRat(f[0], f[1])), Word: true, Comparator: cmp}, k + 1
	}
	if v, ok := frOrdinals[p.word(i+k)]; ok && v >= 5 && v <= 100 && cmp != CmpNearly && p.word(i+k-1) == "du" && (p.word(i+k+1) == "de" || p.word(i+k+1) == "des" || p.word(i+k+1) == "d'") {
		// "moins du dixième de ce que" ("près du cinquième" may be a place)
		return &Mention{Kind: Fraction, Value: canonical(big.NewRat(1, v)), Word: true, Comparator: cmp}, k + 1
	}
	m, n := p.figure(i + k)
	if n == 0 || m.Kind != Multiplier && m.Kind != Fraction {
		return nil, 0 // "plus que le salaire de 3 000 euros": a comparison, no bound
	}
	m.Comparator = cmp
	return m, k + n
}

// restrictive: "ne ... plus que" is "only" ("il n'en reste plus que le
// quart"), no bound.
func (p *parser) restrictive(i int) bool {
	for j := i - 1; j >= i-4; j-- {
		if w := p.word(j); w == "ne" || w == "n'" {
			return true
		}
	}
	return false
}
