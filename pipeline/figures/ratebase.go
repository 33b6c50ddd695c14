package figures

import "strings"

// rateUnits marks the one unit of an exchange rate written as an
// equation, "(1 dollar = 0,950 franc suisse)", "1 € = 1,08 $": English
// says it "0.950 Swiss francs to the dollar", with no number for the
// one. Dropped, it says nothing (style fixed); paired, it is compared.
func (p *parser) rateUnits(out []Mention) {
	for k := range out {
		m := &out[k]
		if m.Kind != Money || m.Value != "1" || m.End >= len(p.text) {
			continue
		}
		if rest := strings.TrimLeft(p.text[m.End:min(len(p.text), m.End+4)], " \u00a0"); strings.HasPrefix(rest, "=") {
			m.style = "fixed"
		}
		if k > 0 && p.perOther(out[k-1], *m) {
			m.style = "fixed" // "3 livres pour 1 dollar": "3 pounds to the dollar"
		}
	}
}

// perOther: m, one unit of a currency, is what the amount before it of
// another currency is given for: "9 livres pour 1 dollar".
func (p *parser) perOther(prev, m Mention) bool {
	money := prev.Kind == Money && prev.Unit != m.Unit || class(prev.Kind) == Cardinal && currencyCues[p.word(p.tokenAfter(prev.End))] != "" // "3 livres sud-soudanaises"
	if !money || prev.End > m.Start || m.Start-prev.End > 40 {
		return false
	}
	w := p.word(p.tokenAfter(m.Start) - 1)
	return w == "pour" || w == "par" || w == "contre" || w == "for" || w == "per" || w == "to" || w == "against"
}
