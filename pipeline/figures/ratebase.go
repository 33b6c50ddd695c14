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
	}
}
