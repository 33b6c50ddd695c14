package figures

import (
	"fmt"
	"strings"
)

// hoursBack gives a bare hour the time of day of the hour listed right
// after it, "dès 7 ou 8 heures du matin", "at 7 or 8 a.m.": both are
// times, and "7 a.m or 8 a.m." compares with the first.
func (p *parser) hoursBack(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], ms[k+1]
		if a.Kind != Cardinal || a.Unit != "" || a.Scale != "" || b.Kind != Time || len(b.Value) != 5 || b.Value[2] != ':' || a.End > b.Start {
			continue
		}
		switch strings.TrimSpace(p.text[a.End:b.Start]) {
		case "ou", "or", "et", "and":
		default:
			continue
		}
		h, bh := atoiSafe(a.Value), atoiSafe(b.Value[:2])
		b12 := bh % 12 // the second hour on a twelve-hour face
		if b12 == 0 {
			b12 = 12
		}
		if h < 1 || h >= b12 {
			continue // the first hour of such a list comes before the second
		}
		if bh > 12 {
			h += 12 // "7 or 8 p.m."
		}
		a.Kind, a.Value = Time, fmt.Sprintf("%02d:00", h)
	}
}
