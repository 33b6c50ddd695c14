package figures

import (
	"math/big"
	"slices"
)

// The owner of a figure is the name its clause gives it: the nearest
// name before it in its sentence ("Juan Ayuso est 2e à 18 secondes,
// Antonio Tiberi 3e à 42 secondes": 18 is Ayuso's, 42 Tiberi's), or the
// name right after "pour"/"for" ("2,98 % pour l'OAT"). Parallel clauses
// keep their names in front of their figures in both languages, so two
// figures of one English sentence that each took the other's owner were
// swapped between their names, even when no name stands next to either.

// ownerReach bounds the walk back to the owner, which keeps the reading
// linear on a paragraph that is one long sentence.
const ownerReach = 24

// ownerName sets m.owner from the tokens around m.
func (p *parser) ownerName(m *Mention) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if n := p.nameAfterFor(i1); n != "" {
		m.owner = n
		return
	}
	for j := i0 - 1; j >= 0 && j >= i0-ownerReach; j-- {
		if endMark(p.sym(j)) && !p.initialAt(j-1) {
			return
		}
		if w := p.word(j); (w == "où" || w == "where") && subjectPronouns[p.word(j+1)] {
			// "Le Stade Brestois a affrété un avion pour son déplacement à
			// Prague, où il s'est imposé 2-1": the name before "où" is the
			// place; the pronoun stands for the sentence's subject
			lo, _ := p.sentenceTokens(p.toks[j].start)
			m.owner = p.subjectName(lo, j)
			return
		}
		if p.initialAt(j) && p.ownerWord(j-1) {
			m.owner = p.nameKey(j - 1) // "Marc D.": the first name before the initial
			return
		}
		if p.ownerWord(j) {
			if p.beatenName(j) {
				return // "en dominant Le Cannet 3-0": the side beaten, no owner of the score
			}
			if p.placeOfFigureBefore(j, i0) {
				return // "41 % en Martinique et 17,3 % dans l'Hexagone": Martinique is the 41 %'s
			}
			m.owner = p.nameKey(j)
			return
		}
	}
}

// beatenName: the name ending at j is the object of a verb of result,
// "dominant Le Cannet", "beat Lyon".
func (p *parser) beatenName(j int) bool {
	k := j
	for k > 0 && p.capital(k-1) && p.toks[k-1].kind == tWord && !p.sentenceInitial(k-1) {
		k--
	}
	if w := p.word(k - 1); w == "le" || w == "la" || w == "les" || w == "l'" || w == "the" {
		k--
	}
	return winVerbs[p.word(k-1)] || loseVerbs[p.word(k-1)]
}

// placeOfFigureBefore: the name at j follows a figure through a
// preposition of place, "41 % en Martinique", "38% in Guadeloupe", and
// only "et"/"and" joins it to the figure at i0: it is the other entry's
// place, no owner of this one ("reculé de 6 % à Nice en 2023, à 1 340
// faits" keeps Nice's clause).
func (p *parser) placeOfFigureBefore(j, i0 int) bool {
	for b := j + 1; b < i0; b++ {
		if w := p.word(b); w != "et" && w != "and" {
			return false
		}
	}
	k := j - 1
	if placeArticle[p.word(k)] {
		k--
	}
	return opensWithPlace[p.word(k)] && k > 0 && (p.toks[k-1].kind == tNum || p.sym(k-1) == "%")
}

// initialAt: the token at j is a single capital letter before a full
// stop, a name's initial ("Marc D.", "Julien R."), not a sentence's end.
func (p *parser) initialAt(j int) bool {
	if j < 0 || j+1 >= len(p.toks) || p.toks[j].kind != tWord || len(p.toks[j].text) != 1 || !p.capital(j) {
		return false
	}
	return p.sym(j+1) == "." && p.glued(j+1)
}

// nameAfterFor reads "pour le Bund", "for the OAT", "955 at Cholet", a
// noun or two after the figure allowed ("42 secondes pour Tiberi"): the
// name the figure is said of, before any name further back. ("in France"
// is not read: it says where, after any owner.)
func (p *parser) nameAfterFor(i int) string {
	for k := i; k < i+3 && k < len(p.toks); k++ {
		w := p.word(k)
		if w != "pour" && w != "for" && w != "at" {
			if p.toks[k].kind != tWord || p.capital(k) {
				return ""
			}
			continue
		}
		j := k + 1
		if ownerArticles[p.word(j)] {
			j++
		}
		if !p.ownerWord(j) {
			return ""
		}
		for j+1 < len(p.toks) && p.ownerWord(j+1) {
			j++ // "pour Manchester City": the run's last word
		}
		return p.nameKey(j)
	}
	return ""
}

var ownerArticles = map[string]bool{"le": true, "la": true, "l'": true, "les": true, "the": true}

