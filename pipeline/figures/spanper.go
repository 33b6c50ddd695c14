package figures

import (
	"regexp"
	"strings"
)

// An amount the source spreads over several years ("15 millions d'euros
// d'économies sur trois ans") told per year in a bullet ("€15 million of
// savings a year") is three times too large: a changed figure (N18).

// spanAfterAmount reads "sur trois ans", "en deux ans", "over five
// years" in the words right after a figure.
var spanAfterAmount = regexp.MustCompile(`^[^.;,0-9]{0,40}?\b(?:sur|en|over|in)\s+(?:les\s+|the\s+next\s+|the\s+)?(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)\s+(ans|années|mois|years|months)\b`)

// spreadOverSpan: t is counted per period while s, its source figure, is
// a total the source spreads over a span of several periods; it returns
// the span's words, or "".
func (r *check) spreadOverSpan(s, t *atom) string {
	if t.m.per == 0 || s.m.per != 0 || s.m.nounPer != 0 || s.m.Kind != Money && s.m.Kind != Quantity || s.m.Paragraph >= len(r.source) {
		return ""
	}
	text := r.source[s.m.Paragraph]
	if s.m.End > len(text) {
		return ""
	}
	sp := spanAfterAmount.FindStringSubmatch(strings.ToLower(text[s.m.End:min(len(text), s.m.End+80)]))
	if sp == nil {
		return ""
	}
	return strings.TrimSpace(sp[0][strings.LastIndex(sp[0], sp[1]):])
}
