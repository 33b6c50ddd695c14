package figures

import (
	"math/big"
	"strings"
)

// Ranges: two figures joined by a dash, à, to, between... and (N10).

// rangeAt reads ranges (N10) and scores (N19): de X à Y, entre X et Y,
// du 3 au 5 mai, X-Y, from X to Y, between X and Y, May 3-5, 2-1.
func (p *parser) rangeAt(i int) (*Mention, int) {
	if m, n := p.weekdaySpan(i); n > 0 {
		return m, n
	}
	k, style := p.rangeLead(i)
	if !p.sepAhead(i+k, style) {
		return nil, 0 // no separator near: not a range, skip the parse
	}
	if k == 0 && p.word(i-1) == "sur" && perPhrase[p.word(i-2)] != "" {
		return nil, 0 // "24 heures sur 24 à 3 000 appels": the end of a set phrase
	}
	if p.lang == English && k > 0 && p.word(i+k) == "the" && p.num(i+k+1) != nil && ordinalSuffix(English, p.word(i+k+2)) {
		k++ // "from the 8th to the 10th August"
	}
	if p.lang == English && k > 0 && p.word(i+k) == "birth" && (style == "from" && p.word(i+k+1) == "to" || style == "between" && p.word(i+k+1) == "and") {
		// "kids from birth to six": ages from 0, "de 0 à 6 ans"
		if hi, n := p.single(i + k + 2); n > 0 && hi.Kind == Cardinal {
			lo := Mention{Kind: Cardinal, Value: "0", Word: true}
			return &Mention{Kind: Range, Value: "0.." + hi.Value, Parts: []Mention{lo, *hi}, style: style}, k + 2 + n
		}
	}
	if p.lang == French && k > 0 && style == "de" && p.words(i+k, "la", "naissance", "à") {
		// "de la naissance à trois ans": ages from 0, as "from birth to three"
		if hi, n := p.single(i + k + 3); n > 0 && hi.Kind == Cardinal {
			lo := Mention{Kind: Cardinal, Value: "0", Word: true}
			return &Mention{Kind: Range, Value: "0.." + hi.Value, Parts: []Mention{lo, *hi}, style: style}, k + 3 + n
		}
	}
	if nb := p.num(i + k); k == 0 && nb != nil && (nb.decimal || nb.dotted) && provisionWords[p.word(i-1)] {
		return nil, 0 // "sections 3.06 to 3.08", "articles 3.06 à 3.08": provisions, each its own name
	}
	if k == 0 && p.lang == English && (p.word(i) == "a" || p.word(i) == "an") && (p.word(i-1) == "half" || p.word(i-1) == "quarter") {
		return nil, 0 // "by half a billion euros to €26.6bn": the half is the low end's, then a level
	}
	lo, n1 := p.single(i + k)
	if n1 == 0 || !rangeable(*lo) || p.shareWord(i+k, n1, *lo) {
		return nil, 0
	}
	j := i + k + n1
	if w := p.word(j - 1); strings.HasSuffix(w, "-olds") || strings.HasSuffix(w, "-old") || (w == "olds" || w == "old") && p.sym(j-2) == "-" {
		return nil, 0 // "coverage among two-year-olds to 93%": an age names who, the level follows
	}
	if p.lang == English && p.sym(j) == "-" && p.glued(j) && !p.glued(j+1) && (p.word(j+1) == "to" || p.word(j+1) == "and" || p.word(j+1) == "or") {
		n1++ // "55- to 64-year-olds": the first end's noun suspended
		j++
	}
	sep := p.toks[min(j, len(p.toks)-1)].low
	if !rangeSep(style, sep) || j >= len(p.toks) {
		return nil, 0
	}
	if (sep == "-" || sep == "–") && k > 0 && style != "années" {
		return nil, 0
	}
	hi, n2 := p.rangeHigh(j+1, *lo)
	if n2 > 0 && style == "from" && sep == "to" && lo.Kind == Year && hi.Kind == Cardinal && !hi.Word && len(hi.Value) == 2 {
		if l, h := atoiSafe(lo.Value), atoiSafe(hi.Value); h > l%100 {
			hi.Kind, hi.Value = Year, itoa(l-l%100+h) // "from 1985 to 87": the second year by its last digits
		}
	}
	if n2 == 0 || !rangeable(*hi) || p.notRange(i, j+1+n2, *lo, *hi, style, sep) {
		return nil, 0
	}
	if grouped(p.text[p.toks[i+k].start:p.toks[j-1].end]) || grouped(p.text[p.toks[j+1].start:p.toks[j+n2].end]) {
		lo.thousands, hi.thousands = true, true // "de 1 000 à 1 400": no years
	}
	if (sep == "-" || sep == "–") && lo.Word != hi.Word && lo.Kind == Cardinal {
		return nil, 0 // "un locataire sur cinq-20 p. 100 des locataires": a dash between a word and digits, Hansard's aside
	}
	if sep == "to" && lo.Word && !hi.Word && lo.Kind == Cardinal && lo.Unit == "" && hi.Kind == Money {
		return nil, 0 // "the average bill for a household of four to €396": a count in words, then an amount in digits
	}
	if sep == "to" && lo.Kind == Cardinal && lo.Unit == "" && hi.Kind == Money && enPrepBounds[p.word(i+k-1)] != CmpNone {
		return nil, 0 // "its grant for farmers under 40 to 30,000 euros": a bound of its own (an age), then the level a verb raised
	}
	if w := p.word(j + 1 + n2); lo.Kind == Date && lo.Date != nil && lo.Date.Day != 0 && hi.Kind == Cardinal && (periodUnit[w] != "" || unitWords[w] != "" || p.currencyAt(j+1+n2) != "") {
		return nil, 0 // "condamné le 1er mars à 30 mois de prison": a date, then a term
	}
	if style == "dash" && lo.Kind == Cardinal && hi.Kind == Date && hi.Date.Weekday != 0 {
		return nil, 0 // "Friday 7 to Sunday 16 March": two dates, each with its day (auDays)
	}
	if style == "dash" && (sep == "-" || sep == "–") && !(p.glued(j) && p.glued(j+1)) && sep == "-" && !(lo.Kind == Date && lo.Date.Day != 0 && (p.glued(j) || p.glued(j+1))) && !p.spacedDays(*lo, *hi) && !(p.glued(j) && hi.Kind == Percent) && !risingPercent(*lo, *hi) && !p.yearsLostSpace(j, *lo, *hi) {
		return nil, 0 // (a date may lose one side's space: "June 7- 8")
	}
	if k == 0 && sep == "à" && hi.Kind == Percent && lo.Kind == Cardinal {
		if lv, hv := lo.Rat(), hi.Rat(); lv != nil && hv != nil && lv.Cmp(big.NewRat(100, 1)) > 0 && lv.Cmp(hv) > 0 {
			return nil, 0 // "8 000 hectares sinistrés, dont 2 500 à 100 %": a count, then how much of it
		}
	}
	if m, ok := decadeSpan(*lo, *hi, style, sep); ok {
		return ptr(m), k + n1 + 1 + n2
	}
	if (sep == "à" || sep == "to") && isYearish(*lo) && !isYearish(*hi) && !grouped(p.text[p.toks[i+k].start:p.toks[j-1].end]) {
		if hv, lv := hi.Rat(), lo.Rat(); hv != nil && lv != nil && hv.Cmp(lv) < 0 {
			return nil, 0 // "sa prévision pour 2024 à 0,8 %": a year, then the figure it is given
		}
		if k == 0 && grouped(p.text[p.toks[j+1].start:p.toks[j+n2].end]) {
			return nil, 0 // "le rendement de la vendange 2024 à 10 000 kilos": the high end grouped, the low one not: a year
		}
	}
	if m, ok := p.pollSplit(i, j+1+n2, *lo, *hi, sep); ok && style == "dash" {
		return ptr(m), k + n1 + 1 + n2
	}
	if style == "dash" && (pageWords[p.word(i-1)] || p.sym(i-1) == "." && rangeOwnerAbbr[p.word(i-2)]) {
		hi = ptr(shortHigh(*lo, *hi)) // "pages 779-80": the high end gives only the digits that change
	}
	if style == "années" && (!isYearish(*lo) || !isYearish(*hi)) {
		return nil, 0
	}
	if sep == "/" && k == 0 && (p.sym(i-1) == "(" && p.sym(j+1+n2) == ")" || p.sym(i-1) == "[" && p.sym(j+1+n2) == "]") && p.isScore(*lo, *hi, "-") {
		return &Mention{Kind: Score, Value: lo.Value + "-" + hi.Value}, n1 + 1 + n2 // a tie-break: 7-6 (7/5), 7-6 [7/4]
	}
	if sep == "/" && !(isYearish(*lo) && p.glued(j) && p.glued(j+1) && (len(hi.Value) == 2 || isYearish(*hi))) && !p.slashSpan(i, j, n2, *lo, *hi) {
		return nil, 0 // only a season or fiscal year (2011/12), or a span of a size (slashSpan)
	}
	m, ok := p.joinEnds(i, k, j, n2, *lo, *hi, style, sep)
	if !ok {
		return nil, 0
	}
	n := k + n1 + 1 + n2
	if d, ok := p.nightOf(i, style, &m); ok {
		return ptr(d), n
	}
	used := n + p.rangeYear(&m, i+n)
	return ptr(m), used
}

