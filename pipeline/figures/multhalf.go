package figures

import "math/big"

// halfAfterTimes reads the half of "deux fois et demie plus": two and a
// half times. It returns the tokens read.
func (p *parser) halfAfterTimes(m *Mention, j int) int {
	if p.lang != French || p.word(j) != "et" || p.word(j+1) != "demie" && p.word(j+1) != "demi" {
		return 0
	}
	v := m.Rat()
	if v == nil {
		return 0
	}
	m.Value = canonical(v.Add(v, big.NewRat(1, 2)))
	return 2
}

// halfTimes: English "two and a half times faster" arrives as the number
// 2.5 followed by "times": a multiplier, and below one when "cheaper" or
// "less" follows.
func (p *parser) halfTimes(m *Mention) {
	if p.lang != English || m.Kind != Cardinal && m.Kind != Decimal || !p.followedBy(*m, "times") {
		return
	}
	if v := m.Rat(); v != nil && !v.IsInt() {
		m.Kind, m.style = Multiplier, "factor"
		p.factorAfter(m, p.tokenAfter(m.End)+1) // "six and a half times cheaper": a factor below one
	}
}
