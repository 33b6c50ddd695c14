package figures

import (
	"math/big"
	"strings"
	"unicode"
)

// sumOfJoined: the bullet gives one amount for two receivers or givers
// it joins with "and", "€25 million to its cereal and pig farmers" of
// "18 millions d'euros à ses adhérents céréaliers et de 7 millions à ses
// éleveurs porcins", "€3 million from the water agency and the region"
// of "2,1 millions d'euros de l'agence ... et 900 000 euros de la
// région": two exact figures of one source sentence, one after the
// other, whose words after each are told on their own side of the
// "and". The bullet names both, so it sums them; naming one would not.
func (r *check) sumOfJoined(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if tv == nil || !numeric(*t.m) || t.m.dir != 0 {
		return ""
	}
	left, right := r.joinedSides(t)
	if len(left) == 0 || len(right) == 0 {
		return ""
	}
	for i, a := range src {
		if i+1 >= len(src) {
			break
		}
		b := src[i+1]
		if !sameSentence(a, b) || !numeric(*a.m) || !numeric(*b.m) || class(a.m.Kind) != class(t.m.Kind) || class(b.m.Kind) != class(t.m.Kind) ||
			a.m.Unit != b.m.Unit || hedged(*a.m) || hedged(*b.m) || partAndWhole(*a.m, *b.m) || a.m.eachSaid || b.m.eachSaid {
			continue
		}
		if sum := new(big.Rat).Add(a.m.Rat(), b.m.Rat()); sum.Cmp(tv) != 0 && !hedgedRound(*t.m, sum, tv) {
			continue
		}
		text := r.source[a.m.Paragraph]
		if b.m.Start > len(text) || !strings.Contains(" "+text[a.m.End:b.m.Start]+" ", " et ") {
			continue
		}
		afterA := lowerWords(text[a.m.End:b.m.Start])
		afterB := lowerWords(clauseAfter(text[b.m.End:]))
		if toldAmong(afterA, left) && toldAmong(afterB, right) {
			return "sum of " + pairNamed(*a.m, *b.m) + ", both named"
		}
	}
	return ""
}

// joinedSides are the bullet's words after t up to its clause's end,
// split at the first "and": the two things t is told of.
func (r *check) joinedSides(t *atom) ([]string, []string) {
	if t.m.End >= len(r.text) {
		return nil, nil
	}
	words := lowerWords(clauseAfter(r.text[t.m.End:]))
	for k, w := range words {
		if w == "and" {
			return words[:k], words[k+1:]
		}
	}
	return nil, nil
}

// clauseAfter is the text up to the next clause break or figure.
func clauseAfter(s string) string {
	if k := strings.IndexFunc(s, func(c rune) bool { return c == ',' || c == ';' || c == '.' || c == ':' || unicode.IsDigit(c) }); k >= 0 {
		return s[:k]
	}
	return s
}

// lowerWords are the lowercase words of s.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return !unicode.IsLetter(c) && c != '-' })
}

// toldAmong: a French word of fr of four letters or more is translated
// by one of en.
func toldAmong(fr, en []string) bool {
	for _, f := range fr {
		if len(f) < 4 {
			continue
		}
		for _, e := range en {
			if len(e) >= 3 && (translates(f, e) || headAgrees(f, e) || cognate(f, e)) {
				return true
			}
		}
	}
	return false
}