// nightOf marks a span of dates from i that is one night, "la nuit du 8
// au 9 novembre" (either date names it), "overnight frost from Sunday to
// Monday", and gives the night of two following weekdays as one date.
func (p *parser) nightOf(i int, style string, m *Mention) (Mention, bool) {
	if style != "du" && style != "from" || m.Parts[0].Kind != Date {
		return Mention{}, false
	}
	if p.word(i-1) == "nuit" || p.word(i-1) == "night" || p.word(i-1) == "nuits" || p.words(i-2, "nights", "of") || style == "from" && p.nightBefore(i) {
		m.Alt = "night"
		d := nightOfWeekdays(*m)
		return d, d.Kind == Date
	}
	return Mention{}, false
}

// nightOfWeekdays is the night from one weekday to the next, "overnight
// frost from Sunday to Monday", as French says it, "la nuit de dimanche à
// lundi": Sunday night. Other spans give no date.
func nightOfWeekdays(m Mention) Mention {
	a, b := m.Parts[0].Date, m.Parts[1].Date
	if a == nil || b == nil || a.Weekday == 0 || a.Month != 0 || a.Day != 0 || b.Month != 0 || b.Day != 0 || b.Weekday != a.Weekday%7+1 {
		return Mention{}
	}
	return dateMention(DateValue{Weekday: a.Weekday, Part: dayParts["night"]})
}

