package figures

import (
	"fmt"
	"strings"
)

// comparedClock: a count of hours set against a time of day is a time of
// day too, "fermeront à 20 heures dans les grandes villes, contre 18
// heures dans la plupart des communes": 6 pm, not eighteen hours.
func (p *parser) comparedClock(prev Mention, m *Mention) {
	if p.lang != French || prev.Kind != Time || m.Kind != Cardinal || m.Word || m.Unit != "" || prev.End > m.Start {
		return
	}
	if w := p.word(p.tokenAfter(m.End)); w != "heures" && w != "heure" && w != "h" {
		return
	}
	gap := p.text[prev.End:m.Start]
	if strings.ContainsAny(gap, ".;:") {
		return
	}
	if c := strings.LastIndex(gap, ","); c >= 0 {
		gap = gap[c+1:]
	}
	if g := strings.TrimSpace(gap); g != "contre" && g != "au lieu de" {
		return
	}
	v := m.Rat()
	if v == nil || !v.IsInt() || v.Sign() < 0 || v.Num().Int64() > 24 {
		return
	}
	m.Kind, m.Value, m.clockSaid = Time, fmt.Sprintf("%02d:00", v.Num().Int64()), true
}
