package figures

import (
	"math/big"
	"strings"
)

// centUnit marks an English amount in cents or pence: a hundredth of
// whatever currency the source names ("0,50 euro" -> "50 cents").
const centUnit = "¢"

// centsAt reads French "50 centimes", English "50 cents", "a 20-cent coin", "20p" after a
// number: money worth a hundredth of the number, in the currency the
// source gives it.
func (p *parser) centsAt(m *Mention, j int, v value) int {
	if v.v == nil || v.scale != "" {
		return 0
	}
	if w := p.word(j); (w == "centimes" || w == "centime") && strings.HasPrefix(p.word(j+1), "additionnel") {
		return 0 // "3 300 centimes additionnels": Belgian units of a local surtax, counted, no money
	}
	n := 0
	switch w := p.word(j); {
	case p.sym(j) == "¢" && v.tok != nil:
		n = 1 // "à 78¢", "78¢", "75,9¢ le litre": the cent sign, in either language
	case p.lang == French && p.word(j) == "cents" && p.hundredsBefore(j+1):
		return 0 // "sur les six cents employés": hundreds of them, whatever money the sentence names
	case p.lang == French:
		// "deux penny": British coin names kept; "18,4 cents": American
		// cents kept (a hundred is "cent", never "cents" after a number;
		// hundreds are never counted with a decimal, "de 11,3 cents")
		n = boolInt(w == "centimes" || w == "centime" || w == "cts" || w == "penny" || w == "pence" || w == "cents" && (p.dollarCents(j) || v.tok != nil && v.tok.decimal || v.word && (roundTens[p.word(j-1)] || p.words(j+1, "et", "demi"))) ||
			w == "cent" && p.singleCent(j, v) ||
			w == "cents" && v.tok != nil && !v.word && !v.tok.decimal && p.decimalCentsBeside(j) || // "44,5 cents le litre en mars, contre 38 cents au plus bas": the same coin
			w == "cents" && v.tok != nil && !v.word && p.dollarFirst(j) || // "14 cents de chaque dollar ... et à moins de 7 cents en 1970": shares of the dollar
			// "environ 85 cents l'heure": digits before "cents" can only be cents, as
			// hundreds are "cent" after a number; "35 sous par jour", Quebec's cents
			(w == "cents" && p.priceAfter(j+1) || w == "sous" && (p.word(j+1) == "par" || p.word(j+1) == "l'") || (w == "sous" || w == "cents") && p.sousAsCents(j)) && v.tok != nil && !v.word && !v.tok.decimal && v.v.Cmp(big.NewRat(100, 1)) < 0 ||
			p.tokText(j) == "c" && p.glued(j) && (!p.glued(j+1) || p.sym(j+1) == ".") && v.tok != nil && !v.tok.decimal && v.v.Cmp(big.NewRat(100, 1)) < 0 && p.dollarCents(j))
	case w == "cts" || w == "ct" || w == "centimes" || w == "centime":
		n = 1
	case w == "cents" || w == "cent" && p.word(j-1) != "per":
		n = 1
	case (w == "us" || w == "euro" || currencyQualifiers[w] != "") && p.word(j+1) == "cents":
		n = 2 // "72 US cents", "50 euro cents", "19.5 Canadian cents"
	case p.sym(j) == "-" && p.glued(j) && p.glued(j+1) && (p.word(j+1) == "cent" || p.word(j+1) == "centime" || strings.HasPrefix(p.word(j+1), "cent-")):
		n = 2 // "a 20-cent coin", "the 10-cent-per-litre rebate", "a 50-centime increase"
	case w == "pence" || w == "penny" || w == "pennies" || p.tokText(j) == "p" && p.glued(j) && v.tok != nil && !v.tok.decimal:
		n = 1
	case j < len(p.toks) && p.toks[j].text == "c" && p.glued(j) && !p.glued(j+1) && v.tok != nil && !v.tok.decimal && v.v.Cmp(big.NewRat(100, 1)) < 0:
		n = 1 // "shares were up 3c": market copy's cents
	}
	if n == 0 {
		return 0
	}
	if k := p.perDollar(j + n); k > 0 {
		m.Kind, m.Unit, m.Value, m.style = Percent, "%", canonical(v.v), "cents" // "26 cents for every dollar": 26 %
		return n + k
	}
	if p.tokText(j) == "c" && p.sym(j+n) == "." {
		if k := p.perDollar(j + n + 1); k > 0 {
			m.Kind, m.Unit, m.Value = Percent, "%", canonical(v.v) // "quelque 35c. par dollar", the cent abbreviated
			return n + 1 + k
		}
	}
	if p.dollarFirst(j) {
		m.Kind, m.Unit, m.Value = Percent, "%", canonical(v.v) // "De chaque dollar que gagne Postes Canada, 99¢ ...": 99 cents of every dollar
		return n
	}
	m.Kind, m.Unit = Money, centUnit
	if p.lang == French && v.word && p.words(j+n, "et", "demi") {
		v.v = new(big.Rat).Add(v.v, big.NewRat(1, 2)) // "trois cents et demi": three and a half cents
		n += 2
	}
	m.Value = canonical(new(big.Rat).Quo(v.v, big.NewRat(100, 1)))
	if p.lang == French && v.word && v.v.Cmp(big.NewRat(1, 1)) == 0 && (p.negationNear(j-1, 6) || p.word(j-2) == "sans" || p.words(j-3, "sans", "qu'")) {
		m.style = "idiom" // "il n'a pas prévu dépenser un cent", "sans qu'un cent d'impôt": not a penny, nothing; compared when paired
	}
	return n
}

