package figures

// winLossRecord supports a team's record told as wins and losses, "to
// stay unbeaten at 11-0", "Landes are 8-3", from the source's count of
// wins followed in its sentence by its count of losses ("huit succès et
// trois revers") or of games ("onze victoires en onze matchs"): the way
// English sport writes a record, which no single source figure gives.
func (r *check) winLossRecord(src []*atom, t *atom) bool {
	if t.m.Kind != Score {
		return false
	}
	wins, losses, ok := scoreParts(t.m.Value)
	if !ok {
		return false
	}
	for i, a := range src[:max(len(src)-1, 0)] {
		b := src[i+1]
		if !recordWins[a.m.Head] || !sameSentence(a, b) || !countIs(*a.m, wins) {
			continue
		}
		if recordLosses[b.m.Head] && countIs(*b.m, losses) || recordGames[b.m.Head] && countIs(*b.m, wins+losses) {
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: a record of " + a.m.Raw + " " + a.m.Head + " and " + b.m.Raw + " " + b.m.Head})
			return true
		}
	}
	return false
}

// countIs: m is the exact count n, no hedge, no bound.
func countIs(m Mention, n int) bool {
	v := m.Rat()
	return class(m.Kind) == Cardinal && m.Comparator == CmpNone && !m.Vague && v != nil && v.IsInt() && v.Num().IsInt64() && v.Num().Int64() == int64(n)
}

var (
	recordWins   = map[string]bool{"victoires": true, "victoire": true, "succès": true}
	recordLosses = map[string]bool{"défaites": true, "défaite": true, "revers": true}
	recordGames  = map[string]bool{"matchs": true, "match": true, "rencontres": true, "rencontre": true}
)
