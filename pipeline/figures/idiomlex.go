package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set phrases whose number words count nothing (N7): "faire les quatre
// cents coups" is "to run wild", "à deux pas de" is "a stone's throw
// from", "on cloud nine" is "au septième ciel". A translation renders
// the idea, so such a figure left unpaired is at most a warning; paired
// with a figure of another value it is still compared.
var frIdioms = []string{
	"quatre cents coups", "mettre en quatre", "mets en quatre", "met en quatre", "mis en quatre",
	"mise en quatre", "mises en quatre", "mettent en quatre", "mettait en quatre", "cheveux en quatre",
	"en un mot comme en cent", "cent fois sur le métier", "mille et une façons", "mille et une manières", "mille et une fois", "mille et un moyens", "mille et une raisons", "troisième âge", "quatrième âge", "3e âge", "4e âge", "3ème âge", "4ème âge", // the elderly, the very old
	"capitaine en second", "commandant en second", "en sauve cent", "en sauve neuf", "entre deux emplois", "entre deux chaises", "entre deux eaux", "entre deux feux", "entre deux âges",
	"fendre en quatre", "fend en quatre", "fendent en quatre", "fendu en quatre", "fendue en quatre",
	"fendait en quatre", "couper en quatre", "coupe en quatre", "coupent en quatre", "coupé en quatre",
	"plié en quatre", "pliée en quatre", "pliés en quatre", "plié en deux", "pliée en deux", "pliés en deux",
	"quatre épingles", "entre quatre yeux", "à quatre pattes", "quatre vérités", "quatre coins",
	"quatre à quatre", "un de ces quatre", "quatre veines", "par quatre chemins", "septième ciel",
	"ni une ni deux", "pierre deux coups", "trente-six chandelles", "trente six chandelles",
	"trente-six du mois", "trente-six mille", "son trente-et-un", "son trente et un", "leur trente-et-un", "leur trente et un",
	"mon trente-et-un", "mon trente et un", "deux temps trois mouvements", "deux temps, trois mouvements",
	// a short trip, a stone's throw: "faire les quatre pas hors de l'Hexagone"
	"les quatre pas", "à quatre pas",
	// Canada's three coasts, which English says "from coast to coast to coast"
	"nos trois océans", "trois océans qui",
	"en moins de deux", "jamais deux sans trois", "deux poids deux mesures", "deux poids, deux mesures",
	"trois fois rien", "cinq sur cinq", "les cent pas", "des mille et des cents", "la poire en deux",
	"en deux mots", "à deux doigts", "à deux pas", "trois pommes", "deux sous", "quatre fers",
	"septième art", "quatrième pouvoir", "cinquième colonne", "troisième âge", "quatrième âge",
	"mettra en quatre", "mettre en quatre", "mettent en quatre", "mis en quatre", "mets en quatre", "met en quatre", "mettrait en quatre", "mettront en quatre",
	"1 acheté, 1 offert", "un acheté, un offert", "1 acheté 1 offert", "1 acheté = 1 offert", "2 pour le prix d'un", "deux pour le prix d'un",
	"quatre-quarts", "mille-feuille", "mille-pattes", "sixième sens", "second souffle", "seconde main",
	"second degré", "premier degré", "au quart de tour", "quart d'heure de gloire", "les quatre volontés",
	"quatre jeudis", "trois francs six sous", "en un clin", "comme quatre", "comme deux gouttes",
	"deux gouttes d'eau", "dans deux secondes", "tous les trente-six", "trente-sixième dessous",
	"cent sept ans", "cent coudées", "mille excuses", "mille mercis", "mille fois merci", "mille choses", "en trois-huit", "en 3x8", "en 3 x 8", "en trois fois huit heures",
	"deux vitesses", "sur les deux oreilles", "à la une", "en deux coups de cuillère",
	"midi à quatorze heures", "pas trente-six", "pas 36", "36 chandelles", "des deux côtés de la frontière", "les deux côtés de la frontière", "36 solutions", "36 façons", "36 manières", "tous les 36 du mois", "trente-six solutions", "trente-six façons",
	"trente-six manières", "trente-six choses", "trente glorieuses", "quatre nages", "4 nages", "dans le mille", "tous deux", "toutes deux", "tous les deux", "toutes les deux", "un 4x4", "des 4x4", "le 4x4", "de 4x4", "en 4x4", "sur leur 31", "sur son 31", "deux et deux font quatre",
	"aux cent coups", "quatre jeudis", "cinq minutes de gloire", "comme de l'an quarante", "comme de l'an 40", // not care at all
	// round the clock, all year: "24 heures par jour, quatre saisons par année"
	"24 heures par jour", "vingt-quatre heures par jour", "7 jours par semaine", "sept jours par semaine",
	"365 jours par année", "365 jours par an", "quatre saisons par année", "quatre saisons par an", "douze mois par année", "12 mois par année",
	"24 h sur 24", "24 heures sur 24", "vingt-quatre heures sur vingt-quatre", "7 jours sur 7", "sept jours sur sept",
	"tirs à trois points", "tir à trois points", "panier à trois points", "paniers à trois points", "tirs à 3 points", "tir à 3 points", "paniers à 3 points",
	"réussite à trois points", "réussite à 3 points", "adresse à trois points", "adresse à 3 points", "ligne à trois points", "ligne des trois points", // "52 % de réussite à trois points": from beyond the arc
	"double cent", "double centaine", "24 h/24", "24h/24", "24/7", "trois sous", "quatre sous", "deux sous",
	"4x4", "7 j/7", "7j/7", "24/24", "7/7", "24\u00a0h/24", "7\u00a0j/7",
	// bending over backwards, doubled up with laughter
	"se mettre en quatre", "se met en quatre", "se mettent en quatre", "se mettent pas en quatre", "se met pas en quatre",
	"se mettait en quatre", "se mettaient en quatre", "mis en quatre", "mise en quatre", "se plier en quatre", "se plie en quatre",
	"se plient en quatre", "plié en quatre", "pliés en quatre", "pliée en quatre",
	// rugby positions: a lock, a back-row forward, a prop or hooker
	"deuxième-ligne", "deuxième ligne", "troisième-ligne", "troisième ligne", "première-ligne", "première ligne",
	"deuxièmes-lignes", "troisièmes-lignes", "premières-lignes",
	// the freezing level: "l'isotherme zéro degré"
	// "j'étais à mille lieues d'imaginer ça": the last thing I'd have imagined
	"à mille lieues", "a mille lieues", "à cent lieues", "à des années-lumière",
	"le zéro degré", "isotherme zéro degré", "isotherme 0 °c", "isotherme 0°c", "isotherme du zéro degré",
	// down to earth; a U-turn
	"les deux pieds sur terre", "deux pieds sur terre", "pieds sur terre", "virage à 180 degrés", "virage à 180°",
	"tournant à 180 degrés", "volte-face à 180 degrés", "demi-tour à 180 degrés",
	// not a penny: the Canadian "cent" is the coin, never a hundred after "un"
	"pas un cent", "pas un seul cent", "pas un traître cent", "plus un cent", "plus un seul cent", "jamais un cent",
	// "à huit clos", a common slip for "à huis clos": behind closed doors
	"à huit clos", "a huit clos",
	// "je vous le donne en mille": you will never guess
	"donne en mille", "donnerais en mille", "donnerai en mille",
	// three-dimensional: "en trois dimensions", "en 3D" (a "3d" glued is a code already)
	"en trois dimensions", "à trois dimensions", "en deux dimensions", "à deux dimensions",
	// a work shift: "à la fin d'un quart de travail", no quarter
	"quart de travail", "quarts de travail", "quart de nuit", "quarts de nuit", "un quart de travail", "un quart de nuit",
	// "varier du simple au double": a wide spread, no factor of two
	"du simple au double", "du simple au triple",
	// full certainty: "sûr à 100 %", "certain à 100 %"
	"sûr à 100 %", "sûre à 100 %", "sûrs à 100 %", "certain à 100 %", "certaine à 100 %", "sûr à 100%", "certain à 100%",
	// money in general, "en dollars et en cents": no hundred
	"dollars et cents", "dollars et en cents", "dollars et des cents",
}

