package figures

// periodRangeAt reads a span of time whose ends name units of their own,
// "between ten months and two years", "entre six mois et deux ans", "from
// eight months to three years": one range, both ends counted in the
// smaller unit (10 to 24 months), so that it compares with "de 10 à 24
// mois" end by end.
func (p *parser) periodRangeAt(i int) (*Mention, int) {
	sep := periodRangeSep(p.lang, p.word(i))
	if sep == "" {
		return nil, 0
	}
	lo, n1 := p.periodEnd(i + 1)
	if n1 == 0 || p.word(i+1+n1) != sep {
		return nil, 0
	}
	j := i + 1 + n1 + 1
	hi, n2 := p.periodEnd(j)
	if n2 == 0 {
		return nil, 0
	}
	u1, u2 := p.word(i+n1), p.word(j+n2-1)
	if periodUnit[u1] != periodUnit[u2] || periodSize[u1] == periodSize[u2] {
		return nil, 0 // (one unit twice is a range the range reader takes, or not)
	}
	unit, small := u1, periodSize[u1]
	if periodSize[u2] < small {
		unit, small = u2, periodSize[u2]
	}
	if periodSize[u1]%small != 0 || periodSize[u2]%small != 0 {
		return nil, 0
	}
	lo.Value, hi.Value = itoa(atoiSafe(lo.Value)*int(periodSize[u1]/small)), itoa(atoiSafe(hi.Value)*int(periodSize[u2]/small))
	lo.Head, hi.Head = unit, unit
	return &Mention{Kind: Range, Value: lo.Value + ".." + hi.Value, Parts: []Mention{*lo, *hi}, Head: unit, Word: lo.Word && hi.Word, style: p.word(i)}, 1 + n1 + 1 + n2
}

// periodRangeSep is the word that closes the first end of a span led by
// w: "between ... and", "from ... to", "entre ... et", "de ... à".
func periodRangeSep(lang Lang, w string) string {
	if lang == English {
		switch w {
		case "between":
			return "and"
		case "from":
			return "to"
		}
		return ""
	}
	switch w {
	case "entre":
		return "et"
	case "de":
		return "à"
	}
	return ""
}

// periodEnd reads a whole count and its unit of time at i, "ten months",
// "2 ans": the count, and the tokens taken with the unit.
func (p *parser) periodEnd(i int) (*Mention, int) {
	m, n := p.single(i)
	if n == 0 || m.Kind != Cardinal || m.Unit != "" || m.Scale != "" || m.Comparator != CmpNone || m.Vague || atoiSafe(m.Value) <= 0 || atoiSafe(m.Value) > 100000 || itoa(atoiSafe(m.Value)) != m.Value {
		return nil, 0
	}
	if w := p.word(i + n); periodSize[w] == 0 || periodUnit[w] == "" {
		return nil, 0
	}
	return m, n + 1
}
