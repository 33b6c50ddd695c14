package figures

import "math/big"

// primeTimeAt reads the race times French sports copy writes with primes:
// 1'29"47 (a minute, 29 seconds and 47 hundredths), 0"42 (a gap of 42
// hundredths), 1'08” (a gap of a minute and 8 seconds), and the same with
// two apostrophes for the seconds mark. English
// writes them "1:29.47" and "0.42 seconds". The marks must be glued to
// the digits on both sides, as quotation marks never are, but for the
// seconds mark closing minutes and seconds.
func (p *parser) primeTimeAt(i int) (*Mention, int) {
	a := p.num(i)
	if a == nil || a.grouped || a.decimal || a.intLen > 2 {
		return nil, 0
	}
	if p.lang != French && !p.fullPrimeTime(i) {
		return nil, 0 // (an English 6'2" is a height in feet and inches)
	}
	secs, j := new(big.Rat).Set(a.val), i+1
	if minuteMark(p.sym(j)) && p.glued(j) && p.secondsMarkAt(j) == 0 {
		b := p.num(j + 1)
		if b == nil || !p.glued(j+1) || b.decimal || b.grouped || len(p.toks[j+1].text) != 2 || b.val.Cmp(big.NewRat(60, 1)) >= 0 {
			return nil, 0
		}
		secs.Add(new(big.Rat).Mul(secs, big.NewRat(60, 1)), b.val) // minutes*60 + seconds
		j += 2
	}
	w := p.secondsMarkAt(j)
	if w == 0 || !p.glued(j) {
		return nil, 0
	}
	if !p.glued(j+w) || p.num(j+w) == nil {
		if j == i+1 {
			return nil, 0 // a lone 42'' may be inches or a quotation's close
		}
		// "devancé Vingegaard de 1'08''": minutes and seconds, no hundredths
		return &Mention{Kind: Quantity, Unit: "s", Value: canonical(secs)}, j + w - i
	}
	f := p.secFraction(j+w, 1)
	if f == nil {
		return nil, 0
	}
	return &Mention{Kind: Quantity, Unit: "s", Value: canonical(secs.Add(secs, f))}, j + w + 1 - i
}

// fullPrimeTime: the English text keeps a French race time whole, with
// minutes, seconds and tenths, "clocking 1'11\"2 per kilometre" for a
// trotter's reduction: no height in feet and inches has digits after
// its inches mark.
func (p *parser) fullPrimeTime(i int) bool {
	j := i + 1
	if !minuteMark(p.sym(j)) || !p.glued(j) || p.num(j+1) == nil || !p.glued(j+1) {
		return false
	}
	w := p.secondsMarkAt(j + 2)
	return w > 0 && p.glued(j+2) && p.glued(j+2+w) && p.num(j+2+w) != nil
}

func minuteMark(s string) bool { return s == "'" || s == "’" || s == "′" }

// secondsMarkAt is the width in tokens of a seconds mark at j: ", ″, or
// two glued apostrophes; 0 if none.
func (p *parser) secondsMarkAt(j int) int {
	switch s := p.sym(j); {
	case s == "\"" || s == "″" || s == "”" || s == "“":
		return 1
	case minuteMark(s) && minuteMark(p.sym(j+1)) && p.glued(j+1):
		return 2
	}
	return 0
}
