package figures

// trailingSource reads who gives a French figure from a "selon ..." or
// "d'après ..." that closes its clause after a comma, before any other
// figure: "Près de 300 000 personnes ont manifesté, selon le ministère,
// 1,3 million selon la CGT" gives the 300 000 to the ministry.
func (p *parser) trailingSource(m *Mention) string {
	for j := p.tokenAfter(m.End); j < len(p.toks) && j < p.tokenAfter(m.End)+25; j++ {
		if p.toks[j].kind == tNum || endMark(p.sym(j)) {
			return ""
		}
		k := j
		switch {
		case p.word(j) == "selon":
			k++
		case p.words(j, "d'", "après"):
			k += 2
		default:
			continue
		}
		if p.sym(j-1) != "," {
			return "" // "selon" inside the clause was read before
		}
		for ; k < j+5 && k < len(p.toks); k++ {
			if a := p.attrAt(k); a != "" {
				return a
			}
		}
		return ""
	}
	return ""
}
