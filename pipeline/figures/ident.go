package figures

import (
	"regexp"
	"strings"
	"unicode"
)

// identPrefixes are words that make the following number a name (N16):
// CAC 40, France 2, Ligue 1, Windows 11, article 49.3, loi n° 2021-1040.
var identPrefixes = map[string]bool{
	"cac": true, "sbf": true, "france": true, "ligue": true, "euro": true, "windows": true,
	"top": true, "formule": true, "formula": true, "boeing": true, "airbus": true, "iphone": true,
	"galaxy": true, "article": true, "articles": true, "art": true, "n°": true, "no": true,
	"numéro": true, "number": true, "vol": true, "flight": true, "route": true, "ligne": true,
	"line": true, "stoxx": true, "dax": true, "ftse": true, "tse": true, "tsx": true, "nasdaq": true, "playstation": true,
	"national": true, "nationale": true, "régional": true, "régionale": true, "fédérale": true, "elite": true, "élite": true, // leagues: "pensionnaire de National 3", "Fédérale 1", "le plafond de l'Elite 1 à 450 000 euros"
	"ps": true, "rn": true, "rd": true, "apollo": true, "ariane": true, "soyouz": true, "soyuz": true, "falcon": true,
}

// nameFollowers are words a capitalised prefix must not be glued to:
// a letter then digits is usually a code (A380, G7).
var notCodePrefix = map[string]bool{
	"mi": true, "mid": true, "pre": true, "post": true, "pré": true, "x": true, "l'": true, "d'": true,
	"h": true, "n": true, "s": true, "q": true, "t": true, "c": true, "a": false, "us": true, "ca": true,
	"au": true, "eur": true, "usd": true, "chf": true, "gbp": true, "k": true, "années": true, "the": true,
	"early": true, "late": true, "end": true, "fin": true, "début": true, "p": true, "à": true, "vers": true, "depuis": true, "dès": true, "en": true, "avant": true, "après": true,
	"de": true, "du": true, "des": true, "les": true, "sur": true, "par": true, "pour": true, "of": true, "in": true, "on": true, // "de1 000 miles": a space lost
}

// scaleNouns, lower-case and glued to a number by a hyphen, give a level on
// their scale, compared as a number.
var scaleNouns = map[string]bool{"magnitude": true, "force": true, "category": true, "level": true, "grade": true, "stage": true, "phase": true}

var phoneGroup = regexp.MustCompile(`^0\d$|^\d\d$`)

