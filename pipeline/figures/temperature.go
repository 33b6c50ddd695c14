package figures

import "strings"

// Zero degrees said in words (N17): English writes 0 °C as "freezing",
// "freezing point", "below freezing", "zero degrees" or "below zero".
// Each is read as a temperature of 0 degrees, soft (a word that may be
// an adjective: "freezing rain"), so that it pairs with the source's
// "0 °C" and, unpaired, is at most a warning.

// zeroDegreesAt reads "freezing (point)", "zero degrees", "below zero".
func (p *parser) zeroDegreesAt(i int) (*Mention, int) {
	w := p.word(i)
	m := Mention{Kind: Quantity, Value: "0", Unit: "°", Word: true, style: "idiom"}
	switch {
	case w == "freezing" && p.lang == English:
		switch p.word(i - 1) {
		case "the", "a", "its", "their", "asset", "assets", "wage", "price":
			return nil, 0 // a freeze: "the freezing of assets"
		}
		if p.word(i+1) == "of" || frozenThings[p.word(i+1)] {
			return nil, 0 // ("a deal freezing pay": a verb, what it freezes after it)
		}
		if p.word(i+1) == "point" {
			return ptr(m), 2
		}
		return ptr(m), 1
	case w == "zero" || w == "zéro":
		if pw := p.word(i - 1); p.lang == French && (pw == "le" || pw == "isotherme" || pw == "du") {
			return nil, 0 // "le zéro degré", "l'isotherme zéro degré": the freezing level, a height
		}
		if u, k := p.unitAt(i + 1); k > 0 && (u == "°" || u == "°C") {
			m.Unit, m.style = u, ""
			return ptr(m), 1 + k
		}
		if below := p.word(i - 1); below == "below" || below == "above" || below == "sub" || below == "sous" || below == "de" && p.word(i-2) == "au-dessous" {
			return ptr(m), 1 // "to zero" is left alone: "cut emissions to zero"
		}
	}
	return nil, 0
}

// frozenThings are what a freeze holds still: "freezing pay", "freezing
// hiring", never a temperature.
var frozenThings = map[string]bool{"pay": true, "wages": true, "salaries": true, "prices": true, "rents": true, "hiring": true,
	"recruitment": true, "benefits": true, "pensions": true, "assets": true, "accounts": true, "funds": true, "taxes": true, "fares": true}

var belowWords = map[string]bool{"below": true, "sous": true, "au-dessous de": true}

// belowZero reads "five degrees below zero" (or "below freezing") as
// minus five degrees: the zero is the reference, not a figure.
func (p *parser) belowZero(ms []Mention) []Mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		bare := m.Kind == Cardinal && m.Unit == "" && m.Comparator == CmpNone
		if bare && p.lang == English && p.belowGlued(m.End) {
			if v := m.Rat(); v != nil && v.Sign() > 0 {
				m.Kind, m.Unit, m.Value, m.End = Quantity, "°", canonical(v.Neg(v)), m.End+len("-below")
				m.Raw = p.text[m.Start:m.End] // "it was 25-below": the Canadian minus 25 degrees
			}
		}
		if bare && k+1 < len(ms) && ms[k+1].Value == "0" && ms[k+1].style == "idiom" && m.End <= ms[k+1].Start && strings.TrimSpace(p.text[m.End:ms[k+1].Start]) == "below" {
			m.Kind, m.Unit = Quantity, "°" // "25 below zero": degrees, said without the word
		}
		if k+1 < len(ms) && m.Kind == Quantity && strings.HasPrefix(m.Unit, "°") && ms[k+1].Value == "0" &&
			ms[k+1].style == "idiom" && m.End <= ms[k+1].Start && belowWords[strings.TrimSpace(p.text[m.End:ms[k+1].Start])] {
			if v := m.Rat(); v != nil {
				m.Value, m.End = canonical(v.Neg(v)), ms[k+1].End
				m.Raw = p.text[m.Start:m.End]
				k++
			}
		}
		out = append(out, m)
	}
	return out
}

// belowGlued: "-below" glued after a number, then no letter: "25-below".
func (p *parser) belowGlued(end int) bool {
	const below = "-below"
	return len(p.text)-end >= len(below) && strings.EqualFold(p.text[end:end+len(below)], below) && wordEdge(p.text, end, end+len(below))
}
