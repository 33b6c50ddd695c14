package figures

// Lexicons shared by the parsers. Keys are lower-case words as folded by
// foldWord.

// frUnits are French number words that add (N7).
var frUnits = map[string]int64{
	"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "quatres": 4, "cinq": 5, "six": 6,
	"sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
	"quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
	"quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
	"octante": 80, "nonante": 90,
}

var enUnits = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply what precedes them (N4). French billion is 10^12.
var frScale = map[string]int{
	"cent": 2, "cents": 2, "mille": 3, "million": 6, "millions": 6, "milliard": 9,
	"milliards": 9, "billion": 12, "billions": 12, "billiard": 15, "billiards": 15,
	"trillion": 18, "trillions": 18, // the long scale again: a French trillion is 10^18
}

var enScale = map[string]int{
	"hundred": 2, "thousand": 3, "thousands": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9,
	"trillion": 12, "trillions": 12, "quadrillion": 15, "quintillion": 18,
	"milliard": 9, "milliards": 9, // the British "milliard", and the French word a literal translation keeps
}

// Abbreviated scales written after digits: 3,2 Md€, €3.2bn, 450m.
var frScaleAbbr = map[string]int{"k": 3, "m": 6, "md": 9, "mds": 9, "mrd": 9, "mrds": 9, "g": 9}
var enScaleAbbr = map[string]int{"k": 3, "m": 6, "mn": 6, "mln": 6, "b": 9, "bn": 9, "bln": 9, "tn": 12, "tr": 12, "trn": 12}

var frOrdinals = map[string]int64{
	"premier": 1, "première": 1, "premiers": 1, "premières": 1, "deuxième": 2, "second": 2, "seconde": 2,
	"troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
	"huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
	"treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19, "vingtième": 20,
	"trentième": 30, "quarantième": 40, "cinquantième": 50, "centième": 100,
	"millième": 1000, "vingt-et-unième": 21, "vingt-deuxième": 22,
}

var enOrdinals = map[string]int64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
	"twenty-first": 21, "twenty-second": 22,
}

var frMonths = map[string]int{
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12,
}

var enMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var enMonthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// frCollective are approximate nouns (N8): une vingtaine ~ 20.
var frCollective = map[string]int64{
	"huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
	"quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
	"demi-douzaine": 6,
	"septantaine":   70, "huitantaine": 80, "nonantaine": 90, // Belgian and Swiss French, as septante and nonante
}

// vague plurals only give an order of magnitude (N8).
var frVague = map[string]int64{
	"dizaines": 10, "douzaines": 10, "centaines": 100, "milliers": 1000, "millions": 1e6,
	"milliards": 1e9,
}

var enVague = map[string]int64{
	"dozens": 10, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9,
}

// Fractions (N8).
var frFraction = map[string][2]int64{"moitié": {1, 2}, "tiers": {1, 3}, "quart": {1, 4}, "quarts": {1, 4}}
var enFraction = map[string][2]int64{"half": {1, 2}, "third": {1, 3}, "thirds": {1, 3},
	"quarter": {1, 4}, "quarters": {1, 4}, "one-third": {1, 3}, "two-thirds": {2, 3}, "two-third": {2, 3}, // "a two-third majority"
	"one-quarter": {1, 4}, "three-quarters": {3, 4}, "one-half": {1, 2}}

// hedge phrases, longest first, mapped to comparators (N9).
type hedge struct {
	words []string
	cmp   Comparator
}

// frHedgesAt and enHedgesAt are the lists by their first word, in list
// order: hedgeAt runs at every word that may start a figure, and trying
// every phrase there was some 3% of the time spent reading figures.
var frHedgesAt, enHedgesAt = hedgesByFirstWord(frHedges), hedgesByFirstWord(enHedges)

func hedgesByFirstWord(list []hedge) map[string][]hedge {
	at := map[string][]hedge{}
	for _, h := range list {
		at[h.words[0]] = append(at[h.words[0]], h)
	}
	return at
}

