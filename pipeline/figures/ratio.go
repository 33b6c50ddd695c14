package figures

import "math/big"

// ratioAt reads "un Français sur cinq", "deux sur trois", "1 sur 4",
// "one in five", "two out of three": a share, compared with a fraction
// or a percentage (one in five = a fifth = 20%).
func (p *parser) ratioAt(i int) (Mention, int) {
	n, k := p.ratioTerm(i, true)
	if k == 0 {
		return Mention{}, 0
	}
	for gap := 0; gap <= 2; gap++ {
		j := i + k + gap
		if gap > 0 && p.word(j-1) == "" {
			return Mention{}, 0 // only words between: "un Français sur cinq"
		}
		sep := 0
		switch {
		case p.lang == French && p.word(j) == "sur":
			sep = 1
		case p.lang == English && p.word(j) == "in":
			sep = 1
		case p.lang == English && p.words(j, "out", "of"):
			sep = 2
		}
		if sep == 0 {
			continue
		}
		d, k2 := p.ratioTerm(j+sep, false)
		if k2 == 0 || d <= n || d > 1000 || d < 2 {
			return Mention{}, 0
		}
		if after := p.word(j + sep + k2); periodUnit[after] != "" || unitWords[after] != "" || p.currencyAt(j+sep+k2) != "" {
			return Mention{}, 0 // "6 rebounds in 34 minutes": a count, then a length of time
		}
		return Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d)), Word: p.num(i) == nil}, j + sep + k2 - i
	}
	return Mention{}, 0
}

// ratioTerm reads a small whole number, spelled or in digits; "un",
// "une", "one" only as the first term.
func (p *parser) ratioTerm(i int, first bool) (int64, int) {
	if w := p.word(i); first && (w == "un" || w == "une" || w == "one") {
		return 1, 1
	}
	if nb := p.num(i); nb != nil && !nb.decimal && !nb.grouped && !nb.dotted && nb.intLen <= 3 {
		return nb.val.Num().Int64(), 1
	}
	if v, k := p.spelled(i); k > 0 && v.IsInt() {
		return v.Num().Int64(), k
	}
	return 0, 0
}
