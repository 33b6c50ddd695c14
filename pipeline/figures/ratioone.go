package figures

// ratioToOneAt reads a French ratio told against one, "un ratio de huit à
// un", "dans un rapport de trois contre un": English writes it "8:1" or
// "eight to one", which reads as a pair. Only after a noun of ratio, as
// "huit à un" elsewhere may be a score or a span; a "quatre pour un"
// stays a count, as "four-to-one" reads.
func (p *parser) ratioToOneAt(i int) (Mention, int) {
	if m, k := p.digitsForOne(i); k > 0 {
		return m, k
	}
	if p.lang != French || !p.ratioNounBefore(i) {
		return Mention{}, 0
	}
	v, k := p.ratioTerm(i, true)
	if k == 0 || v < 2 || v > 1000 {
		return Mention{}, 0
	}
	if w := p.word(i + k); w != "à" && w != "contre" {
		return Mention{}, 0
	}
	if w := p.word(i + k + 1); w != "un" && w != "une" && p.tokText(i+k+1) != "1" {
		return Mention{}, 0
	}
	return Mention{Kind: Score, Value: itoa(int(v)) + "-1", style: "ratio"}, k + 2
}

// ratioNounBefore: a noun of ratio stands a few words before i, "un
// ratio de (près de) huit".
func (p *parser) ratioNounBefore(i int) bool {
	for j := i - 1; j >= i-4 && j >= 0; j-- {
		switch p.word(j) {
		case "ratio", "rapport", "proportion", "coefficient":
			return true
		case "":
			return false
		}
	}
	return false
}

// digitsForOne reads "3 pour 1", "1 pour 1": a count against one in
// digits, which English writes "three-to-one", "one-to-one". The "1"
// is the "un" of "quatre pour un", no figure of its own; "1 pour 1 000
// habitants" is a rate, and "1 pour 1 million" too.
func (p *parser) digitsForOne(i int) (Mention, int) {
	if p.lang != French || p.num(i) == nil || p.word(i+1) != "pour" || p.tokText(i+2) != "1" || p.glued(i+1) {
		return Mention{}, 0
	}
	v, k := p.ratioTerm(i, true)
	if k != 1 || v < 1 || v > 20 {
		return Mention{}, 0
	}
	if _, scale := p.scaleOf(p.word(i + 3)); scale || p.num(i+3) != nil || p.sym(i+3) == "%" || p.sym(i+3) == "," && p.num(i+4) != nil {
		return Mention{}, 0
	}
	if _, unit := p.unitAt(i + 3); unit > 0 {
		return Mention{}, 0
	}
	return Mention{Kind: Cardinal, Value: itoa(int(v))}, 3
}
