package figures

import (
	"math"
	"math/big"
)

// Heights and lengths in feet and inches (N17): "6 ft 1 in", "6ft 1in",
// "5 feet 11 inches", "6 pieds 1 pouce" are one quantity, read in inches,
// so that "1.86 m (6 ft 1 in)" is a conversion and neither "6 ft" nor a
// bare "1" is left over as an added figure.

// inchesAfter reads the inches after a whole number of feet, m, from
// token i: a whole number under 12 and an inch word. In this place a
// spaced "in" is the unit, not the preposition.
func (p *parser) inchesAfter(m *Mention, i int) int {
	nb := p.num(i)
	if nb == nil || nb.decimal || nb.grouped || nb.val == nil || !nb.val.IsInt() || nb.val.Cmp(big.NewRat(12, 1)) >= 0 {
		return 0
	}
	if w := p.word(i + 1); w != "in" && unitWords[w] != "in" {
		return 0
	}
	ft := m.Rat()
	if ft == nil || !ft.IsInt() || ft.Sign() <= 0 || m.Scale != "" {
		return 0
	}
	m.Value, m.Unit, m.style = canonical(ft.Mul(ft, big.NewRat(12, 1)).Add(ft, nb.val)), "in", feetInches
	return 2
}

// feetInches is the style of a figure read in feet and inches.
const feetInches = "ft-in"

// closeToUnit: b, the English figure t, is conv rounded. A figure in feet
// and inches claims the inch: within one inch (the source's own rounding
// and a writer's rounding down), where closeTo allows 3%, so that 1.86 m
// is 6 ft 1 in or 6 ft but not 5 ft 11 in.
func closeToUnit(conv, b float64, t Mention) bool {
	if t.style == feetInches {
		return math.Abs(conv-b) <= 1
	}
	if t.Unit == "°F" && !hedged(t) {
		// the formula is exact: "41.2C (104.2F)" is two degrees out, a
		// whole degree is the most a writer rounds
		return math.Abs(conv-b) <= math.Max(roundingStep(t.Value)/2, 0.6)
	}
	if hedged(t) && math.Abs(conv-b) <= 0.05*math.Abs(conv) {
		return true // "25 km/h (about 15 mph)" for 15.5: a hedged conversion rounds loosely
	}
	return closeTo(conv, b, t.Value)
}

// spacedUnitNote: a one-letter unit spaced from its number, "1.86 m",
// "2 t", is read in English only before a bracketed conversion, "1.86 m
// (6 ft 1 in)"; elsewhere the letter may be a word or a million.
func (p *parser) spacedUnitNote(j int) bool {
	if p.sym(j+1) != "(" && p.sym(j+1) != "/" {
		return false // "6 m (about 20 ft)", "2,426 m / ~7,960 ft"
	}
	_, k := p.hedgeAt(j + 2) // "6 m (about 20 ft)"
	return p.num(j+2+k) != nil
}

// centimetresAfter reads the two digits French writes after a whole
// number of metres, "1 m 80", "2 m 05": the centimetres, so the length
// is 1.80 m. A unit or a percent sign after them makes them another figure.
func (p *parser) centimetresAfter(m *Mention, i int) int {
	nb := p.num(i)
	if nb == nil || nb.decimal || nb.grouped || len(p.toks[i].text) != 2 || p.glued(i) {
		return 0
	}
	if _, k := p.unitAt(i + 1); k > 0 || p.sym(i+1) == "%" || p.num(i+1) != nil {
		return 0
	}
	whole := m.Rat()
	if whole == nil || !whole.IsInt() || whole.Sign() <= 0 || whole.Cmp(big.NewRat(10, 1)) > 0 || m.Scale != "" {
		return 0
	}
	m.Value = canonical(whole.Add(whole, new(big.Rat).Quo(nb.val, big.NewRat(100, 1))))
	return 1
}
