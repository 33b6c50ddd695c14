package figures

import (
	"math/big"
	"strings"
)

// pluralShare: a count above one before a plural ordinal word is a
// fraction even with no "de" or "of" after it: "à la majorité des trois
// cinquièmes", "il en détient les deux septièmes", "a two fifths
// majority". One before a singular ("un cinquième mandat") stays the
// ordinal, which is why nthAt asks for "de" there.
func pluralShare(num int64, w string) bool {
	return num > 1 && strings.HasSuffix(w, "s")
}

// distributive reads the French "par moitié", "par tiers", "par quart":
// renewed or paid a half, a third, a quarter at a time. The English says
// the share ("half of it is renewed", "a third at a time"), so it is that
// fraction; "de moitié" (by half) is read by fractionAt itself.
func (p *parser) distributive(i int) (*Mention, int) {
	if p.lang != French || p.word(i-1) != "par" {
		return nil, 0
	}
	f, ok := frFraction[p.word(i)]
	if !ok || p.word(i) == "quarts" {
		return nil, 0
	}
	return &Mention{Kind: Fraction, Value: canonical(big.NewRat(f[0], f[1])), Word: true}, 1
}

// smallFraction finds the fraction with a denominator up to a hundred
// whose canonical value is v (values are kept rounded, so 2/7 is
// 0.285714285714); 0, 0 when there is none.
func smallFraction(v string) (int64, int64) {
	for d := int64(2); d <= 100; d++ {
		for n := int64(1); n < d; n++ {
			if canonical(big.NewRat(n, d)) == v {
				return n, d
			}
		}
	}
	return 0, 0
}
