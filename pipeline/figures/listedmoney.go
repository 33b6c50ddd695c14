package figures

import "strings"

// currencyBack gives the amount before m the currency m names when the
// two are listed with their scales and only m says the currency: "deux
// contrats, de 320 millions et 180 millions d'euros" are two amounts in
// euros, which a summary may add up ("a combined €500 million").
func (p *parser) currencyBack(prev *Mention, m Mention) {
	if m.Kind != Money || m.Unit == "" || prev.Kind != Cardinal || prev.Unit != "" || prev.Word || prev.End > m.Start ||
		!p.scaledRaw(prev.Raw) || !p.scaledRaw(m.Raw) {
		return
	}
	switch strings.TrimSpace(p.text[prev.End:m.Start]) {
	case "et", "ou", ",", "and", "or":
		prev.Kind, prev.Unit = Money, m.Unit
	}
}

// scaledRaw: a figure written with its scale word, "320 millions".
func (p *parser) scaledRaw(raw string) bool {
	f := strings.Fields(strings.ToLower(raw))
	if len(f) < 2 {
		return false
	}
	e, ok := p.scaleOf(f[1])
	return ok && e >= 6
}
