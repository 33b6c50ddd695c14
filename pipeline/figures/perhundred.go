package figures

import (
	"math/big"
	"strings"
)

// Food labels count a content per 100 grams: "25 grammes de sucre pour 100
// grammes" is 25 %, which English often writes "25 per cent sugar". The
// pair is read as the percent, in both languages ("25g per 100g").

// perHundred turns a mass said per 100 of the same unit into a percent
// and drops the 100.
func (p *parser) perHundred(ms []Mention) []Mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && m.Kind == Quantity && (m.Unit == "g" || m.Unit == "ml") && per100(p.text, m, ms[k+1], m.Unit) {
			m.Kind, m.Unit, m.End = Percent, "%", ms[k+1].End
			m.Raw = p.text[m.Start:m.End]
			k++ // the 100 is part of the percent
		} else if k+1 < len(ms) && m.Kind == Quantity && m.Unit == "mg" && per100(p.text, m, ms[k+1], "ml") {
			// "80 milligrammes par 100 millilitres" of blood is 0.08 %,
			// the ".08" of English law
			if v := m.Rat(); v != nil {
				m.Kind, m.Unit, m.End, m.Value = Percent, "%", ms[k+1].End, canonical(v.Quo(v, big.NewRat(1000, 1)))
				m.Raw, m.style = p.text[m.Start:m.End], "bac"
				k++
			}
		}
		out = append(out, m)
	}
	return out
}

// per100: next is 100 of m's unit, joined to m by "pour" or "per" with at
// most two words between ("de sucre pour").
func per100(text string, m, next Mention, unit string) bool {
	if next.Kind != Quantity || next.Unit != unit || next.Value != "100" || next.Start < m.End {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[m.End:next.Start]))
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	last := ws[len(ws)-1]
	return last == "pour" || last == "per" || last == "par" || last == "in" && len(ws) == 1
}
