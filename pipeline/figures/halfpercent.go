package figures

// frHalfPercent reads "un demi pour cent", "au demi pour cent près", "un
// demi p. 100": half a percent, which English writes "half a per cent",
// "the nearest half per cent". Read alone, "demi" is no figure, and "p.
// 100" would be a hundred.
func (p *parser) frHalfPercent(i int) (*Mention, int) {
	if p.lang != French {
		return nil, 0
	}
	k := boolInt(p.word(i) == "un")
	if p.word(i+k) != "demi" {
		return nil, 0
	}
	n := p.frPercentLen(i + k + 1)
	if n == 0 {
		return nil, 0
	}
	return &Mention{Kind: Percent, Value: "0.5", Unit: "%", Word: true}, k + 1 + n
}

// frPercentLen is the length in tokens of the French percent sign or
// phrase at j ("%", "pour-cent", "pour cent", "p. 100"), or 0.
func (p *parser) frPercentLen(j int) int {
	switch {
	case p.sym(j) == "%" || p.word(j) == "pour-cent":
		return 1
	case p.words(j, "pour", "cent"):
		return 2
	case p.word(j) == "p" && p.sym(j+1) == "." && p.num(j+2) != nil && p.toks[j+2].text == "100":
		return 3
	}
	return 0
}
