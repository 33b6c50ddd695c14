package figures

import (
	"math/big"
	"strings"
)

// percentAt reads %, pour cent, p. 100, percent, per cent, points (N5).
func (p *parser) percentAt(m *Mention, j int) int {
	switch {
	case p.sym(j) == "°" && p.sym(j+1) == "%":
		m.Kind, m.Unit = Percent, "%" // "2,6 ° %": a stray sign
		return 2
	case p.sym(j) == "%":
		m.Kind, m.Unit = Percent, "%"
		if m.Value == "100" && p.lang == French && frAdjective(p.word(j+1)) {
			m.style = "idiom" // "les modèles 100 % électriques": fully electric, no share of anything
		}
		return 1
	case p.sym(j) == "‰":
		m.Kind, m.Unit = PerMille, "‰"
		return 1
	case p.lang == French && (p.word(j) == "premiers" || p.word(j) == "derniers") && p.sym(j+1) == "%":
		m.Kind, m.Unit = Percent, "%" // "les 5 premiers % des salariés": the top 5%
		return 2
	case p.words(j, "pour", "cent") || p.words(j, "per", "cent"):
		m.Kind, m.Unit = Percent, "%"
		return 2
	case p.lang == English && p.tokText(j) == "p" && p.sym(j+1) == "." && p.word(j+2) == "cent":
		m.Kind, m.Unit = Percent, "%" // "under 3 p. cent": the French "p. 100" half translated
		return 3
	case p.word(j) == "pourcent" || p.word(j) == "percent" || p.word(j) == "pc" || p.word(j) == "pour-cent" || p.word(j) == "per-cent":
		m.Kind, m.Unit = Percent, "%"
		return 1
	case p.word(j) == "pour" && p.num(j+1) != nil && p.toks[j+1].text == "100",
		p.word(j) == "p" && p.sym(j+1) == "." && p.num(j+2) != nil && p.toks[j+2].text == "100":
		m.Kind, m.Unit = Percent, "%"
		return 2 + boolInt(p.word(j) == "p")
	case p.lang == French && p.tokText(j) == "p" && !p.glued(j) && p.tokText(j+1) == "100" && p.num(j+1) != nil && !p.glued(j+1):
		m.Kind, m.Unit = Percent, "%" // "à peu près 20 p 100": the point of "p. 100" left out
		return 2
	case p.lang == French && p.word(j) == "p" && p.toks[j].text == "p" && p.sym(j+1) == "." && j+2 == len(p.toks):
		m.Kind, m.Unit = Percent, "%" // "le coût de 1 p.": a "p. 100" whose 100 a sentence splitter cut off
		return 2
	case p.words(j, "pour", "mille") || p.words(j, "per", "mille") || p.words(j, "per", "thousand"):
		m.Kind, m.Unit = PerMille, "‰"
		return 2
	}
	if m.Kind != Money {
		if n := p.perThousandAt(j); n > 0 {
			// "7,2 pour 1 000 habitants", "4.1 deaths per 1,000 births": a
			// rate per thousand, as "per thousand" says it (read only when
			// no sign or word of percent came first)
			m.Kind, m.Unit = PerMille, "‰"
			return n
		}
	}
	return p.pointsAt(m, j)
}

