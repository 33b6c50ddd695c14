package figures

// bracketedUnits gives a scaled bare number in brackets after a name the
// unit of the sentence's earlier measure of that scale: "4,1 millions de
// tonnes ..., devant l'Aisne (3,9 millions) et la Marne (3,2 millions)"
// are tonnes too, each rival's harvest beside its name (a capitalised
// name: "le résidentiel (1,9 million)" is left as it is, a part told by
// a common noun the bullet may not name)
func (p *parser) bracketedUnits(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		i := p.tokenAfter(m.Start)
		if !scaledBare(*m) || p.sym(i-1) != "(" || !p.capital(i-2) {
			continue
		}
		sc := p.scaleValue(*m)
		for j := k - 1; j >= 0 && sc != nil; j-- {
			o := ms[j]
			if o.Sentence != m.Sentence {
				break
			}
			if (o.Kind == Quantity || o.Kind == Money) && o.Unit != "" && o.Scale != "" {
				if os := p.scaleValue(o); os != nil && os.Cmp(sc) == 0 {
					m.Kind, m.Unit = o.Kind, o.Unit
				}
				break
			}
		}
	}
}
