package figures

import (
	"math"
	"math/big"
	"slices"
	"strings"
)

// rankOfOther: a summary ordinal supported only by an ordinal of another
// noun, while the source ranks the bullet's noun otherwise: "la première
// femme à diriger la ville" and "au second tour" summarised as "the
// second woman to run the city".
func rankOfOther(src []*atom, s *atom, t Mention) *atom {
	if o := ownRankInstead(src, s, t); o != nil {
		return o
	}
	if t.Kind != Ordinal || s.m.Kind != Ordinal || t.Head == "" || slices.ContainsFunc(rankNouns(t), func(h string) bool { return translatedIn([]string{s.m.Head}, h) }) {
		return nil
	}
	if placeNouns[s.m.Head] && enPlaceNouns[t.Head] {
		return nil // "à la 47e position", "in 47th place": rang, place and position all say where in a table
	}
	if t.Head == "placed" || t.Head == "ranked" {
		return nil // "Third-placed Kivu" for "le troisième acteur, Kivu", "fifth-ranked Petrenko" for "5e du classement": an adjective of rank, of any ranked noun
	}
	if t.Head == "time" || t.style == "since" {
		// ("a first title since the 2006 merger" is no rank among the
		// club's titles: "son 24e titre" stays the title's rank)
		return nil // "le quatrième vol": "flew for the fourth time", the event's rank told as a count of times
	}
	if s.m.Head == "fois" || s.m.Head == "reprise" {
		return nil // "sacré champion pour la 13e fois": the 13th of what the sentence tells, "a 13th title"
	}
	if nounHead(s.m.Head) == "" && !slices.ContainsFunc(t.ctx, func(w string) bool { return runWords[w] }) {
		// "Montpellier est 18e et dernier" has no noun, and may be "in
		// 18th place"; but "a terminé 3e" is no "third straight win"
		// when the source counts the run of wins otherwise
		return nil
	}
	for _, w := range t.ctx {
		if translatedIn([]string{s.m.Head}, w) {
			return nil // "his fourth stage win": the rank's noun is the compound's last word, "quatrième victoire d'étape"
		}
	}
	var other *atom
	for _, o := range src {
		if o.m.Kind != Ordinal || o.m.Head == "" || !slices.ContainsFunc(rankNouns(t), func(h string) bool { return translatedIn([]string{o.m.Head}, h) }) {
			continue
		}
		if o.m.Value == t.Value {
			return nil // "en tête du premier tour ... au second tour": the bullet's "first round" is the source's too
		}
		if other == nil { // (never s: its head failed this test above)
			other = o
		}
	}
	return other
}

// runWords make a rank the length of a run, "a third straight win".
var runWords = map[string]bool{"straight": true, "consecutive": true, "successive": true, "row": true, "running": true}

// refWords tell a rank as the mark another is measured from: "à quatre
// longueurs de la 6e place", "four points off sixth".
var refWords = map[string]bool{"longueurs": true, "points": true, "point": true, "derrière": true, "devant": true,
	"off": true, "behind": true, "ahead": true, "clear": true, "adrift": true, "short": true}

// refRank: m is a rank told as such a mark.
func refRank(m Mention) bool {
	return m.Kind == Ordinal && slices.ContainsFunc(m.ctx, func(w string) bool { return refWords[w] })
}

// ownRankInstead: t matched a rank the source gives only as a mark
// ("Rennes remonte à la 8e place, à quatre longueurs de la 6e") while t
// is told as the subject's own ("lifts Rennes to 6th place"): the
// sentence's own rank of that noun is the one t should give.
func ownRankInstead(src []*atom, s *atom, t Mention) *atom {
	if t.Kind != Ordinal || !refRank(*s.m) || refRank(t) {
		return nil
	}
	if slices.ContainsFunc(t.actors(), func(a string) bool { return slices.Contains(s.m.actors(), a) || slices.Contains(s.m.ctx, a) }) {
		return nil // "devant PSL, 33e, et Sorbonne Université, 41e" told "PSL came 33rd": the name the bullet gives is the rank's own
	}
	for _, o := range src {
		if o != s && o.m.Kind == Ordinal && o.m.Head == s.m.Head && o.m.Value != t.Value && sameSentence(o, s) && !refRank(*o.m) {
			return o
		}
	}
	return nil
}

// rankSplit finds, in the English sentence, the rank and the total a
// source "10e rang sur 17" gives, told apart: "out of 17 industrialized
// countries, Canada has the 10th highest level".
func rankSplit(tgt []*atom, s *atom) (rank, total *atom) {
	n := rankOf(s.m)
	v := s.m.Rat()
	if s.m.Kind != Fraction || n == 0 || v == nil || v.Sign() <= 0 {
		return nil, nil
	}
	f, _ := v.Float64()
	size := math.Round(float64(n) / f) // the value keeps twelve digits: 10/17 is read back as 17
	if math.Abs(float64(n)/size-f) > 1e-9 {
		return nil, nil
	}
	want := big.NewRat(int64(size), 1)
	for _, r := range tgt {
		if r.used || r.m.Kind != Ordinal || atoiSafe(r.m.Value) != n {
			continue
		}
		for _, t := range tgt {
			if !t.used && t != r && class(t.m.Kind) == Cardinal && sameSentence(t, r) {
				if tv := t.m.Rat(); tv != nil && tv.Cmp(want) == 0 {
					return r, t
				}
			}
		}
	}
	return nil, nil
}

// enPlaceNouns say a place in a table, as placeNouns do in French.
var enPlaceNouns = map[string]bool{"place": true, "position": true, "rank": true, "spot": true}

// rankNouns are the words an English ordinal may rank: its head and the
// noun after an adjective, "flight" of "its fourth commercial flight".
func rankNouns(t Mention) []string {
	out := []string{t.Head}
	if np := t.np(); len(np) >= 2 && np[0] == t.Head {
		out = append(out, np[1])
	} else if len(np) >= 1 && np[0] != t.Head && strings.HasSuffix(t.Head, "est") {
		out = append(out, np[0]) // "the world's second-biggest exporter": the superlative's noun
	}
	return out
}