var enIdioms = []string{
	"10-foot pole", "ten-foot pole", "two by four", "two-by-four", // "not touch it with a 10-foot pole"; "hit him with a two by four" (a plank)
	// a region, not a share: "la partie nord de nos provinces" is "the northern half"
	"northern half", "southern half", "eastern half", "western half",
	// "no two Inspectors shall be nationals of the same State": all different ("tous de nationalité différente")
	"no two",
	// a shop's offer, "1 acheté, 1 offert"
	"buy-one-get-one-free", "buy one get one free", "buy one, get one free", "buy-one-get-one", "two-for-one", "2-for-1",
	"three-pointer", "three-pointers", "3-pointer", "3-pointers", "three-point shots", "three-point shot", "three-point attempts", "three-point shooting", "three-point line", "three-point range", "three-point percentage", // basketball's long shots
	"four-wheel-drive", "four-wheel drive", "a 4x4", "4x4s", "the 4x4", "two-dimensional", "three-dimensional", "two dimensional", "three dimensional", "2-d", "3-d", "double hundred", "double century",
	"24 h out of 24", "24 hours out of 24", "7 days out of 7", "24 hours a day", "seven days a week", "7 days a week",
	"365 days a year", "365 days of the year", "12 months a year", "twelve months a year", "four seasons a year", "all four seasons",
	"20/20 vision", "20/20 hindsight", "twenty-twenty vision", "twenty-twenty hindsight",
	"midday break", "midday meal", "first mate", "a thousand miles away", "thousand miles from", "own two feet", "1-800 number", "1-800 line", "three cheers", "stitch in time saves nine", "cloud nine", "to the nines", "sixes and sevens", "whole nine yards", "full nine yards", "six of one", "half a dozen of the other", "sunday best",
	"four walls", // "within its four walls": inside the building
	// rugby positions, the English of "troisième-ligne centre" and "deuxième-ligne"
	"number eight", "number 8", "second-row", "back-row", "front-row",
	"two birds with one stone", "second thought", "second thoughts", "second nature", "second to none",
	"49th parallel", "forty-ninth parallel", "a thousand needles", // the Canada-US border; a pain
	"deep six", "deep-six", "deep-sixed", // to throw out: "donner le coup de grâce"
	"second home", "second homes", "second-home", // résidences secondaires
	"in two minds", "two left feet", "forty winks", "eleventh hour", "11th hour", "11th-hour", "eleventh-hour", "seventh heaven", "high five",
	"high-five", "take five", "one in a million", "a million miles", "a thousand times", "two and two together",
	"my two cents", "two cents' worth", "four letter word", "four-letter word", "four letter words", "four-letter words", "third degree", "sixth sense", "fifth column", "fourth estate",
	"doubled the lead", "doubled their lead", "doubled his lead", "doubled her lead", "doubles the lead", "doubling the lead", "doubled the advantage", "doubled their advantage",
	"two-way", "one-way", // a lane, street or radio that runs both ways or one: no count ("a three-way race" counts its candidates)
	"two-horse race", "two peas in a pod", "a dime a dozen", "nine times out of ten", "ten to one",
	"ten times out of ten", "99 times out of 100", "ninety-nine times out of a hundred", "ninety-nine times out of one hundred",
	"at first sight", "first and foremost", "a hundred percent", "a hundred per cent", "one hundred percent",
	"a hundred and ten percent", "the third age", "third-rate", "second-rate", "first-rate", "second-hand", "second-in-command", "second in command", // a deputy, "son lieutenant"
	"on all fours", "in a split second", "a stone's throw", "two shakes", "back to square one",
	"square one", "number one", "twenty-twenty", "at the double", "double-edged", "double standards",
	"double standard", "two-faced", "seven-league", "catch-22", "catch 22", "three eight-hour shifts", "three 8-hour shifts", "thanks a million", "thank you a million times", "a million thanks", "twenty-four seven", "24/7", "behind the eight-ball", "behind the eight ball", "behind the 8-ball", "hindsight is 20:20", "double check", "double-check", "double checked", "double-checked", "double checking", "double-checking", "hindsight is 20/20", "20:20 hindsight", "20:20 vision",
	"180-degree turn", "180-degree shift", "180 degree turn", "180-degree turns", "180 degree turns", "180-degree reversal",
	"180 degree shift", "180-degree change", "180-degree about-face", "u-turn", "feet on the ground", "both feet",
	// full agreement, "je suis parfaitement d'accord"
	// "tout à fait sûr", "absolument certain": full certainty, no share
	"100% sure", "100 per cent sure", "100 percent sure", "100% certain", "100 per cent certain", "100 percent certain",
	"a hundred per cent sure", "a hundred percent sure", "one hundred per cent sure", "one hundred percent sure",
	"agree 100%", "agree 100 per cent", "agree 100 percent", "agree one hundred per cent", "agree one hundred percent", "100% agree", "agree with them 100%", "agree with you 100%", "agree with him 100%", "agree with her 100%",
}

