package figures

import (
	"math/big"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dates before the common era (N13): "vers 260 av. J.-C." is 260 BC, and
// "260 apr. J.-C." written "260BC" moves the date by five centuries
// with every digit right. The era is read from the words after the
// figure (or "AD" before it); a date without one is of the common era.

var frBefore = []string{"av. J.-C", "av J.-C", "avant J.-C", "av. J-C", "av J-C", "avant J-C", "avant Jésus-Christ", "av. notre ère", "avant notre ère", "AEC"}

var enBefore = []string{"BC", "B.C.", "BCE", "B.C.E.", "before Christ"}

// eraWords are both languages' words: French left in English copy
// ("the 2nd century av. J.-C.") still says it.
var eraWords = slices.Concat(frBefore, enBefore)

// beforeEra: the figure is said of a year, century or millennium before
// the common era.
func (p *parser) beforeEra(m Mention) bool {
	if m.Kind == Identifier && p.lang == English {
		return strings.HasSuffix(m.Value, "-BC") || strings.HasSuffix(m.Value, "-BCE") // "260BC"
	}
	if class(m.Kind) != Cardinal && m.Kind != Year && m.Kind != Ordinal || m.Kind == Cardinal && m.Word {
		return false // ("four B.C. premiers": a count in words dates nothing; years are written in digits)
	}
	rest := strings.TrimLeft(p.text[m.End:], " \u00a0\u202f")
	for _, w := range []string{"century ", "centuries ", "millennium ", "millennia ", "siècle ", "siècles ", "millénaire ", "millénaires ", "ans ", "years "} {
		rest = strings.TrimPrefix(rest, w) // "the 2nd century BC", "le Ve millénaire av. J.-C.", "600 ans avant Jésus-Christ"
	}
	if strings.HasPrefix(rest, "B.C.") && provinceVerb(rest[4:]) && m.Rat() != nil && m.Rat().Cmp(big.NewRat(1800, 1)) >= 0 {
		return false // "Since 1994 B.C. got Royal Roads": British Columbia, no year before Christ
	}
	for _, e := range eraWords {
		if r, _ := utf8.DecodeRuneInString(rest[min(len(e), len(rest)):]); strings.HasPrefix(rest, e) && !unicode.IsLetter(r) && !provinceNoun(rest[min(len(e), len(rest)):]) {
			return true
		}
	}
	return false
}

// provinceNoun: the words after an era's letters make them British
// Columbia's, "25 BC MPs", "three BC ridings": a capitalised or plural
// noun follows, as no year before Christ is followed.
func provinceNoun(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",.;:()")
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && w == f[0] && (unicode.IsUpper(r) && w != "And" || strings.HasSuffix(w, "s") && len(w) > 3 && w != "was")
}

// eraCheck reports paired figures of which one side says "before
// Christ" and the other does not.
func (r *check) eraCheck(ts []*atom) {
	for _, t := range ts {
		if s := t.pair; s != nil && s.m.bc != t.m.bc {
			why := "the source dates it before the common era, the English does not"
			if t.m.bc {
				why = "the English dates it before the common era, the source does not"
			}
			r.add(s, t, verdict{true, "modified", Error, "N13", why})
		}
	}
}

// provinceVerb: the words after "B.C." open with a verb, so that B.C. is
// the subject ("B.C. got", "B.C. has"), the province, not an era.
func provinceVerb(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	switch w {
	case "got", "gets", "get", "receives", "received", "lost", "paid", "pays", "spent", "spends", "needs":
		return true
	}
	return enVerbish(w)
}