// ownerWord: a capitalised word, not a month nor a weekday. A sentence's
// first word counts ("Ayuso sits second"): a common word there ("Après",
// "After") is no name of the other language, so it crosses nothing.
func (p *parser) ownerWord(j int) bool {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tWord || len(p.toks[j].low) <= 2 || !p.capital(j) {
		return false
	}
	w := p.toks[j].low
	return enMonths[w] == 0 && enWeekdays[w] == 0 && frMonths[w] == 0 && frWeekdays[w] == 0 && unitWords[w] == "" // ("355 et 365 TWh": a unit, no name)
}

// nameKey is the name at j as compared (nameAt), a place the table knows
// as its code, as nameKeys gives it.
func (p *parser) nameKey(j int) string {
	n := p.nameAt(j)
	if c, ok := places[n]; ok {
		return c
	}
	return n
}

// ownersCrossed: each English figure took the owner of the other's
// source figure, and the source gives the two figures two owners.
func ownersCrossed(s1, t1, s2, t2 Mention) bool {
	if s1.owner == "" || s2.owner == "" || sameOwner(s1.owner, s2.owner) || t1.owner == "" || t2.owner == "" {
		return false
	}
	return sameOwner(t1.owner, s2.owner) && sameOwner(t2.owner, s1.owner)
}

// ownerTaken: t2 took the owner of s1, a name both texts write
// mid-sentence, which neither s2 nor t1 has: "Les pensions de base ...
// 5,3 % ... Les retraites complémentaires Agirc-Arrco ... 4,9 %" told
// "Basic state pensions will rise 4.9% ..., while Agirc-Arrco top-up
// pensions go up 5.3%". The other owners are a sentence's first words,
// no names, so ownersCrossed cannot see the swap from both sides.
func (r *check) ownerTaken(s1, t1, s2, t2 *atom) bool {
	o := s1.m.owner
	if o == "" || !r.known[o] || !sameOwner(t2.m.owner, o) || sameOwner(s2.m.owner, o) || sameOwner(t1.m.owner, o) || r.known[s2.m.owner] || r.known[t1.m.owner] {
		return false
	}
	if slices.ContainsFunc(t1.m.ctx, func(w string) bool { return sameOwner(w, o) }) {
		return false // "sentenced to eight years by the Loiret criminal court, and banned ... for a decade": the name after t1 is t1's too
	}
	// two rates or amounts one could take for the other: of one kind and
	// unit, within a factor of two, neither counting a noun of its own
	if s1.m.Kind != s2.m.Kind || s1.m.Unit != s2.m.Unit || !numeric(*s1.m) || isYearish(*s1.m) || isYearish(*s2.m) || s1.m.Head != s2.m.Head && knownNoun(s1.m.Head) {
		return false
	}
	a, b := s1.m.Rat(), s2.m.Rat()
	if a == nil || b == nil || a.Sign() <= 0 || b.Sign() <= 0 {
		return false
	}
	if a.Cmp(b) < 0 {
		a, b = b, a
	}
	return new(big.Rat).Quo(a, b).Cmp(big.NewRat(2, 1)) <= 0
}

// ownersKept: each English figure keeps the owner of its source figure,
// the two owners apart: a comparison turned round with its names.
func ownersKept(s1, t1, s2, t2 Mention) bool {
	if s1.owner == "" || s2.owner == "" || sameOwner(s1.owner, s2.owner) {
		return false
	}
	return sameOwner(t1.owner, s1.owner) && sameOwner(t2.owner, s2.owner)
}

// sameOwner: two owners are one name, or a town and its people ("les
// Nantais", Nantes).
func sameOwner(a, b string) bool {
	return sameFolded(a, b) || townDemonym(a, b) || townDemonym(b, a) || metonymOf(a, b) || metonymOf(b, a)
}

// metonymOf: the French press names an institution by its address, "la
// centrale de Montreuil" for the CGT, "Beauvau" for the Interior
// ministry, "Bercy" for the Finance ministry.
func metonymOf(place, name string) bool {
	for _, n := range placeMetonyms[place] { // (owners are read lower-cased)
		if sameFolded(n, name) {
			return true
		}
	}
	return false
}

var placeMetonyms = map[string][]string{
	"montreuil": {"cgt"}, "beauvau": {"intérieur", "interior"}, "bercy": {"finances", "finance", "économie", "economy", "treasury"},
	"matignon": {"premier", "prime"}, "élysée": {"président", "president", "presidency"},
	"brienne": {"armées", "defence", "defense"}, "francfort": {"bce", "ecb"}, "frankfurt": {"ecb"},
	// national teams by their nicknames: "81 % pour les Bleus" is France's 81%
	"hexagone": {"france", "french"}, // "l'Hexagone": metropolitan France
	"bleus":    {"france", "french"}, "bleues": {"france", "french"}, "tricolores": {"france", "french"},
	"azzurri": {"italy", "italie"}, "springboks": {"south africa", "afrique du sud"}, "wallabies": {"australia", "australie"},
	"all blacks": {"new zealand", "nouvelle-zélande"},
	// teams by the names the press gives them: "la Scuderia" is Ferrari
	"scuderia": {"ferrari"}, "flèches": {"mercedes"}, "gunners": {"arsenal"}, "reds": {"liverpool"},
}