// identAt reads names that contain digits and are compared literally.
func (p *parser) identAt(i int) (*Mention, int) {
	t := p.toks[i]
	if m, k := p.tollFreeAt(i); k > 0 {
		return m, k
	}
	if m, k := p.slashCodeAt(i); k > 0 {
		return m, k
	}
	if m, k := p.eventYearAt(i); k > 0 {
		return m, k
	}
	if m, k := p.paraListAt(i); k > 0 {
		return m, k
	}
	if nb := p.num(i); p.lang == English && nb != nil && !nb.grouped && !nb.decimal && nb.intLen >= 3 && nb.intLen <= 4 && p.glued(i+1) && p.toks[min(i+1, len(p.toks)-1)].text == "s" &&
		!isYearish(Mention{Kind: Cardinal, Value: p.toks[i].text}) && !strings.HasSuffix(p.toks[i].text, "0") {
		return ptr(p.ident(i, 1)), 2 // "existing 777s", "two A380s": a model in the plural (a decade ends in 0)
	}
	if nb := p.num(i); p.lang == English && nb != nil && !nb.grouped && !nb.decimal && nb.intLen <= 2 && p.glued(i+1) && p.toks[min(i+1, len(p.toks)-1)].text == "s" &&
		p.toks[max(i-1, 0)].kind == tWord && p.capital(i-1) && !p.glued(i) {
		return &Mention{Kind: Cardinal, Value: p.toks[i].text}, 2 // "9,812 Ioniq 5s": a model's number in the plural, as "Ioniq 5" reads
	}
	if nb := p.num(i); nb != nil && !nb.grouped && !nb.decimal && nb.intLen == 3 && modelSuffixes[p.word(i+1)] && p.capital(i+1) {
		return ptr(p.ident(i, 1)), 1 // "88 737 MAXs", "le 737 MAX": an aircraft model, whatever its maker is said
	}
	if m, k := p.eventOrVersionAt(i); k > 0 {
		return m, k
	}
	if m, k := p.fuelGradeAt(i); k > 0 {
		return m, k
	}
	if k := p.provisionAt(i); k > 0 {
		return ptr(p.ident(i, k)), k
	}
	switch {
	case t.kind == tNum && t.num.dotted && !numericDate.MatchString(t.text):
		k := 1 + p.subParts(i, 1, i == 0)   // ("7.01 (1) Le garde-pêche...": a provision opening its text, its subsection apart)
		return ptr(p.articleIdent(i, k)), k // "l'article 87.7 de la loi"
	case t.kind == tNum && t.text == "49" && p.sym(i+1) == "-" && p.glued(i+1) && p.num(i+2) != nil && p.toks[i+2].text == "3":
		return ptr(p.ident(i, 3)), 3
	case t.kind == tNum && p.modelVariant(i) > 0:
		return ptr(p.ident(i, p.modelVariant(i))), p.modelVariant(i)
	case t.kind == tNum && p.identContext(i) && !p.yearToken(i) && p.currencyAt(i+1) == "":
		// ("vendre un article 130 $": an item's price, no article of a law)
		k := p.chain(i)
		k += p.subParts(i, k, p.word(i-1) != "")
		return ptr(p.articleIdent(i, k)), k
	case t.kind == tNum && t.num.decimal && p.glued(i+1) && subLetter(p.tokText(i+1)) && !p.glued(i+2) && (p.tokText(i+1) != "g" || provisionWords[p.word(i-1)] || p.word(i-1) == "point"):
		return ptr(p.ident(i, 2)), 2 // "point 4.1c": a lettered point, no decimal ("1.2g of alcohol" weighs)
	case t.kind == tNum && p.bareSubArticle(i) > 0:
		return ptr(p.ident(i, p.bareSubArticle(i))), p.bareSubArticle(i)
	case t.kind == tNum && p.glued(i+1) && p.word(i+1) != "" && !t.num.grouped && !t.num.decimal:
		if k := p.chain(i); p.codeSuffix(i + 1) {
			return ptr(p.ident(i, k)), k
		}
	case t.kind == tWord && subDivisions[t.low] && p.num(i+1) != nil && p.word(i+2) == "of" && parentDivisions[p.word(i+3)] && p.num(i+4) != nil:
		// "subclause 4 of clause 9" is the "paragraphe 9(4)" of a bill
		// ("subsection 4 of section 163.1" is the French "163-1-4")
		return &Mention{Kind: Identifier, Value: strings.ReplaceAll(p.toks[i+4].text, ".", "-") + "-" + p.toks[i+1].text}, 5
	case t.kind == tWord && subDivisions[t.low] && p.num(i+1) != nil && p.sym(i+2) == "(" && subLetter(p.tokText(i+3)) && p.sym(i+4) == ")" &&
		p.word(i+5) == "of" && parentDivisions[p.word(i+6)] && p.num(i+7) != nil:
		// "paragraph 3 (d) of rule 4" is the "paragraphe 3 d) de l'article 4"
		return &Mention{Kind: Identifier, Value: strings.ReplaceAll(p.toks[i+7].text, ".", "-") + "-" + p.toks[i+1].text + "-" + strings.ToUpper(p.tokText(i+3))}, 8
	case t.kind == tWord && (t.low == "paragraphe" || t.low == "alinéa") && p.sym(i+1) == "(" && p.num(i+2) != nil && p.sym(i+3) == ")" && p.words(i+4, "de", "l'", "article") && p.num(i+7) != nil:
		// "le paragraphe (5) de l'article 11" is "clause 11(5)"
		return &Mention{Kind: Identifier, Value: strings.ReplaceAll(p.toks[i+7].text, ".", "-") + "-" + p.toks[i+2].text}, 8
	case t.kind == tWord && (subDivisions[t.low] || t.low == "section") && p.sym(i+1) == "(" && p.num(i+2) != nil && p.sym(i+3) == ")" && p.word(i+4) == "of":
		if m, n := p.bracketedSubOf(i); n > 0 {
			return m, n
		}
		return p.wordCode(i)
	case t.kind == tWord:
		return p.wordCode(i)
	}
	return p.phoneAt(i)
}

// fuelGradeAt reads a petrol grade after "sans-plomb" or around
// "unleaded": "le sans-plomb 95-E10", "SP95-E10 unleaded", "unleaded
// 95-E10" are one identifier, no count of 95.
func (p *parser) fuelGradeAt(i int) (*Mention, int) {
	if t := p.toks[i]; t.kind != tNum || t.text != "95" && t.text != "98" {
		return nil, 0
	}
	k := p.chain(i)
	if p.word(i-1) != "sans-plomb" && !p.words(i-2, "sans", "plomb") && p.word(i-1) != "unleaded" && p.word(i+k) != "unleaded" {
		return nil, 0
	}
	m := p.ident(i, k)
	m.Value = "SP-" + m.Value
	return ptr(m), k
}

