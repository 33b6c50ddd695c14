package figures

// purposeAfter reads, past the words right after an amount, the noun of
// "pour le gazole" / "for diesel" that closes its clause: "paie 12 euros
// de plus qu'il y a un an pour le gazole, et 8 euros de plus pour
// l'essence" pays each amount for its fuel, whatever stands between
// (a year ago is no amount). It stops at punctuation, a conjunction or
// another figure of the amount's own kind.
func (p *parser) purposeAfter(j int, m *Mention, after []Mention) string {
	for end := j + 8; j < len(p.toks) && j < end; j++ {
		t := p.toks[j]
		if t.kind == tSym && t.low != "'" && t.low != "-" || ctxBreak[t.low] || p.subordinate(j) || sameKindAt(t.start, m, after) {
			return ""
		}
		if t.low != "pour" && t.low != "for" {
			continue
		}
		k := j + 1
		switch p.word(k) {
		case "le", "la", "l'", "les", "un", "une", "the", "a", "an":
			k++
		}
		if k < len(p.toks) && p.toks[k].kind == tWord && len(p.toks[k].low) > 2 && !ctxStop[p.toks[k].low] && !sameKindAt(p.toks[k].start, m, after) {
			return p.toks[k].low
		}
		return ""
	}
	return ""
}

// sameKindAt: a figure of m's kind starts at or spans byte offset at.
func sameKindAt(at int, m *Mention, after []Mention) bool {
	for _, o := range after {
		if o.Start > at {
			return false
		}
		if at < o.End && o.Kind == m.Kind {
			return true
		}
	}
	return false
}
