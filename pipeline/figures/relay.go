package figures

// relayAt reads a relay or a repeated distance, "4 x 100 m", "4x400m",
// "4 × 100 mètres": the name of an event, compared literally, not a
// count of four and a length of 100 metres.
func (p *parser) relayAt(i int) (*Mention, int) {
	a := p.num(i)
	if a == nil || a.decimal || a.grouped || a.intLen > 2 {
		return nil, 0
	}
	j := i + 1
	if p.word(j) != "x" && p.sym(j) != "×" {
		return nil, 0
	}
	b := p.num(j + 1)
	if b == nil || b.decimal || b.intLen > 5 {
		return nil, 0
	}
	u, k := p.relayUnit(j + 2)
	if u == "" {
		return nil, 0
	}
	v := p.toks[i].text + "x" + p.toks[j+1].text + u
	return &Mention{Kind: Identifier, Value: v, style: "relay"}, 2 + 1 + k
}

// relayUnit reads the length unit of a relay: m, km, mètres, metres.
func (p *parser) relayUnit(j int) (string, int) {
	switch unitWords[p.word(j)] {
	case "m":
		return "M", 1
	case "km":
		return "KM", 1
	}
	return "", 0
}
