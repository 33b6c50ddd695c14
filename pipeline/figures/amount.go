package figures

import (
	"math/big"
	"strings"
)

// value is a number read at a position: digits or words, with the scale
// already applied (N4) and the tokens used.
type value struct {
	v     *big.Rat
	n     int
	word  bool
	scale string
	tok   *number
	sign  int
}

// valueAt reads a signed number, spelled or in digits, and its scale word.
func (p *parser) valueAt(i int, money bool) (value, bool) {
	var out value
	j := i
	if s := p.sym(i); (s == "-" || s == "−" || s == "+") && p.num(i+1) != nil && p.glued(i+1) &&
		(i == 0 || !p.glued(i) || p.sym(i-1) == "(" || p.sym(i-1) == "~" || p.sym(i-1) == "≈") { // "~+60%"
		out.sign, j = 1, i+1
		if s != "+" {
			out.sign = -1
		}
	}
	if p.spacedMinus(i) {
		out.sign, j = -1, i+1 // "les thermomètres indiquent - 7 degrés"
	}
	if sign := p.signWord(i); sign && p.num(i+1) != nil {
		out.sign, j = -1, i+1 // "minus 12C", "moins 12 degrés"
	} else if _, frac := p.frHyphenFraction(i + 1); sign && frac == 0 { // "moins trois-dixièmes" subtracts a fraction
		if v, k := p.spelled(i + 1); k > 0 {
			out.v, out.n, out.word = v.Neg(v), k+1, true // "minus five degrees"
			return out, true
		}
	}
	if nb := p.num(j); nb != nil && !nb.dotted {
		out.v, out.tok, out.n = new(big.Rat).Set(nb.val), nb, j-i+1
	} else if f, e, k := p.demiScale(j); k > 0 && j == i {
		out.v, out.n, out.word, out.scale = new(big.Rat).Mul(f, pow10(e)), k, true, p.toks[j+k-1].text
		return out, true
	} else if v, k := p.spelled(j); k > 0 && j == i {
		out.v, out.n, out.word = v, k, true
		if _, scaled := p.scaleOf(p.word(i + k - 1)); !scaled && p.lang == French && (orderWords[p.word(i+k)] || p.millesThousand(i+k)) {
			p.scaleAfter(&out, i+k, money) // "les deux prochains milliards", "les huit milles dernières années"
		}
		p.scaleOfScale(&out, i+out.n)
		return out, true
	} else {
		return out, false
	}
	if p.sym(i-1) == "(" && p.sym(i+out.n) == ")" && p.bigScaleAt(i+out.n+1) {
		out.n++ // "(80) million US dollars": the digits bracketed as a form fills them in
	}
	p.scaleAfter(&out, i+out.n, money)
	p.scaleOfScale(&out, i+out.n)
	if out.sign < 0 {
		out.v.Neg(out.v)
	}
	return out, true
}

// spacedMinus: a French dash set apart before a temperature, after a
// word, is its minus sign: "indiquent - 7 degrés Celsius".
func (p *parser) spacedMinus(i int) bool {
	if p.lang != French || p.sym(i) != "-" || p.glued(i+1) || p.num(i+1) == nil || p.num(i-1) != nil || p.word(i-1) == "" {
		return false
	}
	return p.sym(i+2) == "°" || p.word(i+2) == "degrés" || p.word(i+2) == "degré"
}

// signWord: "minus" before a number, or French "moins" right before
// one, says the number is negative: "moins 7 degrés", "un solde de moins
// 2,77 %", "120 milliards moins 30". "au moins 5" (at least), "pas moins
// 5" and "cinq heures moins 10" are no sign.
func (p *parser) signWord(i int) bool {
	switch p.word(i) {
	case "minus":
		return p.word(i-1) != "or" // "plus or minus three points" is a margin
	case "moins":
		return p.lang == French && !moinsNotSign[p.word(i-1)] && periodUnit[p.word(i-1)] == ""
	}
	return false
}

