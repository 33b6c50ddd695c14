package figures

import "strings"

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
	recordGamesEn = map[string]bool{"games": true, "matches": true, "outings": true, "fixtures": true}
	recordTermsEn = map[string]bool{"wins": true, "victories": true, "draws": true, "defeats": true, "losses": true, "ties": true}
)
