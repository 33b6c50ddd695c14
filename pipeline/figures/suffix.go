package figures

// What follows a number: percent, currency, cents, units of measure,
// ordinal suffixes and the words of a multiplier (N5, N6, N17).

import (
	"math/big"
	"strings"
	"unicode"
)

// gunCalibre: a number written ".22", ".303", no zero after its dot,
// after "calibre", before a gun, or after a determiner and closing its
// clause ("register their .22,"): a
// calibre, as "carabine de calibre .22" reads it, not a decimal.
func (p *parser) gunCalibre(j int, lit string) bool {
	if len(lit) < 3 || len(lit) > 4 || lit[1] == '0' {
		return false // (".08" of blood alcohol is a decimal)
	}
	i := j - 1 // the number
	switch p.word(j) {
	case "rifle", "rifles", "handgun", "handguns", "pistol", "pistols", "revolver", "revolvers", "ammunition", "bullets", "cartridges", "carabine", "carabines":
		return true
	}
	before := p.word(i - 1)
	return before == "calibre" || before == "caliber" || determiners[before] && p.word(j) == ""
}

// suffix reads what follows the value; -1 rejects the number (a digit
// glued to unknown letters is part of an identifier).
func (p *parser) suffix(m *Mention, j int, v value) int {
	if k := p.percentAt(m, j); k > 0 {
		return k
	}
	if w := p.word(j); v.tok != nil && strings.HasPrefix(v.tok.lit, ".") && (w == "calibre" || w == "caliber" || p.gunCalibre(j, v.tok.lit)) {
		m.Kind, m.Value = Cardinal, strings.TrimLeft(v.tok.lit[1:], "0") // "a .22 calibre rifle": calibre 22
		return 0
	}
	de := 0
	if (v.scale != "" || p.spelledScale(j-1)) && (p.word(j) == "de" || p.word(j) == "d'" || p.word(j) == "of") {
		de = 1 // "2 millions d'hectares", "un million d'hectares"
	}
	if k := p.hyphenUnit(m, j, v); k > 0 {
		return k
	}
	if k := p.moneySuffix(m, j, de, v); k > 0 {
		return k
	}
	if k := p.millionM(m, j, v); k > 0 {
		return k
	}
	if k := p.spacedOrdinal(m, j, v); k > 0 {
		return k
	}
	if w := p.word(j); p.lang == French && de == 0 && (w == "premiers" || w == "premières" || w == "derniers" || w == "dernières") {
		if u, k := p.unitAt(j + 1); k > 0 {
			m.Kind, m.Unit = Quantity, u // "les 12 premiers m³": twelve cubic metres; "premiers" is read on its own, as "first"
			return 0
		}
	}
	if de == 0 && p.periodCompound(j-1) {
		return 0 // "a two-year degree": the compound's noun is the years; the word after it no unit of the number
	}
	if u, k := p.unitAt(j + de); k > 0 {
		m.Kind, m.Unit = Quantity, u
		if u == "ft" && de == 0 {
			return k + p.inchesAfter(m, j+k) // "6 ft 1 in"
		}
		if u == "m" && de == 0 && p.lang == French {
			return k + p.centimetresAfter(m, j+k) // "1 m 80 de neige": 1.80 m
		}
		return de + k
	}
	if u := p.tempSuffix(j); u != "" {
		m.Kind, m.Unit = Quantity, u // 42.9C, minus 12C: the UK press style
		return 1
	}
	if k := p.timesSign(m, j); k != 0 {
		return max(k, 0)
	}
	if v.tok != nil && p.glued(j) && p.word(j) != "" {
		return p.gluedSuffix(m, j, v)
	}
	if v.tok != nil && p.lang == French && !v.tok.grouped && !v.tok.decimal && v.tok.intLen <= 3 &&
		(p.word(j) == "e" || p.word(j) == "ème" || p.word(j) == "er" && m.Value == "1") && p.word(j+1) != "" {
		m.Kind = Ordinal // "au 62 e minute": a spaced ordinal suffix
		return 1
	}
	return p.timesAfter(m, j)
}

