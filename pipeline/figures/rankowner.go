package figures

import (
	"slices"
	"strings"
)

// A ranking gives each name its place: "Nice se hisse à la deuxième
// place, devant Bordeaux, troisième". A bullet that gives a name the
// place the source gives another ("Nice comes third") has the right
// rank of the wrong name (N11), though "troisième" supports "third".

// rankOwner is the name a source ordinal is said of: set off before it
// ("devant Bordeaux, troisième", "le British Museum, troisième") or the
// subject opening its clause ("Nice se hisse à la deuxième place", "Dans
// le classement, Tignes se hisse"); nil when neither.
func rankOwner(text string, m Mention) []string {
	if m.Start > len(text) {
		return nil
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if b, ok := strings.CutSuffix(before, ","); ok {
		if k := strings.LastIndex(b, " ("); k >= 0 && strings.HasSuffix(b, ")") {
			b = b[:k] // "sur Oyonnax (47), troisième": the name before its points
		}
		return capitalRunBefore(b)
	}
	opening := sentenceBefore(text, m.Start)
	if k := strings.LastIndexAny(opening, ",;:"); k >= 0 {
		opening = opening[k+1:] // "Dans le classement, Tignes se hisse à la deuxième place"
	}
	if k := strings.LastIndex(opening, " et "); k >= 0 {
		opening = opening[k+4:] // "L'A6 se classe deuxième (867 accidents) et l'A1 troisième"
	}
	return leadingName(opening, true) // "Le Louvre reste", "l'A1 troisième"
}

// elidedArticle is w less a French elided article before a capitalised
// name: "l'A1" is "A1"; "l'autoroute" stays as it is.
func elidedArticle(w string) string {
	for _, a := range []string{"l'", "L'", "l’", "L’"} {
		if rest, ok := strings.CutPrefix(w, a); ok && capitalWord(rest) {
			return rest
		}
	}
	return w
}

// namedRankMoved: t, a bullet's place supported by s, is told of a name
// the source ranks otherwise (o), while s is not said of that name. It
// returns o and the name, or nil.
func (r *check) namedRankMoved(src []*atom, s, t *atom) (*atom, string) {
	if t.m.Kind != Ordinal || s.m.Kind != Ordinal || t.m.style != "place" && t.m.Head != "placed" && !placeNouns[t.m.Head] || s.m.Paragraph >= len(r.source) || t.m.Start > len(r.text) {
		return nil, ""
	}
	if t.m.Head != "placed" && targetPreps[lastWord(r.text[:t.m.Start])] {
		return nil, "" // "a point off fourth place": the place aimed at, no one's rank
	}
	var told []string
	if t.m.Head == "placed" {
		told = leadingName(r.text[min(t.m.End, len(r.text)):], false) // "five clear of second-placed Oyonnax"
	} else {
		told = clauseSubject(r.text[:t.m.Start])
	}
	if len(told) == 0 {
		return nil, ""
	}
	text := r.source[s.m.Paragraph]
	owner := rankOwner(text, *s.m)
	if sharesName(owner, told) {
		return nil, "" // the source's own rank of that name
	}
	if len(owner) > 0 && namedTogether(text, owner, told) && !nameOfName(text, owner, told) && !sharesName(lineAround(r.text, t.m.Start), owner) {
		// "Annecy, récompensée pour 2026, et Lorient ... Lorient avait déjà
		// terminé deuxième" told "Annecy had already finished second": a
		// peer the source sets beside the owner, and ranks nowhere
		return s, strings.Join(owner, " ")
	}
	if o, name := ownFigureOf(src, s, t, text, told, func(o *atom) bool { return o.m.Kind == Ordinal && !rankedThing(o.m.Head) }); o != nil {
		if len(owner) == 0 && o.m.Sentence < s.m.Sentence && len(listedNames(sentenceBefore(text, s.m.Start))) == 0 && lastWord(r.text[:t.m.Start]) == "from" {
			return nil, "" // "Montpellier se hisse au 3e rang ... La ville occupait la 6e place en 2021" told "climbed from sixth": the sentence after names no one else, so "la ville" is Montpellier, and the bullet tells its earlier place as earlier
		}
		return o, name
	}
	if len(owner) == 0 {
		return nil, "" // (a brand both places share, "la Peugeot n° 94 ... La seconde Peugeot, la n° 93", needs s's own name to tell them apart)
	}
	for _, o := range src {
		// "le domaine du Clos des Rives, à Argelès-sur-Mer, classé deuxième":
		// a place told of the names of the clauses before it
		if o != s && o.m.Paragraph == s.m.Paragraph && o.m.Value != t.m.Value && o.m.Kind == Ordinal && sharesName(placeSubject(text, *o.m), told) {
			return o, strings.Join(told, " ")
		}
	}
	return nil, ""
}

// ownFigureOf is the source figure of s's paragraph, of the sort like
// says and of another value than t, that the source sets after the name
// told, and that name; nil when it gives told none.
func ownFigureOf(src []*atom, s, t *atom, text string, told []string, like func(*atom) bool) (*atom, string) {
	for _, o := range src {
		if o != s && o.m.Paragraph == s.m.Paragraph && o.m.Value != t.m.Value && like(o) && sharesName(rankOwner(text, *o.m), told) {
			return o, strings.Join(told, " ")
		}
	}
	return nil, ""
}

// placeSubject is the name a place with no name in its own clause is
// told of, in the two clauses before it: "dont le domaine du Clos des
// Rives, à Argelès-sur-Mer, classé deuxième".
func placeSubject(text string, m Mention) []string {
	if m.style != "place" || m.Start > len(text) || len(rankOwner(text, m)) > 0 {
		return nil
	}
	parts := strings.Split(sentenceBefore(text, m.Start), ",")
	if len(parts) < 2 || strings.TrimSpace(parts[len(parts)-1]) == "" {
		return nil // (a place apposed right after a comma is its name's: "devant celui de Bordeaux, troisième")
	}
	var names []string
	for k := max(0, len(parts)-3); k < len(parts)-1; k++ {
		for n, w := range strings.Fields(parts[k]) {
			if w = asNameWord(w); capitalWord(w) && (k > 0 || n > 0) {
				names = append(names, w) // (every name word: "Clos" and "Rives" of "Clos des Rives")
			}
		}
	}
	return names
}

// namedTogether: one sentence of text writes both names, past its first
// word, as peers are ("Annecy, récompensée pour 2026, et Lorient"); a
// nickname the sentence opens with ("Les Bleues ont pris") is not read.
func namedTogether(text string, a, b []string) bool {
	var names []string
	first := true
	for _, w := range strings.Fields(text) {
		c := asNameWord(w)
		if !first && capitalWord(c) {
			names = append(names, c)
		}
		if first = endsSentence(w); first {
			if sharesName(names, a) && sharesName(names, b) {
				return true
			}
			names = names[:0]
		}
	}
	return sharesName(names, a) && sharesName(names, b)
}

// asNameWord is a word of text as a name reads it: cut of the marks
// around it and of an elided article ("l'Italie," is Italie).
func asNameWord(w string) string {
	return elidedArticle(strings.Trim(w, ".,;:!?()«»\"'’"))
}

// nameOfName: the source writes the told name as the owner's complement,
// "Le CHU de Toulouse": one name, which rankOwner cut short.
func nameOfName(text string, owner, told []string) bool {
	o := owner[len(owner)-1]
	for _, of := range []string{" de ", " du ", " des ", " d'", " d’"} {
		if strings.Contains(text, o+of+told[0]) {
			return true
		}
	}
	return false
}

// lineAround is the words of the line of text that holds offset at.
func lineAround(text string, at int) []string {
	lo := strings.LastIndexByte(text[:at], '\n') + 1
	hi := strings.IndexByte(text[at:], '\n')
	if hi < 0 {
		hi = len(text) - at
	}
	return strings.Fields(text[lo : at+hi])
}

// rankedThing: the word after an ordinal is a noun it ranks, "la 4e
// étape", not a place noun, a weekday or a short word after a place
// ("a terminé neuvième dimanche", "huitième au classement").
func rankedThing(head string) bool {
	return head != "" && !placeNouns[head] && frWeekdays[head] == 0 && len(head) > 3 && !ctxStop[head]
}

// clauseSubject is the run of capitalised words opening the last clause
// of a bullet's text before its figure, less its article: "Nice comes
// third", "Rennes leads on 7.4%; Nantes is third".
func clauseSubject(before string) []string {
	before = clausePiece(before)
	if name := leadingName(strings.TrimLeft(before, "-*• "), false); len(name) > 0 {
		return name
	}
	return rankedObject(before)
}

// clausePiece is the end of before from its last clause break: a comma,
// a semicolon, a bracket or " and ".
func clausePiece(before string) string {
	if k := strings.LastIndexAny(before, ";,("); k >= 0 {
		before = before[k+1:]
	}
	if k := strings.LastIndex(before, " and "); k >= 0 {
		before = before[k+5:]
	}
	return before
}

// placingVerbs set the name after them in the place that follows: "the
// ranking puts Toulouse third", "the guide ranks Lyon second".
var placingVerbs = []string{" puts ", " put ", " ranks ", " ranked ", " places ", " placed ", " rates ", " rated "}

// rankedObject is the name a ranking verb of the clause sets in place,
// with nothing but lower-case words between it and the figure ("puts
// Toulouse university hospital third"); nil when the clause has none.
func rankedObject(clause string) []string {
	for _, v := range placingVerbs {
		k := strings.LastIndex(clause, v)
		if k < 0 {
			continue
		}
		rest := clause[k+len(v):]
		name := leadingName(rest, false)
		if len(name) == 0 {
			return nil
		}
		words := strings.Fields(rest)
		n := 0
		for n < len(words) && (n == 0 && nameDeterminers[words[n]] || capitalWord(asNameWord(words[n]))) {
			n++ // the name, "Lyon's Condorcet school"
		}
		for _, w := range words[n:] {
			if capitalWord(asNameWord(w)) {
				return nil // "puts Lyon ahead of Toulouse": whose place is not said
			}
		}
		return name
	}
	return nil
}

// sharesName: a word of one name, longer than two letters or a road's
// letter and digit ("A1"), is a word of the other, accents and case
// aside, its cognate both ways, or its translation (Hongrie, Hungary).
func sharesName(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return nameWordIn(x, b) }) && !(len(a) > 1 && len(b) > 1 && sameFolded(a[0], b[0]) && unsharedWord(a, b) && unsharedWord(b, a))
}