var frHedges = []hedge{
	// "la dette frôle les 585 milliards": nearly
	{[]string{"frôle", "les"}, CmpNearly}, {[]string{"frôlent", "les"}, CmpNearly}, {[]string{"frôlait", "les"}, CmpNearly},
	{[]string{"frôlé", "les"}, CmpNearly}, {[]string{"frôler", "les"}, CmpNearly}, {[]string{"frôlant", "les"}, CmpNearly},
	{[]string{"frise", "les"}, CmpNearly}, {[]string{"frisent", "les"}, CmpNearly}, {[]string{"frisait", "les"}, CmpNearly}, {[]string{"frisant", "les"}, CmpNearly},
	// "un montant avoisinant les 12 millions": about
	{[]string{"avoisine", "les"}, CmpApprox}, {[]string{"avoisinent", "les"}, CmpApprox}, {[]string{"avoisinait", "les"}, CmpApprox},
	{[]string{"avoisinant", "les"}, CmpApprox}, {[]string{"avoisiné", "les"}, CmpApprox}, {[]string{"avoisinant"}, CmpApprox},
	{[]string{"avoisinerait", "les"}, CmpApprox}, {[]string{"avoisineraient", "les"}, CmpApprox}, {[]string{"avoisinera", "les"}, CmpApprox}, {[]string{"avoisineront", "les"}, CmpApprox},
	{[]string{"de", "l'", "ordre", "de"}, CmpApprox}, {[]string{"de", "l'", "ordre", "d'"}, CmpApprox},
	{[]string{"aux", "alentours", "de"}, CmpApprox}, {[]string{"aux", "alentours", "d'"}, CmpApprox}, {[]string{"grosso", "modo"}, CmpApprox},
	// "à peine plus d'un pour cent" is just over one per cent: before "à peine"
	{[]string{"à", "peine", "plus", "de"}, CmpGT}, {[]string{"à", "peine", "plus", "d'"}, CmpGT},
	{[]string{"un", "peu", "plus", "de"}, CmpGT}, {[]string{"un", "peu", "moins", "de"}, CmpLT},
	{[]string{"à", "peu", "près"}, CmpApprox}, {[]string{"pas", "moins", "de"}, CmpGE},
	{[]string{"près", "de"}, CmpNearly}, {[]string{"près", "d'"}, CmpNearly}, {[]string{"pas", "tout", "à", "fait"}, CmpNearly}, // "ne comprend pas tout à fait 200 individus": not quite
	{[]string{"autour", "de"}, CmpApprox}, {[]string{"plus", "de"}, CmpGT}, {[]string{"plus", "d'"}, CmpGT},
	{[]string{"au", "moins", "de"}, CmpGE}, {[]string{"au", "moins", "d'"}, CmpGE}, {[]string{"au", "moins"}, CmpGE}, {[]string{"au-delà", "de"}, CmpGT}, {[]string{"au-delà", "d'"}, CmpGT}, {[]string{"moins", "de"}, CmpLT},
	{[]string{"moins", "d'"}, CmpLT}, {[]string{"jusqu'", "à"}, CmpLE}, {[]string{"à", "peine"}, CmpLT},
	{[]string{"environ"}, CmpApprox}, {[]string{"vers"}, CmpApprox}, {[]string{"avoisine"}, CmpApprox}, {[]string{"avoisinent"}, CmpApprox},
	{[]string{"avoisinerait"}, CmpApprox}, {[]string{"avoisineraient"}, CmpApprox}, {[]string{"avoisinait"}, CmpApprox}, {[]string{"quelque"}, CmpApprox}, {[]string{"approximativement"}, CmpApprox},
	{[]string{"tout", "au", "plus"}, CmpLE}, {[]string{"au", "plus"}, CmpLE}, {[]string{"au", "maximum"}, CmpLE},
	{[]string{"au", "minimum"}, CmpGE}, {[]string{"un", "maximum", "de"}, CmpLE}, {[]string{"un", "minimum", "de"}, CmpGE},
	{[]string{"supérieur", "à"}, CmpGT}, {[]string{"supérieure", "à"}, CmpGT}, {[]string{"supérieurs", "à"}, CmpGT},
	{[]string{"supérieures", "à"}, CmpGT}, {[]string{"inférieur", "à"}, CmpLT}, {[]string{"inférieure", "à"}, CmpLT},
	{[]string{"inférieurs", "à"}, CmpLT}, {[]string{"inférieures", "à"}, CmpLT},
	{[]string{"presque"}, CmpNearly}, {[]string{"presqu'"}, CmpNearly}, {[]string{"quasiment"}, CmpNearly}, {[]string{"bientôt"}, CmpNearly}, {[]string{"exactement"}, CmpExact},
	{[]string{"quelques"}, CmpApprox}, {[]string{"plusieurs"}, CmpApprox}, {[]string{"d'environ"}, CmpApprox},
	// "près des deux tiers", "plus des trois quarts": before a fraction only (see at)
	{[]string{"près", "des"}, CmpNearly}, {[]string{"plus", "des"}, CmpGT}, {[]string{"moins", "des"}, CmpLT},
	{[]string{"plus", "que"}, CmpGT}, {[]string{"moins", "que"}, CmpLT}, // "bien plus que 75 %"
}