func (p *parser) pointsAt(m *Mention, j int) int {
	switch w := p.word(j); {
	case p.words(j, "points", "de", "base") || p.words(j, "basis", "points") || p.words(j, "basis", "point") || p.words(j, "base", "points"):
		m.Kind, m.Unit = Quantity, "bp" // "base points" too, as translations write it
		return 2 + boolInt(p.lang == French)
	case p.lang == English && (w == "basis-point" || w == "basis-points"):
		m.Kind, m.Unit = Quantity, "bp" // "a 50 basis-point cut"
		return 1
	case p.lang == English && w == "scale" && (p.word(j+1) == "points" || p.word(j+1) == "point"):
		if n := p.pointsAt(m, j+1); n > 0 {
			return n + 1 // "60 scale points": a test's score points
		}
		m.Head = "points" // a count of points, as a bare "60 points" is
		return 2
	case p.lang == English && (w == "bp" || w == "bps") && p.toks[j].text != "BPS" || p.lang == French && w == "pb":
		// ("28,800 BPS", capitals: bits per second)
		m.Kind, m.Unit = Quantity, "bp" // "jumped 45bp", "84 pb"
		return 1
	case (w == "points" || w == "point") && ((p.word(j+1) == "de" || p.word(j+1) == "d'") && placePoints[p.word(j+2)] || p.lang == French && placePointsBare[p.word(j+1)]):
		m.Head = "points" // "412 points de deal", "300 points de vente", "14 points presse": places, counted
		return 0
	case (w == "points" || w == "point" || w == "pts") && (indexLevel(m.Value) || m.Format == "dot-group"):
		m.Kind, m.Unit = Quantity, "pts" // an index level: the Dow at 12,078 points
		return 1
	case w == "percentage" && (p.word(j+1) == "points" || p.word(j+1) == "point"):
		m.Kind, m.Unit = PercentPoint, "pt"
		return 2
	case p.lang == English && (w == "percentage-point" || w == "percentage-points"):
		m.Kind, m.Unit = PercentPoint, "pt" // "a 1.5 percentage-point improvement"
		return 1
	case p.lang == English && p.words(j, "of", "a", "percentage", "point"):
		m.Kind, m.Unit = PercentPoint, "pt" // "0.6 of a percentage point"
		return 4
	case p.lang == English && p.words(j, "of", "a", "point") && p.percentContext(j+2):
		m.Kind, m.Unit = PercentPoint, "pt" // "down 0.6 of a point from 2.9%"
		return 3
	case p.lang == English && p.sym(j) == "-" && p.glued(j) && p.glued(j+1) && (p.word(j+1) == "percentage-point" || p.word(j+1) == "percentage-points"):
		m.Kind, m.Unit = PercentPoint, "pt" // "a 7-percentage-point rise"
		return 2
	case p.lang == English && p.sym(j) == "-" && p.glued(j) && p.glued(j+1) && (p.word(j+1) == "basis-point" || p.word(j+1) == "basis-points"):
		m.Kind, m.Unit = Quantity, "bp" // "another 25-basis-point cut"
		return 2
	case p.words(j, "points", "de", "pourcentage") || p.words(j, "point", "de", "pourcentage"):
		m.Kind, m.Unit = PercentPoint, "pt"
		return 3
	case w == "pp" || (w == "points" || w == "point" || w == "pts") && p.percentContext(j) && !p.pointsListed(j) && !p.scorePointsBeside(j):
		m.Kind, m.Unit = PercentPoint, "pt"
		return 1
	}
	return 0 // points in a league table or a game: a count of points
}

// placePoints name places after "points de": a count of them, no index
// level.
var placePoints = map[string]bool{"deal": true, "vente": true, "collecte": true, "accueil": true, "passage": true,
	"contrôle": true, "distribution": true, "livraison": true, "retrait": true, "recharge": true, "charge": true, "eau": true}

// placePointsBare name places right after "points", with no "de":
// "14 points presse", "points relais", "points retrait".
var placePointsBare = map[string]bool{"presse": true, "relais": true, "retrait": true, "info": true, "lecture": true, "poste": true, "conseil": true}

// percentWords say that the points of their sentence are percentage
// points: a rate, a share, a poll.
var percentWords = map[string]bool{
	"pourcentage": true, "percentage": true, "percent": true, "pourcent": true, "taux": true, "rate": true,
	"rates": true, "sondage": true, "sondages": true, "poll": true, "polls": true, "polling": true,
	"inflation": true, "chômage": true, "unemployment": true, "jobless": true, "croissance": true, "growth": true,
	"pib": true, "gdp": true, "intentions": true, "scrutin": true, "voix": true, "votes": true, "vote": true,
	"suffrages": true, "électeurs": true, "voters": true, "popularité": true, "popularity": true,
	"cote": true, "approval": true, "baromètre": true, "survey": true, "enquête": true, "part": true,
	"share": true, "yield": true, "rendement": true, "marge": true, "margin": true, "ballot": true,
	"élection": true, "election": true, "premier": true, "tour": true, "round": true, "opinion": true,
}

// pointsListed: "the following three points:", "deux points :" announce
// the items of a list, not a rate's points.
func (p *parser) pointsListed(j int) bool {
	return p.sym(j+1) == ":" || p.word(j-2) == "following" || p.word(j+1) == "suivants"
}