// nightBefore: "night" or "overnight" within the three words before i,
// in its clause: "overnight frost from Sunday to Monday" is one night.
func (p *parser) nightBefore(i int) bool {
	for j := i - 1; j >= i-3 && j >= 0 && p.word(j) != ""; j-- {
		if w := p.word(j); w == "overnight" || w == "night" || w == "nights" {
			return true
		}
	}
	return false
}

// shareWord: the low end in words is the number of a share, "one-eighth
// to one-tenth": two shares, no range of ones.
func (p *parser) shareWord(i, n int, lo Mention) bool {
	if !lo.Word {
		return false
	}
	f, nf := p.fractionAt(i)
	return nf >= n && f.Kind == Fraction
}

// elidedThousand: a French range whose low end leaves unsaid the
// thousands its high end writes in digits, "dépensent 300 à 450 000
// couronnes", as "entre 2 et 3 millions" leaves the scale: the low end
// is the bare number of thousands, within a factor of ten below the
// high end. After a verb of change ("est passé de 300 à 450 000") the
// two are a before and after, and keep their values.
func (p *parser) elidedThousand(i, l, h int, lo, hi Mention) bool {
	a, b := p.num(l), p.num(h)
	if p.lang != French || a == nil || b == nil || a.grouped || a.decimal || !b.grouped || b.decimal || a.intLen > 3 ||
		lo.Kind != Cardinal || lo.Word || hi.Scale != "" {
		return false
	}
	if p.changeBefore(i) {
		return false
	}
	x, y := atoiSafe(lo.Value), atoiSafe(hi.Value)
	return y%1000 == 0 && y/1000 > x && y/1000 <= 10*x
}

