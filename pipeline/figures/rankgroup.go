package figures

import "strings"

// Rank groups: "dans les cinq premiers", "parmi les dix premiers", "les
// trois derniers" are a count of places, which English says "a top-five
// finish", "in the top ten", "the bottom three" or "the first three".
// The count is the figure. "Premiers" stays a rank one, so that "the
// first three" pairs with it and "the second three" is still caught, but
// said after a count it may go unsaid ("top five"): it is dropped without
// a finding when nothing pairs with it.

// enRankEnds are the words before the count in English.
var enRankEnds = map[string]bool{"top": true, "bottom": true}

// rankGroupTriggers are the words a rank group starts with: "bottom",
// "top-five", "bottom-three" ("top" is a trigger of its own).
func rankGroupTriggers() map[string]bool {
	out := map[string]bool{"bottom": true}
	for w := range enUnits {
		out["top-"+w], out["bottom-"+w] = true, true
	}
	return out
}

// rankEnds marks a French "premiers", "premières" right after a count.
func (p *parser) rankEnds(ms []Mention) {
	for k := 1; k < len(ms); k++ {
		m, prev := &ms[k], ms[k-1]
		if p.lang != French || m.Kind != Ordinal || m.Value != "1" || prev.Kind != Cardinal {
			continue
		}
		if w := strings.ToLower(m.Raw); (w == "premiers" || w == "premières") && strings.TrimSpace(p.text[prev.End:m.Start]) == "" {
			m.style = "fixed"
		}
	}
}

// rankGroupAt reads an English "top five", "top-10", "bottom three",
// "a top-five finish" as the count, and the French "top 10" ("quittera
// le top 10") that French sport borrowed.
func (p *parser) rankGroupAt(i int) (*Mention, int) {
	if p.lang != English && p.word(i) != "top" {
		return nil, 0
	}
	if end, count, ok := strings.Cut(p.word(i), "-"); ok && enRankEnds[end] {
		if v, found := enUnits[count]; found && v > 1 {
			return &Mention{Kind: Cardinal, Value: itoa(int(v)), Word: true, style: "rankgroup"}, 1 // a top-five finish
		}
		return nil, 0
	}
	if !enRankEnds[p.word(i)] {
		return nil, 0
	}
	k := 1
	if p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) {
		k = 2 // a top-10 finish
	}
	// Only a bare count: "the top 10% of earners" is a share, "top 5G
	// networks" a name, and they keep their own readers.
	m, n := p.amountAt(i + k)
	if n != 1 || m.Kind != Cardinal || m.Scale != "" || m.Signed || !m.Word && len(m.Raw) > 3 {
		return nil, 0
	}
	if v := m.Rat(); v == nil || !v.IsInt() || v.Num().Int64() < 2 {
		return nil, 0
	}
	m.style = "rankgroup"
	return m, k + 1
}