// percentContext: a percent sign or a word of rates in the sentence of
// the points at j.
func (p *parser) percentContext(j int) bool {
	lo, hi := p.sentenceTokens(p.toks[j].start)
	sport := -1 // read on the first round or tour met
	for k := max(lo, j-40); k < min(hi, j+40); k++ {
		if p.sym(k) == "%" || p.words(k, "pour", "cent") || p.words(k, "per", "cent") {
			return true
		}
		if !percentWords[p.word(k)] {
			continue
		}
		if !electionOrGame[p.word(k)] {
			return true
		}
		if sport < 0 {
			sport = boolInt(p.wordIn(max(lo, j-40), min(hi, j+40), sportWords))
		}
		if sport == 0 {
			return true
		}
	}
	return false
}

// electionOrGame are an election's words and a league's alike: "the 30th round of
// Premier League games" gives a table's points, no rate's.
var electionOrGame = map[string]bool{"premier": true, "tour": true, "round": true}

// wordIn: a word of set stands between tokens lo and hi.
// sentenceHasWord: a word of set stands in the sentence at byte offset off.
func (p *parser) sentenceHasWord(off int, set map[string]bool) bool {
	lo, hi := p.sentenceTokens(off)
	return p.wordIn(lo, hi, set)
}

func (p *parser) wordIn(lo, hi int, set map[string]bool) bool {
	for k := lo; k < hi; k++ {
		if set[p.word(k)] {
			return true
		}
	}
	return false
}

var sportWords = map[string]bool{"league": true, "ligue": true, "match": true, "matchs": true, "matches": true, "game": true,
	"games": true, "goals": true, "buts": true, "journée": true, "matchday": true, "championnat": true, "standings": true,
	"classement": true, "season": true, "saison": true, "club": true, "team": true, "équipe": true,
	// a stage race's points classification: "20 points au premier" of a sprint
	"étape": true, "étapes": true, "stage": true, "stages": true, "sprint": true, "maillot": true, "jersey": true,
	"coureur": true, "coureurs": true, "riders": true, "peloton": true, "tournoi": true, "tournament": true, "podium": true,
	// motor racing: "un tour bouclé en 1 min 10 s 893" is a lap
	"qualifications": true, "qualifying": true, "coéquipier": true, "coéquipière": true, "teammate": true, "team-mate": true,
	"pilote": true, "pilotes": true, "driver": true, "drivers": true, "lap": true, "laps": true, "circuit": true, "pole": true}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// currencyPrefix reads €, $, US$, C$, £, CHF, EUR written before a number.
func (p *parser) currencyPrefix(i int) (string, int) {
	if p.num(i) != nil {
		return "", 0
	}
	s := p.toks[min(i, len(p.toks)-1)].low
	if i+1 >= len(p.toks) || p.num(i+1) == nil && p.sym(i+1) != "-" && p.sym(i+1) != "−" {
		if q := currencyQualifiers[s]; q != "" && p.sym(i+1) == "$" && p.glued(i+1) && p.num(i+2) != nil {
			return q, 2
		}
		if c := dollarCountries[s]; c != "" && p.sym(i+1) == "$" && p.glued(i+1) && p.num(i+2) != nil {
			return c, 2 // "C$9.4bn", "A$3m"
		}
		if c := dollarCountries[p.word(i+1)]; s == "$" && c != "" && p.glued(i+1) && p.glued(i+2) && p.num(i+2) != nil {
			return c, 2 // "$A45,000", "$US2 million": the country after the sign
		}
		return "", 0
	}
	switch s {
	case "€", "$", "£", "¥":
		return currencyWords[s], 1
	case "eur", "usd", "gbp", "chf":
		if p.toks[i].text == strings.ToUpper(p.toks[i].text) {
			return currencyWords[s], 1
		}
	case "sfr":
		if t := p.toks[i].text; t == "SFr" || t == "SFR" || t == "Sfr" {
			return "CHF", 1 // "SFr530m": the Swiss franc as the financial press writes it
		}
	case "cfa", "fcfa", "cfaf":
		if p.toks[i].text == strings.ToUpper(p.toks[i].text) {
			return "XOF", 1 // "CFA25 million", "FCFA 5 000", "CFAF254bn": the franc's name before its amount
		}
	case "euro":
		if p.lang == English && p.glued(i+1) {
			return "EUR", 1 // "Euro475,000", "Euro21 million": the United Nations' way with the euro
		}
	}
	if code := prefixCodes[s]; code != "" && p.toks[i].text == code {
		return code, 1 // "FRF 3 million", "DEM 40 million": the codes of the euro's forerunners too
	}
	return "", 0
}

