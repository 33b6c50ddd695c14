package figures

import "strings"

// comparedHead gives a bare English count the noun of the count it is
// compared with right before it: "35 minutes, down from 80" compares 80
// minutes, as "contre 1 h 20" says them.
func (p *parser) comparedHead(prev Mention, m *Mention) {
	if p.lang != English || m.Head != "" || m.Unit != "" || m.Kind != Cardinal || prev.Kind != Cardinal || prev.Head == "" || prev.Unit != "" || prev.End > m.Start {
		return
	}
	gap := strings.ToLower(strings.TrimSpace(p.text[prev.End:m.Start]))
	gap = strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(gap, prev.Head)), ",") // the noun said after the first count, then a comma
	if g := strings.Join(strings.Fields(gap), " "); comparedWords[g] || replacedWords[g] {
		m.Head = prev.Head
	}
}
