package figures

import (
	"math/big"
	"strings"
)

// frenchCommas marks, in an English text that writes a decimal with a
// comma where no English reader could take it for grouping ("1,60 €",
// "3,5 %"), every number written d,ddd: that text follows the French
// convention, so its "1,594 €" may be 1.594 left as the source wrote it.
func (p *parser) frenchCommas(ms []Mention) {
	if p.lang != English || !strings.Contains(p.text, ",") {
		return
	}
	french := false
	for _, m := range ms {
		if n := numberPart(m.Raw); strings.Count(n, ",") == 1 {
			if _, frac, _ := strings.Cut(n, ","); len(frac) == 1 || len(frac) == 2 {
				french = true
				break
			}
		}
	}
	if !french {
		return
	}
	for k := range ms {
		n := numberPart(ms[k].Raw)
		if whole, frac, ok := strings.Cut(n, ","); ok && len(frac) == 3 && len(whole) <= 3 && !strings.Contains(frac, ",") {
			ms[k].commaText = true
		}
	}
}

// numberPart is the first run of digits and commas of a figure as
// written: "1,594" of "1,594 €".
func numberPart(raw string) string {
	i := strings.IndexAny(raw, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(raw) && (raw[j] >= '0' && raw[j] <= '9' || raw[j] == ',') {
		j++
	}
	return strings.TrimRight(raw[i:j], ",")
}

// leadingPointDecimals reads a decimal written the English way with no
// leading zero, left in French copy: "porter la tolérance à .05" is
// 0.05, not 5 (the point stands glued before the digits, after a space).
func (p *parser) leadingPointDecimals(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Cardinal || m.Word || m.Start < 2 || p.text[m.Start-1] != '.' || p.text[m.Start-2] != ' ' || !strings.HasPrefix(m.Raw, "0") || !allDigits(m.Raw) {
			continue
		}
		v, _ := new(big.Rat).SetString("0." + m.Raw)
		m.Kind, m.Value, m.Raw, m.Start = Decimal, canonical(v), "."+m.Raw, m.Start-1
	}
}