// The phrases as they may be typed: with a straight or a curly apostrophe.
var frIdiomForms, enIdiomForms = apostrophes(frIdioms), apostrophes(enIdioms)

func apostrophes(list []string) []string {
	out := list
	for _, id := range list {
		if strings.Contains(id, "'") {
			out = append(out, strings.ReplaceAll(id, "'", "’"))
		}
	}
	return out
}

// inIdiom reports whether the figure m of text lies inside a set phrase
// of its language.
func inIdiom(text string, m Mention, lang Lang) bool {
	core := strings.ToLower(m.Raw)
	lo, hi := max(0, m.Start-48), min(len(text), m.End+48)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo-- // a window cut inside a letter (the é of "récemment") would not lower-case in place
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	window := ""
	for _, id := range formsHolding(core, lang) {
		if window == "" {
			window = strings.ToLower(text[lo:hi])
			if len(window) != hi-lo {
				return false // lower-casing changed the offsets (rare letters)
			}
		}
		for off := 0; ; {
			k := strings.Index(window[off:], id)
			if k < 0 {
				break
			}
			a := lo + off + k
			b := a + len(id)
			if a < m.End && b > m.Start && wordEdge(text, a, b) && !countedAfter(id, text[b:]) && !sousUnder(id, text[b:]) && !networkLine(id, text[:a], text[b:]) {
				return true
			}
			off += k + 1
		}
	}
	return false
}