// changeBefore: a verb of change before the range at i, its feminine or
// plural too, or a form of "passer": "est passé de 300 à 450 000",
// "passant de 13 à 3 députés" tell a before and an after.
func (p *parser) changeBefore(i int) bool {
	w := p.word(i - 1)
	if dirOf(w) != 0 || dirOf(strings.TrimRight(w, "es")+"é") != 0 || strings.HasPrefix(w, "passé") || passerForms[w] || dirOf(p.word(i-2)) != 0 {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6 && p.toks[k].kind == tWord; k-- {
		if v := p.word(k); strings.HasPrefix(v, "rédui") || strings.HasPrefix(v, "ramen") || strings.HasPrefix(v, "ramèn") || strings.HasPrefix(v, "abaiss") {
			return true // "ramené de 18 à 9": brought down from, to; "va réduire son programme d'hiver de 14 à 9 avions": its object between
		}
	}
	return false
}

// passingFrom: "passant de 5 à 14" at i tells a level before and after,
// even in a sentence that says seats were won ("en ont gagné 9").
func (p *parser) passingFrom(i int) bool {
	for k := i - 1; k >= max(0, i-2); k-- {
		if passerForms[p.word(k)] || changeGerunds[p.word(k)] || strings.HasPrefix(p.word(k), "passé") {
			return true
		}
	}
	return false
}

// changeGerunds tell a change from one level to another, "tombant de
// 16 à 9 sièges", whatever defeat the sentence names.
var changeGerunds = map[string]bool{"tombant": true, "chutant": true, "reculant": true, "baissant": true, "grimpant": true,
	"progressant": true, "augmentant": true, "diminuant": true, "remontant": true, "redescendant": true}

var passerForms = map[string]bool{"passant": true, "passe": true, "passent": true, "passer": true, "passera": true,
	"passeront": true, "passait": true, "passaient": true}

// risingPercent: a bare number before a larger percent, "23 - 25%", is a
// span of rates whatever the spaces around its dash; a year before it
// ("in 2009 - 40% of them") is no end of one.
func risingPercent(lo, hi Mention) bool {
	if hi.Kind != Percent || lo.Kind != Cardinal || lo.Word || isYearish(lo) {
		return false
	}
	a, b := lo.Rat(), hi.Rat()
	return a != nil && b != nil && a.Cmp(b) < 0
}

// spacedDays: a bare day before a later day of a month, "du 12 - 17
// octobre", is a span of days whatever the spaces around its dash.
func (p *parser) spacedDays(lo, hi Mention) bool {
	if lo.Kind != Cardinal || hi.Kind != Date || hi.Date == nil || hi.Date.Day == 0 || lo.Word {
		return false
	}
	d := atoiSafe(lo.Value)
	return d >= 1 && d < hi.Date.Day
}

// joinEnds joins the two ends read at i (lead k, separator at j, high
// end n2 tokens long), after reading a thousands left unsaid on the low
// end: "300 à 450 000 couronnes" is 300,000 to 450,000.
func (p *parser) joinEnds(i, k, j, n2 int, lo, hi Mention, style, sep string) (Mention, bool) {
	if (style == "dash" || sep == "à") && (p.resultNounAfter(j+1+n2) || p.resultBefore(i) && !p.countedPlural(j+1+n2) && !p.passingFrom(i)) && lo.Kind == Cardinal && hi.Kind == Cardinal && hi.Scale == "" && !lo.Word && !hi.Word && !isYearish(lo) && !isYearish(hi) && !lo.thousands && (periodUnit[p.word(j+1+n2)] == "" || p.halfNamed(j+1+n2)) {
		// (no result is counted in years: "jeunes de 11 à 17 ans" are ages)
		// "a stunning 82-91 victory", "s'est incliné 85-91", "s'est imposé
		// 31 à 17": a match's result, told from either side
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value}, true
	}
	if style == "dash" && (sep == "-" || sep == "–") && lo.Value == hi.Value && lo.Kind == Cardinal && hi.Kind == Cardinal && !lo.Word && !hi.Word && !isYearish(lo) && lo.Scale == "" && hi.Scale == "" &&
		lo.Comparator == CmpNone && hi.Comparator == CmpNone && !lo.Signed && !hi.Signed && !strings.HasPrefix(lo.Value, "-") && atoiSafe(lo.Value) < 1000 {
		// (a score is never hedged nor signed: the fuzz input "-1-~-1")
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value}, true // "tenu en échec (31-31)": a tie, as no span runs from a number to itself
	}
	if sep == "to" && style == "dash" && p.lang == English && voteVerbs[p.word(i-1)] && p.tallyDown(lo, hi) {
		// "MPs voted 97 to 63": a vote's tally, "par 97 voix contre 63"
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value, style: "votes"}, true
	}
	if sep == "to" && style == "dash" && (p.sym(i-1) == "," || p.sym(i-1) == "(") && p.tallyDown(lo, hi) {
		// "beat Verstappen by two points, 423 to 421": a tally set
		// apart, running down, as no span does
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value}, true
	}
	if sep == "à" && lo.Word && hi.Word && p.resultBefore(i) && lo.Kind == Cardinal && hi.Kind == Cardinal && atoiSafe(hi.Value) < atoiSafe(lo.Value) && atoiSafe(lo.Value) <= 20 {
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value, Word: true}, true // "les députés l'ont emporté trois à deux"
	}
	if style == "dash" && (sep == "-" || sep == "–") && p.glued(j) && p.glued(j+1) && p.numberSignBefore(i) && lo.Kind == Cardinal && hi.Kind == Cardinal && !lo.Word && !hi.Word {
		return Mention{Kind: Identifier, Value: lo.Value + "-" + hi.Value}, true // "le no 8-8948": a number, no span
	}
	if style == "dash" && (sep == "-" || sep == "–") && j == i+1 && n2 == 1 && p.amidSetScores(i, j+2) && lo.Kind == Cardinal && hi.Kind == Cardinal && !lo.Word && !hi.Word && atoiSafe(hi.Value) < 100 {
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value}, true // "(3-1 : 25-21, 22-25, 25-19)": a set lost, no span
	}
	if p.elidedThousand(i, i+k, j+1, lo, hi) {
		lo.Value = itoa(atoiSafe(lo.Value) * 1000)
	}
	// ("passant de 13 à 3 députés" is a fall, no score)
	t := p.tokText(i + k)
	codeLike := p.glued(i) && i > 0 && p.toks[i-1].kind == tWord || len(t) > 1 && t[0] == '0' // "C0100-0": a code, no score
	// "from something like six to about three": no score is hedged
	hedged := hi.Comparator != CmpNone || lo.Comparator != CmpNone // ("~100-0" too)
	if k == 0 && sep == "à" && p.lang == French && (hi.Comparator == CmpGT || hi.Comparator == CmpGE || hi.Comparator == CmpLT || hi.Comparator == CmpLE) {
		return Mention{}, false // "dont 18 à plus de 80 %": 18 farms hit at over 80%, no span (with "de" before it, "de 18 à plus de 80 euros" is one)
	}
	if isYearish(lo) && hi.Kind == Cardinal && !isYearish(hi) && sep != "-" && sep != "–" && sep != "/" && !grouped(p.text[p.toks[i+k].start:p.toks[j-1].end]) {
		return Mention{}, false // "élu en 2017 à 39 ans": a year, then an age (N2); "from 1,000 to 5" is no year
	}
	if w := p.hyphenUnitEnd(j+1, n2); p.lang == English && p.sym(j-1) == "-" && p.glued(j-1) && w != "" {
		lo.Head, hi.Head = w+"s", w+"s" // "six- to ten-week assignments": both ends count the weeks the high one's hyphen names
	}
	if lo.Kind == Cardinal && hi.Kind == Time && p.lang == English && (p.word(i-1) == "and" || p.sym(i-1) == ",") && p.num(i-2) != nil {
		return Mention{}, false // "on July 8, 9 and 10 to 9:30 pm": the last day of a list, then the hour it moves to
	}
	return p.joinRange(lo, hi, style, sep, p.noScore(i, j+1+n2) || p.risingCount(lo, hi, j+1+n2) || style == "de" && p.changeBefore(i) || codeLike || hedged)
}

// hyphenUnitEnd is the unit of time joined by a hyphen to the end read
// at j over n tokens, inside it or right after it ("ten-week"), or "".
func (p *parser) hyphenUnitEnd(j, n int) string {
	for k := j; k <= j+n && k < len(p.toks); k++ {
		if i := strings.LastIndexByte(p.word(k), '-'); i > 0 && periodUnit[p.word(k)[i+1:]] != "" {
			return p.word(k)[i+1:] // one token: "ten-week"
		}
		if k+1 < len(p.toks) && p.sym(k) == "-" && p.glued(k) && p.glued(k+1) && periodUnit[p.word(k+1)] != "" {
			return p.word(k + 1)
		}
	}
	return ""
}

