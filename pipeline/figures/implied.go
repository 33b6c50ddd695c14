package figures

import "strings"

// impliedWords are words that hold a number without writing one (N7):
// "quinquennat" is a five-year term, "bicentenaire" the 200th
// anniversary, "bimensuel" twice a month. They let the English say the
// number; dropped, they are soft, since English has the same words
// (centenary, biennial).
var impliedWords = map[string]Mention{
	"quinquennat": {Kind: Cardinal, Value: "5", Head: "ans"}, "quinquennats": {Kind: Cardinal, Value: "5", Head: "ans"},
	"septennat": {Kind: Cardinal, Value: "7", Head: "ans"}, "sexennat": {Kind: Cardinal, Value: "6", Head: "ans"},
	"quinquennal": {Kind: Cardinal, Value: "5", Head: "ans"}, "quinquennale": {Kind: Cardinal, Value: "5", Head: "ans"},
	"quinquennaux": {Kind: Cardinal, Value: "5", Head: "ans"}, "quinquennales": {Kind: Cardinal, Value: "5", Head: "ans"},
	"triennal": {Kind: Cardinal, Value: "3", Head: "ans"}, "triennale": {Kind: Cardinal, Value: "3", Head: "ans"},
	"biennal": {Kind: Cardinal, Value: "2", Head: "ans"}, "biennale": {Kind: Cardinal, Value: "2", Head: "ans"},
	"bisannuel": {Kind: Cardinal, Value: "2", Head: "ans"}, "bisannuelle": {Kind: Cardinal, Value: "2", Head: "ans"},
	"décennal": {Kind: Cardinal, Value: "10", Head: "ans"}, "décennale": {Kind: Cardinal, Value: "10", Head: "ans"},
	"décennaux": {Kind: Cardinal, Value: "10", Head: "ans"}, "décennales": {Kind: Cardinal, Value: "10", Head: "ans"},
	// a flood's return period: "une crue centennale", "a 100-year flood"
	"centennal": {Kind: Cardinal, Value: "100", Head: "ans"}, "centennale": {Kind: Cardinal, Value: "100", Head: "ans"},
	"séculaire": {Kind: Cardinal, Value: "100", Head: "ans"}, "séculaires": {Kind: Cardinal, Value: "100", Head: "ans"}, // "le rêve séculaire": "a 100-year dream"
	"centennaux": {Kind: Cardinal, Value: "100", Head: "ans"}, "centennales": {Kind: Cardinal, Value: "100", Head: "ans"},
	"bimestriel": {Kind: Cardinal, Value: "2", Head: "mois"}, "bimestrielle": {Kind: Cardinal, Value: "2", Head: "mois"},
	"trimestriel": {Kind: Cardinal, Value: "3", Head: "mois"}, "trimestrielle": {Kind: Cardinal, Value: "3", Head: "mois"},
	"semestriel": {Kind: Cardinal, Value: "6", Head: "mois"}, "semestrielle": {Kind: Cardinal, Value: "6", Head: "mois"},
	"bimensuel": {Kind: Multiplier, Value: "2"}, "bimensuelle": {Kind: Multiplier, Value: "2"},
	"bihebdomadaire": {Kind: Multiplier, Value: "2"},
	"centenaire":     {Kind: Ordinal, Value: "100", Head: "anniversary"}, "bicentenaire": {Kind: Ordinal, Value: "200", Head: "anniversary"},
	"bimillénaire": {Kind: Ordinal, Value: "2000", Head: "anniversary"}, "bimillenary": {Kind: Ordinal, Value: "2000", Head: "anniversary"},
	"bimillennium":  {Kind: Ordinal, Value: "2000", Head: "anniversary"},
	"tricentenaire": {Kind: Ordinal, Value: "300", Head: "anniversary"}, "cinquantenaire": {Kind: Ordinal, Value: "50", Head: "anniversary"},
	"centenary": {Kind: Ordinal, Value: "100", Head: "anniversary"}, "centennial": {Kind: Ordinal, Value: "100", Head: "anniversary"},
	"bicentenary": {Kind: Ordinal, Value: "200", Head: "anniversary"}, "bicentennial": {Kind: Ordinal, Value: "200", Head: "anniversary"},
	"tercentenary": {Kind: Ordinal, Value: "300", Head: "anniversary"}, "quincentenary": {Kind: Ordinal, Value: "500", Head: "anniversary"},
	"biennial": {Kind: Cardinal, Value: "2", Head: "years"}, "fortnightly": {Kind: Cardinal, Value: "2", Head: "weeks"},
	"quinquennium": {Kind: Cardinal, Value: "5", Head: "years"},
	// the United Nations' budget periods: "the 2014-2015 biennium" = "l'exercice biennal"
	"biennium": {Kind: Cardinal, Value: "2", Head: "years"}, "bienniums": {Kind: Cardinal, Value: "2", Head: "years"},
	"biennia": {Kind: Cardinal, Value: "2", Head: "years"}, "triennium": {Kind: Cardinal, Value: "3", Head: "years"},
	"trienniums": {Kind: Cardinal, Value: "3", Head: "years"}, "triennia": {Kind: Cardinal, Value: "3", Head: "years"},
	"twice-monthly": {Kind: Multiplier, Value: "2"}, "twice-weekly": {Kind: Multiplier, Value: "2"},
	"two-monthly": {Kind: Cardinal, Value: "2", Head: "months"}, "three-monthly": {Kind: Cardinal, Value: "3", Head: "months"},
	"six-monthly": {Kind: Cardinal, Value: "6", Head: "months"},
	// the same in both languages: "une réunion en trois volets", "a tripartite meeting"
	"tripartite": {Kind: Cardinal, Value: "3", Head: "parties"}, "tripartites": {Kind: Cardinal, Value: "3", Head: "parties"},
	"quadripartite": {Kind: Cardinal, Value: "4", Head: "parties"}, "quadripartites": {Kind: Cardinal, Value: "4", Head: "parties"},
	"trilatéral": {Kind: Cardinal, Value: "3", Head: "parties"}, "trilatérale": {Kind: Cardinal, Value: "3", Head: "parties"},
	"trilatéraux": {Kind: Cardinal, Value: "3", Head: "parties"}, "trilatérales": {Kind: Cardinal, Value: "3", Head: "parties"},
	"trilateral": {Kind: Cardinal, Value: "3", Head: "parties"},
	// half of a way: "à la moitié de sa carrière", "half-way through his career"
	"half-way": {Kind: Fraction, Value: "0.5"}, "halfway": {Kind: Fraction, Value: "0.5"}, "midway": {Kind: Fraction, Value: "0.5"},
	"threesome": {Kind: Cardinal, Value: "3"}, "foursome": {Kind: Cardinal, Value: "4"}, // "une rencontre à trois"
	// a French run-off by its number of candidates: "une triangulaire", "a three-way race"
	"triangulaire": {Kind: Cardinal, Value: "3"}, "triangulaires": {Kind: Cardinal, Value: "3"},
	"quadrangulaire": {Kind: Cardinal, Value: "4"}, "quadrangulaires": {Kind: Cardinal, Value: "4"},
	"quinquangulaire": {Kind: Cardinal, Value: "5"}, "quinquangulaires": {Kind: Cardinal, Value: "5"},
	"mi-chemin": {Kind: Fraction, Value: "0.5"}, "mi-parcours": {Kind: Fraction, Value: "0.5"}, "mi-course": {Kind: Fraction, Value: "0.5"},
	"mi-mandat": {Kind: Fraction, Value: "0.5"}, "mi-saison": {Kind: Fraction, Value: "0.5"}, "mi-quinquennat": {Kind: Fraction, Value: "0.5"}, // "halfway through his term", "at the halfway point"
}