// scaleOfScale reads the "de milliards" of "un milliard de milliards"
// (10^18): a plural scale word after a scaled figure multiplies it.
func (p *parser) scaleOfScale(out *value, j int) {
	if p.lang != French || out.scale == "" && !out.word || p.word(j) != "de" {
		return
	}
	if w := p.word(j + 1); w == "millions" || w == "milliards" {
		e, _ := p.scaleOf(w)
		out.v.Mul(out.v, pow10(e))
		out.scale, out.n = w, out.n+2
	}
}

// demiScale reads "un demi-million", "a half-million", "a quarter
// million": a half or a quarter of a scale word, said as one word with it.
// It returns the fraction, the scale's power of ten and the words read.
func (p *parser) demiScale(j int) (*big.Rat, int, int) {
	k := 0
	if w := p.word(j); w == "un" || w == "une" || w == "a" || w == "one" && p.word(j+1) == "quarter" {
		k = 1
	}
	if f := scaleFraction(p.word(j+k), k == 1); f != nil {
		if e, ok := p.scaleOf(p.word(j + k + 1)); ok && e >= 6 {
			return f, e, k + 2 // "un demi million", "a half million", unhyphenated
		}
	}
	pre, scale, ok := strings.Cut(p.word(j+k), "-")
	f := scaleFraction(pre, true) // "half-a-billion" needs no article
	if !ok || f == nil {
		return nil, 0, 0
	}
	if pre != "demi" {
		scale = strings.TrimPrefix(scale, "a-") // "half-a-billion dollars"
	}
	if sc, cu, ok := strings.Cut(scale, "-"); ok && currencyWords[cu] != "" {
		scale = sc // "a half-million-euro fine": amountAt reads the currency in the word
	}
	if e, ok := p.scaleOf(scale); ok && e >= 6 {
		return f, e, k + 1
	}
	return nil, 0, 0
}

// scaleFraction is the share a word before a scale word takes of it:
// "demi", "half" after its article, "quarter" with or without one
// ("several quarter-million loans").
func scaleFraction(w string, article bool) *big.Rat {
	switch {
	case w == "demi" || w == "half" && article:
		return big.NewRat(1, 2)
	case w == "quarter":
		return big.NewRat(1, 4)
	}
	return nil
}

// scaleAfter applies a scale word or abbreviation following digits:
// 3,2 milliards, 1.5 million, 3.2bn, 450 M€ (N4).
func (p *parser) scaleAfter(out *value, j int, money bool) {
	if p.hyphenScale(out, j) {
		return
	}
	w := p.word(j)
	exp, ok := p.scaleOf(w)
	if !ok && p.millesThousand(j) {
		exp, ok = 3, true // "plus de 7 milles exposants": seven thousand
	}
	if !ok && p.lang == French && orderWords[w] {
		if e, ok2 := p.scaleOf(p.word(j + 1)); ok2 && e >= 6 {
			// "350 autres milliards": 350 billion more; "les deux
			// prochains milliards": the next two billion
			out.v.Mul(out.v, pow10(e))
			out.scale, out.n = p.toks[j+1].text, out.n+2
			return
		}
	}
	if ok && exp == 2 {
		ok = false // "3 cent" is not how digits are written
	}
	if !ok {
		abbr := frScaleAbbr
		if p.lang == English {
			abbr = enScaleAbbr
		}
		exp, ok = abbr[w]
		strong := w == "bn" || w == "mn" || w == "md" || w == "mds" || w == "mrd" || w == "mrds" || w == "tn" || w == "bln" || w == "mln"
		if u, k := p.unitAt(j + 1); ok && w == "m" && p.lang == English && p.glued(j) && k == 1 && u != "m" && len(p.word(j+1)) > 1 {
			strong = true // "4.2m km", "3m tonnes": millions of a unit
		}
		if ok && w == "k" && p.lang == English && p.glued(j) && !raceWords[p.word(j+1)] && p.num(j+1) == nil {
			strong = true // "650k for couples": thousands ("a 10k run" is a distance)
		}
		if ok && !strong && !money && p.currencyAt(j+1) == "" && !(p.lang == French && p.toks[j].text == "M" && (p.word(j+1) == "d'" || p.word(j+1) == "de") && p.currencyAt(j+2) != "") {
			// ("230M d'euros": millions of euros)
			ok = false
		}
		if ok && w == "m" && p.lang == French && p.toks[j].text == "m" {
			ok = false // "10 m" is metres
		}
	}
	if !ok {
		return
	}
	out.v.Mul(out.v, pow10(exp))
	out.scale, out.n = p.toks[j].text, out.n+1
	if e, ok := p.scaleOf(p.word(j + 1)); ok && e >= 6 && (w == "mille" && p.lang == French || w == "thousand" && p.lang == English) {
		// "2,1 mille milliards" is 2.1 thousand billion: a trillion; the
		// British "50 thousand million" is 50 billion
		out.v.Mul(out.v, pow10(e))
		out.scale, out.n = p.toks[j+1].text, out.n+1
		return
	}
	p.scaleRemainder(out, exp, j+1)
}

