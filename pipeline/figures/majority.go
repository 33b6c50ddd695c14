package figures

// majorityRules reads "la règle du 50 plus un", "50 plus one": half the
// votes and one more, a percent whether or not its sign is written, as
// "the 50% plus one rule" writes it.
func (p *parser) majorityRules(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Cardinal || m.Value != "50" || m.Word {
			continue
		}
		j := p.tokenAfter(m.End)
		if p.words(j, "plus", "un") || p.words(j, "plus", "one") || p.sym(j) == "+" && p.num(j+1) != nil && p.toks[j+1].text == "1" {
			m.Kind, m.Unit = Percent, "%"
		}
	}
}
