package figures

// A day of any month, "le 31 du mois", "le 15 de chaque mois", "du 2
// courant" (of this month), is a rank among the month's days: English
// writes it "the 31st of the month" (N13).

// monthDays turns a bare French day before "du mois" or "de chaque mois"
// into the ordinal it is.
func (p *parser) monthDays(ms []Mention) {
	if p.lang != French {
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.Kind != Cardinal || m.Word || m.Unit != "" || m.Scale != "" {
			continue
		}
		j := p.tokenAfter(m.End)
		if !p.words(j, "du", "mois") && !p.words(j, "de", "chaque", "mois") && !(p.word(j) == "courant" && p.word(p.tokenAfter(m.Start)-1) == "du") {
			continue
		}
		if d := atoiSafe(m.Value); d >= 1 && d <= 31 {
			m.Kind = Ordinal
		}
	}
}
