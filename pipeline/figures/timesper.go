package figures

import "strings"

// timesPer: "twice an hour" for "toutes les 30 minutes": so many times in
// the period the bullet names, each the source's interval apart.
func (r *check) timesPer(src []*atom, t Mention) string {
	n := t.Rat()
	if t.Kind != Multiplier || n == nil || !n.IsInt() || n.Sign() <= 0 || t.End > len(r.text) {
		return ""
	}
	after := strings.Fields(strings.ToLower(r.text[t.End:]))
	if len(after) < 2 || after[0] != "a" && after[0] != "an" && after[0] != "per" && after[0] != "every" {
		return ""
	}
	period := clockParts[strings.TrimRight(after[1], ".,;")]
	if period == 0 {
		return ""
	}
	for _, a := range src {
		v := a.m.Rat()
		if a.m.Alt != "every" || v == nil || !v.IsInt() || clockParts[a.m.Head] == 0 {
			continue
		}
		if v.Num().Int64()*int64(clockParts[a.m.Head])*n.Num().Int64() == int64(period) {
			return a.m.Raw + " told as a count per " + strings.TrimRight(after[1], ".,;")
		}
	}
	return ""
}
