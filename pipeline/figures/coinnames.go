package figures

import "strings"

// namedCoin: "une pièce de 25 cents" is what English calls "a quarter",
// "de 10 cents" a dime, "de 5 cents" a nickel, "d'un dollar" a loonie,
// "de 2 dollars" a toonie. The coin may be told by its name, so an
// unpaired value is a warning, while a paired one is still compared.
func (p *parser) namedCoin(m Mention) bool {
	if p.lang != French || m.Kind != Money {
		return false
	}
	if m.Word && m.Value == "0.01" && m.Unit == centUnit {
		return true // "avant de leur donner un cent de plus": "a single cent more", "a penny more"
	}
	i := p.tokenAfter(m.Start)
	for k := i - 1; k >= max(0, i-8) && (p.num(k) != nil || p.sym(k) == "¢" || p.sym(k) == "," || p.word(k) == "et" || p.word(k) == "ou" || p.word(k) == "cents"); k-- {
		i = k // "aux pièces de 5¢, 10¢": the coins listed after the first
	}
	if p.word(i-1) == "d'" || p.word(i-1) == "de" {
		i--
	}
	if w := p.word(i - 1); w != "pièce" && w != "pièces" {
		return false
	}
	switch m.Value {
	case "0.25", "0.1", "0.05", "0.01":
		return m.Unit == centUnit
	case "1", "2":
		return m.Unit == "CAD" || m.Unit == "USD"
	}
	return false
}

// coinTold: a source amount of cents the translation names by its coin,
// "5 cents par boisseau" written "a nickel per bushel", "10 cents" "a
// dime".
func (r *check) coinTold(s *atom) bool {
	if s.m.Comparator != CmpNone || r.Mode != ModeTranslation || s.m.Paragraph >= len(r.target) {
		return false
	}
	v := ""
	switch para := r.source[s.m.Paragraph]; {
	case s.m.Kind == Money && s.m.Unit == centUnit:
		v = s.m.Value
	case s.m.Kind == Cardinal && s.m.End < len(para) && strings.HasPrefix(para[s.m.End:], " cents"):
		v = coinCents[s.m.Value] // "de 10 cents", which French may read as hundreds
	}
	coin := coinNames[v]
	return coin != "" && saysWords(r.target[s.m.Paragraph], "a "+coin, "one "+coin)
}

// coinCents and coinNames: the coins English names, by their cents.
var coinCents = map[string]string{"5": "0.05", "10": "0.1"}
var coinNames = map[string]string{"0.05": "nickel", "0.1": "dime"}
