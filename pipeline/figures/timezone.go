package figures

import (
	"fmt"
	"strings"
)

// Time zones (N15): the French press gives times "heure de Paris", the
// English wire style "GMT" or "UTC", one or two hours earlier (winter,
// summer): "à 18 h, heure de Paris" = "at 1600 GMT".
const (
	zoneParis int8 = 1
	zoneGMT   int8 = 2
)

// timeZone reads the zone said right after a time of day.
func (p *parser) timeZone(m *Mention) {
	if m.Kind != Time {
		return
	}
	raw := strings.ToLower(m.Raw)
	if strings.HasSuffix(raw, "gmt") || strings.HasSuffix(raw, "utc") {
		m.zone = zoneGMT
		return
	}
	after := strings.ToLower(p.text[m.End:min(len(p.text), m.End+24)])
	after = strings.TrimLeft(after, " ,(\u00a0\u202f")
	switch {
	case strings.HasPrefix(after, "gmt") || strings.HasPrefix(after, "utc"):
		// ("16 h 24 UTC" in a French text too)
		m.zone = zoneGMT
	case p.lang == French && (strings.HasPrefix(after, "heure de paris") || strings.HasPrefix(after, "heure française") ||
		strings.HasPrefix(after, "heure locale") || strings.HasPrefix(after, "heure de france")):
		m.zone = zoneParis
	}
}

// zonesAgree: two times of day said in the same zone, or one without a
// zone: "17 h 24, heure de Paris" is no "17:24 UTC".
func zonesAgree(s, t Mention) bool {
	return s.zone == 0 || t.zone == 0 || s.zone == t.zone
}

// zoneShift: a Paris time written in GMT or UTC, one or two hours
// earlier.
func zoneShift(s, t Mention) bool {
	if s.Kind != Time || t.Kind != Time || s.zone != zoneParis || t.zone != zoneGMT {
		return false
	}
	var sh, sm, th, tm int
	if _, err := fmt.Sscanf(s.Value, "%d:%d", &sh, &sm); err != nil {
		return false
	}
	if _, err := fmt.Sscanf(t.Value, "%d:%d", &th, &tm); err != nil {
		return false
	}
	d := ((sh-th)%24 + 24) % 24
	return sm == tm && (d == 1 || d == 2)
}