// eventOrVersionAt reads "JO-92", "Mondial-82" (the event of that year,
// "the 1992 Olympics") and "Android 8.1.0" (a version, as the French
// "8.1.0"); the tokens it takes, or 0.
func (p *parser) eventOrVersionAt(i int) (*Mention, int) {
	if p.lang == French && shortEvents[p.word(i)] && p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) && p.num(i+2) != nil && len(p.toks[i+2].text) == 2 {
		n := atoiSafe(p.toks[i+2].text)
		return &Mention{Kind: Year, Value: itoa(fullYear(n)), style: "short"}, 3
	}
	if nb := p.num(i); p.lang == English && nb != nil && nb.decimal && p.sym(i+1) == "." && p.glued(i+1) && p.glued(i+2) && p.num(i+2) != nil {
		k := 3
		for p.sym(i+k) == "." && p.glued(i+k) && p.glued(i+k+1) && p.num(i+k+1) != nil {
			k += 2
		}
		if !numericDate.MatchString(p.text[p.toks[i].start:p.toks[i+k-1].end]) {
			return ptr(p.ident(i, k)), k // ("31.12.2009" is a date)
		}
	}
	return nil, 0
}

// provisionAt reads the number of a provision of a text, the tokens it
// takes, or 0: "regulation 5.4 (b)" (= "l'article 5.4 b)", a lettered
// point), "art. 31-1-3" and "section 31:1:3" (one provision, however its
// parts are joined), "29H.15" (a paragraph of a budget's section).
func (p *parser) provisionAt(i int) int {
	nb := p.num(i)
	if nb == nil {
		return 0
	}
	if (nb.decimal || nb.dotted) && provisionWords[p.word(i-1)] && p.sym(i+1) == "(" && !p.glued(i+1) && p.glued(i+2) && subLetter(p.tokText(i+2)) && p.sym(i+3) == ")" && p.glued(i+3) {
		return 4
	}
	if k := p.sectionChain(i); k > 0 {
		return k
	}
	if i == 0 && p.lang == English && nb.decimal && !nb.grouped && p.sym(i+1) == "(" && !p.glued(i+1) && p.subNum(i+2) && p.sym(i+3) == ")" {
		return 4 // "59.2 (1) A person authorized...": a provision opening its text
	}
	if !nb.decimal && !nb.grouped && p.glued(i+1) && len(p.tokText(i+1)) == 1 && p.capital(i+1) && p.sym(i+2) == "." && p.glued(i+2) && p.glued(i+3) && p.num(i+3) != nil {
		return 4
	}
	return 0
}

// sectionChain: three or more small numbers glued by dashes, colons or
// stops after the name of a provision ("art. 31-1-3", "section
// 31:1:3"); the tokens it takes, or 0.
func (p *parser) sectionChain(i int) int {
	prev := p.word(i - 1)
	if p.sym(i-1) == "." {
		prev = p.word(i - 2)
	}
	if !provisionWords[prev] {
		return 0
	}
	k := 1
	for p.num(i+k-1) != nil && p.num(i+k-1).intLen <= 3 && p.glued(i+k) && p.glued(i+k+1) && p.num(i+k+1) != nil {
		if s := p.sym(i + k); s != "-" && s != ":" && s != "." {
			break
		}
		k += 2
	}
	if k < 5 {
		return 0
	}
	return k
}

// provisionWords name a provision of a text, or shorten its name.
var provisionWords = map[string]bool{"art": true, "article": true, "articles": true, "section": true, "sections": true, "sect": true,
	"rule": true, "règle": true, "regulation": true, "paragraph": true, "paragraphe": true, "para": true, "par": true}

// articleIdent is the identifier of k tokens at i, marked as a French
// article of a law when "article" names it: which article is a fact when
// dropped (an English one added to "ces deux articles" stays soft).
func (p *parser) articleIdent(i, k int) Mention {
	m := p.ident(i, k)
	if p.lang == French && (p.articleBefore(i) || p.word(i-1) == "paragraphe" || p.word(i-1) == "alinéa" || p.sym(i-1) == "(" && (p.word(i-2) == "paragraphe" || p.word(i-2) == "alinéa")) {
		m.style = "article" // ("art. 255 de la loi", "du paragraphe (2.2)", "le paragraphe 153.1": which provision is a fact too)
	}
	return m
}

// subDivisions and parentDivisions name a part of a bill's clause the
// English way round, the part first.
var subDivisions = map[string]bool{"subclause": true, "subsection": true, "subparagraph": true, "paragraph": true}
var parentDivisions = map[string]bool{"clause": true, "section": true, "article": true, "paragraph": true, "rule": true, "regulation": true}

// bracketedSubOf reads "section (2) of Standing Order 104", "subsection
// (3) of section 12" at i: the French "paragraphe 104(2)", "12(3)".
func (p *parser) bracketedSubOf(i int) (*Mention, int) {
	j := i + 5
	if p.words(j, "standing", "order") {
		j++ // "of Standing Order 104": the Commons' rules
	} else if !parentDivisions[p.word(j)] {
		return nil, 0
	}
	if p.num(j+1) == nil {
		return nil, 0
	}
	return &Mention{Kind: Identifier, Value: strings.ReplaceAll(p.toks[j+1].text, ".", "-") + "-" + p.toks[i+2].text}, j + 2 - i
}