// moneySuffix reads a currency or a coin after the number (and "pounds"
// that weigh); the tokens it takes, or 0.
func (p *parser) moneySuffix(m *Mention, j, de int, v value) int {
	if p.lang == English && currencyWords[p.word(j)] != "" && (p.word(j+1) == "cents" || p.word(j+1) == "cent") {
		if k := p.centsAt(m, j+1, v); k > 0 {
			return k + 1 // "27 euro cents": a hundredth of the euro
		}
	}
	if p.poundWeight(j) {
		m.Kind, m.Unit = Quantity, "lb" // "150 kg (330 pounds)"
		return 1
	}
	if k := boolInt(p.word(j) == "de" || p.word(j) == "d'"); p.weighedPounds(j + k) {
		m.Kind, m.Unit = Quantity, "lb" // "239 millions de livres de sirop": pounds that weigh
		return k + 1
	}
	// French left in English copy names no currency: "1.35 million de livres"
	frLivres := p.lang == English && (p.word(j+de) == "livres" || p.word(j+de) == "livre")
	if c, k := p.currencyAfter(j + de); k > 0 && !frLivres {
		m.Kind, m.Unit = Money, c
		sc := p.word(j + de + k)
		if e, ok := p.scaleOf(sc); ok && e >= 6 && v.scale == "" && v.v != nil && (p.sym(j+de) != "" || p.lang == English && !strings.HasSuffix(sc, "s")) {
			// ("42,000 euros million": the French order a translation kept)
			// "32,7 $ millions": the scale word after the sign
			m.Value, m.Scale = canonical(new(big.Rat).Mul(v.v, pow10(e))), p.word(j+de+k)
			return de + k + 1
		}
		if c, n := p.frCentsAfter(j + de + k); n > 0 && v.scale == "" && v.v != nil && v.v.IsInt() {
			m.Value = canonical(new(big.Rat).Add(v.v, c)) // "deux euros cinquante"
			return de + k + n
		}
		return de + k
	}
	if p.lang == French && (p.word(j) == "livres" || p.word(j) == "livre") {
		m.style = "livres" // books, unless the English says pounds
	}
	return p.centsAt(m, j, v)
}

// timesAfter reads a multiplier's word after the number: "a 1.5-fold
// rise", "11 fois", "three times as much".
func (p *parser) timesAfter(m *Mention, j int) int {
	if p.lang == English && p.sym(j) == "-" && p.glued(j) && p.word(j+1) == "fold" {
		m.Kind, m.style = Multiplier, "factor"
		if v := m.Rat(); v != nil && v.Cmp(big.NewRat(1, 1)) > 0 && p.foldDown(p.tokenAfter(m.Start), j+2) {
			m.invertFactor(v) // "a 5-fold drop"
		}
		return 2
	}
	if w := p.word(j); (w == "fois" || w == "times") && p.viewedBefore(p.numberStart(j)) {
		return 1 // "visionné 640 000 fois", "viewed 640,000 times": a count of views, no factor
	}
	if w := p.word(j); w == "fois" || w == "times" || w == "x" && p.lang == English {
		m.Kind = Multiplier
		k := 1 + p.halfAfterTimes(m, j+1)
		return k + p.factorAfter(m, j+k)
	}
	if w := p.word(j); (w == "reprises" || w == "occasions") && p.word(j-2) == "à" && p.num(j-1) != nil {
		m.Kind = Multiplier // "à 15 reprises": 15 times, a count of times
		return 1
	}
	return 0
}

// numberStart is the first token of the number that ends before j.
func (p *parser) numberStart(j int) int {
	i := j - 1
	for i > 0 && (p.num(i-1) != nil || p.word(i) == "million" || p.word(i) == "millions") {
		i--
	}
	return i
}

// viewedBefore: a verb of watching, hearing or fetching stands right
// before the number at i (past an adverb), so "N fois" counts views.
func (p *parser) viewedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := p.word(j)
		for _, stem := range [...]string{"visionn", "regard", "téléchar", "écout", "consult", "partag", "lu", "vu", "viewed", "watched", "downloaded", "streamed", "shared", "seen"} {
			if strings.HasPrefix(w, stem) && (len(stem) > 2 || w == stem || w == stem+"e" || w == stem+"es" || w == stem+"s") {
				return true
			}
		}
		if p.toks[j].kind != tWord || len(w) > 3 && !strings.HasSuffix(w, "ment") {
			return false // ("été vue 2 millions de fois"; only a short word or an adverb between)
		}
	}
	return false
}

// spelledScale: the word at j is the scale word of a spelled number
// ("un million", "deux milliards"), which takes its unit after "de".
func (p *parser) spelledScale(j int) bool {
	if p.num(j-1) != nil {
		return false // digits set the value's scale themselves
	}
	e, ok := p.scaleOf(p.word(j))
	return ok && e >= 6
}

