package figures

// trailingSource reads who gives a French figure from a "selon ..." or
// "d'après ..." that closes its clause after a comma, before any other
// figure: "Près de 300 000 personnes ont manifesté, selon le ministère,
// 1,3 million selon la CGT" gives the 300 000 to the ministry.
func (p *parser) trailingSource(m *Mention) string {
	if a := p.trailingReport(m); a != "" {
		return a
	}
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

// trailingReport reads the report verb that closes a French sentence
// after its figures, ", a indiqué dimanche la préfecture", ", précise le
// parquet": who gives every figure before it.
func (p *parser) trailingReport(m *Mention) string {
	_, hi := p.sentenceTokens(m.Start)
	for j := p.tokenAfter(m.End); j < hi; j++ {
		if p.sym(j) != "," {
			continue
		}
		k := j + 1
		if w := p.word(k); w == "a" || w == "ont" {
			k++
		}
		if !reportVerbs[p.word(k)] {
			continue
		}
		for n := k + 1; n < k+5 && n < hi; n++ {
			if a := p.attrAt(n); a != "" {
				return a
			}
			if p.toks[n].kind != tWord {
				break
			}
		}
	}
	return ""
}

// reportVerbs close a French sentence with who said it, inverted.
var reportVerbs = map[string]bool{"indiqué": true, "indique": true, "précisé": true, "précise": true, "annoncé": true, "annonce": true,
	"affirmé": true, "affirme": true, "déclaré": true, "déclare": true, "souligné": true, "souligne": true, "communiqué": true,
	"fait": true, "détaillé": true, "détaille": true, "rapporté": true, "rapporte": true, "ajouté": true, "ajoute": true, "estimé": true, "estime": true}