// perDollar reads "for every dollar", "on the dollar", "pour chaque
// dollar", "par dollar", "au dollar" at j: cents of every dollar are a share, "26 p.
// 100"; the words read.
func (p *parser) perDollar(j int) int {
	k := 1 + boolInt(p.words(j, "out", "of"))
	switch p.word(j) {
	case "for", "on", "of", "out", "pour", "sur", "de":
		if w := p.word(j + k); w != "every" && w != "each" && w != "the" && w != "a" && w != "chaque" && w != "le" {
			return 0
		}
		k++
	case "per", "par", "au", "le":
	default:
		return 0
	}
	if every := p.word(j + k - 1); p.word(j+k) != "dollar" && (every == "every" || every == "each" || every == "chaque") {
		for x := 1; x <= 2 && p.word(j+k+x) != "" && p.num(j+k+x) == nil; x++ {
			if p.word(j+k+x) == "dollar" {
				return k + x + 1 // "36 cents out of every federal revenue dollar"
			}
		}
	}
	if every := p.word(j + k - 1); (every == "every" || every == "each") && p.sym(j+k) == "$" && p.glued(j+k+1) && p.tokText(j+k+1) == "1" {
		return k + 2 // "40 cents on every $1"
	}
	if p.word(j+k) != "dollar" {
		return 0
	}
	return k + 1
}

// dollarFirst: the sentence opens on the dollar the cents at i are
// a share of, "De chaque dollar ..., 99¢", "on every dollar ... nine cents".
func (p *parser) dollarFirst(i int) bool {
	for k := i - 1; k >= max(0, i-14); k-- {
		if s := p.sym(k); s == "." || s == "!" || s == "?" || s == ";" {
			return false
		}
		if p.word(k) == "dollar" && (p.word(k-1) == "chaque" || p.word(k-1) == "every" || p.word(k-1) == "each") {
			return dollarShareWords[p.word(k-2)]
		}
	}
	return false
}

// dollarShareWords open "de chaque dollar", "on every dollar".
var dollarShareWords = map[string]bool{"de": true, "sur": true, "pour": true, "on": true, "of": true, "for": true, "from": true}

// singleCent: the French singular "cent" after a number is the coin when
// the number is one ("un cent à chaque paquet", "1 cent") or in digits
// ("il en coûte 1,5 cent"): a hundred is never written "un cent", and
// digits never take its word.
func (p *parser) singleCent(j int, v value) bool {
	if _, more := p.spelled(j + 1); more > 0 {
		return false // "un cent mille": a slip in a larger number
	}
	return v.tok != nil && (!v.tok.decimal || v.v.Cmp(big.NewRat(100, 1)) < 0) || v.word && v.v.Cmp(big.NewRat(1, 1)) == 0
}

// sameCents: an amount in cents answers the same amount in a currency
// counted in hundredths.
func sameCents(s, t Mention) bool {
	if s.Kind != Money || t.Kind != Money || s.Value != t.Value {
		return false
	}
	return s.Unit == centUnit && t.Unit != centUnit || t.Unit == centUnit && s.Unit != centUnit
}

// inCents: t counts in cents what the source amount s gives in their
// currency ("de 1,90 euro à 2,15 euros" -> "up 25 cents"); t's value
// is already in the currency, so a sum or difference compares as is.
func inCents(s, t Mention) bool {
	return t.Kind == Money && t.Unit == centUnit && s.Kind == Money && s.Unit != centUnit && s.Unit != ""
}