// impliedAt reads a word that holds a number.
func (p *parser) impliedAt(i int) (*Mention, int) {
	if m, n := p.everyTerm(i); n > 0 {
		return m, n
	}
	if cur := currencyWords[p.word(i+1)]; cur != "" && (p.word(i) == "chaque" || p.word(i) == "par") && p.lang == French && !strings.HasSuffix(p.word(i+1), "s") {
		// "30 cents sur chaque dollar": "on every $1", a dollar said
		// without a number; dropped, it says nothing
		return &Mention{Kind: Money, Value: "1", Unit: cur, Word: true, style: "fixed"}, 2
	}
	if w := p.word(i); (w == "last" || w == "latter" || w == "dernière") && (p.word(i+1) == "half" || p.word(i+1) == "moitié") && periodUnit[p.word(i+2)] == "" {
		// ("the last half century" is fifty years, read as such)
		// "la dernière moitié de l'année": the last half, a part named
		// more than counted; dropped, it says nothing
		return &Mention{Kind: Fraction, Value: "0.5", Word: true, style: "fixed"}, 2
	}
	if p.lang == French && p.word(i) == "neufs" && (orderAdjectives[p.word(i+1)] || periodUnit[p.word(i+1)] != "") {
		// "les neufs premiers mois": nine, its plural a slip (the
		// adjective "neufs", new, follows its noun)
		return &Mention{Kind: Cardinal, Value: "9", Word: true}, 1
	}
	if w := p.word(i); p.lang == French && nearlyWords[w] && (p.word(i+1) == "tous" || p.word(i+1) == "toutes") {
		// "presque tous se réclament de l'islam": "almost 100%"; dropped, it says nothing
		return &Mention{Kind: Percent, Value: "100", Unit: "%", Word: true, style: "fixed", Comparator: CmpNearly}, 2
	}
	if w := p.word(i); p.lang == French && (wholeWords[w] || w == "sans" && p.word(i+1) == "réserve") {
		// "la déduction intégrale", "j'appuie sans réserve": English may
		// say "100%"; dropped, they say nothing
		return &Mention{Kind: Percent, Value: "100", Unit: "%", Word: true, style: "fixed"}, 1 + boolInt(w == "sans")
	}
	if w := p.word(i); p.lang == French && (w == "tout" && (p.word(i+1) == "l'" || p.word(i+1) == "le") || w == "toute" && (p.word(i+1) == "l'" || p.word(i+1) == "la")) && wholeAmounts[p.word(i+2)] {
		// "tout l'argent serait distribué": "100% of the money"; dropped, it says nothing
		return &Mention{Kind: Percent, Value: "100", Unit: "%", Word: true, style: "fixed"}, 1
	}
	if w := p.word(i); p.lang == English && (w == "wholly-owned" || w == "fully-owned" || (w == "wholly" || w == "fully") && p.word(i+1) == "owned") {
		// "des filiales à 100 p. 100": "wholly-owned subsidiaries"; dropped, it says nothing
		return &Mention{Kind: Percent, Value: "100", Unit: "%", Word: true, style: "fixed"}, 1 + boolInt(p.word(i+1) == "owned")
	}
	if y := jubileeYears[p.word(i)]; y != "" && p.lang == English && p.jubileeAfter(i+1) {
		// "their Golden Wedding Anniversary": "leur cinquantième
		// anniversaire de mariage"; dropped, it says nothing
		return &Mention{Kind: Ordinal, Value: y, Word: true, style: "fixed"}, 1
	}
	if p.lang == English && p.word(i) == "right" && (p.word(i+1) == "angle" || p.word(i+1) == "angles" || p.word(i+1) == "angled") {
		// "at a right angle" for "de 90 degrés"; dropped, it says nothing
		return &Mention{Kind: Quantity, Value: "90", Unit: "°", Word: true, style: "fixed"}, 1
	}
	if p.word(i) == "mid-year" || p.word(i) == "midyear" {
		return &Mention{Kind: Fraction, Value: "0.5", Word: true, style: "fixed"}, 1 // "à la moitié de l'exercice"
	}
	if v := perScale[p.word(i+1)]; v != "" && p.word(i) == "per" && p.lang == English {
		return &Mention{Kind: Cardinal, Value: v, Word: true}, 2 // "per thousand of population": par mille habitants
	}
	m, ok := impliedWords[p.word(i)]
	if !ok {
		return nil, 0
	}
	m.Word, m.style = true, "idiom"
	return ptr(m), 1
}

