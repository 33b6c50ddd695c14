package figures

import (
	"math/big"
	"slices"
	"strconv"
)

// An amount "chacun" of several named together ("Québec et Ottawa y ont
// contribué à hauteur de 150 millions chacun") makes a total the bullet
// may give for them all: "$300m of support from Quebec and Ottawa
// combined". The bullet names who, and says it adds them.

// eachTimesNamed: t, told as a total of the names of its clause, is a
// source amount said of each times how many they are. It returns why,
// and the source figure.
func eachTimesNamed(src []*atom, t Mention) (string, *atom) {
	tv := t.Rat()
	named := t.actors()
	if tv == nil || len(named) < 2 || !totalCue(t) && !slices.ContainsFunc(t.clause(), func(w string) bool { return totalWords[w] || w == "together" }) {
		return "", nil
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
			return s.m.Raw + " each, for " + strconv.Itoa(len(named)), s
		}
	}
	return "", nil
}
