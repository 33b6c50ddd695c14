package figures

import "strings"

// currencyBack gives the amount before m the currency m names when the
// two are listed with their scales and only m says the currency: "deux
// contrats, de 320 millions et 180 millions d'euros" are two amounts in
// euros, which a summary may add up ("a combined €500 million").
func (p *parser) currencyBack(prev *Mention, m Mention) {
	if m.Kind != Money || m.Unit == "" || prev.Kind != Cardinal || prev.Unit != "" || prev.Word || prev.End > m.Start ||
		!p.millionsOrMore(prev.Scale) || !p.millionsOrMore(m.Scale) {
		return
	}
	switch strings.TrimSpace(p.text[prev.End:m.Start]) {
	case "et", "ou", ",", "and", "or":
		prev.Kind, prev.Unit = Money, m.Unit
	}
}

// millionsOrMore: the scale word a figure was written with ("320
// millions") is a million or more.
func (p *parser) millionsOrMore(scale string) bool {
	e, ok := p.scaleOf(strings.ToLower(scale))
	return ok && e >= 6
}
