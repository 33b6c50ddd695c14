package figures

import "strconv"

// tiebreaks read the tie-break of a tennis set told by the loser's points
// in brackets, "6-7(5)", "7-6 (3)", as English and often French write it;
// French may write it in full, "6-7 (5/7)". The winner took seven
// points, or two more than the loser.
func (p *parser) tiebreaks(ms []Mention) {
	for k := 1; k < len(ms); k++ {
		set, m := ms[k-1], &ms[k]
		if m.Kind != Cardinal || set.Kind != Score || set.Value != "6-7" && set.Value != "7-6" || m.Start < set.End || m.Start-set.End > 2 {
			continue
		}
		if gap := p.text[set.End:m.Start]; gap != "(" && gap != " (" || m.End >= len(p.text) || p.text[m.End] != ')' {
			continue
		}
		n, err := strconv.Atoi(m.Value)
		if err != nil || n < 0 || n > 30 {
			continue
		}
		won, lost := strconv.Itoa(max(7, n+2)), m.Value
		m.Kind, m.Value = Score, won+"-"+lost
		if set.Value == "6-7" {
			m.Value = lost + "-" + won // lost the tie-break: the loser's points first
		}
	}
}
