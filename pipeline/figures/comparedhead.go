package figures

import "strings"

// comparedHead gives a bare English count (or a French length's) the
// noun of the count it is compared with right before it: "35 minutes,
// down from 80" compares 80 minutes, as "contre 1 h 20" says them.
func (p *parser) comparedHead(prev Mention, m *Mention) {
	// "97 jours, contre 45 prévus par contrat": 45 days, as "97 days
	// against 45 in the contract" says (lengths only: a French count's
	// head is read well enough elsewhere)
	frenchLength := p.lang == French && periodUnit[prev.Head] != "" && (m.Head == "" || participle(m.Head))
	if !frenchLength && (p.lang != English || m.Head != "" && !notNoun[m.Head]) || m.Unit != "" || m.Kind != Cardinal || prev.Kind != Cardinal || prev.Head == "" || prev.Unit != "" || prev.End > m.Start {
		return
	}
	gap := strings.ToLower(strings.TrimSpace(p.text[prev.End:m.Start]))
	gap = strings.TrimSpace(strings.TrimPrefix(gap, prev.Head))
	gap = strings.TrimPrefix(strings.TrimSpace(ratePer(gap)), ",") // the noun said after the first count, its period ("seven hours a week against five and a half"), then a comma
	if g := strings.Join(strings.Fields(gap), " "); comparedWords[g] || replacedWords[g] {
		m.Head = prev.Head
	}
}

// ratePer drops a period a count is said per, "a week", "per day", from
// the start of gap.
func ratePer(gap string) string {
	per, rest, ok := strings.Cut(gap, " ")
	if !ok || per != "a" && per != "per" && per != "each" {
		return gap
	}
	period, rest, _ := strings.Cut(rest, " ")
	if periodUnit[strings.TrimSuffix(period, ",")] == "" {
		return gap
	}
	if strings.HasSuffix(period, ",") {
		return "," + rest
	}
	return rest
}
