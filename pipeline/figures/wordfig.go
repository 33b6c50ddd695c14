package figures

import (
	"math/big"
	"strings"
)

// wordFigure reads figures led by words: collective nouns, vague
// plurals, fractions, multipliers, ordinal words, Q3 (N8, N11, N18).
func (p *parser) wordFigure(i int) (*Mention, int) {
	if p.toks[i].kind == tNum {
		return nil, 0
	}
	for _, rec := range [...]func(*parser, int) (*Mention, int){(*parser).fromEndAt, (*parser).everyScaleAt, (*parser).thirdWorldAt, (*parser).rankGroupAt, (*parser).seasonAt, (*parser).matchMinuteAt, (*parser).periodAt, (*parser).phraseAt,
		(*parser).dozensAt, (*parser).collectiveAt, (*parser).vagueAt, (*parser).fractionAt, (*parser).multiplierAt,
		(*parser).ordinalWordAt, (*parser).quarterAt, (*parser).impliedAt, (*parser).onlyOneAt, (*parser).zeroDegreesAt, (*parser).symbolicAt, (*parser).relativeDayAt, (*parser).aFirstAt, (*parser).periodAdjAt, (*parser).firstlyAt,
		(*parser).groupSizeAt} {
		if m, n := rec(p, i); n > 0 {
			return m, n
		}
	}
	return nil, 0
}

// dozensAt: "two dozen", "deux douzaines", "three dozen eggs": so many
// twelves; "huit dizaines": some eighty; "deux milliers": two thousand.
func (p *parser) dozensAt(i int) (*Mention, int) {
	w, next := p.word(i), p.word(i+1)
	if next != "dozen" && next != "douzaines" && next != "dizaines" && next != "centaines" && next != "milliers" || w == "a" || w == "un" || w == "une" {
		return nil, 0
	}
	v, ok := p.atomValue(w)
	if !ok || v < 2 || v > 12 {
		return nil, 0
	}
	if size := countedHundreds[next]; size != 0 {
		// "deux milliers de kilomètres carrés": two thousand km², in its unit
		m, n := p.collectiveRest(Mention{Kind: Cardinal, Value: itoa(int(v * size)), Word: true}, i)
		return ptr(m), n
	}
	if next == "dizaines" {
		return &Mention{Kind: Approx, Value: itoa(int(v * 10)), Comparator: CmpApprox, Word: true}, 2
	}
	return &Mention{Kind: Cardinal, Value: itoa(int(v * 12)), Word: true}, 2
}

// countedHundreds are the plural hundreds and thousands a number counts.
var countedHundreds = map[string]int64{"centaines": 100, "milliers": 1000}

// collectiveAt: une vingtaine ~ 20, un millier ~ 1000, a dozen, une
// quinzaine de jours (about two weeks).
func (p *parser) collectiveAt(i int) (*Mention, int) {
	if p.lang == English {
		return p.dozenAt(i)
	}
	// "une vingtaine", and with a determiner: "la trentaine de migrants".
	if w := p.word(i); w != "une" && w != "un" && w != "la" && w != "cette" && !((w == "au" || w == "le" || w == "du") && p.word(i+1) == "millier" && p.word(i+2) == "de") &&
		!(w == "le" && p.word(i+1) == "millier" && p.word(i+2) == "" && p.word(i-1) != "") {
		return nil, 0 // ("au millier de régimes": the thousand or so; "qu'il ne dépasse le millier": a thousand)
	}
	q, cmp := collectiveQualifier(p.word(i + 1))
	if q {
		i++ // "une bonne dizaine", "une petite centaine": the qualifier says which side
	}
	v, ok := frCollective[p.word(i+1)]
	if w := p.word(i + 1); !ok && (p.word(i) == "une" || p.word(i) == "un") && strings.HasSuffix(w, "s") {
		v, ok = frCollective[strings.TrimSuffix(w, "s")] // "une douzaines de constitutions": a slip of the pen
	}
	if !ok {
		return nil, 0
	}
	m := Mention{Kind: Approx, Value: itoa(int(v)), Comparator: cmp, Word: true}
	if p.word(i+1) == "quarantaine" && p.word(i+2) != "de" && p.word(i+2) != "d'" && (p.word(i) == "la" || p.word(i+2) != "") {
		m.style = "fixed" // "la quarantaine" alone, "une quarantaine sanitaire": as often the quarantine as forty ("il y en a une quarantaine." counts)
	}
	m, n := p.collectiveRest(m, i)
	if q {
		n++
		if cmp == CmpNearly {
			m.style = "small" // "just under 100" says it as well as "nearly 100"
		}
	}
	return ptr(m), n
}

// collectiveQualifier reads the adjective of "une bonne dizaine" (a
// good ten, at least ten), "une grosse vingtaine" (twenty-odd), "une
// petite centaine", "un petit millier" (nearly a hundred, a thousand).
func collectiveQualifier(w string) (bool, Comparator) {
	switch w {
	case "bonne", "grosse", "large", "bon", "gros":
		return true, CmpGE
	case "petite", "courte", "petit":
		return true, CmpNearly
	}
	return false, CmpApprox
}