// wholeWords say "all of it" in French, which English may write "100%".
var wholeWords = map[string]bool{"intégrale": true, "intégral": true, "intégralement": true, "intégralité": true,
	"totalité": true, "entièrement": true, "totalement": true}

// wholeAmounts are the sums "tout l'", "tout le" or "toute la" may take
// whole, "tout l'argent", "tout le budget", "toute la TPS": a share English may write "100%" ("tout
// le pays", "tout le monde" are no shares of an amount).
var wholeAmounts = map[string]bool{"argent": true, "budget": true, "montant": true, "financement": true, "excédent": true,
	"surplus": true, "déficit": true, "capital": true, "crédit": true,
	// "toute la TPS": the whole of a tax or a sum ("a 100% GST rebate")
	"tps": true, "tva": true, "taxe": true, "somme": true, "dette": true, "facture": true, "aide": true, "subvention": true, "prime": true}

// nearlyWords before "tous" make all of them nearly all.
var nearlyWords = map[string]bool{"presque": true, "quasiment": true, "pratiquement": true, "quasi": true}

// perScale are the scale words a rate is counted per, without a number,
// where French says the number: "par mille habitants" ("par million" is
// no number in French, nor "per million" in English).
var perScale = map[string]string{"thousand": "1000"}

// everyTerm reads a recurring half or quarter of a year: "semestre après
// semestre", "chaque trimestre", "par semestre" are every six or three
// months, as English says it. A lone "semestre" names a half of a year
// ("au premier semestre": "in the first half") and holds no count.
func (p *parser) everyTerm(i int) (*Mention, int) {
	w := p.word(i)
	if w != "semestre" && w != "trimestre" || p.lang != French {
		return nil, 0
	}
	v := itoa(partSize[w]) // the months in the part of a year
	n := 0
	switch {
	case p.words(i+1, "après", w):
		n = 3
	case p.word(i-1) == "chaque" || p.word(i-1) == "par":
		n = 1
	default:
		return nil, 0
	}
	return &Mention{Kind: Cardinal, Value: v, Head: "mois", Word: true, style: "idiom"}, n
}