// identContext: the number follows "article", "n°" or a product name.
func (p *parser) identContext(i int) bool {
	prev := p.word(i - 1)
	if prev == "n" && p.sym(i-1) == "" || p.scoreAfterTeam(i) {
		return false
	}
	if p.partyBefore(i - 1) {
		return false
	}
	if p.sym(i-1) == "°" && (p.word(i-2) == "n" || p.word(i-2) == "no") {
		return true
	}
	if p.sym(i-1) == "." && (p.word(i-2) == "no" || p.articleBefore(i)) {
		return true // "No. 5", "art. 15 3)"
	}
	if prev == "rule" && p.capital(i-1) && p.lang == English {
		return true // "Rule 168 (2)" of the Parliament's rules, "l'article 168, paragraphe 2, du règlement"
	}
	if prev == "cac" || prev == "article" || prev == "articles" || prev == "art" || prev == "numéro" || prev == "nº" || prev == "n°" || prev == "subsection" || prev == "subclause" || prev == "subparagraph" {
		// ("nº" with the ordinal indicator º, which is a letter, is "n°")
		return true
	}
	return identPrefixes[prev] && p.capital(i-1) && prev != "no" && prev != "number" && p.labelNumber(i) && !p.bigScaleAt(i+1) && !p.percentFollows(i+1)
}

// percentFollows: a percent sign or word stands at j, so the number
// before it is a share, whatever name precedes it: "produire en France
// 80 % des volumes" names no channel "France 80".
func (p *parser) percentFollows(j int) bool {
	var m Mention
	return p.percentAt(&m, j) > 0 && m.Kind == Percent
}

// partyBefore: the word at i is a party named with its article, "le RN",
// "le PS", "the RN", and the number after it is its count ("et le RN
// 20"); a road is "la RN 20".
func (p *parser) partyBefore(i int) bool {
	w := p.word(i)
	return (w == "rn" || w == "ps") && p.word(i-1) == "le" || w == "rn" && p.word(i-1) == "the"
}

// codeSuffix: digits glued to letters that are not a known suffix (5G, 3D).
func (p *parser) codeSuffix(j int) bool {
	w := p.word(j)
	if e, ok := p.scaleOf(w); ok && e >= 3 {
		return false // "10mille dollars", "3millions": a space lost before the scale
	}
	if t := p.toks[j].text; t == "G" || t == "D" {
		return true
	}
	if n := p.num(j - 1); p.toks[j].text == "K" && n != nil && (n.lit == "4" || n.lit == "8") && !(j >= 2 && p.glued(j-1) && p.toks[j-2].kind == tSym) {
		return true // "restaurée en 4K", "a 4K version": a screen's resolution, no four thousand ("$4K" is money)
	}
	if p.toks[j].text == "d" && p.num(j+1) != nil && clockParts[p.word(j+2)] != 0 {
		return false // "3d 13h 42m 10s": days of a race time
	}
	if w == "percent" || w == "pourcent" || p.lang == English && p.toks[j].text == "pc" && (!p.glued(j+1) || p.word(j+1) == "") || (w == "pour" || w == "per") && p.word(j+1) == "cent" || p.millesThousand(j) {
		return false // "20pour cent", "5percent": a share with its space lost
	}
	if p.tempSuffix(j) != "" || p.techUnitAt(j) != "" {
		return false
	}
	if p.lang == English && (p.toks[j].text == "p" || p.toks[j].text == "c") && (!p.glued(j+1) || p.sym(j+1) == "." || p.sym(j+1) == ",") {
		return false // "23p", "3c": pence and cents (cents.go), not a code
	}
	if p.lang == French && p.toks[j].text == "c" && (!p.glued(j+1) || p.sym(j+1) == ".") && p.dollarCents(j) {
		return false // "25c pour chaque dollar": Canadian French cents
	}
	suffix, _, _ := strings.Cut(w, "-")
	if ordinalSuffix(p.lang, w) || ordinalSuffix(p.lang, suffix) || w == "h" || w == "s" || suffix == "am" || suffix == "pm" || w == "x" || w == "bp" || w == "bps" {
		return false
	}
	if _, ok := unitWords[w]; ok || periodUnit[w] != "" || clockParts[w] != 0 {
		return false // 5km, 5mois: a number and its unit run together
	}
	if unit, dim, ok := strings.Cut(w, "-"); ok && unitWords[unit] != "" && dimensionWords[dim] {
		return false // "a 100m-long slope": a measure made an adjective
	}
	if _, ok := frScaleAbbr[w]; ok {
		return false
	}
	if _, ok := enScaleAbbr[w]; ok {
		return false
	}
	return true
}

