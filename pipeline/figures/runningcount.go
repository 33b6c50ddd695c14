package figures

// A count brought up to a new total, "un nouveau foyer ..., portant à 27
// le nombre de foyers", makes the newest one the 27th: an English "the
// 27th outbreak" says the same as "bringing the number to 27".

// runningCount: m is the total a count is brought to ("portant à 27",
// "porte à 12", "bringing the total to 27").
func (p *parser) runningCount(m Mention) bool {
	if class(m.Kind) != Cardinal || m.Unit != "" {
		return false
	}
	i := p.tokenAfter(m.Start)
	switch {
	case p.lang == French && p.word(i-1) == "à":
		return bringVerbs[p.word(i-2)]
	case p.lang == English && p.word(i-1) == "to":
		for j := i - 2; j >= 0 && j >= i-6; j-- {
			if bringWords[p.word(j)] {
				return true
			}
		}
	}
	return false
}

// nthOfCount: an ordinal said of the total a source count was brought
// to, or the other way round.
func nthOfCount(s, t Mention) bool {
	return s.Value == t.Value && (s.Kind == Ordinal && class(t.Kind) == Cardinal && t.tallyTo || t.Kind == Ordinal && class(s.Kind) == Cardinal && s.tallyTo)
}
