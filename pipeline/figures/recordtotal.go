package figures

import (
	"math/big"
	"strings"
)

// recordTotal checks a count of games the bullet gives after its own
// record, "21 wins, 15 draws and 22 defeats in 58 games": the games are
// the sum of the record's figures, each the source's, whatever count of
// rounds or matchdays the source gives elsewhere. It reports whether it
// judged t.
func (r *check) recordTotal(src []*atom, t *atom) (verdict, bool) {
	if class(t.m.Kind) != Cardinal || t.m.Kind == Ordinal || !recordGamesEn[t.m.Head] || t.m.Start > len(r.text) {
		return verdict{}, false
	}
	sum, raws := r.termsBefore(t, func(u *atom) string { return u.m.Head }, map[string]bool{"in": true, "from": true, "over": true}, func(u *atom) bool {
		return class(u.m.Kind) == Cardinal && recordTermsEn[u.m.Head] && sourceGives(src, *u.m) // (past the term's noun: "22 defeats in")
	})
	if len(raws) < 2 {
		return verdict{}, false
	}
	if tv := t.m.Rat(); tv != nil && sum.Cmp(tv) == 0 {
		return verdict{true, "derived", Info, "N20", "is derived from the source: the games of the record " + strings.Join(raws, ", ")}, true
	}
	return verdict{true, "modified", Error, "N20", "is not the sum of the bullet's own record " + strings.Join(raws, ", ")}, true
}

// recordGamesEn count the games a record is of; recordTermsEn are its
// terms.
var (
	recordGamesEn = map[string]bool{"games": true, "matches": true, "outings": true, "fixtures": true, "game": true, "match": true, "fights": true, "fight": true, "bouts": true, "bout": true, "contests": true}
	recordTermsEn = map[string]bool{"wins": true, "victories": true, "draws": true, "defeats": true, "losses": true, "ties": true}
)

// sourceRecordGames explains a bullet's count of games, "a 27-fight
// career", as the sum of a whole record the source gives in one sentence,
// "24 victoires, 2 défaites et 1 nul": wins and losses at least, every
// term of the sentence summed, so no sum is found by chance.
func sourceRecordGames(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || !recordGamesEn[t.Head] {
		return ""
	}
	for _, a := range src {
		if !recordWins[a.m.Head] {
			continue
		}
		sum, raws, lost := new(big.Rat), []string{}, false
		for _, b := range src {
			if !sameSentence(a, b) || !(recordWins[b.m.Head] || recordLosses[b.m.Head] || recordDraws[b.m.Head]) {
				continue
			}
			v := b.m.Rat()
			if v == nil || class(b.m.Kind) != Cardinal || hedged(*b.m) || b.m.Comparator != CmpNone {
				return ""
			}
			sum.Add(sum, v)
			raws = append(raws, b.m.Raw+" "+b.m.Head)
			lost = lost || recordLosses[b.m.Head]
		}
		if lost && sum.Cmp(tv) == 0 {
			return "the games of the record " + strings.Join(raws, ", ")
		}
	}
	return ""
}

// recordDraws are the draws of a French record, "et 1 nul".
var recordDraws = map[string]bool{"nul": true, "nuls": true}
