package figures

// yearParts marks the English "the first six months of 2014", "the last
// three months of the year": a half or a quarter of a year, which French
// names without a number ("au premier semestre 2014", "au dernier
// trimestre"). Such a count drops out when nothing pairs it (style
// fixed); paired, it is compared as any figure.
func (p *parser) yearParts(out []Mention) {
	if p.lang != English {
		return
	}
	for k := range out {
		m := &out[k]
		if m.Kind != Cardinal || m.Value != "6" && m.Value != "3" || m.style != "" {
			continue
		}
		i := p.tokenAfter(m.Start)
		if partRanks[p.word(i-1)] && p.word(i-2) == "the" && (p.word(i+1) == "months" || p.word(i+1) == "month") && p.word(i+2) == "of" {
			m.style = "fixed"
		}
	}
}

// partRanks say which half or quarter of a year.
var partRanks = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "last": true, "final": true}
