package figures

import "strings"

// comparedScale gives a bare compared amount the scale of the figure it
// is compared with, when only that scale makes them alike: "26 millions
// de tonnes, contre 35 l'an passé" are 35 million tonnes, as English
// writes them ("from 35 million"). A bare number that is already of the
// other's size keeps its value ("1 200 tonnes, contre 950").
func (p *parser) comparedScale(prev Mention, m *Mention) {
	if prev.Scale == "" || m.Scale != "" || m.Word {
		return
	}
	e, ok := p.scaleOf(strings.ToLower(prev.Scale))
	if !ok || e < 3 {
		return
	}
	v, pv := m.Rat(), prev.Rat()
	if v == nil || pv == nil || v.Sign() <= 0 || pv.Sign() <= 0 || v.Cmp(pow10(3)) >= 0 {
		return
	}
	scaled := v.Mul(v, pow10(e))
	if !withinFactor(scaled, pv, 10) {
		return
	}
	m.Value, m.Scale = canonical(scaled), prev.Scale
}
