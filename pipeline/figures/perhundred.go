package figures

import "strings"

// Food labels count a content per 100 grams: "25 grammes de sucre pour 100
// grammes" is 25 %, which English often writes "25 per cent sugar". The
// pair is read as the percent, in both languages ("25g per 100g").

// perHundred turns a mass said per 100 of the same unit into a percent
// and drops the 100.
func (p *parser) perHundred(ms []Mention) []Mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && m.Kind == Quantity && (m.Unit == "g" || m.Unit == "ml") && per100(p.text, m, ms[k+1]) {
			m.Kind, m.Unit, m.End = Percent, "%", ms[k+1].End
			m.Raw = p.text[m.Start:m.End]
			k++ // the 100 is part of the percent
		}
		out = append(out, m)
	}
	return out
}

// per100: next is 100 of m's unit, joined to m by "pour" or "per" with at
// most two words between ("de sucre pour").
func per100(text string, m, next Mention) bool {
	if next.Kind != Quantity || next.Unit != m.Unit || next.Value != "100" || next.Start < m.End {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[m.End:next.Start]))
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	last := ws[len(ws)-1]
	return last == "pour" || last == "per" || last == "in" && len(ws) == 1
}
