package figures

import (
	"math/big"
	"strings"
)

// Mixed numbers written in one word (N7): "two-and-a-half years", "a
// two-and-a-half-year-old girl", "4½-year-old". They are the French "2
// ans et demi", a whole number and a half.

// mixedHalfAt reads a hyphenated "N-and-a-half" word or a number with a
// glued "½".
func (p *parser) mixedHalfAt(i int) (*Mention, int) {
	if nb := p.num(i); nb != nil && !nb.decimal && vulgarParts[p.sym(i+1)] != nil && (p.glued(i+1) || p.toks[i+1].start-p.toks[i].end == 1 && !nb.grouped && nb.intLen <= 2) {
		m := Mention{Kind: Cardinal, Value: canonical(new(big.Rat).Add(nb.val, vulgarParts[p.sym(i+1)]))}
		return ptr(m), 2 // "4½", "~3¼ hrs", and "un 4 ½" as French spaces it
	}
	if m, n := p.mixedSlash(i); n > 0 {
		return m, n
	}
	w := p.word(i)
	if p.lang != English || !strings.Contains(w, "-and-a-half") {
		return nil, 0
	}
	half := big.NewRat(1, 2)
	lead, rest, _ := strings.Cut(w, "-and-a-half")
	parts := strings.Split(lead, "-")
	if p.atomPrefix(parts) != len(parts) || !p.licensedLead(parts) {
		return nil, 0
	}
	v, ok := p.combine(parts)
	if !ok {
		return nil, 0
	}
	m := Mention{Kind: Cardinal, Value: canonical(new(big.Rat).Add(v, half)), Word: true}
	m.Head = strings.TrimPrefix(rest, "-")
	if m.Head == "fold" {
		m.Kind, m.Head, m.style = Multiplier, "", "factor" // "a three-and-a-half-fold increase"
	}
	if m.Head != "" {
		return ptr(m), 1
	}
	// "eight-and-a-half tons", "two-and-a-half million": the word
	// takes a scale and a unit like digits
	mixed := value{v: new(big.Rat).Add(v, half), n: 1, word: true}
	if e, ok := p.scaleOf(p.word(i + 1)); ok && e >= 6 {
		mixed.v.Mul(mixed.v, pow10(e))
		mixed.scale, mixed.n = p.toks[i+1].text, 2
		m.Value, m.Scale = canonical(mixed.v), mixed.scale
	}
	used := mixed.n + max(p.suffix(&m, i+mixed.n, mixed), 0)
	return ptr(m), used
}

// vulgarParts are the fraction signs glued to a whole number.
var vulgarParts = map[string]*big.Rat{"½": big.NewRat(1, 2), "¼": big.NewRat(1, 4), "¾": big.NewRat(3, 4)}

// licensedLead: the whole part is a number word, "a" and "one" included
// ("one-and-a-half years").
func (p *parser) licensedLead(parts []string) bool {
	if len(parts) == 1 && parts[0] == "a" {
		return false
	}
	for _, a := range parts {
		if a == "and" {
			return false
		}
	}
	return true
}

// mixedSlash reads a whole number and a digit fraction, "5 1/2 hours",
// "a 2 3/4-inch pipe", the French "2 1/2 %": one figure, the "cinq heures
// et demie" of the French, not three numbers.
func (p *parser) mixedSlash(i int) (*Mention, int) {
	whole, a, b := p.num(i), p.num(i+1), p.num(i+3)
	if whole == nil || a == nil || b == nil || p.glued(i+1) || p.sym(i+2) != "/" || !p.glued(i+2) || !p.glued(i+3) {
		return nil, 0
	}
	if whole.decimal || whole.grouped || a.decimal || b.decimal || a.intLen > 1 || b.intLen > 1 || !whole.val.IsInt() {
		return nil, 0
	}
	if p.glued(i+4) && (p.sym(i+4) == "/" || p.toks[i+4].kind == tNum) {
		return nil, 0 // "3 1/2/2020": a date or a code
	}
	n, d := a.val.Num().Int64(), b.val.Num().Int64()
	if n < 1 || n >= d || d != 2 && d != 3 && d != 4 && d != 8 {
		return nil, 0
	}
	v := new(big.Rat).Add(whole.val, big.NewRat(n, d))
	m := Mention{Kind: Cardinal, Value: canonical(v)}
	k := p.suffix(&m, i+4, value{v: new(big.Rat).Set(v), n: 4}) // "2 3/4 inches"
	if p.lang == French && k <= 0 {
		return nil, 0 // French writes it with a unit only: "à 2 1/2 %"
	}
	return ptr(m), 4 + max(k, 0)
}

// halfPriceAt reads "half-price nappies", "a half-priced ticket": a
// discount of half, which the French gives as "des remises de 50 %" as
// often as "à moitié prix"; a set phrase, a warning when unpaired.
func (p *parser) halfPriceAt(i int) (*Mention, int) {
	switch p.word(i) {
	case "half-price", "half-priced", "half-fare":
		if p.lang == English {
			return &Mention{Kind: Fraction, Value: "0.5", Word: true, style: "fixed"}, 1
		}
	case "half-funded", "half-financed", "half-owned", "half-paid", "half-subsidised", "half-subsidized":
		if p.lang == English && p.word(i+1) == "by" {
			return &Mention{Kind: Fraction, Value: "0.5", Word: true}, 1 // "half-funded by the region": the share it pays, "financé à moitié"
		}
	}
	return nil, 0
}
