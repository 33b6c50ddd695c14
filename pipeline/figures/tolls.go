package figures

import (
	"math/big"
	"slices"
	"strings"
)

// tollSum: "deux jeunes hommes sont morts ... trois personnes ont péri"
// make "five people died": two death tolls, counted in people, summed.
func tollSum(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || !peopleNoun(t.Head) && !casualty(t.ctx) || !deathWords(t.ctx, t.clause()) {
		return ""
	}
	var tolls []*atom
	for _, a := range src {
		if class(a.m.Kind) == Cardinal && a.m.Unit == "" && !hedged(*a.m) && peopleNoun(a.m.Head) && deathWords(a.m.ctx, a.m.clause()) {
			tolls = append(tolls, a)
		}
	}
	for i, a := range tolls {
		for _, b := range tolls[i+1:] {
			if a.m.Value == b.m.Value && a.m.Start == b.m.Start {
				continue
			}
			if new(big.Rat).Add(a.m.Rat(), b.m.Rat()).Cmp(t.Rat()) == 0 {
				return "sum of the tolls " + a.m.Raw + " and " + b.m.Raw
			}
		}
	}
	return ""
}

// peopleNoun: the noun counts people, whoever they are.
func peopleNoun(h string) bool {
	switch h {
	case "personnes", "hommes", "femmes", "enfants", "gens", "individus", "victimes", "morts", "tués", "décès",
		"people", "men", "women", "children", "persons", "victims", "dead", "deaths", "fatalities":
		return true
	}
	return false
}

// deathWords: the words around a figure say people died.
func deathWords(lists ...[]string) bool {
	for _, ws := range lists {
		if slices.ContainsFunc(ws, deathWord) {
			return true
		}
	}
	return false
}

// deathWord: the word says people died ("died", "péri", "tués").
func deathWord(w string) bool {
	return slices.ContainsFunc(deathStems, func(stem string) bool { return strings.HasPrefix(w, stem) })
}

var deathStems = []string{"mort", "péri", "tué", "décéd", "décès", "victime", "died", "dead", "killed", "death", "perish", "fatal"}