// tallyDown: two plain counts, the second smaller, as a final tally
// gives them.
func (p *parser) tallyDown(lo, hi Mention) bool {
	if lo.Kind != Cardinal || hi.Kind != Cardinal || lo.Word || hi.Word || lo.thousands || isYearish(lo) || isYearish(hi) || lo.Signed {
		return false
	}
	a, b := atoiSafe(lo.Value), atoiSafe(hi.Value)
	return a > b && b > 0 && a < 10000 && lo.Value == itoa(a) && hi.Value == itoa(b)
}

// rangeHigh reads the range's second end at j: "to the 10th August"
// keeps its article; "2000-08" ends in 2008, as joinRange reads
// "2011-12" (a leading zero leaves one digit in the value).
func (p *parser) rangeHigh(j int, lo Mention) (*Mention, int) {
	if w := p.word(j); (w == "zero" || w == "zéro") && numeric(lo) && lo.Unit != "" {
		// "from 15% to zero": zero, alone no figure, ends a range in its unit
		return &Mention{Kind: lo.Kind, Value: "0", Unit: lo.Unit, Word: true}, 1
	}
	hi, n := p.single(j)
	if n == 0 && lo.Kind == Ordinal && p.word(j) == "the" {
		if hi, n = p.single(j + 1); n > 0 {
			n++
		}
	}
	if t := p.toks[min(j, len(p.toks)-1)].text; n == 1 && len(t) == 2 && t[0] == '0' && hi.Kind == Cardinal && isYearish(lo) {
		if full := endYear(atoiSafe(lo.Value), atoiSafe(t)); full > 0 {
			hi.Value, hi.Kind = itoa(full), Year // "2000-08" is 2000 to 2008; "1001/00" is no span
		}
	}
	return hi, n
}

// rangeLead reads the words that open a range at i: how many there are
// and the range's style ("de", "between", "années"), or "dash" for none.
func (p *parser) rangeLead(i int) (int, string) {
	switch w := p.word(i); w {
	case "de", "d'", "du", "from", "entre", "between":
		return 1, w
	case "années", "les":
		k := 0
		// "les années 2000 à 2006" are years, not the decade
		if w == "les" && p.word(i+1) == "années" {
			k = 1
		}
		if y, ok := p.yearAt(i + k + 1); ok && y%10 == 0 && p.word(i+k) == "années" {
			return k + 1, "années"
		}
	}
	return 0, "dash"
}

// yearsLostSpace: two years joined by a dash that lost one of its
// spaces, "pour 2015 -2020": a span of years, the later one last, not
// a year and a negative number.
func (p *parser) yearsLostSpace(j int, lo, hi Mention) bool {
	if !isYearish(lo) || !isYearish(hi) || p.glued(j) == p.glued(j+1) {
		return false
	}
	a, b := lo.Rat(), hi.Rat()
	return a != nil && b != nil && b.Cmp(a) > 0
}

// notRange: two figures joined by "to" or "à" that are no range: "rose
// €800m to €3.1bn" is the change, then the level; "le 31 janvier 2020 à
// 23 heures" is a date, then its hour (after is the token after hi).
func (p *parser) notRange(i, after int, lo, hi Mention, style, sep string) bool {
	if sep == "to" && style == "dash" && (changeVerbs[p.word(i-1)] || p.word(i-1) == "by") {
		return true
	}
	if sep == "à" && style == "dash" && hourWords[p.word(after)] && frWeekdays[p.word(i-1)] != 0 && atoiSafe(lo.Value) > atoiSafe(hi.Value) {
		return true // "le lundi 23 à 8 heures": a day, then its hour
	}
	if (sep == "to" || sep == "à") && style == "dash" && lo.Kind == Money && class(hi.Kind) == Cardinal && hi.Unit == "" && (pluralNounLike(p.word(after)) || p.word(after) != "" && pluralNounLike(p.word(after+1))) && unitWords[p.word(after)] == "" && currencyWords[p.word(after)] == "" && frScale[p.word(after)] == 0 && enScale[p.word(after)] == 0 {
		return true // "pay €3,400,000 to 210 cheated buyers": the sum, then whom it goes to
	}
	if (sep == "à" || sep == "to") && style == "dash" && lo.Word != hi.Word && lessThan(hi, lo) {
		return true // "donated €18,500 to two local charities": an amount, then whom it went to; no range falls, and none mixes digits and words
	}
	if (sep == "à" || sep == "to") && style == "dash" && lo.Kind == Date && class(hi.Kind) == Cardinal && hi.Unit == "" && pluralNounLike(p.word(after)) && unitWords[p.word(after)] == "" {
		return true // "attribuées le 14 février à 7 communes": a date, then whom it went to; a range of days ends on a day, no noun after it
	}
	if (sep == "à" || sep == "to") && style == "dash" && hi.Comparator != CmpNone && hi.Comparator != CmpApprox && hi.Comparator != CmpExact && lessThan(hi, lo) {
		return true // "dont 300 à plus de 80 %": a count, then how badly they were hit; no range falls
	}
	if sep == "to" && style == "dash" && p.word(i-1) == "at" && lo.Kind == Cardinal && lo.Unit == "" && hi.Kind == Money && !lo.Word && p.signAfterTo(i, after) {
		// "bringing the maximum pension at 65 to $1,364.60": an age, then
		// the amount it is brought to; a range writes its unit once after
		// both ends ("at 450 to 550 million euros") or before each
		return true
	}
	if lo.Kind == Date && sep == "to" && p.sym(after) == "-" && p.glued(after) && strings.HasPrefix(p.word(after+1), "year") {
		return true // "open since March 1 to 11-year-olds": a date, then whom
	}
	return lo.Kind == Date && (hi.Kind == Time || hourWords[p.word(after)])
}

