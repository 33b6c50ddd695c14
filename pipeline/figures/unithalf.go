package figures

import (
	"math/big"
)

// A unit and a half: French puts the half after the unit, "six mètres et
// demi", "trois kilos et demi"; English before it, "six and a half
// metres". Both are 6.5 m (N8), as "trois ans et demi" is 3.5 years.

// unitHalves reads the half on either side of a unit of measure.
func (p *parser) unitHalves(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		j := p.tokenAfter(m.End)
		switch {
		case p.lang == French && m.Kind == Quantity && m.Unit != "" && m.Comparator == CmpNone && p.word(j) == "et" && (p.word(j+1) == "demi" || p.word(j+1) == "demie"):
			if v := m.Rat(); v != nil && v.IsInt() && (k+1 == len(ms) || ms[k+1].Start >= p.toks[j+1].end) {
				m.Value = canonical(v.Add(v, big.NewRat(1, 2)))
				m.End = p.toks[j+1].end
				m.Raw = p.text[m.Start:m.End]
			}
		case p.lang == English && m.Kind == Cardinal && m.Unit == "" && m.Scale == "" && p.word(j) != "" && p.toks[j].start >= m.End:
			u := unitWords[p.word(j)]
			if v := m.Rat(); u == "" || carriedKind(u) != Quantity || v == nil || v.IsInt() || (k+1 < len(ms) && ms[k+1].Start < p.toks[j].end) {
				continue
			}
			m.Kind, m.Unit = Quantity, u // "six and a half metres"
			m.End = p.toks[j].end
			m.Raw = p.text[m.Start:m.End]
		}
	}
}