// collectiveRest reads what follows "une dizaine" at i: the fortnight,
// a scale, a unit or a currency.
func (p *parser) collectiveRest(m Mention, i int) (Mention, int) {
	if p.word(i+1) == "quinzaine" && p.word(i+2) == "de" && (p.word(i+3) == "jours" || p.word(i+3) == "jour") {
		m.Alt, m.Head = "fortnight", "jours"
		return m, 4
	}
	if p.word(i+1) == "huitaine" && p.word(i+2) == "de" && (p.word(i+3) == "jours" || p.word(i+3) == "jour") {
		m.Alt, m.Head = "week", "jours" // "une huitaine de jours": about a week, or about eight days
		return m, 4
	}
	if p.word(i+1) == "quinzaine" && (p.word(i) == "la" || p.word(i) == "cette") && p.word(i+2) != "de" && p.word(i+2) != "d'" {
		m.Alt, m.Head = "fortnight", "jours" // "le match le plus long de la quinzaine": the fortnight of a tournament, a length of no count
		return m, 2
	}
	if p.word(i+1) == "douzaine" {
		m.style = "dozen"
	}
	n := 2
	if e, ok := collectiveScale[p.word(i+3)]; ok && p.word(i+2) == "de" {
		// "une dizaine de milliers" is some 10,000
		m.Value, m.Scale, n = m.Value+strings.Repeat("0", e), p.word(i+3), 4
	}
	if de := p.word(i + n); de == "de" || de == "d'" {
		// "une quarantaine de kilomètres" is some 40 kilometres
		if u, k := p.unitAt(i + n + 1); k > 0 {
			m.Kind, m.Unit = Quantity, u
			return m, n + 1 + k
		}
		if c, k := p.currencyAfter(i + n + 1); k > 0 {
			m.Kind, m.Unit = Money, c
			return m, n + 1 + k
		}
		if w := p.word(i + n + 1); w == "centimes" || w == "cents" {
			// "une dizaine de centimes par litre": some ten cents, as "10 centimes" reads
			if v, ok := new(big.Rat).SetString(m.Value); ok {
				m.Kind, m.Unit, m.Value = Money, centUnit, canonical(v.Quo(v, big.NewRat(100, 1)))
				return m, n + 2
			}
		}
		if p.word(i+n+1) == "fois" {
			// "une quarantaine de fois moins": some forty times, a factor
			return m, n + 1 + p.timesAfter(&m, i+n+1)
		}
		if p.words(i+n+1, "pour", "cent") || p.sym(i+n+1) == "%" {
			// "d'une vingtaine de pour cent": some 20%
			m.Kind, m.Unit = Percent, "%"
			return m, n + 2 + boolInt(p.word(i+n+1) == "pour")
		}
	}
	return m, n
}

// collectiveScale are the scale nouns a collective may count.
var collectiveScale = map[string]int{"milliers": 3, "millions": 6, "milliards": 9}

// bareDozen reads "dozen" at i with no "a" before it: "the dozen or so
// battleground states", "the dirty dozen", "some dozen years ago".
func (p *parser) bareDozen(i int) (*Mention, int) {
	if p.words(i+1, "or", "so") || p.words(i+1, "or", "more") {
		// "the dozen or so battleground states", "the country's dozen or
		// more parties": "la douzaine de partis"
		c := CmpApprox
		if p.word(i+2) == "more" {
			c = CmpGE
		}
		return &Mention{Kind: Approx, Value: "12", Comparator: c, Word: true}, 3
	}
	if p.theDozen(i) {
		return &Mention{Kind: Approx, Value: "12", Comparator: CmpApprox, Word: true}, 1 // "the dirty dozen list": "la douzaine de substances"
	}
	if w := p.word(i - 1); w == "some" || w == "another" {
		// "some dozen years ago": about twelve; "expects another dozen"
		// for "en attend 12 autres"
		return &Mention{Kind: Approx, Value: "12", Comparator: CmpApprox, Word: true}, 1
	}
	return nil, 0
}

// theDozen: "dozen" at i after "the" and at most two adjectives that
// are no numbers ("the dirty dozen", "the international dirty dozen
// list"): a group of twelve.
func (p *parser) theDozen(i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		w := p.word(k)
		if w == "the" {
			return p.word(k-1) != "by" // ("power stations by the dozen": many)
		}
		if _, number := p.atomValue(w); number || w == "" || p.num(k) != nil {
			return false
		}
	}
	return false
}

