package figures

import "strings"

// countsIn: "scored 18 goals in 25 games" names what each number counts,
// so it tells two counts, not the share 18/25 that "three in ten voters"
// or "two voters in three" tells, where a noun follows one number only.
// after is the word after the second number; the first took a noun
// already (j, the "in", is past it). After a plural count a plural word
// is a noun, as the verb of "two voters in three say" takes no -s; after
// "one" it may be the verb ("one employee in ten works"), so "one" stays
// a share. The noun may come after a word that qualifies it ("in 34
// league games"). k is the token after the second number.
func (p *parser) countsIn(j int, n int64, k int) bool {
	if p.lang != English || n < 2 || p.word(j) != "in" {
		return false
	}
	plural := func(w string) bool { return len(w) > 3 && strings.HasSuffix(w, "s") && !notNoun[w] }
	return plural(p.word(k)) || p.word(k) != "" && !notNoun[p.word(k)] && plural(p.word(k+1))
}

// onCount: a French "sur N" (or an English "in N") followed by a plural noun of its own counts what a
// study or a vote was made on ("une étude menée sur 400 élèves"), no
// share "one in N" as in "un Français sur trois" (after is the word
// after N).
func (p *parser) onCount(after int) bool {
	w := p.word(after)
	plural := len(w) > 3 && pluralWord(w)
	if p.lang == English {
		return plural && (periodUnit[w] != "" || enOnNouns[w]) // "one set in seven matches": two counts ("one Canadian in eight pays" has a verb after it)
	}
	return plural && (knownNoun(w) && nounHead(w) != "" || periodUnit[w] != "" || onNouns[w] || pluralNounLike(w) && !ctxStop[w] && !notPlural[w])
}

// enOnNouns are the events an English "in N" counts as a span, not as
// a whole the one before it is part of: "one set in seven matches".
var enOnNouns = map[string]bool{"matches": true, "games": true, "races": true, "starts": true, "appearances": true, "outings": true,
	"attempts": true, "tournaments": true, "meetings": true, "rounds": true, "stages": true, "sets": true, "fixtures": true, "innings": true}

// onNouns are what "sur N" may count beside the lexicon's nouns: "bordée
// d'eau sur deux côtés", "sur trois étages".
var onNouns = map[string]bool{"côtés": true, "fronts": true, "étages": true, "niveaux": true, "plans": true, "continents": true, "roues": true}