// hyphenUnit reads a unit joined to the number by a hyphen: "a
// 20,000-euro fine", "a 42-km race", and scale and currency or unit in
// one word, "a 180-million-euro plan", "a 6.4-billion-kilometre journey".
func (p *parser) hyphenUnit(m *Mention, j int, v value) int {
	if v.scale == "" && p.lang == English && strings.Contains(p.word(j), "-") && p.scaledCompound(m, j, v) {
		return 1 // "a 2 billion-euro plan": the scale and the currency in one word after a space
	}
	if p.sym(j) != "-" || !p.glued(j) || !p.glued(j+1) || p.word(j+1) == "" {
		return 0
	}
	if w := p.word(j + 1); w == "percent" || w == "pc" {
		m.Kind, m.Unit = Percent, "%" // "a 40-percent quota"
		return 2
	}
	if p.word(j+1) == "pound" && !poundMoneyNouns[p.word(j+2)] {
		m.Kind, m.Unit = Quantity, "lb" // "a 330-pound satellite"; "a ten-pound note" is money
		return 2
	}
	if c := p.currencyAt(j + 1); c != "" {
		m.Kind, m.Unit = Money, c
		return 2
	}
	if p.scaledCompound(m, j+1, v) {
		return 2
	}
	if u := compoundUnitWord(p.word(j + 1)); u != "" {
		m.Kind, m.Unit = Quantity, u // "a 142-square-foot flat"
		return 2
	}
	if u, k := p.unitAt(j + 1); k == 1 && (u != "m" || len(p.word(j+1)) > 1) {
		m.Kind, m.Unit = Quantity, u
		if u == "ft" && p.sym(j+2) == "-" && p.glued(j+2) && p.glued(j+3) && p.num(j+3) != nil && !p.num(j+3).decimal && p.num(j+3).val.Cmp(big.NewRat(12, 1)) < 0 && p.word(j+4) != "in" {
			// "a 6-foot-6 forward": six feet six, the inch word left out
			m.Value = canonical(new(big.Rat).Add(new(big.Rat).Mul(m.Rat(), big.NewRat(12, 1)), p.num(j+3).val))
			m.Unit, m.style = "in", feetInches
			return 4
		}
		return 2
	}
	return 0
}

// scaledCompound reads the word at j as a scale and a currency or unit
// joined by a hyphen, "million-euro", "billion-kilometre", and gives m
// the scaled amount.
func (p *parser) scaledCompound(m *Mention, j int, v value) bool {
	sc, cu, ok := strings.Cut(p.word(j), "-")
	if !ok || currencyWords[cu] == "" && unitWords[cu] == "" {
		return false
	}
	e, ok := p.scaleOf(sc)
	if !ok || e < 3 || v.v == nil {
		return false
	}
	m.Kind, m.Unit, m.Scale = Money, currencyWords[cu], sc
	if m.Unit == "" {
		m.Kind, m.Unit = Quantity, unitWords[cu]
	}
	m.Value = canonical(new(big.Rat).Mul(v.v, pow10(e)))
	return true
}

// factorAfter reads the comparative after "N fois", "N times": "plus",
// "more", "as" make a factor; "moins", "less", "fewer" a factor below one
// ("trois fois moins" is a third as much). Without one, "11 fois" counts
// times.
func (p *parser) factorAfter(m *Mention, j int) int {
	switch p.word(j) {
	case "plus", "more", "larger", "bigger", "higher", "greater", "above":
		m.style = "factor"
		if p.word(j) == "plus" && frSmaller[p.word(j+1)] {
			m.invertFactor(m.Rat()) // "cent fois plus petits": a hundredth, as "a hundred times smaller"
		}
		return boolInt(p.word(j) == "plus")
	case "as":
		if asRole[p.word(j+1)] {
			return 0 // "has won 11 times as a pro": a count of times, in a role
		}
		m.style = "factor"
		if asSmall[p.word(j+1)] {
			m.invertFactor(m.Rat()) // "three times as cheap": a third of the price
		}
	case "moins", "less", "fewer", "smaller", "lower", "thinner", "shorter", "lighter", "cheaper", "slower", "weaker",
		"narrower", "tinier", "finer", "below": // ("two and a half times below the August average": "deux fois et demie inférieur à")
		m.style = "factor" // "70 times thinner than a hair", as "70 fois moins que l'épaisseur" says
		m.invertFactor(m.Rat())
		return boolInt(p.word(j) == "moins")
	}
	if side := comparedTo[strings.TrimRight(p.word(j), "es")]; p.lang == French && side != 0 {
		m.style = "factor" // "huit fois inférieur à": an eighth of; "trois fois supérieur": three times
		if side < 0 {
			m.invertFactor(m.Rat())
		}
		return 1
	}
	return 0
}

// asRole are the words after "N times as" that name a role, not the
// measure of a comparison ("three times as many").
var asRole = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true, "part": true}

// invertFactor makes m the inverse of the factor v it read ("trois fois
// moins", "divided by two") and marks it, so that a bound on it turns
// round when it is compared with a share ("more than halved" is "less
// than half").
func (m *Mention) invertFactor(v *big.Rat) {
	if v != nil && v.Sign() > 0 {
		m.Value, m.inverse = canonical(new(big.Rat).Inv(v)), true
	}
}

// inverseBound turns a bound on a factor round for its inverse: more
// than twice less is less than half.
func inverseBound(c Comparator) Comparator {
	switch c {
	case CmpGT:
		return CmpLT
	case CmpGE:
		return CmpLE
	case CmpLT:
		return CmpGT
	case CmpLE:
		return CmpGE
	}
	return c
}

