package figures

import (
	"strings"
)

// triggers are the words a figure can start with; every other word is
// skipped without running the recognisers, which keeps Extract fast.
var triggers = buildTriggers()

func buildTriggers() map[string]bool {
	t := map[string]bool{}
	for _, w := range []string{"de", "d'", "du", "from", "entre", "between", "mi", "mid", "début", "fin",
		"courant", "early", "late", "end", "milieu", "la", "le", "les", "the", "années", "année", "décennie", "décennies", "un", "une", "a", "an", "one", "des",
		"midi", "minuit", "noon", "midday", "midnight", "mi-journée", "mi-séance", "lunchtime", "ve", "bastille", "saint-sylvestre", "toussaint", "great", "d-day", "armistice", "christmas", "new", "x", "us", "c", "ca", "au",
		"eur", "usd", "gbp", "chf", "sfr", "premier", "q", "t", "runoff", "run-off", "minus", "tous", "toutes", "chaque", "every", "each", "freezing", "zero", "zéro", "double", "doublent", "triple", "triplent", "quadruple", "quadruplent",
		"demi-finale", "demi-finales", "straight", "back", "back-to-back", "hat-trick", "hattrick", "hat", "brace", "sevens", "tour",
		"round", "quarter", "semi", "world", "wwi", "wwii", "fortnight", "demies", "centenaires", "centenarians",
		"another", "factors", "numéro", "millennium", "halve", "halved", "halving", "near-halving", "near-halved", "wholly", "wholly-owned", "fully-owned", "fully", "silver", "ruby", "golden", "diamond", "platinum", "both", "per", "moitié-moitié", "fifty-fifty", "half-and-half", "également", "équitablement", "mid-year", "midyear", "subclause", "subsection", "subparagraph", "latter", "dernière", "dernier", "other", "neufs", "presque", "quasiment", "pratiquement", "quasi", "intégrale", "intégral", "intégralement", "intégralité", "totalité", "entièrement", "totalement", "sans",
		"scoreless", "goalless", "overnight", "dozen", "autre", "tiers-monde", "tri", "semestre", "trimestre", "trimestriel", "trimestrielle", "trimestriels", "trimestrielles",
		"semestriel", "semestrielle", "semestriels", "semestrielles",
		"pays", "états", "état", "tierce", "tierces", "en", "dauphin", "dauphine", "podium", "pied", "retour", "aller", "complète", "complètent", "complétant", "runner", "runners", "runner-up", "runners-up", "right",
		"section", "paragraphe", "alinéa", "firstly", "secondly", "thirdly", "fourthly", "fifthly", "sixthly", "century-old", "decade-old", "century-long", "decade-long", "couple", "triplement", "half-price", "half-priced", "half-fare", "avant-hier", "après-demain", "surlendemain", "avant-veille", "tout", "toute"} {
		t[w] = true
	}
	addKeys(t, frUnits, enUnits, frOrdinals, enOrdinals, frCollective, frVague, enVague, multiScale)
	addKeys(t, frScale, enScale, frMonths, enMonths, frWeekdays, enWeekdays, enDecadeWords, frAgeWords)
	addKeys(t, frFraction, enFraction)
	addKeys(t, groupSizes)
	addKeys(t, enWeekdayAbbr)
	addKeys(t, sundayAdj)
	addKeys(t, dayParts, enMultiplierVerbs, multiplierWords, titleMultipliers, frStages, enStages)
	addKeys(t, impliedWords)
	addKeys(t, prefixCodes, frListAdverbs)
	addKeys(t, identPrefixes, isotopes)
	addKeys(t, frPrepBounds)
	addKeys(t, frSeasons, enSeasons, frSeasonAdjectives)
	addKeys(t, rankGroupTriggers())
	addKeys(t, fromEndWords)
	for _, w := range []string{"below", "beneath", "above", "beyond"} { // past: see mayStartWord
		t[w] = true
	}
	for _, hs := range [][]hedge{frHedges, enHedges} {
		for _, h := range hs {
			t[h.words[0]] = true
		}
	}
	for w := range frOrdinals {
		t[w+"s"] = true // troisièmes
	}
	return t
}

// addKeys marks every key of the maps as a word a figure may start with.
func addKeys[V any](t map[string]bool, maps ...map[string]V) {
	for _, m := range maps {
		for w := range m {
			t[w] = true
		}
	}
}

// closingPunct are the marks that end or split a clause: no figure
// starts with one (a sign or a currency symbol may, "+5 %", "€3m"), and
// trying every recogniser at each of them was a fifth of the time spent
// on a text dense with figures.
var closingPunct = map[string]bool{".": true, ",": true, ";": true, ":": true, "!": true, "?": true,
	")": true, "]": true, "»": true, "”": true, "…": true}