// wordEdge: the phrase at text[a:b] starts and ends on word boundaries.
func wordEdge(text string, a, b int) bool {
	if a > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:a]); unicode.IsLetter(r) {
			return false
		}
	}
	if b < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[b:]); unicode.IsLetter(r) {
			return false
		}
		if text[b] == '-' && b+1 < len(text) {
			r, _ := utf8.DecodeRuneInString(text[b+1:])
			return !unicode.IsLetter(r) // "quatre sous-marins" holds no "quatre sous"
		}
	}
	return true
}

// openIdioms end on a number that a noun after it turns back into a
// count: "en moins de deux" is "in no time", "en moins de deux semaines"
// is under two weeks; "take five" is a break, "take five months" a length
// of time.
var openIdioms = map[string]bool{"en moins de deux": true, "take five": true}

// countedAfter: the set phrase id is open and a word that may be its
// noun comes right after it.
func countedAfter(id, rest string) bool {
	if !openIdioms[id] {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 || !unicode.IsLetter([]rune(f[0])[0]) || strings.ContainsAny(f[0], "'’") {
		return false // "en moins de deux, ..." "en moins de deux !"
	}
	return countsNoun(strings.ToLower(f[0])) && !frClauseStart[strings.ToLower(f[0])]
}

// frClauseStart: words that open the next clause after a set phrase.
var frClauseStart = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true, "on": true, "je": true,
	"tu": true, "nous": true, "vous": true, "le": true, "la": true, "l": true, "puis": true, "mais": true, "donc": true}

// sousUnder: a phrase ending in "sous" reads "sous" as "under" when a
// determiner or a noun follows: "quatre sous le par" is four under par,
// "dont deux sous pavillon seychellois" two under the Seychelles flag;
// the pittance ("deux sous") stands alone or before "de" or "des" ("pas
// deux sous de jugeote", "avec trois sous des monceaux d'archives").
func sousUnder(id, rest string) bool {
	if !strings.HasSuffix(id, " sous") {
		return false
	}
	w := leadingWord(rest)
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	if frArticles[w] || w == "les" || w == "ses" || w == "leurs" || strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’") {
		return true
	}
	return len(w) >= 4 && !strings.ContainsAny(w, "'’") && !pittanceAfter[w] && !strings.HasSuffix(w, "ment")
}

// pittanceAfter: words that may follow "deux sous" the pittance.
var pittanceAfter = map[string]bool{"pour": true, "dans": true, "mais": true, "avec": true, "sans": true, "comme": true,
	"chez": true, "plus": true, "moins": true, "même": true, "encore": true, "seulement": true, "alors": true, "donc": true,
	"quand": true, "lorsque": true, "puis": true, "aussi": true, "jamais": true, "toujours": true}

// leadingWord is the first space-separated word of rest, read in place:
// rest runs to the end of the text, which splitting would copy whole.
func leadingWord(rest string) string {
	rest = strings.TrimLeft(rest, " \t\n")
	if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
		return rest[:i]
	}
	return rest
}