// signAfterTo: the currency sign of the range's second end opens it,
// right after the "to" between i and after: "65 to $1,364.60".
func (p *parser) signAfterTo(i, after int) bool {
	for k := i; k < after; k++ {
		if p.word(k) == "to" {
			return p.num(k+1) == nil && p.currencyAt(k+1) != ""
		}
	}
	return false
}

func rangeSep(style, sep string) bool {
	switch style {
	case "de", "d'", "from":
		return sep == "à" || sep == "to" || sep == "au" || sep == "through"
	case "du":
		return sep == "au"
	case "entre", "between":
		return sep == "et" || sep == "and"
	case "années":
		return sep == "à" || sep == "-" || sep == "au" || sep == "–"
	}
	return sep == "-" || sep == "–" || sep == "à" || sep == "to" || sep == "through" || sep == "/"
}

func rangeable(m Mention) bool {
	switch m.Kind {
	case Cardinal, Decimal, Percent, Money, Quantity, Date, Year, Ordinal, PercentPoint, Time, Multiplier:
		return m.Comparator == CmpNone || true
	}
	return false
}

// single reads one figure for a range end, possibly hedged.
func (p *parser) single(i int) (*Mention, int) {
	if cmp, k := p.hedgeAt(i); k > 0 {
		if m, n := p.single(i + k); n > 0 {
			m.Comparator = cmp
			return m, n + k
		}
	}
	for _, rec := range [...]func(int) (*Mention, int){p.dateAt, p.timeAt, p.amountAt} {
		if m, n := rec(i); n > 0 {
			return m, n
		}
	}
	return nil, 0
}

// rangeYear reads the year after an English day range, "May 3-5, 2024",
// and gives it to both ends.
func (p *parser) rangeYear(m *Mention, j int) int {
	if m.Kind != Range || m.Parts[1].Kind != Date || m.Parts[1].Date.Year != 0 || m.Parts[0].Kind != Date {
		return 0
	}
	c := 0
	if p.sym(j) == "," {
		c = 1
	}
	y, ok := p.yearAt(j + c)
	if !ok {
		return 0
	}
	for k := range m.Parts {
		dv := *m.Parts[k].Date
		dv.Year = y
		m.Parts[k] = dateMention(dv)
	}
	m.Value = m.Parts[0].Value + ".." + m.Parts[1].Value
	return c + 1
}

// rangeEnd: the "à" at j closes a range ("de quatre à cinq heures" is a
// duration, not five o'clock).
func (p *parser) rangeEnd(j int) bool {
	if p.word(j) != "à" {
		return false
	}
	if nb := p.num(j - 1); nb != nil {
		if identPrefixes[p.word(j-2)] && p.capital(j-2) && p.labelNumber(j-1) {
			return false // "sur France 2 à 21 heures": a channel, then the hour
		}
		if p.glued(j-1) && p.toks[j-2].kind == tWord {
			return false // "au local R31 à 12 heures": a code, then the hour
		}
		_, month := p.monthAt(j - 2)
		return !(month && nb.intLen == 4) // "le 31 janvier 2020 à 23 heures": the hour of a date
	}
	_, ok := p.atomValue(p.word(j - 1))
	return ok
}

// sepAhead: a range separator follows within a figure's length.
func (p *parser) sepAhead(i int, style string) bool {
	for j := i + 1; j < len(p.toks) && j <= i+7; j++ {
		if t := p.toks[j]; rangeSep(style, t.low) && (t.kind == tSym || t.kind == tWord) {
			return true
		}
	}
	return false
}

// decadeSpan reads "les années 1980-90", "les années 1990-2000", "les
// années 1920 à 1940": two decades, which English writes "the
// 1980s-90s", "from the 1920s to the 1940s" ("les années 2000 à 2006"
// stay years).
func decadeSpan(lo, hi Mention, style, sep string) (Mention, bool) {
	if style != "années" || sep != "-" && sep != "–" && sep != "à" || !isYearish(lo) {
		return Mention{}, false
	}
	if sep == "à" && (atoiSafe(hi.Value) < 100 || atoiSafe(lo.Value)%10 != 0 || atoiSafe(hi.Value)%10 != 0) {
		return Mention{}, false // both ends whole decades, in full
	}
	a, b := atoiSafe(lo.Value), atoiSafe(hi.Value)
	if b < 100 {
		if b = a - a%100 + b; b <= a {
			b += 100 // "1990-00"
		}
	}
	if a%10 != 0 || b%10 != 0 || b <= a || b-a > 50 {
		return Mention{}, false
	}
	d1, d2 := dateMention(DateValue{Year: a, Decade: true}), dateMention(DateValue{Year: b, Decade: true})
	return Mention{Kind: Range, Value: d1.Value + ".." + d2.Value, Parts: []Mention{d1, d2}, style: "dash"}, true
}

