package figures

// monthCarried gives a day told with its weekday and no month the month
// of a full date earlier in its sentence: "le samedi 18 octobre sera un
// jour de travail remplaçant le vendredi 24" is Friday 24 October, which
// the English writes in full.
func (p *parser) monthCarried(out []Mention, m *Mention) {
	if m.Kind != Date || m.Date == nil || m.Date.Weekday == 0 || m.Date.Day == 0 || m.Date.Month != 0 || m.Date.Year != 0 {
		return
	}
	lo, _ := p.sentenceTokens(m.Start)
	for k := len(out) - 1; k >= 0; k-- {
		prev := out[k]
		if p.tokenAfter(prev.Start) < lo {
			return
		}
		if prev.Kind == Date && prev.Date != nil && prev.Date.Month != 0 && prev.Date.Day != 0 && prev.Date.Day < m.Date.Day && !prev.Date.Decade {
			d := *m.Date
			d.Month, d.Year = prev.Date.Month, prev.Date.Year
			m.Date = &d
			return
		}
	}
}