// nameWordIn: the name word x, long enough to tell (or with a digit:
// "A6"), is one of name's, as written or translated.
func nameWordIn(x string, name []string) bool {
	return (len(x) > 2 || len(x) == 2 && strings.ContainsAny(x, "0123456789")) && slices.ContainsFunc(name, func(y string) bool { return sameFolded(x, y) || cognate(x, y) && cognate(y, x) || nameTranslates(x, y) })
}

// unsharedWord: a has a name word b lacks. Two names that open on one
// word and each keep one of their own are two names: "Air Corsica" and
// "Air France", "Stade Lavallois" and "Stade Rennais" (not "CHU de
// Bordeaux" and "Bordeaux University Hospital").
func unsharedWord(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return len(x) > 2 && capitalWord(x) && !nameWordIn(x, b) })
}

// nameTranslates: one name word is the other's translation, either way
// round (the callers pass the source's name first or the bullet's).
func nameTranslates(x, y string) bool {
	x, y = strings.ToLower(x), strings.ToLower(y)
	return translates(x, y) || translates(y, x)
}

// leadingName is the run of capitalised words that opens text, less an
// article before it (and, in French, an elided one: "l'A1"), each word
// cut of the marks around it and of an English possessive ("Nantes'",
// "Nice's"): the name a rank is told of.
func leadingName(text string, elided bool) []string {
	var name []string
	for k, w := range strings.Fields(text) {
		if k == 0 && nameDeterminers[w] {
			continue
		}
		if k == 0 && elided {
			w = elidedArticle(w)
		}
		w = strings.Trim(w, ",;:().")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !capitalWord(w) {
			break
		}
		name = append(name, w)
	}
	return name
}

// targetPreps put a place after them that a side is short of, "a point
// off fourth place", "two behind third place" ("climbed to third place"
// is the side's own).
var targetPreps = map[string]bool{"off": true, "behind": true}
