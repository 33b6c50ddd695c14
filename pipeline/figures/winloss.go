package figures

import (
	"slices"
	"strings"
)

// A season's "14-6 record" is 14 wins and 6 losses, which French writes
// "14 victoires pour 6 défaites": two counts, not a score.

// winLossRecords splits an English score told as a record into its wins
// and its losses.
func (p *parser) winLossRecords(ms []Mention) []Mention {
	if p.lang != English || !slices.ContainsFunc(ms, func(m Mention) bool { return p.isRecord(m) }) {
		return ms // copying every mention costs a dense text a tenth of its time
	}
	var out []Mention
	for _, m := range ms {
		w, l, ok := strings.Cut(m.Raw, "-")
		if !p.isRecord(m) || !ok || w == "" || l == "" {
			out = append(out, m)
			continue
		}
		wins := Mention{Kind: Cardinal, Value: m.Value[:strings.IndexByte(m.Value, '-')], Head: "wins", Start: m.Start, End: m.Start + len(w), Lang: m.Lang}
		losses := Mention{Kind: Cardinal, Value: m.Value[strings.IndexByte(m.Value, '-')+1:], Head: "losses", Start: m.End - len(l), End: m.End, Lang: m.Lang}
		wins.Raw, losses.Raw = p.text[wins.Start:wins.End], p.text[losses.Start:losses.End]
		out = append(out, wins, losses)
	}
	return out
}

// isRecord: a score followed by "record".
func (p *parser) isRecord(m Mention) bool {
	return m.Kind == Score && p.word(p.tokenAfter(m.End)) == "record"
}
