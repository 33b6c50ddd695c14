package figures

// allScoreAt reads an English tie told "31-all" ("drew 31-all with
// Nantes"): the score 31-31 a French "(31-31)" gives.
func (p *parser) allScoreAt(i int) (Mention, int) {
	n := p.num(i)
	if p.lang != English || n == nil || n.decimal || n.grouped || n.intLen > 3 || p.sym(i+1) != "-" || !p.glued(i+1) || !p.glued(i+2) || p.word(i+2) != "all" {
		return Mention{}, 0
	}
	v := canonical(n.val)
	return Mention{Kind: Score, Value: v + "-" + v}, 3
}