// frCentsAfter reads the cents French says after its currency word, "un
// euro cinquante", "deux euros 20": a whole number below 100 that no
// other noun follows. It returns their value and length.
func (p *parser) frCentsAfter(j int) (*big.Rat, int) {
	if p.lang != French {
		return nil, 0
	}
	var c *big.Rat
	k := 0
	if nb := p.num(j); nb != nil && !nb.grouped && !nb.decimal && nb.intLen <= 2 {
		c, k = new(big.Rat), 1
		c.SetString(p.toks[j].text)
	} else if v, n := p.spelled(j); n > 0 && v != nil && v.IsInt() && v.Sign() > 0 && v.Cmp(big.NewRat(100, 1)) < 0 {
		c, k = v, n
	}
	if k == 0 || p.currencyAt(j+k) != "" || p.sym(j+k) == "%" || p.num(j+k) != nil {
		return nil, 0
	}
	if w := p.word(j + k); w != "" && !centsFollowers[w] {
		return nil, 0 // "30 euros 12 mois sur 12": the number counts something else
	}
	return c.Quo(c, big.NewRat(100, 1)), k
}

// centsFollowers may follow the cents of a French price: a price per
// unit ("le litre") or the rest of the sentence.
var centsFollowers = map[string]bool{"le": true, "la": true, "l'": true, "les": true, "par": true,
	"au": true, "et": true, "contre": true, "soit": true, "en": true, "hors": true, "ttc": true, "ht": true,
	"dans": true, "à": true, "chez": true, "pièce": true, "unité": true, "sur": true}

// frCentsOf: cents follow the currency word at j-1.
func (p *parser) frCentsOf(j int) bool {
	_, n := p.frCentsAfter(j)
	return n > 0
}

// formatCents writes an amount in cents back as cents: 0.5 -> "50 cents".
func formatCents(m Mention) string {
	v := m.Rat()
	if v == nil {
		return m.Raw
	}
	c := new(big.Rat).Mul(v, big.NewRat(100, 1))
	return formatNumber(Mention{Value: canonical(c)}) + " cents"
}

// centsOf: one amount is in cents of the other's currency ("4,10 euros
// par action, en hausse de 30 centimes"); both values are in the
// currency, so they add and subtract as they are (derived asks for one
// sentence: any price and any change in cents make some difference).
func centsOf(a, b Mention) bool {
	return a.Kind == Money && b.Kind == Money && (a.Unit == centUnit) != (b.Unit == centUnit) && a.Unit != "" && b.Unit != ""
}

// dollarCents: a French "cents" after a number at j is a dollar's cents
// when a currency stands near it or a rate follows ("14 cents à 96,24
// $", "18,4 cents par gallon"); "32 cents de première classe" is a
// cricketer's hundreds translated word for word.
func (p *parser) dollarCents(j int) bool {
	n := j + 1
	if p.sym(n) == "." && p.glued(n) {
		n++ // "80c. par jour": the abbreviation's point
	}
	if w := p.word(n); w == "par" || w == "américains" || w == "canadiens" || p.words(n, "de", "plus") || p.words(n, "de", "moins") {
		return true // ("67 cents américains", "17 cents de plus par jour")
	}
	if a := p.word(j + 1); (a == "le" || a == "la" || a == "l'") && priceUnits[p.word(j+2)] {
		return true // "30 cents le litre": a price by the unit
	}
	if w := p.word(j - 3); p.word(j-2) == "de" && (w == "pièce" || w == "pièces" || w == "celle" || w == "celles") {
		return true // "la pièce de 5 cents": a coin's value
	}
	k := j - 1
	for k > 0 && k > j-16 && (p.num(k) != nil || p.word(k) == "cents" || p.sym(k) == "," || p.word(k) == "et" || p.word(k) == "ou") {
		k-- // "les pièces de 10 cents, 25 cents et 50 cents": the coins listed after the first
	}
	if k < j-1 && p.word(k) == "de" && (p.word(k-1) == "pièces" || p.word(k-1) == "pièce") {
		return true
	}
	for k := max(0, j-8); k < min(len(p.toks), j+9); k++ {
		if k != j && (p.currencyAt(k) != "" || centWords[p.word(k)] && !(p.word(k) == "prix" && p.capital(k))) {
			return true // ("une dette supérieure à 25 cents": money, near its coin or its debt; a "Prix Nobel" is a prize)
		}
	}
	return false
}

