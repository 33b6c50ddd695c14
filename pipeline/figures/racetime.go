package figures

import (
	"fmt"
	"math/big"
)

// secFraction reads the digits French writes after the seconds of a race
// time: two for hundredths ("8 s 62"), three for thousandths ("21 s
// 447", motor racing and track cycling), one for tenths after minutes
// ("1 min 29 s 7"); at least "least" digits. It returns the part of a second.
func (p *parser) secFraction(j, least int) *big.Rat {
	nb := p.num(j)
	if nb == nil || nb.decimal || nb.grouped {
		return nil
	}
	d := len(p.toks[j].text)
	if d < least || d > 3 {
		return nil
	}
	return new(big.Rat).Quo(nb.val, pow10(d))
}

// hmsFraction writes a race time of an hour or more with parts of a
// second in parts, "1hr 32min 7.212sec", as a clock has no place for them.
func hmsFraction(v *big.Rat, f float64) string {
	whole := int64(f)
	frac := new(big.Rat).Sub(v, big.NewRat(whole, 1))
	prec := 2
	if !new(big.Rat).Mul(frac, big.NewRat(100, 1)).IsInt() {
		prec = 3
	}
	sec := float64(whole%60) + f - float64(whole)
	if whole >= 86400 {
		// "64d 19hr 22min 49.00sec": a voyage's days, as no count of hours is read
		return fmt.Sprintf("%dd %dhr %dmin %.*fsec", whole/86400, whole/3600%24, whole/60%60, prec, sec)
	}
	return fmt.Sprintf("%dhr %dmin %.*fsec", whole/3600, whole/60%60, prec, sec)
}