// dozenAt: "a dozen", "half a dozen", "a couple of hundred", "a fortnight"
// ("two dozen" is dozensAt's).
func (p *parser) dozenAt(i int) (*Mention, int) {
	if p.words(i, "a", "dozen") {
		return &Mention{Kind: Approx, Value: "12", Comparator: CmpApprox, Word: true}, 2
	}
	if p.word(i) == "dozen" {
		return p.bareDozen(i)
	}
	if p.words(i, "a", "half") {
		if e, ok := p.scaleOf(p.word(i + 2)); ok && e >= 6 {
			// "a half trillion dollar debt": half of the scale, as "a half-billion" is
			m := Mention{Kind: Cardinal, Value: canonical(new(big.Rat).Mul(big.NewRat(1, 2), pow10(e))), Word: true}
			if c := p.currencyAt(i + 3); c != "" {
				m.Kind, m.Unit = Money, c
				return ptr(m), 4
			}
			return ptr(m), 3
		}
	}
	if a := 3 - boolInt(!p.words(i, "a", "couple", "of")); a == 3 || p.words(i, "couple", "of") && (p.word(i-1) == "last" || p.word(i-1) == "past" || p.word(i-1) == "the" || p.word(i-1) == "another") {
		// ("the couple of thousand volunteers" for "les quelque 2 000 bénévoles")
		if e, ok := p.scaleOf(p.word(i + a)); ok && e >= 2 && e <= 9 {
			// "a couple of hundred dollars", "the last couple of hundred years": about two hundred
			n := a + 1
			if e2, ok := p.scaleOf(p.word(i + n)); ok && e == 2 && e2 >= 3 {
				e, n = e+e2, n+1 // "a couple of hundred million": about 200 million
			}
			m := Mention{Kind: Approx, Value: canonical(new(big.Rat).Mul(big.NewRat(2, 1), pow10(e))), Comparator: CmpApprox, Word: true, Vague: true}
			if c := p.currencyAt(i + n); c != "" {
				m.Kind, m.Unit = Money, c
				return ptr(m), n + 1
			}
			return ptr(m), n
		}
	}
	if p.words(i, "half", "a", "dozen") || p.words(i, "a", "half", "dozen") {
		return &Mention{Kind: Approx, Value: "6", Comparator: CmpApprox, Word: true}, 3 // ("a half dozen times")
	}
	if w := p.word(i); w == "half-dozen" && p.word(i-1) == "a" {
		return &Mention{Kind: Approx, Value: "6", Comparator: CmpApprox, Word: true}, 1 // "a half-dozen"
	}
	if p.words(i, "a", "fortnight") {
		return &Mention{Kind: Cardinal, Value: "2", Head: "weeks", Word: true, Alt: "weeks"}, 2
	}
	if k := p.coupleOf(i); k > 0 {
		// "a couple of weeks ago" for "il y a une quinzaine de jours",
		// "the last couple of years" for "ces deux dernières années":
		// about two, said of a period; compared when paired, else dropped
		return &Mention{Kind: Cardinal, Value: "2", Head: p.word(i + k), Word: true, Alt: p.word(i + k), Comparator: CmpApprox, style: "idiom"}, k + 1
	}
	if w := p.word(i); (w == "fortnight" || strings.HasPrefix(w, "fortnight-")) && p.num(i-1) == nil && !(monthHalf[p.word(i-1)] && p.word(i+1) == "of") {
		// "the fortnight-long holiday", "over the past fortnight"
		return &Mention{Kind: Cardinal, Value: "2", Head: "weeks", Word: true, Alt: "weeks"}, 1
	}
	return nil, 0
}

// coupleOf: "a couple of" before a noun ("a couple of children" for
// "deux enfants"), or "the last couple of" before a period noun; the
// tokens up to that noun.
func (p *parser) coupleOf(i int) int {
	k := 0
	switch {
	case p.words(i, "a", "couple", "of"):
		k = 3
	case p.words(i, "couple", "of") && (p.word(i-1) == "last" || p.word(i-1) == "past" || p.word(i-1) == "next"):
		k = 2
	}
	if k == 0 || p.word(i+k) == "" || p.num(i+k) != nil || unitWords[p.word(i+k)] != "" || enWeekdays[strings.TrimSuffix(p.word(i+k), "s")] != 0 {
		return 0 // ("a couple of miles" for two kilometres, "a couple of Fridays ago" for two weeks: other things)
	}
	if h := p.word(i + k); periodUnit[h] == "" && k == 2 {
		return 0 // ("the last couple of years"; "last couple of times" is no count of them)
	}
	return k
}

// monthHalf are the words that make "fortnight" a half of a month, as
// "la première quinzaine d'octobre": "the first fortnight of October"
// names a part of the month, no count of weeks ("its first fortnight in
// cinemas" is two weeks).
var monthHalf = map[string]bool{"first": true, "second": true, "last": true, "final": true}

// vagueAt: des milliers, des centaines, quelques centaines (after a
// hedge), thousands of, a few hundred (N8).
func (p *parser) vagueAt(i int) (*Mention, int) {
	k := 0
	if w := p.word(i); w == "des" || w == "de" && p.lang == French {
		k = 1
	}
	w := p.word(i + k)
	if v, ok := multiScale[w]; ok && p.lang == English {
		// "a multi-million pound fine": vague, and money when a currency follows
		m := Mention{Kind: Approx, Value: itoa(int(v)), Unit: "vague", Vague: true, Word: true}
		if c := p.currencyAt(i + 1); c != "" {
			m.Kind, m.Unit = Money, c
			return ptr(m), 2
		}
		return ptr(m), 1
	}
	table := frVague
	if p.lang == English {
		table = enVague
	}
	v, ok := table[w]
	prev := p.word(i - 1)
	if !ok && (prev == "quelques" || prev == "plusieurs" || prev == "few" || prev == "several") {
		e, ok2 := p.scaleOf(w)
		if !ok2 || k == 1 {
			return nil, 0
		}
		v, ok = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil).Int64(), true
	}
	if !ok || k == 0 && p.lang == French && prev != "quelques" && prev != "plusieurs" && !strings.HasSuffix(w, "s") {
		return nil, 0
	}
	if p.lang == French && k == 0 && prev != "quelques" && prev != "plusieurs" && prev != "les" && prev != "aux" && prev != "ces" {
		return nil, 0
	}
	if p.lang == English && w == "thousands" && p.word(i+k+1) == "of" && p.word(i+k+2) == "millions" {
		// the British "thousands of millions": billions
		return &Mention{Kind: Approx, Value: "1000000000", Unit: "vague", Vague: true, Word: true}, k + 3
	}
	return &Mention{Kind: Approx, Value: itoa(int(v)), Unit: "vague", Vague: true, Word: true}, k + 1
}

// halfNames are the nouns "half" names a kind of, not a share of.
var halfNames = map[string]bool{"marathon": true, "marathoner": true, "pipe": true, "brother": true, "sister": true, "volley": true,
	"nelson": true, "back": true, "term": true, "board": true, "moon": true, "court": true, "measure": true}

