package figures

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// An amount "chacun" of several named together ("Québec et Ottawa y ont
// contribué à hauteur de 150 millions chacun") makes a total the bullet
// may give for them all: "$300m of support from Quebec and Ottawa
// combined". The bullet names who, and says it adds them.

// eachTimesNamed: t, told as a total of the names of its clause, is a
// source amount said of each times how many they are. It returns why,
// or "".
func eachTimesNamed(src []*atom, t Mention) string {
	tv := t.Rat()
	named := t.actors()
	if tv == nil || len(named) < 2 || !totalInClause(t) {
		return ""
	}
	for _, s := range src {
		sv := s.m.Rat()
		if !s.m.eachSaid || sv == nil || class(s.m.Kind) != class(t.Kind) || s.m.Unit != t.Unit && !(s.m.Kind == Money && t.Kind == Money) {
			continue
		}
		if !slices.ContainsFunc(s.m.actors(), func(a string) bool { return slices.Contains(named, a) }) {
			continue // (the source's own list says who: one of them at least)
		}
		if new(big.Rat).Mul(sv, big.NewRat(int64(len(named)), 1)).Cmp(tv) == 0 {
			return s.m.Raw + " each, for " + strconv.Itoa(len(named))
		}
	}
	return ""
}

// asManyTwice: t, told as a total, is twice a source count that "autant"
// matches on the other side ("390 soldats et civils ukrainiens ont été
// libérés, contre autant de Russes": "780 freed in all").
func (r *check) asManyTwice(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || class(t.Kind) != Cardinal || !totalCue(t) {
		return ""
	}
	for _, s := range src {
		sv := s.m.Rat()
		if sv == nil || class(s.m.Kind) != Cardinal || s.m.Paragraph >= len(r.source) || new(big.Rat).Mul(sv, big.NewRat(2, 1)).Cmp(tv) != 0 {
			continue
		}
		text := r.source[s.m.Paragraph]
		_, hi := sentenceBounds(text, s.m.Start)
		if strings.Contains(strings.ToLower(text[s.m.End:hi]), "autant d") {
			return s.m.Raw + " on each side (\"autant\")"
		}
	}
	return ""
}
