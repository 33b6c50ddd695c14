package figures

// outnumberVerbs set one count above another by the gap "by" gives:
// "closures outnumbered openings by 17".
var outnumberVerbs = map[string]bool{"outnumbered": true, "outnumber": true, "outnumbers": true,
	"exceeded": true, "exceed": true, "exceeds": true, "outstripped": true, "outstrip": true, "outstrips": true,
	"outweighed": true, "outweigh": true, "outweighs": true, "topped": true, "outpaced": true, "outsold": true}

// outnumberedTerms are the two nouns such a gap at i sets against each
// other, the subject before the verb and the object after it: the gap
// is a difference of their counts, as "17 more closures than openings"
// names both.
func (p *parser) outnumberedTerms(i int) []string {
	if p.lang != English || p.word(i-1) != "by" {
		return nil
	}
	for v := i - 2; v >= 1 && v >= i-16; v-- {
		if s := p.sym(v); s == "." || s == ";" || s == ":" || s == "," && v != i-2 {
			return nil // (", by 17" closes the sentence the verb opened)
		}
		if !outnumberVerbs[p.word(v)] {
			continue
		}
		var terms []string
		if w := p.clauseWord(v - 1); w != "" {
			terms = append(terms, w)
		}
		for k := v + 1; k < i-1 && !placeTimePreps[p.word(k)]; k++ {
			if w := p.clauseWord(k); w != "" { // ("openings in the first half": the object ends at "in")
				terms = append(terms, w)
			}
		}
		return terms
	}
	return nil
}

// placeTimePreps end an object: what follows says where or when.
var placeTimePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "over": true, "for": true, "last": true, "this": true}

// thanTerm is the noun a gap sets its own against after "than": "five
// more class closures than openings" names both counts it is the
// difference of.
func (p *parser) thanTerm(i int) []string {
	if p.lang != English || p.word(i) != "more" && p.word(i) != "fewer" && p.word(i) != "less" {
		return nil
	}
	for j := i + 1; j <= i+4; j++ {
		if p.toks[min(j, len(p.toks)-1)].kind != tWord {
			return nil
		}
		if p.word(j) == "than" {
			k := j + 1
			if w := p.word(k); w == "the" || w == "a" || w == "an" {
				k++
			}
			if w := p.clauseWord(min(k, len(p.toks)-1)); w != "" && k < len(p.toks) {
				return []string{w}
			}
			return nil
		}
	}
	return nil
}
