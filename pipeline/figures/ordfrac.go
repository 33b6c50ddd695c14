package figures

import "math/big"

// "a third experiment", "a fifth classroom": after the article, an
// English fraction word before a noun is the ordinal. Only nouns that
// come in turn are known to the parser (inTurn); for the others the
// mention stays a fraction marked with the ordinal reading, which the
// matcher takes when the source has that ordinal and no fraction.

// fractionFollowers are the words after "a third" that keep it a share:
// of what, how much more, a verb of the share as subject.
var fractionFollowers = map[string]bool{
	"of": true, "more": true, "less": true, "fewer": true, "as": true, "than": true, "and": true, "or": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "the": true,
	"down": true, "up": true, "off": true, "again": true, "since": true, "between": true, "were": true,
	"was": true, "are": true, "is": true, "had": true, "have": true, "each": true, "higher": true,
	"lower": true, "cheaper": true, "bigger": true, "smaller": true, "larger": true, "greater": true,
	"over": true, "under": true, "below": true, "above": true, "said": true, "say": true, "full": true,
	"empty": true, "percent": true, "per": true, "share": true, "stake": true, "stakes": true,
}

// ordinalReading marks "a third" + noun with the ordinal reading.
func (p *parser) ordinalReading(i, k int, f [2]int64, m *Mention) {
	nx := p.word(i + k + 1)
	// "hit the Pentagon with a third, and crashed the fourth": a third
	// one, its noun left to the sentence
	ends := nx == "" && (p.sym(i+k+1) == "," || p.sym(i+k+1) == ";") && p.word(i-1) != "by" && p.word(i-1) != "of"
	// "a third 180-seat screen": a compound of a number before the noun
	compound := nx == "" && p.num(i+k+1) != nil && p.sym(i+k+2) == "-" && p.glued(i+k+2) && p.word(i+k+3) != ""
	if p.lang != English || k != 1 || p.word(i) != "a" || nx == "" && !ends && !compound || fractionFollowers[nx] || !ordinalLike(p.word(i+k)) {
		return
	}
	if f[0] == 1 && f[1] >= 3 {
		m.Alt = "ordinal"
	}
}

// ordinalFraction: a source ordinal and an English "a third" + noun
// read as the ordinal; ok when it is the same rank.
func ordinalFraction(s, t Mention) (same, on bool) {
	if t.Kind == Ordinal && s.Kind == Fraction && s.Alt == "ordinal" {
		s, t = t, s // "le douzième de sa saison": "his 12th of the season"
	}
	if s.Kind != Ordinal || t.Kind != Fraction || t.Alt != "ordinal" {
		return false, false
	}
	sv := s.Rat()
	if sv == nil || sv.Sign() <= 0 {
		return false, true
	}
	return canonical(new(big.Rat).Inv(sv)) == t.Value, true
}

// otherRank finds, for a summary's "a third" + noun that no source
// figure supports, a source ordinal of a thing ("une deuxième usine"):
// the bullet then ranks it otherwise.
func otherRank(src []*atom, t Mention) *atom {
	if t.Kind != Fraction || t.Alt != "ordinal" {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Ordinal && s.m.Head != "" && !s.m.label {
			return s
		}
	}
	return nil
}

// frOrdinalReading: "C'est le douzième de sa saison" is his twelfth;
// "le cinquième de sa fortune" is a fifth. A French fraction word after
// "le" and before a possessive takes both readings, as "a third" + noun does.
func (p *parser) frOrdinalReading(i, k int, m *Mention) {
	if p.lang == French && m.Kind == Fraction && p.word(i) == "le" && (p.word(i+k+1) == "de" || p.word(i+k+1) == "d'") && frPossessives[p.word(i+k+2)] {
		m.Alt = "ordinal"
	}
}

// frPossessives own the noun after "le douzième de".
var frPossessives = map[string]bool{"sa": true, "son": true, "ses": true, "leur": true, "leurs": true, "notre": true, "votre": true}
