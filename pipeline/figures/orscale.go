package figures

import (
	"math/big"
	"strings"
)

// orScaled gives a bare number said after an amount and "ou" the amount's
// scale and unit: "un milliard de dollars ou deux" is one or two billion
// dollars, as English says it. Only a number that ends its clause takes
// them ("3 millions d'euros ou 4 %" keeps its own unit, "ou deux
// ministères" counts its noun).
func (p *parser) orScaled(ms []Mention) {
	for k := 1; k < len(ms); k++ {
		m, prev := &ms[k], ms[k-1]
		if m.Kind != Cardinal || m.Unit != "" || m.Scale != "" || prev.End > m.Start || class(prev.Kind) == Cardinal && prev.Unit == "" {
			continue
		}
		if gap := p.text[prev.End:m.Start]; !strings.EqualFold(gap, " ou ") && !strings.EqualFold(gap, " or ") {
			continue // (no lowering: a gap with a capital would cost an allocation per pair)
		}
		if raw := prev.Raw; !strings.Contains(raw, "illion") && !strings.Contains(raw, "illiard") {
			continue // million, milliard, billion, in any case
		}
		if j := p.tokenAfter(m.End); j < len(p.toks) && p.toks[j].kind == tWord && !orNext[p.word(j)] {
			continue // "un milliard ou deux ministères": the number counts its own noun ("ou deux au budget" does not)
		}
		pv, v := prev.Rat(), m.Rat()
		if pv == nil || v == nil || pv.Sign() <= 0 {
			continue
		}
		scale := big.NewRat(1, 1)
		for thousand := big.NewRat(1000, 1); new(big.Rat).Mul(scale, thousand).Cmp(pv) <= 0; {
			scale.Mul(scale, thousand) // the power of a thousand the amount is counted in: 10⁹ for "un milliard"
		}
		m.Kind, m.Unit, m.Value = prev.Kind, prev.Unit, canonical(v.Mul(v, scale))
	}
}

// orNext are the words that may follow the number of "ou deux" without
// making it count a noun of its own.
var orNext = map[string]bool{"à": true, "au": true, "aux": true, "de": true, "du": true, "pour": true, "dans": true, "en": true,
	"sur": true, "par": true, "selon": true, "et": true, "to": true, "for": true, "in": true, "on": true, "into": true, "and": true, "depending": true}