// halfAgain reads "half as many again as September's" and "half again as
// much": one and a half times, not a half.
func (p *parser) halfAgain(i int) (*Mention, int) {
	if p.lang != English || p.word(i) != "half" {
		return nil, 0
	}
	n := 0
	switch {
	case p.word(i+1) == "as" && p.word(i+3) == "again":
		n = 4
	case p.words(i+1, "again", "as"):
		n = 2
	default:
		return nil, 0
	}
	return &Mention{Kind: Multiplier, Value: "1.5", Word: true, style: "factor"}, n
}

// fractionAt: la moitié, un tiers, trois quarts, half, a third, two-thirds.
func (p *parser) fractionAt(i int) (*Mention, int) {
	k, num := 0, int64(1)
	w := p.word(i)
	for _, rec := range [...]func(*parser, int) (*Mention, int){(*parser).byHalf, (*parser).halfPriceAt, (*parser).halfUnit, (*parser).frHyphenFraction, (*parser).frHalfPercent, (*parser).halfAgain} {
		if m, n := rec(p, i); n > 0 {
			return m, n
		}
	}
	if v, ok := p.atomValue(w); ok && v > 1 && v < 10 {
		k, num = 1, v
	} else if p.fractionLead(i) {
		k = 1
	}
	if m, n := p.distributive(i); n > 0 {
		return m, n
	}
	table := frFraction
	if p.lang == English {
		table = enFraction
	}
	k, cmp := p.fractionQualifier(i, k, num, table)
	f, ok := table[p.word(i+k)]
	if !ok {
		m, n := p.nthHedged(i, k, num, cmp)
		n += p.ofAPoint(m, i, n)
		return m, n
	}
	nx := p.word(i + k + 1)
	if num > 1 && p.lang == English && p.word(i+k) == "quarters" && (nx != "of" || periodLead[p.word(i-1)] && p.word(i-1) != "or" || quarterStates[p.word(i+k+2)]) && (num == 2 || periodLead[p.word(i-1)] || inRowWord[nx] || p.words(i+k+1, "in", "a", "row") || quarterStates[p.word(i+k+2)]) {
		// "the next one or two quarters", "three consecutive quarters", "the
		// first two quarters of 1997", "three quarters in a row": a year's, counted ("deux prochains trimestres")
		return &Mention{Kind: Cardinal, Value: itoa(int(num)), Head: "quarters", Word: true}, k + 1
	}
	if num > 1 {
		if f != [2]int64{1, 3} && f != [2]int64{1, 4} || num >= f[1] {
			return nil, 0 // deux tiers, trois quarts only
		}
		f[0] = num
	}
	if p.rankNotFraction(i, k, num, f) || p.lang == English && (f == [2]int64{1, 4} || f == [2]int64{1, 2}) && num == 1 && p.scaleWordAt(i+k+1) {
		return nil, 0 // ("a quarter million", "a half billion": one amount, read by demiScale)
	}
	if p.lang == French && p.frNoFraction(i, k) {
		return nil, 0
	}
	if p.lang == English && p.word(i+k) == "half" && halfNames[strings.TrimSuffix(nx, "s")] {
		return nil, 0 // "the half marathon", "a half brother": a name, as French says "semi-marathon"
	}
	if k == 0 && (p.lang == French || p.word(i) != "half" && !strings.Contains(p.word(i), "-") && !p.bareShare(i) && !p.goodShare(i) && !p.partOfUnit(i) && !p.ofScaleAt(i+1)) {
		return nil, 0
	}
	v := big.NewRat(f[0], f[1])
	if m, n := p.fractionOfMillion(i, k, v, cmp); n > 0 {
		return m, n
	}
	m := Mention{Kind: Fraction, Value: canonical(v), Word: true, Comparator: cmp}
	if cmp == CmpNearly {
		m.style = "small" // "une petite moitié": "just under half", "less than half"
	}
	p.ordinalReading(i, k, f, &m)
	if m.Kind == Fraction && p.fractionOfChange(i, k) {
		m.style = "change"
	}
	n := k + 1
	n += p.ofAPoint(&m, i, n)
	return ptr(m), n
}

// ofAPoint reads the fraction m (n tokens from i) told of a point: "a
// tenth of a point above the average", "un dixième de point": a gap of
// 0.1 points, as "0.1 point" says it. It returns the tokens it adds.
func (p *parser) ofAPoint(m *Mention, i, n int) int {
	if n == 0 || m.Kind != Fraction {
		return 0
	}
	k := p.pointTail(i + n)
	if k == 0 {
		return 0
	}
	m.Kind, m.Unit, m.style = Quantity, "pts", ""
	if p.percentContext(i + n + k - 1) {
		m.Kind, m.Unit = PercentPoint, "pt" // of a rate: percentage points, as "0.1 point" of a rate reads
	}
	return k
}

// fractionLead: the word at i stands before a fraction as its article:
// "la moitié", "a third", "another quarter of a billion dollars", "the
// quarter of a million Quebeckers", "du quart de million".
func (p *parser) fractionLead(i int) bool {
	w := p.word(i)
	return fractionArticle(p.lang, w) ||
		w == "à" && p.lang == French && p.word(i+1) == "moitié" && p.word(i+2) != "prix" || // "financé à moitié par l'État": half of it
		(w == "another" || w == "the") && p.lang == English && p.words(i+2, "of", "a") && p.scaleWordAt(i+4) ||
		w == "du" && p.lang == French && p.word(i+2) == "de" && p.scaleWordAt(i+3) ||
		w == "du" && p.lang == French && dirOf(p.word(i-1)) != 0 && (p.word(i+1) == "tiers" || p.word(i+1) == "quart") || // "il a diminué du tiers": by a third
		w == "du" && p.lang == French && (p.word(i+1) == "tiers" || p.word(i+1) == "quart") && p.wholeOpensAt(i+2+boolInt(p.word(i+2) == "environ")) || // "le décès du tiers de tous ceux qui attendent", "du tiers des projets", "du quart environ de la fonction publique" ("du tiers de confiance" is a third party)
		w == "du" && p.lang == French && hedgeBefore[p.word(i-1)] && frOrdinals[p.word(i+1)] >= 5 && frOrdinals[p.word(i+1)] <= 10 && partitives[p.word(i+2)] // "un peu plus du cinquième du montant": over a fifth
}