// matchNames name a match right before its score: "the EuroCup semi-final
// 68-74", "the quarter-final 71-79".
var matchNames = map[string]bool{"final": true, "semi-final": true, "semifinal": true, "quarter-final": true, "quarterfinal": true,
	"match": true, "game": true, "tie": true, "play-off": true, "playoff": true}

// noScore: the words around the pair from token i to end make it a span,
// never a result: a period or "times" after it ("2-3 ans", "10-12
// times"), an age or labelled things before it ("children aged 0-4",
// "indicators 2-5").
// resultNouns name a match's result: the pair before them is its score,
// whichever side it starts with.
var resultNouns = map[string]bool{"victory": true, "win": true, "defeat": true, "loss": true, "triumph": true,
	"draw": true, "scoreline": true, "victoire": true, "défaite": true, "succès": true, "revers": true,
	"aller": true, "retour": true, "leg": true} // "battues d'un but à l'aller (28-29)": a leg's result

// resultNounAfter: a result noun at k, or after one word that says
// which result ("a 29-31 first-leg defeat", "a 3-0 home win", "a 71-78
// opening loss"), never a unit or a length of time ("a 10-15 percent
// loss" is a span).
func (p *parser) resultNounAfter(k int) bool {
	w := p.word(k)
	return resultNouns[w] || p.qualifierWord(w) && (resultNouns[p.word(k+1)] || p.qualifierWord(p.word(k+1)) && resultNouns[p.word(k+2)]) ||
		p.halfNamed(k) // "a 25-27 defeat", "a 25-27 derby defeat", "a 25-27 home derby defeat"
}

// qualifierWord: w may qualify a result noun after a score, no unit,
// period or number of its own.
func (p *parser) qualifierWord(w string) bool {
	return w != "" && unitWords[w] == "" && periodUnit[w] == "" && w != "percent" && w != "per" && !numberWord(w)
}

// halfNamed: "first half", "second period" at k: a part of a match, whose
// "second" is no length of time ("a 17-9 second half").
func (p *parser) halfNamed(k int) bool {
	return (p.word(k) == "first" || p.word(k) == "second") && (p.word(k+1) == "half" || p.word(k+1) == "period")
}

// resultBefore: a verb or noun of a match's result stands a few words
// before the pair at i.
func (p *parser) resultBefore(i int) bool {
	if p.setScoresBefore(i) {
		return true
	}
	reach := 5
	if p.word(i-1) == "par" {
		reach = 8 // "ont battu les Stampeders de Calgary par 32 à 21": the score after its team
	}
	if p.sym(i-1) == "," {
		reach = 12 // "ont remporté la 112e Coupe Grey dimanche à Vancouver, 31 à 27": set apart after the match
	}
	if resultNouns[p.word(i-1)] || matchNames[p.word(i-1)] {
		reach = 8 // "lost the EuroCup semi-final first leg 68-74": the match's name between the result and its score
	}
	faceReach := 8
	if p.sym(i-1) == "(" {
		// "s'est incliné vendredi 2 février face à l'Irlande au Vélodrome
		// de Marseille (17-38)": a bracketed score closes the whole account
		// of the match, its day, opponent and ground
		reach, faceReach = 16, 16
	}
	for k := 1; k <= reach && i-k >= 0; k++ {
		if resultWord(p.word(i-k)) || p.sym(i-1) == "(" && resultNouns[p.word(i-k)] { // "their only defeat, against Denmark (26-28)"
			return true
		}
	}
	for k := 1; k <= faceReach && i-k >= 0; k++ {
		if p.word(i-k) == "face" && (p.word(i-k+1) == "à" || p.word(i-k+1) == "au" || p.word(i-k+1) == "aux") {
			return true // "la finale face à l'Union Bordeaux-Bègles, 31 à 24": the score after the opponent
		}
	}
	// "en battant en finale le lycée Jean-Dupuy de Tarbes 24 à 12": a verb
	// of winning, then its opponent's long name, in one stretch of words
	return p.resultVerbBefore(i, 12)
}

// resultVerbBefore: a verb of winning or losing stands in the n words
// before token i, with no punctuation between but a hyphen or an
// apostrophe.
func (p *parser) resultVerbBefore(i, n int) bool {
	for k := 1; k <= n && i-k >= 0; k++ {
		if s := p.sym(i - k); s != "" && s != "-" && s != "'" && s != "’" {
			return false
		}
		if w := p.word(i - k); winVerbs[w] || loseVerbs[w] {
			return true
		}
	}
	return false
}

