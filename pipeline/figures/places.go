package figures

import "strings"

// Names next to a figure (a place, a company, a party): "À Orly, la
// moitié des vols ... un quart à Roissy". Names are written alike in
// both languages, so two figures of one sentence that traded their names
// ("half of Roissy's flights and a quarter of Orly's") swapped what they
// are said of, however the nouns around them were translated.

// nameWords reads the capitalised words in the figure's window, and the
// place a French or English sentence opens with before a comma ("À
// Orly,", "In Lyon,") when no figure comes before.
func (p *parser) nameWords(m *Mention) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	var out []string
	stop := func(j int) bool {
		t := p.toks[j]
		return t.kind == tNum || t.kind == tSym && t.low != "'" && t.low != "-" || ctxBreak[t.low]
	}
	add := func(j int) {
		if p.toks[j].kind == tWord && len(p.toks[j].low) > 2 && p.capital(j) && !p.sentenceInitial(j) {
			out = append(out, strings.TrimSuffix(strings.TrimSuffix(p.toks[j].low, "'s"), "’s"))
		}
	}
	for j := i1; j < len(p.toks) && j < i1+5 && !stop(j); j++ {
		add(j)
	}
	j := i0 - 1
	for ; j >= 0 && j >= i0-3 && !stop(j); j-- {
		add(j)
	}
	if j >= 0 && p.sym(j) == "," {
		lo, _ := p.sentenceTokens(m.Start)
		if opensWithPlace[p.word(lo)] && j-lo <= 3 && j > lo+1 {
			for k := lo + 1; k < j; k++ {
				add(k)
			}
		}
	}
	m.names = out
}

var opensWithPlace = map[string]bool{"à": true, "au": true, "en": true, "dans": true, "at": true, "in": true}

// namesCrossed: each English figure carries the name only the other's
// source figure carries.
func namesCrossed(s1, t1, s2, t2 Mention) bool {
	n1, n2 := only(s1.names, s2.names), only(s2.names, s1.names)
	if len(n1) == 0 || len(n2) == 0 {
		return false
	}
	return anyIn(n2, t1.names) && !anyIn(n1, t1.names) && anyIn(n1, t2.names) && !anyIn(n2, t2.names)
}

func only(a, b []string) []string {
	var out []string
	for _, w := range a {
		if !anyIn([]string{w}, b) {
			out = append(out, w)
		}
	}
	return out
}

func anyIn(ws, in []string) bool {
	for _, w := range ws {
		for _, v := range in {
			if w == v {
				return true
			}
		}
	}
	return false
}