// wholeOpensAt: the words at i open the whole a share is of, "de la
// population", "des projets".
func (p *parser) wholeOpensAt(i int) bool {
	return p.word(i) == "de" && wholeOpeners[p.word(i+1)] || p.word(i) == "des"
}

// wholeOpeners open the whole a French share is taken of: "du tiers de
// tous ceux", "du quart de la population".
var wholeOpeners = map[string]bool{"tous": true, "toutes": true, "la": true, "l'": true, "ses": true, "leurs": true, "son": true,
	"sa": true, "leur": true, "ces": true, "cette": true, "ce": true, "nos": true, "vos": true, "notre": true, "votre": true}

// groupSizeAt reads the English plural of a small number, the size of
// groups: "grouped in threes and fours" for "regroupés par trois et
// quatre"; compared when paired, else dropped.
func (p *parser) groupSizeAt(i int) (*Mention, int) {
	v, ok := groupSizes[p.word(i)]
	if !ok || p.lang != English || p.capital(i) && !p.sentenceInitial(i) {
		return nil, 0 // ("schools in Fives": a capital mid-sentence names a place, Lille's Fives district)
	}
	prev, next := p.word(i-1), p.word(i+1)
	if prev != "in" && prev != "by" && prev != "and" && prev != "or" || prev == "in" && next != "and" && next != "or" && p.sym(i+1) == "" && next != "" {
		return nil, 0
	}
	return &Mention{Kind: Cardinal, Value: itoa(v), Word: true, style: "idiom"}, 1
}