// currencyAfter reads euros, d'euros, €, dollars canadiens, francs CFA.
func (p *parser) currencyAfter(j int) (string, int) {
	k := 0
	if w := p.word(j); w == "d'" || w == "de" || w == "of" {
		k = 1
	}
	if q := currencyQualifiers[p.word(j+k)]; q != "" && p.lang == English && p.currencyAt(j+k+1) != "" {
		return q, k + 2 // Swiss francs, Canadian dollars, CFA francs
	}
	if q := crownCountries[p.word(j+k)]; q != "" && p.lang == English && crownWords[p.word(j+k+1)] {
		return q, k + 2 // "11 million Swedish kronor", "Danish kroner"
	}
	if w := p.word(j + k); (w == "couronnes" || w == "couronne") && currencyQualifiers[p.word(j+k+1)] != "" {
		return currencyQualifiers[p.word(j+k+1)], k + 2 // "couronnes suédoises": a crown named by its country
	}
	c := p.currencyAt(j + k)
	if p.word(j+k) == "sterling" && p.lang == English && countNoun(p.word(j+k+1)) {
		return "", 0 // "two sterling examples": the adjective, excellent
	}
	if c != "" && p.lang == English && p.sym(j+k) != "" && !p.glued(j+k) && p.glued(j+k+1) && p.num(j+k+1) != nil {
		return "", 0 // "five $99 bikes": the sign opens the next amount
	}
	if c == "" || notMoney[p.word(j+k+1)] || !p.poundAmount(j, k) || k == 0 && p.yearThenAmount(j) {
		return "", 0 // "17 Euro countries", "la zone euro", "deux livres récents", "1998 USD 2 400 billion"
	}
	if k == 1 && (p.sym(j+k) != "" || p.word(j+k) == "eur" || p.word(j+k) == "usd") {
		return "", 0
	}
	n := k + 1
	if q := currencyQualifiers[p.word(j+n)]; q != "" && (c == "USD" || c == "FRF" || c == "GBP" || c == "CZK") {
		c, n = q, n+1
	}
	if c == "FRF" && p.word(j+k) == "cfa" {
		c = "XOF"
	}
	if p.word(j+k) == "f" && p.word(j+k+1) == "cfa" {
		c, n = "XOF", n+1
	}
	if p.word(j+k) == "livres" && p.word(j+n) == "sterling" {
		n++
	}
	if c == "CAD" && p.sym(j+k) == "$" {
		n++ // the "C" of "$C"
	}
	if c == "USD" && p.word(j+k) == "us" {
		n++ // the "$" of "US$"
	}
	return c, n
}

// currencyAt names the currency of the token at j, if any.
func (p *parser) currencyAt(j int) string {
	if j < 0 || j >= len(p.toks) {
		return ""
	}
	t := p.toks[j]
	if t.kind == tNum {
		return ""
	}
	if t.low == "f" && p.word(j+1) == "cfa" {
		return "XOF"
	}
	if t.low == "$" && p.lang == French && p.glued(j+1) && (p.toks[min(j+1, len(p.toks)-1)].text == "C" || p.toks[min(j+1, len(p.toks)-1)].text == "CA" || p.toks[min(j+1, len(p.toks)-1)].text == "CAN") {
		return "CAD" // "192 millions $C", "$CA": Canadian dollars
	}
	if t.text == "US" && p.sym(j+1) == "$" && p.glued(j+1) {
		return "USD" // "50 US$", as the English "US$ 50"
	}
	if p.lang == English && (t.low == "pound" || t.low == "pounds") && p.word(j+1) == "of" {
		return "" // pounds of flour
	}
	if p.lang == French && t.low == "fr" && p.sym(j+1) == "." && p.glued(j+1) && p.num(j-1) != nil {
		return currencyWords["francs"] // "2450 fr. à Zoug": the franc abbreviated, as Swiss prices write it
	}
	if code := prefixCodes[t.low]; code != "" && t.text == code {
		return code // "cinq millions de HUF", "SEK 20 000"
	}
	return currencyWords[t.low]
}

