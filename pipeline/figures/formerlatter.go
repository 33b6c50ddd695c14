package figures

// "Brest compte 139 926 habitants et Quimper 63 283. En dix ans, la
// première a gagné 0,9 % d'habitants, la seconde 2,1 %": "la première"
// and "la seconde" stand for the names the sentence before lists, in
// order (the former, the latter). Their figures take those names, and
// the pronouns themselves are no ranks.

// formerLatter gives the figures after a French "la première" / "la
// seconde" the first or second name of the sentence before.
func (p *parser) formerLatter(ms []Mention) {
	if p.lang != French {
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.Kind != Ordinal || m.Head != "" || m.Value != "1" && m.Value != "2" || !pronounOrdinal[p.word(p.tokenAfter(m.Start))] {
			continue
		}
		if a := p.word(p.tokenAfter(m.Start) - 1); a != "la" && a != "le" {
			continue
		}
		listed := namesBefore(ms, m.Sentence-1)
		if len(listed) < 2 {
			continue
		}
		name := listed[0]
		if m.Value == "2" {
			name = listed[1]
		}
		m.style = "fixed" // a pronoun, no rank: dropped unless paired
		for j := k + 1; j < len(ms) && ms[j].Sentence == m.Sentence; j++ {
			if ms[j].Kind == Ordinal && pronounOrdinal[p.word(p.tokenAfter(ms[j].Start))] {
				break // the next pronoun takes the figures after it
			}
			if len(ms[j].names) == 0 {
				ms[j].names = []string{name}
			}
			if ms[j].owner == "" {
				ms[j].owner = name // whose the figure is, as "la population de Brest" says
			}
		}
	}
}

// pronounOrdinal are the French ordinals that stand for a thing named
// before: "la première", "la seconde", "le deuxième".
var pronounOrdinal = map[string]bool{"première": true, "premier": true, "seconde": true, "second": true, "deuxième": true}

// namesBefore lists, in order and once each, the first name of each
// figure of sentence s: "Brest ... 139 926 habitants et Quimper 63 283".
func namesBefore(ms []Mention, s int) []string {
	var out []string
	for _, o := range ms {
		if o.Sentence != s || len(o.names) == 0 {
			continue
		}
		n := o.names[0]
		if len(out) == 0 || out[len(out)-1] != n {
			out = append(out, n)
		}
	}
	return out
}
