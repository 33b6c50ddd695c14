package figures

import (
	"math/big"
	"strings"
)

// An amount the source spreads over several years ("15 millions d'euros
// d'économies sur trois ans") told per year in a bullet ("€15 million of
// savings a year") is three times too large: a changed figure (N18).

// spanHeads are the periods a French total is spread over.
var spanHeads = map[string]bool{"ans": true, "années": true, "mois": true}

// spreadOverSpan: t is counted per period while s, its source figure, is
// a total the figure right after it spreads over several periods, "sur
// trois ans", "en 18 mois"; it returns the span's words, or "".
func (r *check) spreadOverSpan(src []*atom, s, t *atom) string {
	if t.m.per == 0 || s.m.per != 0 || s.m.nounPer != 0 || s.m.Kind != Money && s.m.Kind != Quantity || s.m.Paragraph >= len(r.source) {
		return ""
	}
	var span *atom // the next figure of s's paragraph
	for _, o := range src {
		if o.m.Paragraph == s.m.Paragraph && o.m.Start >= s.m.End && (span == nil || o.m.Start < span.m.Start) {
			span = o
		}
	}
	text := r.source[s.m.Paragraph]
	if span == nil || !spanHeads[span.m.Head] || class(span.m.Kind) != Cardinal || span.m.Start > len(text) {
		return ""
	}
	if n := span.m.Rat(); n == nil || n.Cmp(big.NewRat(1, 1)) <= 0 {
		return ""
	}
	between := strings.ToLower(strings.TrimSpace(text[s.m.End:span.m.Start]))
	if len(between) > 48 || strings.ContainsAny(between, ".;,0123456789") {
		return ""
	}
	between = strings.TrimSuffix(between, " les")
	if !strings.HasSuffix(" "+between, " sur") && !strings.HasSuffix(" "+between, " en") {
		return ""
	}
	return span.m.Raw + " " + span.m.Head
}