// periodLetterCode: a capital T, Q or S glued to two or three digits is a
// code, "the T44 100m" (a para-athletics class), "a Q400": the quarter or
// half a year it may name ("T3 2024", "S1") has one digit.
func (p *parser) periodLetterCode(i int) bool {
	t := p.toks[i].text
	n := p.num(i + 1)
	return (t == "T" || t == "Q" || t == "S") && p.glued(i+1) && n != nil && !n.grouped && !n.decimal && n.intLen >= 2 && n.intLen <= 3
}

// chain is the length of the run of glued words, digits and inner
// hyphens starting at i: COVID-19, A380, H1N1, 2021-1040.
func (p *parser) chain(i int) int {
	k := 1
	for i+k < len(p.toks) && p.glued(i+k) {
		t := p.toks[i+k]
		if t.kind == tSym && t.low != "-" && t.low != "." && t.low != "/" {
			break
		}
		if t.kind == tSym && (i+k+1 >= len(p.toks) || !p.glued(i+k+1) || p.toks[i+k+1].kind == tSym) {
			break
		}
		k++
	}
	return k
}

// wordCode reads a code starting with letters: A380, G7, COVID-19, F-35.
func (p *parser) wordCode(i int) (*Mention, int) {
	w := p.word(i)
	if c, n := p.currencyPrefix(i); c != "" && n == 1 && p.glued(i+1) {
		return nil, 0 // "Euro475,000": a currency before its amount, no code
	}
	if w == "fy" && p.glued(i+1) && p.num(i+1) != nil {
		if t := p.toks[i+1].text; len(t) == 2 && !p.glued(i+2) {
			return &Mention{Kind: Year, Value: itoa(fullYear(atoiSafe(t))), style: "short"}, 2 // "FY24": the fiscal year 2024
		}
		return nil, 0 // "FY2024-25": a fiscal year, its years read as such
	}
	if mo, ok := p.monthAt(i); ok && p.glued(i+1) && p.yearToken(i+1) {
		return ptr(dateMention(DateValue{Month: mo, Year: atoiSafe(p.toks[i+1].text)})), 2 // "En mai1968": a space lost, a date
	}
	if isotopes[w] && p.labelNumber(i+1) && !p.glued(i+1) {
		return ptr(p.ident(i, 2)), 2 // "carbone 14", "césium 137": a name, not a count
	}
	if p.toks[i].text == "H" && p.glued(i+1) && i+1 < len(p.toks) && p.toks[i+1].text == "2" && (!p.glued(i+2) || p.sym(i+2) != "") {
		return ptr(p.ident(i, 2)), 2 // "H2": hydrogen, as "CO2" is a gas (a lower "h" stays an hour)
	}
	if notCodePrefix[w] && !p.periodLetterCode(i) || !p.glued(i+1) {
		if identPrefixes[w] && p.capital(i) && p.labelNumber(i+1) && !p.yearToken(i+1) && w != "article" && w != "articles" && w != "no" && w != "number" && w != "art" &&
			!p.scoreAfterTeam(i+1) && !p.bigScaleAt(i+2) && !p.partyBefore(i) && !p.percentFollows(i+2) {
			if v := p.modelVariant(i + 1); v > 0 {
				return ptr(p.ident(i, 1+v)), 1 + v // "Boeing 787-8", "Boeing 787-8s"
			}
			if k := p.seriesAfter(i + 2); k > 0 {
				return ptr(p.ident(i, 2+k)), 2 + k // "Boeing 737 MAX 8", "737 MAX 8s"
			}
			return ptr(p.ident(i, 2)), 2
		}
		return nil, 0
	}
	if scaleNouns[p.tokText(i)] && p.sym(i+1) == "-" && p.num(i+2) != nil {
		return nil, 0 // "a magnitude-6.9 quake", "a category-4 storm": a level on a scale, no code
	}
	k := p.chain(i)
	if k == 3 && p.sym(i+1) == "-" && p.num(i+2) != nil && (p.sym(i+3) == "%" || p.word(i+3) == "percent" || p.word(i+3) == "p" && p.sym(i+4) == "." || p.words(i+3, "pour", "cent")) && !p.capital(i) {
		return nil, 0 // "to date-an important point-57% of", "cela nous arrive-73 p. 100 des gens": a dash lost its spaces before a percent
	}
	if k == 3 && p.sym(i+1) == "-" && p.num(i+2) != nil && p.num(i+2).grouped {
		return nil, 0 // "Ville de Kanata-110 000 $": no code groups its thousands; a dash lost its spaces before an amount
	}
	for _, t := range p.toks[i : i+k] {
		if t.kind == tNum {
			return ptr(p.ident(i, k)), k
		}
	}
	return nil, 0
}