// scaleRemainder adds the digits said after a scale word, as Spanish and
// Latin American copy writes a number: "9 mille 200 pieds" is 9,200
// feet, "5 mille 352 pesos" 5,352, "2 millions 300 mille" 2,300,000.
func (p *parser) scaleRemainder(out *value, exp, k int) {
	if p.lang != French || exp < 3 || out.tok == nil || !out.tok.val.IsInt() {
		return // (only after digits: "9 mille 200"; "deux mille 200" is a list)
	}
	nb := p.num(k)
	if nb == nil || nb.dotted || !nb.val.IsInt() || nb.val.Sign() <= 0 || nb.val.Cmp(pow10(exp)) >= 0 {
		return
	}
	add := new(big.Rat).Set(nb.val)
	n := 1
	if e, ok := p.scaleOf(p.word(k + 1)); ok && e < exp && e >= 3 {
		add.Mul(add, pow10(e)) // "2 millions 300 mille"
		n++
	} else if exp > 3 || strings.ContainsAny(p.toks[k].text, ",.") {
		return // "5 millions 2019" is no number; "3 mille 1,5" neither
	}
	out.v.Add(out.v, add)
	out.n += n
}

// raceWords after "10k" make it a race's distance, not ten thousand.
var raceWords = map[string]bool{"run": true, "runs": true, "race": true, "races": true, "runner": true, "runners": true, "walk": true, "swim": true, "course": true, "trail": true}

func pow10(e int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil))
}

// halves reads the half after a number: "un million et demi" (half its
// scale), "deux ans et demi", "two and a half per cent", "one and a half
// million". done says m is whole as it stands, a length of time.
func (p *parser) halves(m *Mention, v *value, i, n int, cur string) (int, bool) {
	if half := p.words(i+n, "et", "demi") || p.words(i+n, "and", "a", "half"); half && scaleUnit(v.v) != nil {
		u := scaleUnit(v.v)
		// "un million et demi", "a million and a half"
		v.v.Add(v.v, u.Quo(u, big.NewRat(2, 1)))
		m.Value = canonical(v.v)
		return n + 2 + boolInt(p.lang == English), false
	}
	h, head, k := p.halfAfter(i + n)
	if k == 0 || cur != "" || v.scale != "" {
		return n, false
	}
	sum := new(big.Rat).Add(v.v, h)
	e, scaled := p.scaleOf(p.word(i + n + k))
	switch j := i + n + k; {
	case head == "" && (p.words(j, "per", "cent") || p.word(j) == "percent" || p.sym(j) == "%" || p.lang == French && p.frPercentLen(j) > 0):
		// "two and a half per cent": the unit after the half
		v.v = sum
		m.Value = canonical(sum)
		return n + k, false
	case !scaled || head != "" || e < 3:
		// "deux ans et demi", "two and a half years": 2.5 of a period
		m.Value, m.Head = canonical(sum), head
		return n + k, true
	}
	// "one and a half million": the scale word comes after the half
	v.v, v.scale = sum.Mul(sum, pow10(e)), p.toks[i+n+k].text
	m.Value, m.Scale = canonical(v.v), v.scale
	return n + k + 1, false
}

