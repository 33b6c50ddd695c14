package figures

// A comparison often leaves the unit of its second figure unsaid when
// the first was written in words the check does not read as a figure:
// "une tonne de céréales environ, contre plus de quatre en Chine". The
// English makes it explicit ("more than four tons"): the same number in
// the unit the sentence already gave, not a cardinal turned quantity.

// carriedUnit returns the unit of measure named last before the
// compared French figure m in its sentence, or "".
func (p *parser) carriedUnit(m Mention) string {
	if p.lang != French || !m.prior || m.Unit != "" || m.Kind != Cardinal && m.Kind != Decimal || isYearish(m) {
		return ""
	}
	i := p.tokenAfter(m.Start)
	for j := i - 1; j >= 0 && j >= i-30; j-- {
		switch p.sym(j) {
		case ".", ";", ":", "!", "?":
			return ""
		}
		// whole words only: a lone "t" or "m" is an elision or a letter
		if w := p.word(j); len(w) > 2 && unitWords[w] != "" {
			return unitWords[w]
		}
	}
	return ""
}

// carriedMatch: a French figure whose unit the sentence carried over,
// written in English with that unit and the same value.
func carriedMatch(s, t Mention) bool {
	return s.carried != "" && t.Kind == Quantity && t.Unit == s.carried && s.Value == t.Value
}
