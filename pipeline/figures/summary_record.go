package figures

import "strings"

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
	for _, a := range src {
		if recordWins[a.m.Head] && countIs(*a.m, wins) && r.lossesSpelledAfter(a) == losses {
			// "19 succès pour une seule défaite": the losses in words no figure reads
			lost := "no loss"
			if losses == 1 {
				lost = "one loss"
			}
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: a record of " + a.m.Raw + " " + a.m.Head + " and " + lost})
			return true
		}
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
	recordGames  = map[string]bool{"matchs": true, "match": true, "rencontres": true, "rencontre": true, "journées": true, "sorties": true} // "19 victoires en 28 journées"
)

// lossesSpelledAfter is the count of losses the words right after a
// count of wins give without a figure, "pour une seule défaite" (1),
// "sans la moindre défaite", "et aucune défaite" (0), or -1.
func (r *check) lossesSpelledAfter(a *atom) int {
	if a.m.Paragraph >= len(r.source) || a.m.End >= len(r.source[a.m.Paragraph]) {
		return -1
	}
	text := r.source[a.m.Paragraph]
	rest := strings.ToLower(text[a.m.End:min(len(text), a.m.End+60)])
	if i := strings.IndexAny(rest, ".;"); i >= 0 {
		rest = rest[:i]
	}
	for _, n := range []struct {
		words string
		count int
	}{{"aucune défaite", 0}, {"aucun revers", 0}, {"sans défaite", 0}, {"sans la moindre défaite", 0}, // (first: "aucune défaite" holds "une défaite")
		{"une seule défaite", 1}, {"un seul revers", 1}, {"une défaite", 1}, {"un revers", 1}} {
		if strings.Contains(rest, n.words) {
			return n.count
		}
	}
	return -1
}
