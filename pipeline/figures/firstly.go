package figures

// firstlyAt reads the French words that say an order without a number:
// "d'abord", "tout d'abord", "premièrement", "primo" (first, first of
// all); "en tête" (first, in the lead); "deuxièmement" (secondly); "pays tiers", "États tiers"
// (third countries); "le podium" (the top three), "complète le podium" (third),
// "au pied du podium" (fourth); "le match aller", "retour" (the first,
// second leg). English says them with an ordinal, which pairs with
// these; unpaired they drop out silently (style fixed), so "first of all"
// for "tout d'abord" passes and "second of all" does not.
func (p *parser) firstlyAt(i int) (*Mention, int) {
	if p.lang != French {
		if w := p.word(i); (w == "final" || w == "last") && p.words(i+1, "quarter", "of") && p.yearToken(i+3) {
			return &Mention{Kind: Ordinal, Value: "4", Head: "quarter", Word: true, style: "fixed"}, 1 // "the final quarter of 2024": the fourth
		}
		if n := p.runnerUp(i); n > 0 {
			return &Mention{Kind: Ordinal, Value: "2", Word: true, style: "fixed"}, n
		}
		return p.enListOrdinal(i)
	}
	order := func(v string, n int) (*Mention, int) {
		return &Mention{Kind: Ordinal, Value: v, Word: true, style: "fixed"}, n
	}
	w := p.word(i)
	if v, ok := frListAdverbs[w]; ok {
		return order(v, 1)
	}
	if v, ok := p.atomValue(w); ok && v >= 2 && v <= 10 && (p.sym(i+1) == "," || p.sym(i+1) == ":") && (p.sentenceInitial(i) || p.sym(i-1) == ";") {
		return &Mention{Kind: Ordinal, Value: itoa(int(v)), Word: true}, 1 // "Sept, les libéraux ...": a speaker's seventh point
	}
	switch {
	case w == "d'" && p.word(i+1) == "abord":
		return order("1", 2)
	case w == "en" && p.word(i+1) == "tête" && p.word(i+2) != "à":
		return order("1", 2) // "la CDU-CSU en tête avec 31 %": first
	case (w == "dauphin" || w == "dauphine") && (p.word(i-1) == "son" || p.word(i-1) == "sa" || p.word(i-1) == "leur" || p.word(i-1) == "le" || p.word(i-1) == "la"):
		return order("2", 1) // "douze points d'avance sur son dauphin": the runner-up, second

	case (w == "complète" || w == "complètent" || w == "complétant") && p.words(i+1, "le", "podium"):
		return order("3", 3) // "franceinfo complète le podium avec 4,9 millions": third
	case w == "retour" && legNouns[p.word(i-1)]:
		m, n := order("2", 1) // "le quart de finale retour", "le match retour": the second leg
		m.Head = "leg"
		return m, n
	case w == "aller" && (legNouns[p.word(i-1)] || p.word(i-1) == "l'" && (p.word(i-2) == "à" || p.word(i-2) == "de")):
		m, n := order("1", 1) // "perdu de deux buts à l'aller", "le match aller": the first leg
		m.Head = "leg"
		return m, n
	case w == "pied" && p.word(i-1) == "au" && p.words(i+1, "du", "podium"):
		return order("4", 3) // "a échoué au pied du podium": fourth
	case w == "podium" && (p.word(i-1) == "le" || p.word(i-1) == "du" || p.word(i-1) == "au"):
		// "cinq points de retard sur le podium": the top three, "five
		// points off the top three"; unpaired ("on the podium") it drops out
		return &Mention{Kind: Cardinal, Value: "3", Word: true, style: "fixed"}, 1
	case (w == "pays" || w == "états" || w == "état") && (p.word(i+1) == "tiers" || p.word(i+1) == "tierce"):
		return order("3", 2)
	case w == "tiers" && (p.word(i-1) == "des" || p.word(i-1) == "aux" || p.word(i-1) == "les") && p.num(i-2) == nil && !numberWord(p.word(i-2)) && !partitives[p.word(i+1)] && p.word(i+1) != "monde" && p.word(i+1) != "payant":
		return order("3", 1) // "on s'inquiétait que des tiers puissent intenter une action": third parties ("les deux tiers des voix" is a share)
	case (w == "tierce" || w == "tierces") && thirdParties[p.word(i+1)]:
		return order("3", 1) // "une tierce partie", "une tierce personne": a third party ("en deuxième tierce" is a hockey period)
	}
	return nil, 0
}

// frListAdverbs number the points of a French speech.
var frListAdverbs = map[string]string{"premièrement": "1", "primo": "1", "deuxièmement": "2", "secundo": "2",
	"troisièmement": "3", "tertio": "3", "quatrièmement": "4", "cinquièmement": "5", "sixièmement": "6",
	"septièmement": "7", "huitièmement": "8", "neuvièmement": "9", "dixièmement": "10"}

// enListOrdinal reads the English adverbs that number the points of a
// speech, "First, ...", "Secondly, ...", "Three: ...", "Number four, ...", at the start of a sentence or
// after a semicolon: ordinals that pair with "premièrement", "tout
// d'abord", "cinquièmement", and a changed one is a changed figure.
// Unpaired they are soft, a warning at most.
func (p *parser) enListOrdinal(i int) (*Mention, int) {
	lead := boolInt(p.word(i) == "number" || p.word(i) == "point") // "Number four, this bill ..."
	v, ok := enListWords[p.word(i+lead)]
	if !ok || p.sym(i+lead+1) != "," && p.sym(i+lead+1) != ":" || !p.sentenceInitial(i) && p.sym(i-1) != ";" {
		return nil, 0
	}
	return &Mention{Kind: Ordinal, Value: v, Word: true}, 1 + lead
}

var enListWords = map[string]string{"first": "1", "firstly": "1", "second": "2", "secondly": "2", "third": "3",
	"thirdly": "3", "fourth": "4", "fourthly": "4", "fifth": "5", "fifthly": "5", "sixth": "6", "sixthly": "6",
	"seventh": "7", "seventhly": "7", "eighth": "8", "eighthly": "8", "ninth": "9", "ninthly": "9", "tenth": "10", "tenthly": "10",
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"} // a speaker's "Four, that ..."

// runnerUp reads "runner-up", "runners-up", "runner up" at i: second
// place, "l'Éthiopien classé 2e" told "the Ethiopian runner-up"; the
// tokens it spans, or 0.
func (p *parser) runnerUp(i int) int {
	w := p.word(i)
	switch {
	case w == "runner-up" || w == "runners-up":
		return 1
	case (w == "runner" || w == "runners") && p.sym(i+1) == "-" && p.word(i+2) == "up":
		return 3
	case (w == "runner" || w == "runners") && p.word(i+1) == "up":
		return 2
	}
	return 0
}

// thirdParties are what "tierce" makes a third party of.
var thirdParties = map[string]bool{"partie": true, "parties": true, "personne": true, "personnes": true}

// legNouns name a tie's match before "aller" or "retour".
var legNouns = map[string]bool{"match": true, "matchs": true, "finale": true, "finales": true, "demi-finale": true, "demi-finales": true, "barrage": true, "manche": true, "rencontre": true}