// indexLevel: points of 100 and more are an index level or a change in
// one, not percentage points.
func indexLevel(v string) bool {
	r, ok := new(big.Rat).SetString(v)
	return ok && r.Cmp(big.NewRat(100, 1)) >= 0
}

// notMoney are nouns a currency word qualifies without being an amount.
var notMoney = map[string]bool{"countries": true, "zone": true, "area": true, "members": true,
	"member": true, "states": true, "nations": true, "crisis": true, "group": true, "bloc": true}

// yearThenAmount: a year, then a currency code that leads the next
// amount, "in 1998 USD 2 400 billion was paid": the code is the
// amount's, and the year stays a year.
func (p *parser) yearThenAmount(j int) bool {
	y := p.num(j - 1)
	if y == nil || y.intLen != 4 || y.grouped || y.decimal || p.num(j+1) == nil {
		return false
	}
	if _, ok := p.yearAt(j - 1); !ok {
		return false
	}
	_, n := p.currencyPrefix(j)
	return n == 1
}

// frAdjective: a French word that reads as an adjective by its ending
// ("électriques", "naturel", "remboursé", "gratuite"), or one of the few
// short ones the press puts after "100 %".
func frAdjective(w string) bool {
	switch w {
	case "bio", "vegan", "végan", "gratuit", "gratuite", "gratuits", "gratuites", "public", "publique", "publics", "publiques", "net", "nette":
		return true
	}
	for _, end := range []string{"ique", "iques", "el", "elle", "els", "elles", "al", "ale", "aux", "ales", "if", "ive", "ifs", "ives",
		"able", "ables", "ible", "ibles", "é", "ée", "és", "ées", "ais", "aise", "aises", "ien", "ienne", "iens", "iennes", "ain", "aine", "ains", "aines"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// dollarCountries are the letters that name a dollar's country, before
// or after its sign: "C$", "A$", "$A", "$US".
var dollarCountries = map[string]string{"a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "us": "USD", "nz": "NZD"}

// crownCountries name the crown an English amount is in; crownWords are
// its spellings (the French "couronnes suédoises" take currencyQualifiers).
var crownCountries = map[string]string{"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "czech": "CZK", "icelandic": "ISK"}

var crownWords = map[string]bool{"kronor": true, "krona": true, "kroner": true, "krone": true, "crowns": true, "crown": true,
	"koruna": true, "korunas": true, "koruny": true, "króna": true, "krónur": true}

// perThousandAt is the width of "pour 1 000", "per 1,000" at j, up to four
// words of what is counted before it ("crimes et délits pour 1 000"); 0
// if none.
func (p *parser) perThousandAt(j int) int {
	for k := 0; k <= 4; k++ {
		if w := p.word(j + k); w == "pour" || w == "per" || w == "par" {
			if unitWords[p.word(j+k+2)] != "" {
				return 0 // "€520-550 per 1,000 litres": a price for a measure, no rate (the currency told once, on the range's start)
			}
			if n := p.num(j + k + 1); n != nil && !n.decimal && n.val.Cmp(big.NewRat(1000, 1)) == 0 || k > 0 && (p.word(j+k+1) == "mille" || p.word(j+k+1) == "thousand") {
				return k + 2 // ("104 offences per thousand residents"; right after the number, "per thousand" is read above)
			}
			return 0
		}
		if j+k >= len(p.toks) || p.toks[j+k].kind != tWord || p.currencyAt(j+k) != "" || unitWords[p.word(j+k)] != "" {
			return 0 // ("20 euros pour 1 000 litres" is a price)
		}
	}
	return 0
}

// scorePointsBeside: the sentence of the "points" at j gives a score in
// points above a hundred ("514 points à l'enquête, soit 6 points de moins
// que la moyenne"): its points are a score's, no percentage's.
func (p *parser) scorePointsBeside(j int) bool {
	lo, hi := p.sentenceTokens(p.toks[j].start)
	for k := max(lo, j-40); k < min(hi, j+40); k++ { // (percentContext's window: a long sentence is not read whole for each "points")
		if k == j-1 || p.word(k+1) != "points" && p.word(k+1) != "pts" {
			continue
		}
		if nb := p.num(k); nb != nil && nb.val.Cmp(big.NewRat(100, 1)) > 0 {
			return true
		}
	}
	return false
}