// amountAt reads a number and what qualifies it: percent, points,
// currency, unit, ordinal suffix, multiplier (N5, N6, N11, N17, N18).
func (p *parser) amountAt(i int) (*Mention, int) {
	if m, n := p.signedMoneyAt(i); n > 0 {
		return m, n
	}
	cur, pre := p.currencyPrefix(i)
	v, ok := p.valueAt(i+pre, cur != "")
	if !ok {
		return nil, 0
	}
	n := pre + v.n
	m := Mention{Kind: Cardinal, Value: canonical(v.v), Word: v.word, Scale: v.scale, Signed: v.sign != 0}
	n, done := p.halves(&m, &v, i, n, cur)
	if done {
		return ptr(m), n
	}
	if v.word {
		p.wordStyle(&m, i, n, pre, v)
	}
	if v.tok != nil {
		m.Format = v.tok.format
		if v.tok.decimal {
			m.Kind = Decimal
		}
	}
	if cur != "" {
		m.Kind, m.Unit = Money, cur
		m.style = "prefix"
		return ptr(m), n
	}
	if w := p.word(i + n - 1); v.word && p.lang == English && strings.Contains(v.scale, "-") {
		if cur := currencyWords[w[strings.LastIndexByte(w, '-')+1:]]; cur != "" {
			m.Kind, m.Unit = Money, cur // "a half-million-euro fine": the currency inside the word demiScale read
			return ptr(m), n
		}
	}
	if w := p.word(i + n - 1); v.word && (strings.HasSuffix(w, "-percent") || strings.HasSuffix(w, "-per-cent")) {
		m.Kind, m.Unit = Percent, "%" // "a fifty-percent rate": the unit inside the word
		return ptr(m), n
	}
	k := p.suffix(&m, i+n, v)
	if k < 0 {
		return nil, 0
	}
	if m.Kind == Quantity && p.lang == French && (p.word(i) == "un" || p.word(i) == "une") && n == 1 {
		m.style = "fixed" // "une tonne d'hydrogène par jour", but also "une tonne de questions": compared when paired, else dropped
	}
	if m.Kind == Cardinal && v.tok != nil && v.sign == 0 && v.scale == "" {
		p.maybeYear(&m, i, v.tok)
	}
	return ptr(m), n + k
}

// teamDeterminers are the singular determiners before "onze" the team.
var teamDeterminers = map[string]bool{"un": true, "le": true, "son": true, "leur": true, "ce": true, "du": true,
	"au": true, "mon": true, "notre": true, "votre": true}

// wordStyle marks a number in words that may be no figure: a threshold,
// an adjective, a name, an English "one".
func (p *parser) wordStyle(m *Mention, i, n, pre int, v value) {
	if v.n == 1 && v.v.Cmp(big.NewRat(1e6, 1)) >= 0 && pre == 0 && p.currencyAt(i+n+boolInt(p.word(i+n) == "de" || p.word(i+n) == "d'" || p.word(i+n) == "of")) == "" {
		m.style = "idiom" // "la barre du million": a threshold, as often left unsaid ("ce billion de dollars" is a sum)
		if _, ok := p.scaleOf(p.word(i)); ok && m.Scale == "" {
			m.Scale = p.toks[i].text // (a scale word: in a text that counts in euros, euros, as "1 billion" reads)
		}
	}
	if _, rest, ok := strings.Cut(p.toks[i].text, "-"); n == 1 && ok && p.capital(i) && capitalWord(rest) {
		m.style = "name" // "Trois-Rivières", "Sept-Îles", "Deux-Sèvres": a place
	}
	if n == 1 && p.lang == French && p.capital(i) && !p.sentenceInitial(i) && (p.word(i-1) == "de" || p.word(i-1) == "à") && (p.word(i+1) == "" && p.num(i+1) == nil || p.capital(i+1)) {
		m.style = "fixed" // "l'université de Trente", "à Trente": a town (Trento), its capital mid-sentence; dropped unless paired
	}
	if n == 1 && p.word(i) == "onze" && p.lang == French && teamDeterminers[p.word(i-1)] {
		m.style = "name" // "un onze fonctionnel", "le onze de départ": a football team, no count
	}
	if n == 1 && p.word(i) == "neuf" && !p.neufNumber(i+1) {
		m.style = "homograph" // "un hôpital neuf", "acheté neuf": new, most likely
	}
	if n == 1 && p.capital(i) && !p.sentenceInitial(i) && p.lang == French && p.capital(i+1) {
		m.style = "name" // "Les Cent Ponts", "les Trois Vallées": a title or a place names it
	}
	if p.word(i) == "one" && n == 1 {
		m.Alt = "one" // may answer a French "1"; never reported on its own
	}
}