// mayStart reports whether a figure can start at token i.
func (p *parser) mayStart(i int) bool {
	tk := p.toks[i]
	switch tk.kind {
	case tNum:
		return true
	case tSym:
		return !closingPunct[tk.low] && !quoteMarks[tk.low]
	}
	if glueWords[tk.low] {
		return p.figureNear(i) // "de", "the": a figure only if one follows
	}
	if triggers[tk.low] {
		return true
	}
	if elided(tk.low) {
		return p.figureWithin(i) // "l'Otan": glued to the next word, but no figure of its own
	}
	if p.gluedOn(i + 1) {
		return true
	}
	return p.mayStartWord(i)
}

// mayStartWord: the words that start a figure in some contexts only.
func (p *parser) mayStartWord(i int) bool {
	tk := p.toks[i]
	if p.gluedOn(i + 1) {
		return true
	}
	if w := p.word(i + 1); w == "siècle" || w == "siècles" {
		return true // "le xxie siècle": a numeral in lower case (looseRomanCentury)
	}
	if (tk.low == "heure" || tk.low == "demi-heure") && p.words(i+1, "de", "jeu") {
		return true // "à l'heure de jeu": a match's 60th minute (matchMinuteAt)
	}
	switch tk.low {
	case "final":
		return p.words(i+1, "quarter", "of") // "the final quarter of 2024" (firstlyAt)
	case "hour":
		return p.words(i-2, "on", "the") // a match's 60th minute (matchMinuteAt)
	case "in", "into":
		return possessives[p.word(i+1)] // in his forties, well into their thirties
	case "an":
		return onePeriods[p.word(i+1)] // an hour
	case "this":
		return p.word(i+1) == "decade" // "in this decade" (periodAt)
	case "en":
		return p.word(i+1) == "dessous" || p.word(i+1) == "deçà" // en dessous de 2 %
	case "paragraph":
		return p.num(i+1) != nil && p.sym(i+2) == "(" // "paragraph 3 (d) of rule 4"
	case "pennies":
		return p.num(i-1) == nil // "other than pennies": the coin, a cent
	case "once":
		return p.hedgedOnce(i)
	case "demi":
		return p.word(i+1) == "pour" || p.word(i+1) == "pour-cent" || p.word(i+1) == "p" || p.sym(i+1) == "%" // au demi pour cent près
	case "quinzaine", "huitaine":
		return p.word(i-1) == "sous" || frMonthHalf[p.word(i-1)] // "sous quinzaine": within a fortnight; "la dernière quinzaine d'août"
	case "semestre", "trimestre":
		return p.words(i+1, "après", tk.low) || p.word(i-1) == "chaque" || p.word(i-1) == "par" // "semestre après semestre"
	case "coming":
		return p.word(i+1) == "decade" || p.word(i+1) == "century" // the coming decade
	case "past", "last", "next", "previous":
		return p.word(i+1) == "decade" || p.word(i+1) == "century" || onePeriods[p.word(i+1)] || p.word(i+1) == "half" ||
			strings.HasPrefix(p.word(i+1), "half-") || strings.HasPrefix(p.word(i+1), "quarter-") ||
			p.num(i+1) != nil || p.sym(i+1) == "-" || tk.low == "past" && p.word(i+1) == "the" || p.word(i+1) == "eight" || p.word(i+1) == "four" || p.word(i+1) == "sixteen"
	}
	if romanShaped(tk.text, tk.low) {
		return true // Roman numerals: XXIe, Louis XIV
	}
	if _, ok := hyphenRegnal(tk); ok {
		return true // Henri-IV
	}
	if strings.HasPrefix(tk.low, "multipli") || strings.HasPrefix(tk.low, "multiply") || divides(tk.low) || tk.low == "division" || strings.HasSuffix(tk.low, "fold") || strings.HasSuffix(tk.low, "-time") || frMultiplierConjugated(tk.low) != "" {
		return true
	}
	if day, _, ok := strings.Cut(tk.low, "-"); ok && frWeekdays[day] != 0 {
		return true // "vendredi-après-midi"
	}
	if strings.HasPrefix(tk.low, "mi-") || strings.HasPrefix(tk.low, "mid-") || strings.HasPrefix(tk.low, "half-") || strings.HasPrefix(tk.low, "demi-") {
		return true
	}
	if j := strings.LastIndexByte(tk.low, '-'); j > 0 && enMonths[tk.low[j+1:]] != 0 {
		return true // "post-September 11", "l'après-September 11" as a translator leaves it
	}
	if _, ok := namedStarts[tk.low]; ok {
		_, _, n := p.namedDayAt(i)
		return n > 0 // Black Friday, Good Friday
	}
	if strings.Contains(tk.low, "-to-") && strings.Contains(tk.low, "-year-old") {
		return true // "Eighteen-to-24-year-olds"
	}
	if p.rankSuffixed(tk.low) {
		return true // soixantième, sixtieth
	}
	head, _, _ := strings.Cut(tk.low, "-")
	if p.lang == English && strings.HasSuffix(head, "'s") {
		head = head[:len(head)-2] // Monday's match
	}
	return triggers[head]
}