// setScoresBefore: the pair at i continues a bracketed list of set
// scores that a pair running down opened, "(25-21, 22-25": the sets of
// one match, won and lost.
func (p *parser) setScoresBefore(i int) bool {
	if p.sym(i-1) != "," {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-24; k-- {
		switch {
		case p.sym(k) == "(":
			return p.num(k+1) != nil && (p.sym(k+2) == "-" || p.sym(k+2) == "–") && p.num(k+3) != nil && atoiSafe(p.toks[k+1].text) > atoiSafe(p.toks[k+3].text)
		case p.num(k) != nil || p.sym(k) == "-" || p.sym(k) == "–" || p.sym(k) == ",":
		default:
			return false
		}
	}
	return false
}

// resultWord: a word that tells a match's result, any tense of "battre"
// included ("battaient", "battra").
func resultWord(w string) bool {
	return resultWords[w] || strings.HasPrefix(w, "batt") && !strings.HasPrefix(w, "batteri") && !strings.HasPrefix(w, "batteur")
}

var resultWords = map[string]bool{"imposé": true, "imposée": true, "impose": true, "imposent": true, "imposant": true, "emportant": true, "battu": true,
	"battue": true, "bat": true, "remporté": true, "remporte": true, "incliné": true, "inclinée": true, "incline": true, "emporté": true, "emporte": true,
	"remportée": true, "remportés": true, "remportées": true, "remportant": true, // "la finale, remportée 39 à 33 par Toulouse"
	"victoire": true, "défaite": true, "score": true, "beat": true, "beaten": true, "lost": true, "won": true, "defeated": true,
	"lead": true, "led": true, "leading": true, "trailing": true, "trailed": true, "scoreline": true, "scoreboard": true,
	"battant": true, "beating": true, "perdu": true, "perdue": true, "perdus": true, "perdues": true, "losing": true, "dominant": true, // "en battant Kielce 33 à 29", "après avoir perdu 27-30", "la réception de Toulouse, perdue 20-23"
	"gagné": true, "gagnée": true, "gagnent": true, "gagnant": true, // "les Celtics ont gagné 118 à 109"
	"incliner": true, "imposer": true, "battre": true, "emporter": true, "gagner": true, "perdre": true, // "avant de s'incliner 28-35"
	"dominé": true, "dominée": true, "écrasé": true, "écrasée": true, "étrillé": true, "étrillée": true, "surclassé": true, "surclassée": true,
	"écrasant": true, "écrase": true, "étrillant": true, "surclassant": true, "renversé": true, "renversée": true, "renverse": true, "renversant": true, // "en écrasant Northampton 45 à 14"
	"crushed": true, "thrashed": true, "routed": true, "edged": true, "downed": true,
	"avantage": true, "mené": true, "menés": true, "menée": true, "menées": true, "menaient": true, "mènent": true, "menait": true, "mène": true, "pause": true, "mi-temps": true, "half-time": true, "halftime": true}

func (p *parser) noScore(i, end int) bool {
	after := p.word(end)
	if p.sym(end) == "-" && p.glued(end) && p.glued(end+1) {
		after = p.word(end + 1) // "a 5-7-day operation": the period joined by a hyphen
	}
	owner := p.word(i - 1)
	if p.sym(i-1) == "." && rangeOwnerAbbr[p.word(i-2)] {
		owner = "pages" // "paras. 4-6", "pp. 12-14": parts of a document, not a score
	}
	return periodUnit[after] != "" || after == "fois" || after == "times" || after == "percent" || p.rangeOwner(owner)
}

// rangeOwnerAbbr shorten the parts of a document a range may run over.
var rangeOwnerAbbr = map[string]bool{"paras": true, "para": true, "pp": true, "par": true, "art": true, "arts": true, "sect": true, "secs": true, "chap": true, "ch": true}

// pageWords name the parts of a document a range of numbers runs over.
var pageWords = map[string]bool{"pages": true, "page": true, "lines": true, "paragraphs": true, "sections": true, "clauses": true, "folios": true}

// shortHigh writes the high end of a span in full when it gives only the
// last digits of the low end's, "779-80" for 779 to 780.
func shortHigh(lo, hi Mention) Mention {
	if lo.Kind != Cardinal || hi.Kind != Cardinal || lo.Word || hi.Word || len(hi.Value) >= len(lo.Value) {
		return hi
	}
	l, h := atoiSafe(lo.Value), atoiSafe(hi.Value)
	mod := 1
	for range len(hi.Value) {
		mod *= 10
	}
	if full := l - l%mod + h; full > l {
		hi.Value = itoa(full)
	}
	return hi
}

// voteVerbs say a tally of votes follows them: "voted 97 to 63",
// "approved 312 to 201".
var voteVerbs = map[string]bool{"voted": true, "vote": true, "votes": true, "approved": true, "passed": true, "adopted": true,
	"rejected": true, "defeated": true, "carried": true}

// lessThan: a's value is below b's.
func lessThan(a, b Mention) bool {
	x, y := a.Rat(), b.Rat()
	return x != nil && y != nil && x.Cmp(y) < 0
}

// amidSetScores: the pair at i..end-1 is listed, comma apart, beside a
// pair that runs down ("25-21, 22-25"), as only a list of set or period
// scores does; a list of spans never runs down.
func (p *parser) amidSetScores(i, end int) bool {
	falling := func(a int) bool {
		x, y := p.num(a), p.num(a+2)
		return x != nil && y != nil && p.sym(a+1) == "-" && p.glued(a+1) && p.glued(a+2) && atoiSafe(p.tokText(a)) > atoiSafe(p.tokText(a+2)) && atoiSafe(p.tokText(a)) < 100
	}
	return p.sym(i-1) == "," && falling(i-4) || p.sym(end) == "," && falling(end+1)
}