// symbolicAt reads "un euro symbolique", "l'euro symbolique": a nominal
// sum of one unit of money, which English writes "a nominal €1" or "a
// token euro" (so it may go unwritten).
func (p *parser) symbolicAt(i int) (*Mention, int) {
	if p.lang == English && p.word(i) == "pennies" && p.num(i-1) == nil && !numberWord(p.word(i-1)) && !determiners[p.word(i-1)] {
		// "other than pennies" for "des pièces de un cent": the coin named,
		// its value said by the name
		return &Mention{Kind: Money, Value: "0.01", Unit: centUnit, Word: true, style: "idiom"}, 1
	}
	if p.lang == English {
		// "a token euro", "a nominal dollar"
		cur := currencyWords[p.word(i+2)]
		if p.word(i) != "a" || cur == "" || !nominalWords[p.word(i+1)] || strings.HasSuffix(p.word(i+2), "s") {
			return nil, 0
		}
		return &Mention{Kind: Money, Value: "1", Unit: cur, Word: true, style: "idiom"}, 3
	}
	if p.word(i) != "un" && p.word(i) != "l'" {
		return nil, 0
	}
	cur := currencyWords[p.word(i+1)]
	if cur == "" || p.word(i+2) != "symbolique" {
		return nil, 0
	}
	return &Mention{Kind: Money, Value: "1", Unit: cur, Word: true, style: "idiom"}, 3
}

var nominalWords = map[string]bool{"token": true, "nominal": true, "symbolic": true}

// onlyOneAt reads "contre un seul", "qu'une seule": the count one a
// comparison sets against another ("deux menus par semaine, contre un
// seul auparavant" doubled), unwritten as often as written.
func (p *parser) onlyOneAt(i int) (*Mention, int) {
	if p.lang != French || p.word(i) != "un" && p.word(i) != "une" || p.word(i+1) != "seul" && p.word(i+1) != "seule" {
		return nil, 0
	}
	if w := p.word(i - 1); w != "contre" && w != "qu'" && w != "que" && !(p.word(i+2) == "contre" && p.sym(i-1) == ",") && !p.countListAfter(i+2) {
		return nil, 0 // ("onze ont voté pour, un seul contre": the one vote against)
	}
	return &Mention{Kind: Cardinal, Value: "1", Word: true, style: "idiom"}, 2
}

// countListAfter: a count follows in the list the words from i open,
// "une seule médaille d'or et deux d'argent": the one is counted too.
func (p *parser) countListAfter(i int) bool {
	for j := i; j < len(p.toks) && j < i+6; j++ {
		if p.toks[j].kind == tSym && p.sym(j) != "'" || p.toks[j].kind == tNum {
			return false
		}
		if p.word(j) == "et" {
			v, ok := p.atomValue(p.word(j + 1))
			return ok && v >= 2 || p.num(j+1) != nil
		}
	}
	return false
}

// jubileeYears are the anniversaries English names by a metal or a stone.
var jubileeYears = map[string]string{"silver": "25", "ruby": "40", "golden": "50", "diamond": "60", "platinum": "70"}

// jubileeAfter: an anniversary or a jubilee follows at j, past "wedding".
func (p *parser) jubileeAfter(j int) bool {
	if p.word(j) == "wedding" {
		j++
	}
	return p.word(j) == "anniversary" || p.word(j) == "jubilee"
}
