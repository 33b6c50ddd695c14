package figures

import "math/big"

// secFraction reads the digits French writes after the seconds of a race
// time: two for hundredths ("8 s 62"), three for thousandths ("21 s
// 447", motor racing and track cycling). It returns the part of a second.
func (p *parser) secFraction(j int) *big.Rat {
	nb := p.num(j)
	if nb == nil || nb.decimal || nb.grouped {
		return nil
	}
	d := len(p.toks[j].text)
	if d != 2 && d != 3 {
		return nil
	}
	return new(big.Rat).Quo(nb.val, pow10(d))
}
