package figures

import "math/big"

// sharedMoney: English writes the currency of a money range before its
// first end and the scale after its last: "$20-30 billion", "€3-4bn",
// "$20 to $30 billion" all run from 20 billion (N10, N4). A low end with
// a scale of its own says it in full, "€2bn to 500,000 households", and
// French names the currency after the scale, which shareUnit shares.
func (p *parser) sharedMoney(lo, hi Mention) bool {
	if p.lang != English || lo.Kind != Money || lo.Scale != "" {
		return false
	}
	return hi.Kind == Money && hi.Unit == lo.Unit || (hi.Kind == Cardinal || hi.Kind == Decimal) && hi.Unit == ""
}

// shareMoney gives the high end the low end's currency, "$20-30", and
// the low end the high end's scale when it is not larger than the high
// end's number, "$20-30 billion" ("$500 to $3 billion" keeps its $500).
func (p *parser) shareMoney(lo, hi Mention) (Mention, Mention) {
	if hi.Kind != Money {
		hi.Kind, hi.Unit = Money, lo.Unit
	}
	if hi.Scale == "" {
		return lo, hi
	}
	v, h := lo.Rat(), hi.Rat()
	if v == nil || h == nil {
		return lo, hi
	}
	sc := p.scaleValue(hi)
	if q := new(big.Rat).Quo(h, sc); q.Cmp(big.NewRat(1000, 1)) >= 0 && q.IsInt() && v.Cmp(new(big.Rat).Quo(h, scaleOfHigh(hi))) <= 0 {
		sc = scaleOfHigh(hi) // "£10-11 000 million": the British thousand million, a billion
	}
	if v.Cmp(new(big.Rat).Quo(h, sc)) <= 0 {
		v.Mul(v, sc)
		lo.Value, lo.Scale = canonical(v), hi.Scale
	}
	return lo, hi
}
