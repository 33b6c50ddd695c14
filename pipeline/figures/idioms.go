package figures

import (
	"math/big"
	"strings"
)

// idioms rewrites constructions whose figures are not what they look
// like: "24 heures sur 24" says 24 once (the English is "24 hours a day"
// or "24/7"), and "deux décennies" / "two decades" are 20 years.
func (p *parser) idioms(ms []Mention) []Mention {
	out := ms[:0]
	for i, m := range ms {
		if p.lang == French && i > 0 && p.repeatedPer(ms[i-1], m) {
			continue
		}
		if p.followedBy(m, "décennies", "decades") {
			if v := m.Rat(); v != nil && (m.Kind == Cardinal || m.Kind == Decimal) {
				m.Value, m.Head = canonical(v.Mul(v, big.NewRat(10, 1))), "years"
			}
		}
		out = append(out, m)
	}
	return out
}

// repeatedPer: m is the second N of "N <unit> sur N".
func (p *parser) repeatedPer(prev, m Mention) bool {
	if prev.Kind != Cardinal || m.Kind != Cardinal || prev.Value != m.Value {
		return false
	}
	between := strings.Fields(strings.ToLower(p.text[prev.End:m.Start]))
	return len(between) == 2 && between[1] == "sur"
}

// followedBy says whether the word right after m is one of words.
func (p *parser) followedBy(m Mention, words ...string) bool {
	rest := strings.Fields(strings.ToLower(p.text[m.End:min(len(p.text), m.End+20)]))
	if len(rest) == 0 {
		return false
	}
	w := strings.Trim(rest[0], ".,;:!?)")
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}