var enHedges = []hedge{
	{[]string{"barely", "over"}, CmpGT}, {[]string{"barely", "more", "than"}, CmpGT}, {[]string{"barely", "above"}, CmpGT},
	{[]string{"barely", "under"}, CmpLT}, {[]string{"barely", "less", "than"}, CmpLT}, {[]string{"barely", "below"}, CmpLT},
	{[]string{"just", "over"}, CmpGT}, {[]string{"just", "under"}, CmpLT}, {[]string{"more", "than"}, CmpGT},
	{[]string{"older", "than"}, CmpGT}, {[]string{"younger", "than"}, CmpLT}, // "doctors older than 60": "de plus de 60 ans"
	{[]string{"fewer", "than"}, CmpLT}, {[]string{"less", "than"}, CmpLT}, {[]string{"at", "least"}, CmpGE},
	{[]string{"at", "most"}, CmpLE}, {[]string{"up", "to"}, CmpLE}, {[]string{"no", "fewer", "than"}, CmpGE},
	{[]string{"no", "less", "than"}, CmpGE}, {[]string{"close", "to"}, CmpNearly}, {[]string{"as", "many", "as"}, CmpLE},
	{[]string{"about"}, CmpApprox}, {[]string{"around"}, CmpApprox}, {[]string{"some"}, CmpApprox}, {[]string{"something", "like"}, CmpApprox},
	{[]string{"roughly"}, CmpApprox}, {[]string{"approximately"}, CmpApprox}, {[]string{"nearly"}, CmpNearly},
	{[]string{"almost"}, CmpNearly}, {[]string{"not", "quite"}, CmpNearly}, {[]string{"approaching"}, CmpNearly}, {[]string{"coming", "up", "to"}, CmpNearly}, {[]string{"over"}, CmpGT}, {[]string{"under"}, CmpLT},
	{[]string{"exactly"}, CmpExact}, {[]string{"precisely"}, CmpExact}, {[]string{"barely"}, CmpLT},
	{[]string{"approx"}, CmpApprox}, {[]string{"circa"}, CmpApprox}, {[]string{"an", "estimated"}, CmpApprox},
	{[]string{"a", "few"}, CmpApprox}, {[]string{"several"}, CmpApprox}, {[]string{"a", "little", "over"}, CmpGT},
	{[]string{"slightly", "more", "than"}, CmpGT}, {[]string{"well", "over"}, CmpGT},
	{[]string{"at", "the", "most"}, CmpLE}, {[]string{"a", "maximum", "of"}, CmpLE}, {[]string{"a", "minimum", "of"}, CmpGE},
	{[]string{"longer", "than"}, CmpGT}, {[]string{"shorter", "than"}, CmpLT}, {[]string{"higher", "than"}, CmpGT},
	{[]string{"lower", "than"}, CmpLT}, {[]string{"greater", "than"}, CmpGT}, {[]string{"bigger", "than"}, CmpGT},
	{[]string{"larger", "than"}, CmpGT}, {[]string{"smaller", "than"}, CmpLT},
	{[]string{"a", "good"}, CmpGE}, {[]string{"a", "solid"}, CmpGE}, {[]string{"upwards", "of"}, CmpGT},
	// "as long as four and a half hours", "as much as €2bn": an upper
	// bound, the English of "jusqu'à"
	{[]string{"as", "long", "as"}, CmpLE}, {[]string{"as", "much", "as"}, CmpLE}, {[]string{"as", "high", "as"}, CmpLE},
}

// hedgeWord is how FormatEnglish writes a comparator.
var hedgeWord = map[Comparator]string{
	CmpApprox: "about", CmpNearly: "nearly", CmpGT: "more than", CmpGE: "at least",
	CmpLT: "less than", CmpLE: "up to", CmpExact: "exactly",
}