// centWords say a nearby "cents" counts money: coins, change, debts,
// prices, and the taxes and premiums a cut or a rise is made in.
var centWords = map[string]bool{"monnaie": true, "pièce": true, "pièces": true, "dette": true, "dettes": true,
	"prix": true, "coûte": true, "coûtent": true, "payer": true, "tarif": true, "cotisation": true, "cotisations": true,
	"impôt": true, "impôts": true, "taxe": true, "taxes": true, "salaire": true, "paie": true, "coût": true, "coûts": true,
	"subvention": true, "subventions": true}

// priceUnits are what a price in cents is asked by: "le litre", "la livre".
var priceUnits = map[string]bool{"litre": true, "kilo": true, "kilogramme": true, "livre": true, "gallon": true, "boisseau": true,
	"baril": true, "tonne": true, "kilowattheure": true, "mètre": true, "minute": true, "unité": true, "pièce": true, "paquet": true}

// hundredsBefore: the word at j is a plural noun that "cents" counts in
// hundreds, "six cents employés", and no currency's nationality ("cents
// américains").
func (p *parser) hundredsBefore(j int) bool {
	w := p.word(j)
	if len(w) < 4 || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "x") || p.currencyAt(j) != "" || centNationalities[w] || unitWords[w] != "" {
		return false
	}
	return !frFunction[w] && !ctxStop[w]
}

// hundredsSpan: the "cents" at j ends the low end of a span whose high
// end is in digits and no amount, "l'effectif de trois cents à près de
// 9 000 salariés": hundreds, whatever money the sentence names.
func (p *parser) hundredsSpan(j int) bool {
	return p.word(j+1) == "à" && p.numWithin(j+2, 3) && p.currencyAt(j+3) == "" && p.currencyAt(j+4) == ""
}

// decimalCentsBeside: the sentence of the "cents" at j counts another
// amount in cents with a decimal comma ("44,5 cents"), which hundreds
// never are; digits before this "cents" then count the same coin.
func (p *parser) decimalCentsBeside(j int) bool {
	lo, hi := p.sentenceTokens(p.toks[j].start)
	for k := lo + 1; k < hi; k++ {
		if k != j && (p.word(k) == "cents" || p.word(k) == "centimes") {
			if t := p.num(k - 1); t != nil && t.decimal {
				return true
			}
		}
	}
	return false
}

// centNationalities follow cents of a named currency.
var centNationalities = map[string]bool{"américains": true, "canadiens": true, "australiens": true, "néo-zélandais": true, "hongkongais": true}

// priceAfter: what follows a French "85 cents" makes it a price: "l'heure",
// "par jour", "le litre", "chacun", or the clause's end ("32 cents de
// première classe" are a cricketer's hundreds, told by a bad translation).
func (p *parser) priceAfter(j int) bool {
	switch p.word(j) {
	case "l'", "le", "la", "par", "chacun", "chacune", "pièce":
		return true
	case "":
		s := p.sym(j)
		return j >= len(p.toks) || s == "." || s == "," || s == ";" || s == ")"
	}
	return false
}

// sousAsCents: "sous" or "cents" at j after digits is Quebec's cents when
// no noun phrase follows it (a preposition would open one: "10 sous la
// barre") and its sentence counts money: "cette minable baisse de 10
// sous, de 2,70 $ à 2,60 $", "les 2 cents que rapporte le paquet vendu à
// 5 dollars".
func (p *parser) sousAsCents(j int) bool {
	if nx := p.word(j + 1); determiners[nx] || articles[nx] || nx == "l'" || nx == "forme" || nx == "réserve" || nx == "peine" {
		return false
	}
	lo, hi := p.sentenceTokens(p.toks[j].start)
	for k := lo; k < hi; k++ {
		if p.currencyAt(k) != "" {
			return true
		}
	}
	return false
}

// centsOfDollar: s, an amount in cents the source gives of the dollar
// ("ne paie pas 50 cents, mais 13 cents"), told with the share it is,
// t, "50 cents on the dollar": the same number of cents.
func centsOfDollar(s, t Mention) bool {
	if s.Kind != Money || s.Unit != centUnit || t.Kind != Percent || t.style != "cents" {
		return false // (before any value is read: this runs for every pair compared)
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && new(big.Rat).Mul(sv, big.NewRat(100, 1)).Cmp(tv) == 0
}
