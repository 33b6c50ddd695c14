package figures

// changeBases reads the period a rate of change is counted over, said
// after it in its clause: "de 0,3 % en mars sur un mois et de 2,1 % sur
// un an", "0.3% month-on-month and 2.1% year-on-year". Two rates that
// trade their periods are two errors a value check cannot see.
func (p *parser) changeBases(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Percent && m.Kind != PercentPoint {
			continue
		}
		j := p.tokenAfter(m.End)
		for n := 0; n < 6 && j+n < len(p.toks); n++ {
			i := j + n
			if p.num(i) != nil || p.sym(i) == ";" || p.sym(i) == "." || p.sym(i) == "," && n > 0 || p.word(i) == "et" || p.word(i) == "and" {
				break
			}
			if b := p.basisAt(i); b != 0 {
				m.basis = b
				break
			}
		}
	}
}

// basisAt is the period of the phrase at i, 1 or 12 months, or 0.
func (p *parser) basisAt(i int) int8 {
	if p.lang == French {
		switch {
		case p.words(i, "sur", "un", "mois"), p.words(i, "en", "rythme", "mensuel"), p.words(i, "en", "variation", "mensuelle"), p.words(i, "sur", "le", "mois"):
			return 1
		case p.words(i, "sur", "un", "an"), p.words(i, "sur", "douze", "mois"), p.words(i, "sur", "l'", "année"), p.words(i, "en", "glissement", "annuel"), p.words(i, "en", "rythme", "annuel"):
			return 12
		case p.word(i) == "sur" && p.num(i+1) != nil && p.toks[i+1].text == "12" && p.word(i+2) == "mois":
			return 12
		}
		return 0
	}
	switch {
	case p.word(i) == "month-on-month", p.words(i, "month", "on", "month"), p.words(i, "on", "the", "month"), p.words(i, "from", "the", "previous", "month"):
		return 1
	case p.word(i) == "year-on-year", p.words(i, "year", "on", "year"), p.words(i, "on", "the", "year"), p.words(i, "over", "twelve", "months"), p.words(i, "from", "a", "year", "earlier"), p.words(i, "on", "a", "year", "earlier"):
		return 12
	case p.word(i) == "over" && p.num(i+1) != nil && p.toks[i+1].text == "12" && p.word(i+2) == "months":
		return 12
	}
	return 0
}

// basisCheck: a rate paired with one counted over another period,
// "0,3 % sur un mois" written "0.3% year-on-year".
func basisCheck(s, t Mention) verdict {
	if s.basis == 0 || t.basis == 0 || s.basis == t.basis {
		return verdict{}
	}
	return verdict{true, "modified", Error, "N18", "the rate is counted over another period (a month against a year)"}
}