// glueWords are the commonest triggers, articles and prepositions that
// start a figure only when a number or another trigger follows: testing
// that first spares the recognisers most of the text.
var glueWords = map[string]bool{"de": true, "d'": true, "du": true, "des": true, "la": true, "le": true,
	"les": true, "the": true, "un": true, "une": true, "a": true, "au": true, "from": true, "entre": true,
	"between": true}

// afterGlue are words that make a figure with the article before them.
var afterGlue = map[string]bool{"dozen": true, "fortnight": true, "century": true, "centuries": true,
	"decade": true, "decades": true, "half": true, "quarter": true, "third": true, "demi": true, "end": true,
	"beginning": true, "start": true, "middle": true, "close": true,
	"veille": true, "lendemain": true, // "tombé la veille, avec": a weekday (relativeDayAt), whatever follows
	"ordre": true} // "de l'ordre de 12 millions": a hedge four words long

// figureNear: a number, a glued token or a trigger word within the next
// three tokens of i (five after "un", "one": "un salarié du privé sur
// quatre", where any word the parser knows may carry the figure). After
// the other articles and prepositions, articles and elided words between
// do not count, and the clause's end stops the search: most of a French
// text is "de la", "l'" and "d'", and trying every recogniser there was
// a third of the time spent.
func (p *parser) figureNear(i int) bool {
	return p.gluedOn(i+1) || p.figureWithin(i)
}

// figureWithin is figureNear without the glued token: a word the
// tokens after i may make a figure with.
func (p *parser) figureWithin(i int) bool {
	w := p.toks[i].low
	one := w == "un" || w == "une" || w == "one" || w == "a"
	if one && p.words(i+2, "and", "a", "half") {
		return true // "a game and a half"
	}
	reach := 3 + 2*boolInt(one && w != "a")
	for j := i + 1; j < len(p.toks) && j <= i+reach; j++ {
		tk := p.toks[j]
		if !one && (tk.kind == tSym && closingPunct[tk.low]) {
			return false
		}
		if !one && (glueWords[tk.low] && !oneWords[tk.low] || elided(tk.low)) {
			continue
		}
		if one && (tk.low == "demi" || tk.low == "demie") && p.word(j-1) == "et" {
			return true // "un match et demi": one and a half
		}
		if tk.kind != tWord || triggers[tk.low] || periodUnit[tk.low] != "" || afterGlue[tk.low] || (one && p.glued(j+1) || p.mayStartWord(j)) || j == i+1 && sizeWord(tk.low) {
			return true
		}
	}
	return false
}

// oneWords are the articles that may be the number one themselves.
var oneWords = map[string]bool{"un": true, "une": true, "one": true, "a": true}

// elided: "l'", "qu'", "jusqu'": a word cut before the next (the
// tokens fold "’" to "'").
func elided(w string) bool {
	return strings.HasSuffix(w, "'")
}

// gluedOn: token i is glued to the one before it and carries on a
// figure ("M6", "x2", "n°5", "p. 100"); a word glued only to the comma
// or the full stop after it ("Stoltenberg.") starts nothing.
func (p *parser) gluedOn(i int) bool {
	if !p.glued(i) {
		return false
	}
	if tk := p.toks[i]; tk.kind == tSym && (closingPunct[tk.low] || tk.low == "\"") {
		return tk.low == "." && len(p.toks[i-1].low) <= 3 // an abbreviation: "p.", "no.", "SR."
	}
	return true
}

// quoteMarks open or close a quotation: no figure starts with one, and
// a quoted speech has many.
var quoteMarks = map[string]bool{"\"": true, "“": true, "«": true}

// romanShaped: text is a Roman numeral in capitals (I, V, X), alone or
// with an ordinal's suffix or an English possessive, "XXIe", "XIXth",
// "Ier", "XIV's": "Iraqi", "Il" and "Victor" are not, and trying every
// recogniser on each capitalised I- or V- word was time lost.
func romanShaped(text, low string) bool {
	k := 0
	for k < len(text) && (text[k] == 'I' || text[k] == 'V' || text[k] == 'X') {
		k++
	}
	if k == 0 || len(low) < k {
		return false
	}
	rest := strings.TrimSuffix(strings.TrimSuffix(low[k:], "'s"), "’s")
	return romanSuffixes[rest] || len(rest) > 1 && rest[0] == '-' // "Louis XV-period": the regnal reader decides
}

// romanSuffixes end a Roman ordinal, folded: French (XXIe, Ier, XVes,
// XIXème) and English (XIXth, XXIst, IInd, IIIrd).
var romanSuffixes = map[string]bool{"": true, "e": true, "er": true, "re": true, "es": true, "ème": true, "èmes": true,
	"eme": true, "emes": true, "th": true, "st": true, "nd": true, "rd": true}
