package figures

// frHalfPercent reads "un demi pour cent", "au demi pour cent près", "un
// demi p. 100": half a percent, which English writes "half a per cent",
// "the nearest half per cent". Read alone, "demi" is no figure, and "p.
// 100" would be a hundred.
func (p *parser) frHalfPercent(i int) (Mention, int) {
	if p.lang != French {
		return Mention{}, 0
	}
	k := boolInt(p.word(i) == "un")
	if p.word(i+k) != "demi" {
		return Mention{}, 0
	}
	j, n := i+k+1, 0
	switch {
	case p.words(j, "pour", "cent"):
		n = 2
	case p.word(j) == "pour-cent" || p.sym(j) == "%":
		n = 1
	case p.word(j) == "p" && p.sym(j+1) == "." && p.num(j+2) != nil && p.toks[j+2].text == "100":
		n = 3
	default:
		return Mention{}, 0
	}
	return Mention{Kind: Percent, Value: "0.5", Unit: "%", Word: true}, k + 1 + n
}

// frPercentAt: a French percent sign or phrase starts at j: "%", "pour
// cent", "pour-cent", "p. 100".
func (p *parser) frPercentAt(j int) bool {
	return p.sym(j) == "%" || p.words(j, "pour", "cent") || p.word(j) == "pour-cent" ||
		p.word(j) == "p" && p.sym(j+1) == "." && p.num(j+2) != nil && p.toks[j+2].text == "100"
}