// asSmall are the adjectives of less after "N times as": "twice as
// low" says half, as "deux fois moins élevés" does.
var asSmall = map[string]bool{"low": true, "cheap": true, "small": true, "few": true, "little": true, "short": true,
	"slow": true, "light": true, "weak": true, "thin": true, "narrow": true, "rare": true, "scarce": true}

// comparedTo are the French adjectives of comparison a factor may take:
// below one for "inférieur" (trimmed of its agreement), above for "supérieur".
var comparedTo = map[string]int{"inférieur": -1, "supérieur": 1}

// frSmaller are the French adjectives of less that make "N fois plus"
// a factor below one, as the English "smaller" and "lower" do.
var frSmaller = map[string]bool{"petit": true, "petite": true, "petits": true, "petites": true, "bas": true,
	"basse": true, "basses": true, "faible": true, "faibles": true}

// gluedSuffix handles letters written against digits: 1er, 2e, 21st, 5G.
func (p *parser) gluedSuffix(m *Mention, j int, v value) int {
	w := p.word(j)
	if lostSpace(p.toks[j].text) && unitWords[w] == "" && currencyWords[w] == "" && periodUnit[w] == "" {
		return 0 // "8 223enseignants": a space lost before the noun, which the figure counts
	}
	if v.tok.decimal && !v.tok.grouped && v.sign == 0 && (periodUnit[w] != "" || w == "s") {
		m.Head = map[bool]string{true: "seconds", false: w}[w == "s"] // "9.58s", "0.12sec", "2.5hrs"
		return 1
	}
	if v.tok.grouped && !v.tok.decimal && v.sign == 0 && ordinalSuffix(p.lang, w) {
		m.Kind = Ordinal
		return 1 // "le 2 160e jour", "the 1,000th visitor"
	}
	if v.tok.grouped || v.tok.decimal || v.sign != 0 {
		return -1
	}
	if ordinalSuffix(p.lang, w) {
		m.Kind = Ordinal
		return 1
	}
	if suffix, noun, ok := strings.Cut(w, "-"); ok && ordinalSuffix(p.lang, suffix) && frMonths[noun] != 0 && p.lang == French && m.Value == "1" {
		d := dateMention(DateValue{Day: 1, Month: frMonths[noun]}) // "le 1er-Mai", a day named as "le 8-Mai" is
		m.Kind, m.Value, m.Date = d.Kind, d.Value, d.Date
		return 1
	}
	if suffix, noun, ok := strings.Cut(w, "-"); ok && ordinalSuffix(p.lang, suffix) && noun != "" {
		m.Kind, m.Head = Ordinal, noun // "an 80th-minute goal", "the 3rd-largest"
		return 1
	}
	if periodUnit[w] != "" {
		m.Head = w // "5mois"
		return 1
	}
	if w == "s" && v.tok.intLen == 4 && p.lang == English {
		m.Kind = Year // "the 1933s" is no decade, but still a year
		return 1
	}
	return -1
}

// tempSuffix reads a capital C or F glued to a number: a temperature
// without its degree sign ("42.9C", "12F").
func (p *parser) tempSuffix(j int) string {
	if j >= len(p.toks) || p.toks[j].kind != tWord || p.glued(j+1) && p.num(j+1) != nil {
		return "" // ("avis 224C1873": a reference, digits on both sides of its letter)
	}
	spacedBeforeConversion := p.lang == English && p.toks[j].text == "C" && p.sym(j+1) == "(" && p.num(j+2) != nil && p.tokText(j+3) == "F"
	if !p.glued(j) && !spacedBeforeConversion && (p.lang != English || p.sym(j+1) != ")" || !p.bracketOpen(j, 4)) {
		return "" // a spaced "0 F" only as a conversion in brackets: "(about 0 F)", or the "28 C" it converts: "28 C (82.4 F)"
	}
	switch p.toks[j].text {
	case "C":
		return "°C"
	case "F":
		return "°F"
	}
	return ""
}

