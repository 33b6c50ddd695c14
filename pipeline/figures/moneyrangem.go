package figures

import (
	"math/big"
	"strings"
)

// moneyRangeScale reads the English "€80m-110m" and "€250-320m": the
// second end is money in the first end's currency, and a scale said on
// either end is both ends' ("320m" alone would be 320 metres).
func (p *parser) moneyRangeScale(out []Mention) {
	if p.lang != English {
		return
	}
	for k := 1; k < len(out); k++ {
		a, b := &out[k-1], &out[k]
		if a.Kind != Money || b.Kind != Quantity || b.Unit != "m" || !strings.HasSuffix(b.Raw, "m") || strings.ContainsAny(b.Raw, " \u00a0") {
			continue
		}
		if between := p.text[a.End:b.Start]; between != "-" && between != "–" && between != " to " {
			continue
		}
		bv := b.Rat()
		if bv == nil {
			continue
		}
		if a.Scale == "" {
			if av := a.Rat(); av != nil && av.Cmp(bv) < 0 {
				a.Value, a.Scale = canonical(new(big.Rat).Mul(av, big.NewRat(1000000, 1))), "m"
			}
		}
		b.Kind, b.Unit, b.Scale = Money, a.Unit, "m"
		b.Value = canonical(new(big.Rat).Mul(bv, big.NewRat(1000000, 1)))
	}
}

// moneyOrScale reads "$6 or $7 billion": two amounts joined by "or" in
// one currency, the scale said on the second only, are both in billions
// (six à sept milliards). Only a smaller bare first end takes it.
func (p *parser) moneyOrScale(out []Mention) {
	if p.lang != English {
		return
	}
	for k := 1; k < len(out); k++ {
		a, b := &out[k-1], &out[k]
		if a.Kind != Money || b.Kind != Money || a.Unit != b.Unit || a.Scale != "" || b.Scale == "" || p.text[a.End:b.Start] != " or " {
			continue
		}
		e, ok := p.scaleOf(strings.ToLower(b.Scale))
		av, bv := a.Rat(), b.Rat()
		if !ok || e < 6 || av == nil || bv == nil {
			continue
		}
		scaled := new(big.Rat).Mul(av, pow10(e))
		if scaled.Cmp(bv) < 0 {
			a.Value, a.Scale = canonical(scaled), b.Scale
		}
	}
}