// groupSizes are the plurals of small numbers that name a group's size.
var groupSizes = map[string]int{"twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6}

// goodShare: "a good third of", "a full quarter of": a share, the hedge
// "a good" before it taking its article.
func (p *parser) goodShare(i int) bool {
	if p.lang != English || !p.words(i-2, "a", "good") && !p.words(i-2, "a", "full") {
		return false
	}
	return goodShareAfter[p.word(i+1)] || // "a good third more than in June": a share of a change
		p.word(i+1) == "of" && p.word(i+2) != "an" && p.word(i+2) != "a" // ("a good quarter of an hour" is a length of time)
}

// goodShareAfter follow a hedged share that sizes a change.
var goodShareAfter = map[string]bool{"more": true, "less": true, "fewer": true, "higher": true, "lower": true, "above": true, "below": true}

// nthHedged reads a fraction named by an ordinal with the qualifier
// before it: "un bon cinquième" is at least a fifth.
func (p *parser) nthHedged(i, k int, num int64, cmp Comparator) (*Mention, int) {
	m, n := p.nthAt(i, k, num)
	if n > 0 {
		p.frOrdinalReading(i, k, m)
	}
	if n > 0 && cmp != CmpNone {
		m.Comparator = cmp
	}
	return m, n
}

// fractionOfMillion reads "un quart de million d'enfants": 250,000, as
// "a quarter of a million".
func (p *parser) fractionOfMillion(i, k int, v *big.Rat, cmp Comparator) (*Mention, int) {
	if e, ok := p.scaleOf(p.word(i + k + 2)); ok && e >= 6 && p.lang == French && p.word(i+k+1) == "de" {
		// the fraction as a mention holds it (twelve places), as "a third of a million" is computed
		f, _ := new(big.Rat).SetString(canonical(v))
		m := Mention{Kind: Cardinal, Value: canonical(f.Mul(f, pow10(e))), Word: true, Comparator: cmp}
		if cur, n := p.currencyAfter(i + k + 3); cur != "" {
			m.Kind, m.Unit = Money, cur // "un tiers de million de dollars": a third of a million dollars
			return ptr(m), k + 3 + n
		}
		return ptr(m), k + 3
	}
	return nil, 0
}

// scaleWordAt: the word at i is a scale word, million or more.
func (p *parser) scaleWordAt(i int) bool {
	e, ok := p.scaleOf(p.word(i))
	return ok && e >= 6
}

// fractionOfUnit follow a fraction that measures something else: "by a
// quarter point", "by half a percentage point", "by a third of its value".
var fractionOfUnit = map[string]bool{"point": true, "points": true, "percentage": true, "of": true, "a": true, "an": true}

// byHalf reads a half said without an article: "une hausse de moitié",
// "réduit de moitié", "halved" (by half), "financés pour moitié par le
// département" (half of it).
func (p *parser) byHalf(i int) (*Mention, int) {
	w := p.word(i)
	if p.lang == English && (w == "halved" || w == "halving" || w == "halve") {
		return &Mention{Kind: Fraction, Value: "0.5", Word: true, style: "change"}, 1 // a fall by half (direction)
	}
	if p.lang == English && (w == "near-halving" || w == "near-halved") {
		return &Mention{Kind: Fraction, Value: "0.5", Word: true, style: "change", Comparator: CmpNearly}, 1 // "a near-halving of sales": "de près de moitié"
	}
	if p.lang == French && w == "moitié" && (p.word(i+1) == "moins" || p.word(i+1) == "plus") && p.word(i-1) != "la" && p.word(i-1) != "une" && p.word(i+2) != "un" && p.word(i+2) != "une" {
		// "moitié moins que l'an dernier": half as much, a factor as
		// "deux fois moins"; "moitié plus" is half as much again
		// ("la moitié plus un" is a majority)
		v := "0.5"
		if p.word(i+1) == "plus" {
			v = "1.5"
		}
		return &Mention{Kind: Multiplier, Value: v, Word: true}, 2
	}
	if p.lang == French && w == "de" && p.word(i+2) == "de" && p.word(i+3) == "moitié" && p.word(i-1) != "la" {
		// "baissé de près de moitié", "de plus de moitié": the hedge sits
		// between the "de" of the change and the half
		switch p.word(i + 1) {
		case "près":
			return &Mention{Kind: Fraction, Value: "0.5", Word: true, Comparator: CmpNearly}, 4
		case "plus":
			return &Mention{Kind: Fraction, Value: "0.5", Word: true, Comparator: CmpGT}, 4
		}
	}
	if p.lang == French && w == "de" && p.word(i+1) == "moitié" && p.word(i-1) != "la" {
		return &Mention{Kind: Fraction, Value: "0.5", Word: true}, 2
	}
	if p.lang == French && w == "moitié" && p.word(i-1) == "pour" {
		return &Mention{Kind: Fraction, Value: "0.5", Word: true, ofWhat: true}, 1
	}
	return nil, 0
}

// fractionArticle: w may stand before a fraction word ("a third", "la
// moitié", "au tiers").
func fractionArticle(lang Lang, w string) bool {
	if lang == French {
		return w == "la" || w == "un" || w == "une" || w == "le" || w == "au" || w == "autre" // "charger qu'au tiers de leur capacité", "l'autre moitié"
	}
	return w == "a" || w == "an" || w == "one" // "an eighth of"
}

// ordinalNext after "a third", "a fourth" make them ordinals: a third
// consecutive win, a fourth straight year.
var ordinalNext = map[string]bool{"consecutive": true, "straight": true, "successive": true, "running": true,
	"place": true, "round": true, "term": true, "day": true, "year": true, "week": true, "month": true, "match": true, "game": true}

// nounNext: the word at j is a thing that comes in turn, which an
// ordinal counts ("a third night in a row", "a fifth term"), not what a
// fraction is of ("a third of", "a third more").
func (p *parser) nounNext(j int) bool {
	if p.yearOnYear(j) {
		return false // "fell by a third year on year": a share, then when
	}
	return ordinalNext[p.word(j)] || inTurn[p.word(j)]
}

// inTurn are things that come one after another, counted by an ordinal.
var inTurn = map[string]bool{"night": true, "evening": true, "morning": true, "weekend": true, "season": true,
	"edition": true, "attempt": true, "try": true, "bid": true, "session": true, "meeting": true, "leg": true,
	"stage": true, "race": true, "win": true, "victory": true, "defeat": true, "loss": true, "title": true,
	"goal": true, "child": true, "son": true, "daughter": true, "film": true, "album": true, "book": true,
	"novel": true, "mandate": true, "lockdown": true, "wave": true, "strike": true, "walkout": true,
	"hearing": true, "trial": true, "vote": true, "ballot": true, "appearance": true, "start": true,
	"summit": true, "visit": true, "tour": true, "party": true, "world": true, "way": true,
	"generation": true, "wife": true, "husband": true, "marriage": true, "hour": true, "minute": true,
	// what is built, opened or dealt out one after another
	"plant": true, "factory": true, "site": true, "school": true, "reactor": true, "runway": true,
	"terminal": true, "line": true, "phase": true, "dose": true, "jab": true, "injection": true,
	"referendum": true, "election": true, "mission": true, "store": true, "shop": true, "hospital": true,
	"chance": true, "plan": true, "package": true, "bridge": true, "tunnel": true, "airport": true,
	"complaint": true, "lawsuit": true, "offer": true, "bill": true, "storm": true, "attack": true,
	"route": true, "lane": true, "link": true, "connection": true, "flight": true, "service": true, "office": true, "branch": true,
	"outbreak": true, "instalment": true, "tranche": true, "victim": true, "suspect": true, "candidate": true}

func ordinalLike(w string) bool {
	_, ok := enOrdinals[w]
	return ok
}

var multiplierWords = map[string]string{
	"doublé": "2", "doublée": "2", "doublés": "2", "doubler": "2", "doublera": "2", "doublement": "2",
	"triplé": "3", "triplée": "3", "tripler": "3", "triplera": "3", "quadruplé": "4", "quadrupler": "4",
	"triplement": "3", "quadruplement": "4", "décuplement": "10", // "soit un triplement depuis janvier"
	"doublait": "2", "doublaient": "2", "doublerait": "2", "doubleraient": "2", "doubla": "2", "doublèrent": "2",
	"triplait": "3", "triplaient": "3", "triplerait": "3", "tripla": "3",
	"doublant": "2", "triplant": "3", "quadruplant": "4", "quadruplée": "4", "quadruplera": "4",
	"quintuplé": "5", "quintuplée": "5", "quintupler": "5", "quintuplant": "5", "quintuplera": "5",
	"décuplé": "10", "décuplée": "10", "décupler": "10", "décuplant": "10", "décuplera": "10", "décuplait": "10",
	"centuplé": "100", "centuplée": "100", "centupler": "100", "centuplant": "100",
	"doublées": "2", "triplés": "3", "triplées": "3", "quadruplés": "4", "quadruplées": "4", // "des peines doublées"
	"quintuplés": "5", "quintuplées": "5", "décuplés": "10", "décuplées": "10",
	"quintupled": "5", "quintupling": "5", "treble": "3",
	"twice": "2", "thrice": "3", "doubled": "2", "doubling": "2", "doubles": "2", "tripled": "3", "tripling": "3",
	"triples": "3", "quadrupled": "4", "trebled": "3", "trebling": "3", "trebles": "3", "quadrupling": "4", "quadruples": "4",
}

// frPresentMultipliers are the present tense of doubler, tripler: "l'AfD
// double son score"; as adjectives or nouns ("un double meurtre", "le
// double") they are no figure, hence frVerbContext.
var frPresentMultipliers = map[string]string{"double": "2", "doublent": "2", "triple": "3", "triplent": "3",
	"quadruple": "4", "quadruplent": "4"}

var multiScale = map[string]int64{"multi-million": 1e6, "multimillion": 1e6, "multi-billion": 1e9, "multibillion": 1e9}

// enMultiplierVerbs are also adjectives ("a double murder"); they are
// multipliers only where a verb stands (N18).
var enMultiplierVerbs = map[string]string{"double": "2", "triple": "3", "quadruple": "4"}

// titleMultipliers count titles: "triple champion du monde", "double
// Olympic champion" ("three-time", "two-time" in English).
var titleMultipliers = map[string]string{"double": "2", "triple": "3", "quadruple": "4", "quintuple": "5", "sextuple": "6"}

// titleNouns are the titles such a count is said of.
var titleNouns = map[string]bool{
	"champion": true, "championne": true, "champions": true, "championnes": true, "vainqueur": true,
	"vainqueurs": true, "vainqueure": true, "médaillé": true, "médaillée": true, "médaillés": true,
	"lauréat": true, "lauréate": true, "finaliste": true, "tenant": true, "tenante": true,
	"winner": true, "winners": true, "medallist": true, "medalist": true, "medallists": true,
	"finalist": true, "titleholder": true, "laureate": true, "champ": true,
}

// articles before a multiplier word make it a noun: "un doublé" (two
// goals, two titles) counts times rather than asserting a change.
var articles = map[string]bool{"un": true, "le": true, "son": true, "ce": true, "a": true, "the": true}

// bareShare: a terse "third of volumes", "still quarter of sales" with
// no article, at the start of a bullet or after an adverb, is a share as
// headlines and bullets write it; "the third of five sons", "finished
// third of 20", "the embassy quarter of Tiergarten" and "quarter of an
// hour" are not.
func (p *parser) bareShare(i int) bool {
	w := p.word(i)
	if (w == "third" || w == "quarter") && shareAdverbs[p.word(i-1)] && notNoun[p.word(i+1)] && p.word(i+1) != "of" && !rankVerbs[p.word(i-2)] {
		// ("came only third in seats": a place after its verb)
		return true // "Nearly third had been inside < 6 months": the share, its verb after it
	}
	if w != "third" && w != "quarter" || p.word(i+1) != "of" || p.num(i+2) != nil || p.word(i+2) == "" || p.word(i+2) == "a" || p.word(i+2) == "an" {
		return false
	}
	return i == 0 || p.toks[i-1].kind == tSym || shareAdverbs[p.word(i-1)]
}

var shareAdverbs = map[string]bool{"still": true, "nearly": true, "almost": true, "roughly": true, "just": true, "another": true,
	"only": true, "around": true, "about": true, "over": true, "under": true, "some": true,
	"say": true, "says": true, "said": true, "estimate": true, "estimates": true, "claim": true, "claims": true} // "unions say third of teachers struck"

// yearOnYear: "year on year" at j, which follows a share as when it was
// counted, not as the noun of an ordinal.
func (p *parser) yearOnYear(j int) bool {
	return p.words(j, "year", "on", "year") || p.word(j) == "year-on-year"
}

// fractionOfChange: the fraction at i (k article words) tells a change,
// a fact: "raising its budget by half", "a third more than the current
// deal", "un tiers de plus".
// lossVerbs say a whole lost the share after them.
var lossVerbs = map[string]bool{"lost": true, "lose": true, "loses": true, "losing": true, "shed": true, "sheds": true, "shedding": true}

func (p *parser) fractionOfChange(i, k int) bool {
	nx := p.word(i + k + 1)
	b := i - 1
	if p.lang == English && changeHedges[p.word(b)] {
		b-- // "up about three-quarters"
	}
	switch {
	case p.lang == English && (p.word(b) == "up" || p.word(b) == "down") && changeShareEnds[nx]:
		return true
	case p.lang == English && p.word(i-1) == "by" && !fractionOfUnit[nx]:
		return true
	case p.lang == English && lossVerbs[p.word(b)] && nx == "of":
		return true // "has lost a quarter of its childminders": a fall by a quarter
	case p.lang == English:
		return upAfter[nx] || downAfter[nx] // "a third below its peak"
	}
	return nx == "de" && (p.word(i+k+2) == "plus" || p.word(i+k+2) == "moins")
}

// halfUnit reads "half an inch", "half a mile", "half a tonne": half of
// a unit of measure (a period is read as a length of time, periodAt).
func (p *parser) halfUnit(i int) (*Mention, int) {
	if p.lang == English && p.words(i, "a", "half") && (p.word(i+2) == "a" || p.word(i+2) == "an") && periodUnit[p.word(i+3)] != "" {
		return &Mention{Kind: Cardinal, Value: "0.5", Head: p.word(i + 3), Word: true}, 4 // "a half a day": half a day, as spoken
	}
	if p.lang != English || p.word(i) != "half" || p.word(i+1) != "a" && p.word(i+1) != "an" {
		return nil, 0
	}
	if u, k := p.unitAt(i + 2); k == 1 && periodUnit[p.word(i+2)] == "" {
		return &Mention{Kind: Quantity, Value: "0.5", Unit: u, Word: true}, 3
	}
	return nil, 0
}

// periodLead, inRowWord: the words around "N quarters" that make them
// quarters of a year: "the next three quarters", "two straight quarters".
var periodLead = map[string]bool{"next": true, "last": true, "past": true, "previous": true, "coming": true, "first": true, "final": true, "or": true}
var inRowWord = map[string]bool{"consecutive": true, "straight": true, "running": true, "successive": true}

// thirdWorldAt reads "le tiers monde", "le Tiers-Monde" as the English
// "the Third World" says it, a third, so that "the Fourth World" is an
// error; a set phrase, dropped when the English says "developing
// countries".
func (p *parser) thirdWorldAt(i int) (*Mention, int) {
	if p.lang != French {
		return nil, 0
	}
	m := Mention{Kind: Ordinal, Value: "3", Word: true, style: "fixed"}
	k := 0
	if w := p.word(i); w == "le" || w == "du" || w == "au" {
		k = 1 // the article, which the fraction reader would take with "tiers"
	}
	switch {
	case p.word(i+k) == "tiers-monde":
		return ptr(m), k + 1
	case p.word(i+k) == "tiers" && p.word(i+k+1) == "monde":
		return ptr(m), k + 2
	}
	return nil, 0
}

// frNoFraction: French words of a fraction that name something else:
// "le cinquième" (a rank), "un quart d'heure" (a time, read elsewhere),
// "un quart de finale" (a round of eight).
func (p *parser) frNoFraction(i, k int) bool {
	w, f := p.word(i), p.word(i+k)
	if (w == "le" || w == "au") && f != "tiers" && f != "quart" || f == "quart" && (p.word(i+k+1) == "d'heure" || p.words(i+k+1, "d'", "heure")) {
		return true
	}
	return strings.HasPrefix(f, "quart") && p.words(i+k+1, "de", "finale")
}

// rankNotFraction: a fraction word that ranks: "third quarter", "first
// half", "quarter-final", and in English "a third night in a row", "a
// fifth term".
func (p *parser) rankNotFraction(i, k int, num int64, f [2]int64) bool {
	nx := p.word(i + k + 1)
	if p.lang == English && (p.word(i+k) == "quarter" || p.word(i+k) == "half") && ordinalLike(p.word(i+k-1)) || nx == "final" || nx == "finals" || nx == "time" || ordinalNext[nx] && ordinalLike(p.word(i+k)) && !p.yearOnYear(i+k+1) {
		return true
	}
	return p.lang == English && k == 1 && num == 1 && (f[0] == 1 && f[1] > 4 || f == [2]int64{1, 3}) && p.nounNext(i+k+1)
}

// partOfUnit: "quarter acre plots", "a third mile": a fraction of the
// unit after it (un quart d'acre).
func (p *parser) partOfUnit(i int) bool {
	w := p.word(i)
	return (w == "quarter" || w == "third") && unitWords[p.word(i+1)] != "" && periodUnit[p.word(i+1)] == ""
}

// fractionQualifier reads the adjective between a French article and its
// fraction: "une bonne moitié" (more than half), "une petite moitié" (a
// bit under). It returns where the fraction word is and the hedge.
func (p *parser) fractionQualifier(i, k int, num int64, table map[string][2]int64) (int, Comparator) {
	if q, c := collectiveQualifier(p.word(i + 1)); q && p.lang == French && k == 1 && num == 1 {
		if _, ok := table[p.word(i+2)]; ok {
			return 2, c
		}
		if d, ok := frOrdinals[p.word(i+2)]; ok && d >= 5 && d <= 10 && partitives[p.word(i+3)] {
			return 2, c // "un bon cinquième de la masse": at least a fifth
		}
	}
	if w := p.word(i + 1); p.lang == French && k == 1 && num > 1 && (w == "premiers" || w == "derniers") && (p.word(i+2) == "quarts" || p.word(i+2) == "tiers") {
		return 2, CmpNone // "les trois premiers quarts de son intervention": the first three-quarters
	}
	return k, CmpNone
}

// ofScaleAt: "of a million" at i, which makes a bare fraction before it
// an amount, article or not ("the festival's quarter of a million visitors").
func (p *parser) ofScaleAt(i int) bool {
	return p.words(i, "of", "a") && p.scaleWordAt(i+2)
}

// everyScaleAt: "166,000 out of every million children": the million the
// share is counted in, as "pour chaque tranche de un million" says it.
func (p *parser) everyScaleAt(i int) (*Mention, int) {
	if p.lang != English || p.word(i) != "every" || enScale[p.word(i+1)] < 6 || p.num(i-1) != nil || p.currencyAt(i+2) != "" {
		return nil, 0
	}
	return &Mention{Kind: Cardinal, Value: canonical(pow10(enScale[p.word(i+1)])), Word: true}, 2
}

// quarterStates after "two quarters of" make them a year's quarters,
// counted: "after two quarters of stagnation", "deux trimestres de
// stagnation", not half of anything.
var quarterStates = map[string]bool{"stagnation": true, "growth": true, "decline": true, "contraction": true, "recession": true,
	"losses": true, "profit": true, "profits": true, "expansion": true, "deflation": true, "inflation": true}