// maybeYear makes a bare four-digit number a Year after a date cue (N14).
func (p *parser) maybeYear(m *Mention, i int, nb *number) {
	if w := p.word(i + 1); p.lang == English && nb.intLen == 2 && !nb.decimal && p.sym(i-1) == "'" && p.glued(i) && (i < 2 || !p.glued(i-1)) && m.Unit == "" && !(len(w) > 3 && strings.HasSuffix(w, "s")) {
		m.Kind, m.Value, m.style = Year, itoa(fullYear(atoiSafe(nb.lit))), "short" // "Budget '99", "in '08": a year
		return
	}
	if nb.grouped || nb.intLen != 4 || nb.val.Cmp(big.NewRat(1000, 1)) < 0 || nb.val.Cmp(big.NewRat(2100, 1)) > 0 {
		return
	}
	if dateCues[p.word(i-1)] || p.word(i-1) == "of" && p.word(i-2) == "end" || p.sym(i-1) == "(" || p.byYear(i) || p.yearOfFigure(i) {
		m.Kind = Year
		return
	}
	if _, ok := p.monthAt(i - 1); ok {
		m.Kind = Year
	}
}

// byYear: "d'ici 2027", "d'ici à 2027" give the year a plan runs to.
func (p *parser) byYear(i int) bool {
	k := i - 1
	if p.word(k) == "à" {
		k--
	}
	return p.lang == French && p.words(k-1, "d'", "ici")
}

// scaleUnit is the thousand, million or billion a round value counts.
func scaleUnit(v *big.Rat) *big.Rat {
	if !v.IsInt() || v.Sign() <= 0 {
		return nil
	}
	var out *big.Rat
	for e := 3; e <= 12; e += 3 {
		u := pow10(e)
		if q := new(big.Rat).Quo(v, u); q.IsInt() && q.Num().Cmp(big.NewInt(1000)) < 0 {
			out = u
		}
	}
	return out
}

// signedMoneyAt reads a sign before a currency symbol, "+$1", "-€2.5m",
// as FormatEnglish writes a signed amount: the amount, signed.
func (p *parser) signedMoneyAt(i int) (*Mention, int) {
	s := p.sym(i)
	if s != "+" && s != "-" && s != "−" || !p.glued(i+1) || i > 0 && p.glued(i) && p.sym(i-1) != "(" && p.sym(i-1) != "~" {
		return nil, 0
	}
	if cur, _ := p.currencyPrefix(i + 1); cur == "" {
		return nil, 0
	}
	m, n := p.amountAt(i + 1)
	if n == 0 {
		return nil, 0
	}
	v := m.Rat()
	if m.Kind != Money || v == nil || m.Signed {
		return nil, 0
	}
	if s != "+" {
		m.Value = canonical(v.Neg(v))
	}
	m.Signed = true
	return m, n + 1
}

// moinsNotSign are the words before "moins" that make it a comparison.
var moinsNotSign = map[string]bool{"au": true, "pas": true, "du": true, "le": true, "la": true, "les": true,
	"non": true, "rien": true, "plus": true, "ou": true, "heures": true, "heure": true, "h": true,
	"minuit": true, "midi": true, // "minuit moins cinq": five to midnight
	"unanimité": true} // "à l'unanimité moins deux abstentions": unanimously but for two