func ordinalSuffix(lang Lang, w string) bool {
	if lang == French {
		switch w {
		case "er", "re", "ère", "ere", "e", "ème", "eme", "ieme", "ième", "è", "d", "nd", "nde", "es", "èmes", "ers", "res":
			return true
		}
		return false
	}
	switch w {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// deviceVerbs after "meters" say devices were put in, not a length.
var deviceVerbs = map[string]bool{"installed": true, "fitted": true, "deployed": true, "replaced": true, "rolled": true, "connected": true}

// deviceVerbBefore: a verb of putting devices in stands right before the
// count of meters at j, past its hedge: "has connected nearly 20,000".
func (p *parser) deviceVerbBefore(j int) bool {
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if w := p.word(k); deviceVerbs[w] || w == "install" || w == "connect" {
			return true
		}
	}
	return false
}

// unitAt reads a unit of measure (N17): km, km², °C, tonnes, km/h, and
// a rate per second: m3/s, cubic metres per second.
func (p *parser) unitAt(j int) (string, int) {
	if w := p.word(j); (w == "b" || w == "bbl") && p.sym(j+1) == "/" && p.glued(j+1) && (p.word(j+2) == "j" || p.word(j+2) == "d") && p.glued(j+2) {
		return "bbl", 3 // "3,66 millions de b/j", "2.2m b/d": barrels (a day, as "barils par jour" says after its unit)
	}
	if p.metersCounted(j) {
		return "", 0
	}
	u, k := p.baseUnitAt(j)
	if k == 1 && p.acronym(j) && len(p.toks[j].text) <= 3 && p.sym(j+1) == "-" && p.glued(j+1) && p.glued(j+2) && p.num(j+2) != nil {
		return "", 0 // "two L-159 jets", "3 A-10s": a model's letters, not litres or amperes
	}
	if k == 1 && p.acronym(j) && p.glued(j+1) && p.num(j+1) != nil {
		return "", 0 // "1,870 CM1 and CM2 pupils": a school year's code, not centimetres
	}
	if k == 1 && len(p.toks[j].text) == 1 && p.sym(j+1) == "." && p.glued(j+1) && p.glued(j+2) && p.toks[min(j+2, len(p.toks)-1)].kind == tWord {
		return "", 0 // "5-4 t.a.b.": an abbreviation's first letter (tirs au but), not tonnes
	}
	if k == 1 && p.lang == French && !p.glued(j) && len(p.toks[j].text) == 1 && p.sym(j+1) == ")" && !p.bracketOpen(j, 3) {
		return "", 0 // "à l'alinéa 4 l )": a lettered point, not four litres
	}
	if k == 0 || u == "km/h" || strings.HasSuffix(u, "/h") {
		return u, k
	}
	switch {
	case p.sym(j+k) == "/" && p.glued(j+k) && p.word(j+k+1) == "s":
		return u + "/s", k + 2
	case p.sym(j+k) == "/" && p.glued(j+k) && (u == "µg" || u == "mg" || u == "ng"):
		if v, k2 := p.baseUnitAt(j + k + 1); v == "m3" {
			return u + "/m3", k + 1 + k2 // "50 µg/m³": a concentration
		}
	case partitives[p.word(j+k)] && (u == "µg" || u == "mg" || u == "ng"):
		for q := j + k + 2; q <= j+k+4; q++ { // "96 microgrammes de PM10 par mètre cube": the matter, then the volume
			if w := p.word(q); w == "par" || w == "per" {
				if v, _ := p.baseUnitAt(q + 1); v == "m3" {
					return u + "/m3", k // (the matter and the volume stay words of the clause)
				}
				break
			}
		}
	case (p.word(j+k) == "par" || p.word(j+k) == "per") && (u == "µg" || u == "mg" || u == "ng"):
		if v, k2 := p.baseUnitAt(j + k + 1); v == "m3" {
			return u + "/m3", k + 1 + k2 // "80 microgrammes par mètre cube"
		}
	case (p.word(j+k) == "per" || p.word(j+k) == "par" || p.word(j+k) == "a") && (p.word(j+k+1) == "second" || p.word(j+k+1) == "seconde"):
		return u + "/s", k + 2
	case (u == "m3" || u == "l") && partitives[p.word(j+k)] && (p.word(j+k+2) == "per" || p.word(j+k+2) == "par") && (p.word(j+k+3) == "second" || p.word(j+k+3) == "seconde"):
		return u + "/s", k // "200 cubic metres of lava per second", "100 m³ d'eau par seconde": a flow, its matter between
	case p.lang == French && p.words(j+k, "à", "la", "seconde"):
		return u + "/s", k + 3 // "un mètre cube à la seconde"
	case p.lang == French && (u == "km" || u == "m") && p.word(j+k) == "seconde" && p.bareRate(j+k+1):
		return u + "/s", k + 1 // "3 mètres seconde": a speed as French says it aloud
	case p.lang == French && u == "km" && p.word(j+k) == "heure" && p.bareRate(j+k+1):
		return "km/h", k + 1 // "130 kilomètres heure"
	}
	return u, k
}

// baseUnitAt reads a unit without a rate.
func (p *parser) baseUnitAt(j int) (string, int) {
	if w := p.word(j); p.lang == English && (w == "pounds" || w == "pound") && p.word(j+1) == "of" {
		return "lb", 1 // "327 pounds of cocaine", "35 million pounds of candy corn": a weight
	}
	if p.lang == English && p.word(j) == "k" && p.glued(j) && raceWords[p.word(j+1)] {
		return "km", 1 // "a 10k race": ten kilometres
	}
	if unit, dim, ok := strings.Cut(p.word(j), "-"); ok && p.lang == English && dimensionWords[dim] && unitWords[unit] != "" {
		return unitWords[unit], 1 // "a 100m-long slope", "a 30km-wide front", "the 340 km-wide rock"
	}
	if p.sym(j) == "°" {
		if w := p.word(j + 1); (w == "c" || w == "f") && p.glued(j+1) {
			return unitWords["°"+w], 2
		}
		return "°", 1
	}
	if u := p.techUnitAt(j); u != "" {
		return u, 1
	}
	w := p.word(j)
	if unitWords[w] == "°" {
		switch p.word(j + 1) {
		case "celsius", "centigrade":
			return "°C", 2 // degrees Celsius
		case "fahrenheit":
			return "°F", 2
		}
	}
	if pow := powerWords[w]; pow != "" {
		// "sq km", "sq miles", "cu m": the abbreviations news copy uses
		if u := poweredUnit(unitWords[p.word(j+1)], pow); u != "" {
			return u, 2
		}
	}
	if u, k := p.nauticalMiles(j); k > 0 {
		return u, k
	}
	if w == "metric" && unitWords[p.word(j+1)] == "t" {
		return "t", 2 // "2.5 metric tons"
	}
	if u, k := p.carbonTonnes(j); k > 0 {
		return u, k
	}
	u, ok := unitWords[w]
	if !ok || u == "" {
		return "", 0
	}
	if cu, k := p.compoundUnit(j, w, u); k > 0 {
		return cu, k
	}
	if p.toks[j].text == "G" {
		return "", 0 // "1 G(1eC)", "49 G(AC)": a grade of the civil service; the gram is written "g"
	}
	if (w == "m" && !p.spacedMetres(j) && !p.perSecondAfter(j) || w == "g" && p.toks[j].text != "g" || w == "l" && p.toks[j].text != "L") && p.lang == English && !p.glued(j) && !p.spacedUnitNote(j) {
		return "", 0 // "5 m" in English prose is rare; "I" and "a" style letters are words; "300 g" is grams, "148 L" litres, "1,200 t" tonnes
	}
	return u, 1
}

// perSecondAfter: "/s" glued after the unit at j, "a 2.4 m/s tailwind":
// a speed, which no million is.
func (p *parser) perSecondAfter(j int) bool {
	return p.sym(j+1) == "/" && p.glued(j+1) && p.glued(j+2) && p.word(j+2) == "s"
}

// nauticalMiles reads the sea's mile: French "milles" (nautiques,
// marins), a land mile only when it says so ("milles anglais"), and
// English "nautical miles".
func (p *parser) nauticalMiles(j int) (string, int) {
	switch w := p.word(j); {
	case p.lang == French && (w == "milles" || w == "mille") && (p.word(j+1) == "nautiques" || p.word(j+1) == "marins"):
		return "nmi", 2
	case p.lang == French && (w == "milles" || w == "mille") && (p.word(j+1) == "anglais" || p.word(j+1) == "terrestres"):
		return "mi", 2 // "500 milles anglais": the land mile, named as such
	case p.lang == French && (w == "milles" || w == "mille") && (p.word(j+1) == "carrés" || p.word(j+1) == "carré"):
		return "mi2", 2 // "18 000 milles carrés": an area, in the land's miles
	case p.lang == French && w == "milles" && !p.millesThousand(j):
		return "nmi", 1
	case p.lang == French && w == "mille" && p.oneMile(j):
		return "nmi", 1 // "plus d'un mille de long": French writes a thousand "mille", never "un mille"
	case p.lang == English && w == "nautical" && (p.word(j+1) == "miles" || p.word(j+1) == "mile"):
		return "nmi", 2
	case p.lang == English && (w == "nautical-mile" || w == "nautical-miles"):
		return "nmi", 1 // "the 24,000-nautical-mile course"
	}
	return "", 0
}

// oneMile: the "mille" at j follows the number one, "un mille", "1
// mille", and no number word carries it on.
func (p *parser) oneMile(j int) bool {
	w := p.word(j - 1)
	return (w == "un" || w == "une" || p.tokText(j-1) == "1") && !p.hundredGoesOn(j+1)
}

// compoundUnit reads the unit u (written w at j) with what completes it:
// kWh, m², m3, km/h, "kilomètres carrés", "mètres cubes".
func (p *parser) compoundUnit(j int, w, u string) (string, int) {
	if e := energyHours(u, p.word(j+1)); e != "" {
		return e, 2
	}
	if p.sym(j+1) == "²" {
		return u + "2", 2 // (a stray space before it too: "164 km ²")
	}
	if p.num(j+1) != nil && (p.toks[j+1].text == "2" || p.toks[j+1].text == "3") && p.glued(j+1) {
		return u + p.toks[j+1].text, 2
	}
	if p.sym(j+1) == "³" {
		return u + "3", 2
	}
	if p.sym(j+1) == "/" && (p.word(j+2) == "h" || p.word(j+2) == "heure") {
		return u + "/h", 3
	}
	if k := p.perHour(j + 1); k > 0 && (u == "km" || u == "m" || u == "mi") {
		if u == "mi" {
			return "mph", 1 + k // miles an hour
		}
		return u + "/h", 1 + k // kilometres per hour, kilomètres par heure
	}
	if (u == "m" || u == "km" || u == "ft") && p.lang == English && p.word(j+1) == "squared" && len(w) > 2 {
		return u + "2", 2 // "264 metres squared"
	}
	if (w == "kilomètres" || w == "mètres" || w == "kilomètre" || w == "mètre" || w == "pieds" || w == "pied") && (p.word(j+1) == "carrés" || p.word(j+1) == "carré") ||
		w == "square" && (p.word(j+1) == "kilometres" || p.word(j+1) == "kilometers" || p.word(j+1) == "metres" || p.word(j+1) == "meters" || p.word(j+1) == "kilometre" || p.word(j+1) == "metre") {
		if w == "square" {
			return unitWords[p.word(j+1)] + "2", 2
		}
		return u + "2", 2
	}
	if (u == "m" || u == "km" || u == "ft") && (p.word(j+1) == "cubes" || p.word(j+1) == "cube") {
		return u + "3", 2 // mètres cubes, pieds cubes
	}
	return "", 0
}

// perHour reads "per hour", "an hour", "par heure", "à l'heure" after a
// unit of length: a speed spelled out.
func (p *parser) perHour(j int) int {
	switch {
	case (p.word(j) == "per" || p.word(j) == "an" || p.word(j) == "a" || p.word(j) == "par") && (p.word(j+1) == "hour" || p.word(j+1) == "heure"):
		return 2
	case p.words(j, "à", "l'", "heure"):
		return 3
	case p.sym(j) == "-" && p.glued(j) && p.word(j+1) == "heure":
		return 2 // kilomètres-heure
	}
	return 0
}

// spacedMetres: "6.80 m at Anduze", "a record of 7.20 m.": a decimal with
// its hundredths before a spaced "m" and a full stop or a small word after
// is a height in metres; "£5 m" or "5 m people" stay a million.
func (p *parser) spacedMetres(j int) bool {
	if p.raceDistance(j) {
		return true
	}
	nb := p.num(j - 1)
	if nb == nil || !nb.decimal || !twoDecimals(p.toks[j-1].text) || p.moneySignAt(j-2) {
		return false
	}
	if j+1 >= len(p.toks) || p.toks[j+1].kind == tSym {
		return true
	}
	w := p.word(j + 1)
	return notNoun[w] || dimensionWords[w] || gapWord[w] && w != "more" && w != "less" && w != "fewer" // "2.52 m below the 1910 flood", "1.80 m tall"
}

// twoDecimals: "6.80", "1.86": a measure to the centimetre, never how
// millions are rounded ("2.5 m").
func twoDecimals(lit string) bool {
	k := strings.LastIndexAny(lit, ".,")
	return k >= 0 && len(lit)-k-1 == 2
}

// carbonTonnes reads the glued emission units "MtCO2e", "GtCO2", "MtCO2eq",
// which the lexer cuts after "CO": megatonnes or gigatonnes, the "2" and
// the "e" being part of the unit's name.
func (p *parser) carbonTonnes(j int) (string, int) {
	var u string
	switch p.word(j) {
	case "mtco":
		u = "Mt"
	case "gtco":
		u = "Gt"
	default:
		return "", 0
	}
	if nb := p.num(j + 1); nb == nil || p.toks[j+1].text != "2" || !p.glued(j+1) {
		return "", 0
	}
	if w := p.word(j + 2); (w == "e" || w == "eq") && p.glued(j+2) {
		return u, 3
	}
	return u, 2
}

// poundWeight: English "pounds" after a mass in brackets, "150 kg (330
// pounds)", weighs rather than pays.
func (p *parser) poundWeight(j int) bool {
	if p.lang != English || p.word(j) != "pounds" && p.word(j) != "pound" {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if p.sym(k) == "(" {
			return massUnits[unitWords[p.word(k-1)]]
		}
	}
	return false
}

// bracketOpen: an opening bracket within n tokens before j.
func (p *parser) bracketOpen(j, n int) bool {
	for k := j - 1; k >= 0 && k >= j-n; k-- {
		if p.sym(k) == "(" {
			return true
		}
	}
	return false
}

var massUnits = map[string]bool{"kg": true, "t": true, "g": true}

// poundMoneyNouns make an "N-pound" adjective money: "a ten-pound note".
var poundMoneyNouns = map[string]bool{"note": true, "notes": true, "coin": true, "coins": true, "fine": true, "bill": true, "bet": true}

// millesThousand: "milles" before the noun it counts ("7 milles
// exposants", "les huit milles dernières années") is "mille" misspelt, a
// thousand; the sea's miles come alone or before "de", "au", "à".
func (p *parser) millesThousand(j int) bool {
	w := p.word(j + 1)
	if nb := p.num(j - 1); nb != nil && (nb.grouped || nb.intLen > 3 || nb.decimal) {
		return false // "3 315 milles réels": a thousand thousand is never meant; nor "908,2 milles", which French would write "milliers"
	}
	if strings.HasSuffix(w, "us") || strings.HasSuffix(w, "és") {
		return false // "908 milles parcourus": miles covered, a participle and no noun counted
	}
	return p.lang == French && p.word(j) == "milles" && w != "" && !milesFollowers[w] && pluralWord(w)
}

// milesFollowers may follow the sea's "milles".
var milesFollowers = map[string]bool{"nautiques": true, "marins": true, "anglais": true, "terrestres": true, "de": true, "d'": true, "au": true, "à": true, "par": true, "plus": true,
	"des": true, "dans": true, "vers": true, "sous": true, "carrés": true, "carré": true} // "la zone de 200 milles des eaux": an article counts nothing; "10 milles carrés" an area

// bareRate: the word at j cannot make "heure", "seconde" before it a
// noun of its own ("à 20 km heure de pointe" has no speed).
func (p *parser) bareRate(j int) bool {
	w := p.word(j)
	return w != "de" && w != "d'" && w != "du" && w != "près" && w != "environ"
}

// lostSpace: a word glued to a number is a whole lower-case word of five
// letters or more, the noun after it, never a suffix or a code ("5G",
// "2e", "A380s").
func lostSpace(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 5
}

// raceDistance: "the 400 m hurdles", "won the 100 m in 9.85 s", "a 200
// m race", "574 m short of the record", "40 m high": a whole number of
// metres spaced from its "m" names a race or a length, never millions,
// which take a currency ("$100 m", "the 400 m euros").
func (p *parser) raceDistance(j int) bool {
	nb := p.num(j - 1)
	if nb == nil || nb.decimal || p.moneySignAt(j-2) {
		return false
	}
	next := p.word(j + 1)
	return raceEvents[next] || metresApart[next] || dimensionWords[next] || p.sym(j+1) == ")" || p.word(j-2) == "the" && p.currencyAt(j+1) == "" && next != "people" && next != "users"
}

// metresApart say how far one thing is from another: "574 m short of
// the record", "300 m below the summit".
var metresApart = map[string]bool{"short": true, "above": true, "below": true, "higher": true, "lower": true, "behind": true, "ahead": true}

// raceEvents name the race after its distance.
var raceEvents = map[string]bool{"hurdles": true, "race": true, "run": true, "relay": true, "freestyle": true, "butterfly": true,
	"backstroke": true, "breaststroke": true, "medley": true, "sprint": true, "steeplechase": true, "dash": true, "final": true,
	"title": true, "individual": true, "medley-relay": true, "world": true, "olympic": true}

// moneySignAt: a currency stands at k, before a number: "$100 m" is
// millions of dollars, never metres.
func (p *parser) moneySignAt(k int) bool {
	return p.currencyAt(k) != "" || p.sym(k) == "£" || p.sym(k) == "$" || p.sym(k) == "€"
}

// periodCompound: the token at i is a spelled number joined to a period,
// "two-year", "five-day".
func (p *parser) periodCompound(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	w := p.toks[i].text
	k := strings.LastIndexByte(w, '-')
	return k > 0 && periodUnit[strings.ToLower(w[k+1:])] != ""
}

// metersCounted: the English "meters" at j are devices counted
// (compteurs), no length: "35 million meters installed", "has connected
// nearly 20,000 meters", "a third of its 27,000 meters" (not "its
// 12,000 meters of cable", "12,000 meters long").
func (p *parser) metersCounted(j int) bool {
	w := p.word(j)
	if p.lang != English || w != "meters" && w != "metres" {
		return false
	}
	return deviceVerbs[p.word(j+1)] || p.deviceVerbBefore(j) && p.word(j+1) != "of" ||
		w == "meters" && possessives[p.word(p.numberStart(j)-1)] && !lengthAfter[p.word(j+1)]
}

// lengthAfter are the words after "meters" that make it a length: "of
// cable", "long", "high".
var lengthAfter = map[string]bool{"of": true, "long": true, "high": true, "tall": true, "deep": true, "wide": true, "away": true,
	"above": true, "below": true, "from": true, "per": true, "a": true, "in": true}