// bigScaleAt: a scale word follows, so the number before it is an amount
// ("la France 800 millions et l'Italie 350 millions"), not a channel's label.
func (p *parser) bigScaleAt(j int) bool {
	w := p.word(j)
	return frScale[w] >= 6 || enScale[w] >= 6
}

// labelNumber: the number at j can be the label of a name (France 2,
// Ligue 1, Airbus 320): digits with no thousands groups and no decimals,
// as "In France 433,000 new cases" counts cases, it names no channel.
func (p *parser) labelNumber(j int) bool {
	n := p.num(j)
	return n != nil && !n.grouped && !n.decimal
}

// phoneAt reads four or more two-digit groups: 01 23 45 67 89 (N16), or
// a number dialled in hyphenated groups: 1-800-850-5090, 613-555-0142.
func (p *parser) phoneAt(i int) (*Mention, int) {
	if k := p.dialledAt(i); k > 0 {
		return ptr(p.ident(i, k)), k
	}
	k := 0
	for i+k < len(p.toks) && p.num(i+k) != nil && phoneGroup.MatchString(p.toks[i+k].text) {
		k++
	}
	if k < 4 {
		return nil, 0
	}
	return ptr(p.ident(i, k)), k
}

// ident builds an Identifier whose value is the literal with letters
// upper-cased and any separator or letter/digit boundary written "-", so
// that COVID-19 = Covid-19 = COVID19 and 49.3 = 49-3, but 493 differs.
func (p *parser) ident(i, k int) Mention {
	raw := p.text[p.toks[i].start:p.toks[i+k-1].end]
	key := raw
	if k >= 2 && p.toks[i+k-1].text == "s" && p.num(i+k-2) != nil {
		key = p.text[p.toks[i].start:p.toks[i+k-2].end] // A380s: the plural of A380
	}
	return Mention{Kind: Identifier, Value: paraKey(identKey(key))}
}

func identKey(raw string) string {
	var b strings.Builder
	prev := 0 // 1 letter, 2 digit
	for _, r := range strings.ToUpper(raw) {
		cur := 0
		switch {
		case unicode.IsLetter(r):
			cur = 1
		case unicode.IsDigit(r):
			cur = 2
		}
		if cur == 0 {
			if prev != 0 {
				b.WriteByte('-')
			}
			prev = 0
			continue
		}
		if prev != 0 && prev != cur {
			b.WriteByte('-')
		}
		b.WriteRune(r)
		prev = cur
	}
	return strings.Trim(b.String(), "-")
}

// romanAt reads Roman numerals only where licensed (N12): with an
// ordinal suffix (XXIe siècle, Ve République) or after a regnal name
// (Louis XIV, Benoît XVI, Vatican II). Never bare (MIX, CIV, DI).
func (p *parser) romanAt(i int) (*Mention, int) {
	t := p.toks[i]
	if m, n := p.looseRomanCentury(i); n > 0 {
		return m, n
	}
	if t.kind != tWord || t.text[0] != 'I' && t.text[0] != 'V' && t.text[0] != 'X' {
		return nil, 0
	}
	if v, ok := romanOrdinal(t.text); ok && p.lang == French {
		m := Mention{Kind: Ordinal, Value: itoa(v), style: "roman"}
		if v == 1 && (regnalName(p.word(i-1)) || t.text == "Ier" && p.word(i-1) != "") && p.capital(i-1) {
			m.style, m.Unit = "regnal", "regnal" // François Ier, Albert Ier: the first
			return ptr(m), 1
		}
		if w := p.word(i + 1); w == "siècle" || w == "siècles" || w == "république" {
			m.Unit = map[string]string{"siècle": "century", "siècles": "century", "république": "republic"}[w]
			return ptr(m), 2
		}
		if j := i + 2; (p.word(i+1) == "et" || p.word(i+1) == "ou" || p.word(i+1) == "au" || p.sym(i+1) == ",") && j < len(p.toks) && (p.word(j+1) == "siècles" || p.word(j+1) == "siècle") {
			if _, ok := romanOrdinal(p.toks[j].text); ok {
				m.Unit = "century" // "aux XVIIIe et XIXe siècles": the noun said once, after the last
			}
		}
		return ptr(m), 1
	}
	if m, n := p.romanOrdinalEnAt(i); n > 0 && p.lang == English {
		return m, n
	}
	if m, n := p.bareRomanOrdinal(i); n > 0 {
		return m, n
	}
	if regnalName(p.word(i-1)) && p.capital(i-1) {
		text := t.text
		if p.lang == English {
			text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s") // Louis XIV's reign
			if num, style, ok := strings.Cut(text, "-"); ok && style != "" && unicode.IsLower(rune(style[0])) {
				text = num // "a Louis XV-period desk", "Louis XIV-style": the numeral before an adjective's hyphen
			}
		}
		if v, ok := roman(text); ok {
			return &Mention{Kind: Ordinal, Value: itoa(v), style: "regnal", Unit: "regnal"}, 1
		}
	}
	return p.romanLabelAt(i)
}

