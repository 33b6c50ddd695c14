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

// rankOfTotal: t is a rank told with the size of its field ("Paris comes
// fourth out of 14 European cities") that the source gives apart, the
// rank in one sentence and the field in the one before or after it ("Au
// total, 14 villes ... Paris se classe au quatrième rang"). It returns
// why, or "".
func rankOfTotal(src []*atom, t Mention) string {
	if t.Kind != Fraction || len(t.Parts) != 2 || enOrdinals[strings.ToLower(firstWord(t.Raw))] == 0 && !ordinalSuffixed(firstWord(t.Raw)) {
		return ""
	}
	rank, field := t.Parts[0].Value, t.Parts[1].Value
	for _, a := range src {
		if a.m.Kind != Ordinal || a.m.Value != rank {
			continue
		}
		for _, b := range src {
			if class(b.m.Kind) == Cardinal && b.m.Value == field && b.m.Paragraph == a.m.Paragraph && b.m.Sentence-a.m.Sentence <= 1 && a.m.Sentence-b.m.Sentence <= 1 {
				return a.m.Raw + " of the " + b.m.Raw
			}
		}
	}
	return ""
}

// firstWord is the first word of s: "fourth" of "fourth out of 14".
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// firstSince: "the first French winner since 1997", "their first win
// since December 2" tell what the source says with "depuis" ("Aucun
// Français ne s'était imposé ... depuis 1997", "n'avaient plus gagné
// depuis le 2 décembre"): the first in a span of time, no rank.
func (r *check) firstSince(src []*atom, t *atom) bool {
	if t.m.Kind != Ordinal || t.m.Value != "1" || t.m.End >= len(r.text) {
		return false
	}
	rest := r.text[t.m.End:min(len(r.text), t.m.End+40)]
	at := strings.Index(rest, " since ")
	if at < 0 || strings.ContainsAny(rest[:at], ".;") {
		return false
	}
	for _, u := range r.line {
		if u.m.Start != t.m.End+at+len(" since ") {
			continue
		}
		for _, s := range src {
			if s.m.Paragraph < len(r.source) && (exact(*s.m, *u.m) || lenientDate(*s.m, *u.m, ModeSummary).ok) &&
				strings.Contains(r.source[s.m.Paragraph][max(0, s.m.Start-12):s.m.Start], "depuis") &&
				!slices.ContainsFunc(src, func(o *atom) bool { return o.m.Kind == Ordinal && o.m.Value != "1" && sameSentence(o, s) }) {
				return true // (not "la cinquième fois depuis 2021": the span has its rank)
			}
		}
	}
	return false
}
