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
	var list []*atom
	for u, next := r.figureBefore(t), t; u != nil; u, next = r.figureBefore(u), u {
		gap := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r.text[min(u.m.End, next.m.Start):next.m.Start]), u.m.Head)) // (past the term's noun: "22 defeats in")
		joined := gap == "," || gap == "and" || gap == ", and" || next == t && (gap == "in" || gap == "from" || gap == "over")
		if !joined || class(u.m.Kind) != Cardinal || !recordTermsEn[u.m.Head] || u.m.Rat() == nil || !sourceGives(src, *u.m) {
			break
		}
		list = append(list, u)
	}
	if len(list) < 2 {
		return verdict{}, false
	}
	sum, raws := new(big.Rat), make([]string, 0, len(list))
	for k := len(list) - 1; k >= 0; k-- {
		sum.Add(sum, list[k].m.Rat())
		raws = append(raws, list[k].m.Raw)
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