// regnalName: a name that takes a regnal number, on its own or as the
// last of a compound one (Louis-Philippe Ier, Jean-Paul II).
func regnalName(w string) bool {
	if regnalNames[w] {
		return true
	}
	k := strings.LastIndexByte(w, '-')
	return k > 0 && regnalNames[w[k+1:]]
}

var regnalNames = map[string]bool{
	"louis": true, "henri": true, "henry": true, "charles": true, "jean-paul": true, "paul": true,
	"benoît": true, "benedict": true, "pie": true, "pius": true, "léon": true, "leo": true,
	"grégoire": true, "gregory": true, "jean": true, "john": true, "élisabeth": true, "elizabeth": true,
	"philippe": true, "philip": true, "napoléon": true, "napoleon": true, "george": true, "georges": true,
	"édouard": true, "edward": true, "guillaume": true, "william": true, "richard": true, "frédéric": true,
	"frederick": true, "nicolas": true, "nicholas": true, "alexandre": true, "alexander": true,
	"pierre": true, "peter": true, "juan": true, "carlos": true, "felipe": true, "mohammed": true,
	"hassan": true, "abdallah": true, "abdullah": true, "rainier": true, "albert": true, "baudouin": true,
	"ferdinand": true, "françois": true, "francis": true, "innocent": true, "clément": true,
	"clement": true, "urbain": true, "urban": true, "jacques": true, "james": true, "vatican": true,
	"constantin": true, "constantine": true, "sixte": true, "boniface": true, "harald": true,
	"olav": true, "gustave": true, "carl": true, "christian": true, "frederik": true, "willem": true,
	"victor-emmanuel": true, "ramsès": true, "ramses": true, "mehmed": true, "nicolae": true,
	"léopold": true, "leopold": true, "othon": true, "otto": true, "maximilien": true, "maximilian": true, "wilhelm": true, "ludwig": true,
}

var romanRe = regexp.MustCompile(`^(X{0,3})(IX|IV|V?I{0,3})$`)

