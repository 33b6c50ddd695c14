package figures

import (
	"math/big"
	"strings"
)

// factorAlternatives reads the second factor of "multiplié par trois,
// voire par quatre", "divided by two or even by three": a factor too,
// as English tells it ("tripled or even quadrupled"), not a bare count.
func (p *parser) factorAlternatives(ms []Mention) {
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], &ms[k]
		if a.Kind != Multiplier || a.style != "factor" || b.Kind != Cardinal || b.Unit != "" || b.Scale != "" || a.End > b.Start {
			continue
		}
		if !factorOr[strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(p.text[a.End:b.Start], ",", " "))), " ")] {
			continue
		}
		v := b.Rat()
		if v == nil || v.Sign() <= 0 {
			continue
		}
		if av := a.Rat(); av != nil && av.Cmp(big.NewRat(1, 1)) < 0 {
			v.Inv(v) // "divisé par deux, voire par trois": a third
		}
		b.Kind, b.Value, b.style = Multiplier, canonical(v), "factor"
	}
}

// factorOr are the words between a factor and its alternative.
var factorOr = map[string]bool{"voire par": true, "ou par": true, "voire même par": true, "ou même par": true, "et même par": true,
	"or by": true, "or even by": true}