// roman parses I..XXXIX, enough for centuries, republics and rulers.
func roman(s string) (int, bool) {
	if s == "" || !romanRe.MatchString(s) {
		return 0, false
	}
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	total := 0
	for k := 0; k < len(s); k++ {
		v := vals[s[k]]
		if k+1 < len(s) && vals[s[k+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, total > 0
}

// romanOrdinal parses XXIe, Ve, IIIe, Ier, XIXème, XXIᵉ.
func romanOrdinal(text string) (int, bool) {
	low := foldWord(text)
	for _, suf := range []string{"èmes", "emes", "ème", "eme", "er", "re", "es", "e"} { // ("les XVes Jeux": plural)
		if strings.HasSuffix(low, suf) {
			head := strings.ToUpper(low[:len(low)-len(suf)])
			if !strings.HasPrefix(text, head) && !strings.HasPrefix(foldSup.Replace(text), head) {
				return 0, false
			}
			if tail := text[len(head):]; strings.ToLower(tail) != tail {
				return 0, false // "la banque IXE": a name in capitals, not the ninth
			}
			return roman(head)
		}
	}
	return 0, false
}

// yearToken: a name followed by a year (Euro 2012, Vision 2030) says a
// year, which is a figure, not a code.
func (p *parser) yearToken(i int) bool {
	y, ok := p.yearAt(i)
	return ok && y >= 1900 && (!p.glued(i+1) || p.toks[i+1].kind == tSym && p.sym(i+1) != "-")
}

// modelVariant reads an aircraft or product variant, 787-8, 737-800,
// 747-400s: a three-digit model, a dash and a smaller number glued on,
// small or in hundreds.
func (p *parser) modelVariant(i int) int {
	a, b := p.num(i), p.num(i+2)
	if a == nil || b == nil || p.sym(i+1) != "-" || !p.glued(i+1) || !p.glued(i+2) || a.intLen != 3 && !p.namedFour(i, b) ||
		a.grouped || a.decimal || b.grouped || b.decimal || b.val.Cmp(a.val) >= 0 {
		return 0
	}
	if v := b.val.Num().Int64(); v >= 20 && v%100 != 0 {
		return 0 // "423-421", "128-95": a tally; variants are 787-9, 737-800
	}
	if p.word(i+3) == "s" && p.glued(i+3) {
		return 4
	}
	return 3
}

// modelSuffixes follow the number of an aircraft model, written apart:
// "737 MAX", "787 Dreamliner", "350 XWB".
var modelSuffixes = map[string]bool{"max": true, "maxs": true, "dreamliner": true, "dreamliners": true, "xwb": true, "neo": true, "neos": true}

// isotopes are elements whose mass number follows their name: "datation
// au carbone 14" is radiocarbon dating, "du césium 137" a caesium isotope.
var isotopes = map[string]bool{"carbone": true, "carbon": true, "uranium": true, "plutonium": true, "césium": true,
	"caesium": true, "cesium": true, "iode": true, "iodine": true, "strontium": true, "cobalt": true, "potassium": true}

// scoreAfterTeam: the number at i opens a score after a team's name and
// a verb of the result, "England beat France 22-16": no "France 2" channel.
func (p *parser) scoreAfterTeam(i int) bool {
	return (p.sym(i+1) == "-" && p.glued(i+1) || p.word(i+1) == "à") && p.num(i+2) != nil && p.resultBefore(i) // "battaient la France 17 à 3"
}

// looseRomanCentury reads a French century whose Roman numeral is typed
// loosely: in lower case, "le xxie siècle", or with its suffix apart,
// "le XXI e siècle". Only before "siècle", which licenses it (N12).
func (p *parser) looseRomanCentury(i int) (*Mention, int) {
	t := p.toks[i]
	if p.lang != French || t.kind != tWord {
		return nil, 0
	}
	century := func(v, n int) (*Mention, int) {
		return &Mention{Kind: Ordinal, Value: itoa(v), style: "roman", Unit: "century"}, n
	}
	if w := p.word(i + 1); (w == "siècle" || w == "siècles") && t.text == strings.ToLower(t.text) {
		if v, ok := romanOrdinal(strings.ToUpper(t.text[:len(t.text)-1]) + t.text[len(t.text)-1:]); ok && strings.HasSuffix(t.text, "e") {
			return century(v, 2) // "le xxie siècle"
		}
	}
	if suf := p.word(i + 1); (suf == "e" || suf == "ème") && (p.word(i+2) == "siècle" || p.word(i+2) == "siècles") && t.text == strings.ToUpper(t.text) {
		if v, ok := roman(t.text); ok {
			return century(v, 3) // "le XXI e siècle"
		}
	}
	return nil, 0
}

// namedFour: four digits after a capitalised name and before a one-digit
// variant, "Mirage 2000-5": a model, not the years 2000 to 2005.
func (p *parser) namedFour(i int, b *number) bool {
	a := p.num(i)
	if a == nil || a.intLen != 4 || p.word(i-1) == "" || !p.capital(i-1) || p.sentenceInitial(i-1) || b.intLen > 1 {
		return false
	}
	_, fr := frMonths[p.word(i-1)]
	_, en := enMonths[p.word(i-1)]
	return !fr && !en
}

// dialledAt takes three or more digit groups glued by hyphens, seven
// digits or more in all and the last of three or four, as a number one
// dials; no date ("2021-10-05" ends in two) nor range ("1-800" alone).
func (p *parser) dialledAt(i int) int {
	if n := p.num(i); n != nil && n.grouped && p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) && p.num(i+2) != nil && len(p.toks[i+2].text) == 4 &&
		tollFree.MatchString(p.toks[i].text) { // (the expression last: most grouped numbers have no dash after them)
		return 3 // "au 1 800 363-7305": a toll-free number, which French spacing reads as 1,800,363
	}
	k, groups, digits := 0, 0, 0
	for {
		n := p.num(i + k)
		if n == nil || n.grouped || n.decimal || n.dotted {
			return 0
		}
		groups++
		digits += len(p.toks[i+k].text)
		k++
		if p.sym(i+k) != "-" || !p.glued(i+k) || !p.glued(i+k+1) || p.num(i+k+1) == nil {
			break
		}
		k++
	}
	last := len(p.toks[i+k-1].text)
	if y, ok := p.yearAt(i); ok && y >= 1000 {
		return 0 // "1998-1999-2000": years in a row
	}
	if groups < 3 || digits < 7 || last < 3 || last > 4 || p.glued(i+k) && p.sym(i+k) != "." && p.sym(i+k) != "," {
		return 0
	}
	return k
}

// tollFree is the head of a North American toll-free number spaced the
// French way: "1 800 363", "1 888 555".
var tollFree = regexp.MustCompile(`^1[\s\x{a0}\x{202f}]8\d\d[\s\x{a0}\x{202f}]\d{3}$`)

// seriesAfter takes a model's series after its number, a word in capitals
// and a small number: the "MAX 8" of "Boeing 737 MAX 8", and the "s" of
// its plural; the tokens it takes, or 0.
func (p *parser) seriesAfter(j int) int {
	w := p.tokText(j)
	if len(w) < 2 || w != strings.ToUpper(w) || p.word(j) == "" || !p.labelNumber(j+1) || len(p.toks[j+1].text) > 2 || p.glued(j+1) {
		return 0
	}
	if p.glued(j+2) && p.tokText(j+2) == "s" {
		return 3
	}
	return 2
}
