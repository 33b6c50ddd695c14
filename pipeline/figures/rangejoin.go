package figures

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// joinRange shares the unit, scale and month of one end with the other:
// "de 2 à 3 milliards d'euros", "du 3 au 5 mai", "May 3-5" (N10).
func (p *parser) joinRange(lo, hi Mention, style, sep string, noScore bool) (Mention, bool) {
	if m, ok, done := p.noSpan(lo, hi, style, sep, noScore); done {
		return m, ok
	}
	if lo.Kind == Ordinal && hi.Kind == Date && hi.Date.Day != 0 {
		lo.Kind = Cardinal
	}
	if hi.Kind == Ordinal && lo.Kind == Date && lo.Date != nil && lo.Date.Day != 0 {
		hi.Kind = Cardinal // "from Sep 18th to 21st"
	}
	switch {
	case lo.Kind == Cardinal && hi.Kind == Date && hi.Date.Day != 0:
		if atoiSafe(lo.Value) >= hi.Date.Day {
			return Mention{}, false // "du 2 au 1 mai": no span of one month runs back (found by FuzzRoundTrip)
		}
		if lo = dayOf(lo, hi); lo.Kind != Date {
			return Mention{}, false
		}
	case lo.Kind == Date && lo.Date.Day != 0 && hi.Kind == Cardinal:
		if hi.Word {
			return Mention{}, false // "on 1 January to two companies": days are written in digits
		}
		if hi = dayOf(hi, lo); hi.Kind != Date {
			return Mention{}, false
		}
	case p.sharedMoney(lo, hi):
		lo, hi = p.shareMoney(lo, hi)
	case (lo.Kind == Cardinal || lo.Kind == Decimal) && (hi.Kind == Money || hi.Kind == Quantity || hi.Kind == Percent || hi.Kind == PercentPoint):
		lo = p.shareUnit(lo, hi)
	case (lo.Kind == Cardinal || lo.Kind == Decimal) && (hi.Kind == Cardinal || hi.Kind == Decimal) && (hi.Scale != "" || hi.Word && lo.Word) && lo.Scale == "":
		lo = p.shareUnit(lo, hi) // "entre 2,5 et 3,5 millions de personnes"
	case (lo.Kind == Cardinal || lo.Kind == Decimal) && hi.Kind == Multiplier && !hi.Word:
		lo.Kind = Multiplier // "10 to 200 times"
	case lo.Kind == Time && lo.Alt == "12h" && hi.Kind == Time && p.lang == English && hi.Alt != "12h":
		lo = halfOfDay(lo, hi) // "from 1:30 to 6 p.m."
	case lo.Kind == Cardinal && hi.Kind == Time && p.lang == English && hi.Alt != "12h":
		if lo = hourSpanStart(lo, hi); lo.Kind != Time {
			return Mention{}, false
		}
	}
	lo, hi = yearEnds(lo, hi)
	if class(lo.Kind) != class(hi.Kind) {
		return Mention{}, false
	}
	if lo.Kind == Date {
		withYear(&lo, hi, true)                         // "from May 3 to May 9, 2024", "d'octobre à décembre 2014": one year for both ends
		lo.Comparator, hi.Comparator = CmpNone, CmpNone // a span's end days bound nothing ("du 1 au >2 mai", a sign gone astray)
	}
	m := Mention{Kind: Range, Value: lo.Value + ".." + hi.Value, Unit: hi.Unit, Parts: []Mention{lo, hi}, style: style}
	if lo.Comparator == CmpApprox && hi.Comparator == CmpNone {
		// "~0-70": the "about" read with the first end says the range,
		// as English "about 0 to 70" does
		m.Comparator, m.Parts[0].Comparator = CmpApprox, CmpNone
	}
	return m, true
}

// shareUnit gives the low end the unit and, when it is smaller than the
// scale, the scale of the high end: "de 1,2 à 3,5 millions" runs from 1.2
// million.
func (p *parser) shareUnit(lo, hi Mention) Mention {
	if v := lo.Rat(); hi.Unit == centUnit && lo.Unit == "" && v != nil {
		lo.Value = canonical(v.Quo(v, big.NewRat(100, 1))) // "entre 20 et 50 cents": 20 cents, as cents are kept
	}
	lo.Kind, lo.Unit = hi.Kind, hi.Unit
	if hv := hi.Rat(); hi.Scale == "" && hi.Word && lo.Word && lo.Scale == "" && hv != nil && hv.Cmp(big.NewRat(1000, 1)) >= 0 {
		// "de deux à sept milliards de dollars", "entre douze et quatorze
		// mille": the words carry the scale
		if v := lo.Rat(); v != nil && v.IsInt() && v.Cmp(big.NewRat(1000, 1)) < 0 {
			sc := scaleOfHigh(hi)
			if new(big.Rat).Mul(v, sc).Cmp(hv) <= 0 {
				lo.Value = canonical(v.Mul(v, sc))
			}
		}
		return lo
	}
	if hi.Scale != "" && lo.Scale == "" {
		v, h := lo.Rat(), hi.Rat()
		if v != nil && h != nil {
			sc := p.scaleValue(hi)
			if q := new(big.Rat).Quo(h, sc); q.Cmp(big.NewRat(1000, 1)) >= 0 && q.IsInt() {
				sc = scaleOfHigh(hi) // "30 to 40 thousand million": the two words make a billion
			}
			e := new(big.Rat).Quo(h, sc)
			if v.Cmp(e) <= 0 || v.Cmp(big.NewRat(1000, 1)) < 0 {
				v.Mul(v, sc)
				lo.Value, lo.Scale = canonical(v), hi.Scale
			}
		}
	}
	return lo
}

// scaleValue is the multiplier of a scaled value: its scale word's, else
// one read from its trailing zeros (3e9 for "3 milliards").
func (p *parser) scaleValue(m Mention) *big.Rat {
	w := strings.ToLower(m.Scale)
	if e, ok := p.scaleOf(w); ok && e > 2 {
		return pow10(e)
	}
	abbr := frScaleAbbr
	if p.lang == English {
		abbr = enScaleAbbr
	}
	if e, ok := abbr[w]; ok {
		return pow10(e)
	}
	return scaleOfHigh(m)
}

// scaleOfHigh recovers the multiplier of a scaled value from its mantissa
// digits: 3e9 for "3 milliards".
func scaleOfHigh(m Mention) *big.Rat {
	s := m.Value
	z := 0
	for k := len(s) - 1; k > 0 && s[k] == '0'; k-- {
		z++
	}
	e := z - z%3
	if e > 12 {
		e = 12
	}
	return pow10(e)
}

func isYearish(m Mention) bool {
	if m.Kind != Cardinal && m.Kind != Year {
		return false
	}
	y, err := strconv.Atoi(m.Value)
	return err == nil && y >= 1000 && y <= 2100 && !m.Word && !grouped(m.Raw)
}

// grouped: the digits are written with a thousands separator, "1 013",
// "1,013", "1\u202f013", which no year takes.
func grouped(raw string) bool {
	i := strings.IndexAny(raw, "0123456789")
	if i < 0 {
		return false
	}
	for j := i; j < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[j:])
		next := j + size
		switch {
		case r >= '0' && r <= '9':
		case (r == ' ' || r == ',' || r == '.' || r == '\u00a0' || r == '\u202f') && next < len(raw) && raw[next] >= '0' && raw[next] <= '9':
			return true
		default:
			return false
		}
		j = next
	}
	return false
}

// isScore: two small integers joined by a dash with no unit, the first
// not smaller than a plausible range start (2-1, 3-0, 1-2 in sport).
func (p *parser) isScore(lo, hi Mention, sep string) bool {
	if lo.Kind != Cardinal || hi.Kind != Cardinal || (lo.Word || hi.Word) && sep != "to" || lo.Signed || hi.Signed {
		return false // ("0-~-1": no score is negative)
	}
	a, e1 := strconv.Atoi(lo.Value)
	b, e2 := strconv.Atoi(hi.Value)
	if e1 == nil && e2 == nil && (sep == "-" || sep == "–") && !lo.Word && !hi.Word && a > b && a < 1000 && !lo.thousands {
		return true // "59-3", "128-95", "423-421": a range never runs down; a score or a standings tally may be large
	}
	if e1 != nil || e2 != nil || a > 20 || b > 20 {
		return false
	}
	if lo.Word || hi.Word {
		return a > b // "two to one": a range never runs down
	}
	return sep == "-" || sep == "–" || a > b
}

// risingCount: a rising pair before a plural noun counts that noun, "14-18
// blades", "3-5 people": a span, not a result, unless the noun is what a
// match counts ("a 2-3 points gap" stays open to both readings).
func (p *parser) risingCount(lo, hi Mention, after int) bool {
	return atoiSafe(lo.Value) < atoiSafe(hi.Value) && (p.countedPlural(after) || spanNouns[p.word(after)])
}

// spanNouns name a band of values, so a rising pair before them is a
// span: "the 10-15 target", "a 3-5 range".
var spanNouns = map[string]bool{"target": true, "range": true, "band": true, "bracket": true, "goal": true, "window": true, "corridor": true, "zone": true}

// countedPlural: the word at j is a plural noun a pair of numbers before
// it counts, not what a match or a vote counts ("a perdu 20 à 30
// emplois", "14-18 blades"; not "points", "voix").
func (p *parser) countedPlural(j int) bool {
	w := p.word(j)
	if _, scored := scoreNouns[w]; len(w) < 4 || p.num(j) != nil || tallyNouns[w] || scored || matchCounts[w] || frFunction[w] {
		return false // ("39 à 33 après prolongation": a preposition, no noun)
	}
	return strings.HasSuffix(w, "s") || p.lang == French && strings.HasSuffix(w, "x") || irregularPlurals[w]
}

var irregularPlurals = map[string]bool{"people": true, "children": true, "men": true, "women": true}

// matchCounts are plural things a result may count beside scoreNouns.
var matchCounts = map[string]bool{"points": true, "jeux": true, "runs": true, "wickets": true, "tries": true,
	"essais": true, "wins": true, "victoires": true, "matches": true, "matchs": true}

// rangeOwner: a word before a rising pair of small numbers that makes
// them a span: an age, or a plural of labelled things.
func (p *parser) rangeOwner(w string) bool {
	switch w {
	case "aged", "ages", "age", "âgés", "âgées", "âge", "grades", "years", "pages", "chapters", "questions",
		"indicators", "indicateurs", "chapitres", "articles", "levels", "niveaux", "classes", "phases", "stages", "étapes", "lines", "lignes",
		"paragraphs", "paragraphes", "sections", "items", "points", "annexes", "tables", "rules", "règles", "clauses":
		return true
	}
	return false
}

// contreAt reads a score said in words, "à deux contre un", "à 3 contre
// 1": the count of each side, kept in order (N19).
func (p *parser) contreAt(i int) (*Mention, int) {
	if m, n := p.goalsAt(i); n > 0 {
		return m, n
	}
	if p.lang == English {
		if m, n := p.manpowerAt(i); n > 0 {
			return m, n
		}
		return p.votesAt(i)
	}
	if p.word(i-1) != "à" && p.word(i-1) != "par" && p.sym(i-1) != "(" && !p.words(i-2, "être", "de") && !p.words(i-2, "serait", "de") && !p.words(i-2, "était", "de") || !p.contreAhead(i) {
		return nil, 0
	}
	a, n1 := p.ratioTerm(i, false)
	noun := tallyNouns[p.word(i+n1)]
	if noun {
		n1++
	}
	if n1 == 0 || p.word(i+n1) != "contre" {
		return nil, 0
	}
	b, n2 := p.ratioTerm(i+n1+1, true)
	bracketed := p.sym(i-1) == "(" && p.sym(i+n1+1+n2) == ")" // "(44 contre 31)": a tally in brackets, of rebounds, of shots
	if n2 == 0 || a < 1 || !noun && !bracketed && (a > 20 || b > 20) {
		return nil, 0
	}
	m := Mention{Kind: Score, Value: itoa(int(a)) + "-" + itoa(int(b))}
	if noun {
		m.style = "votes" // par 312 voix contre 201: for, then against
	}
	return ptr(m), n1 + 1 + n2
}

// tallyNouns count the two sides of a vote or a match.
var tallyNouns = map[string]bool{"voix": true, "suffrages": true, "votes": true, "vote": true, "buts": true, "goals": true}

// votesAt reads an English tally, "by 312 votes to 201", "27 votes to 6",
// "by six votes to four".
func (p *parser) votesAt(i int) (*Mention, int) {
	if p.words(i-2, "of", "the") && p.num(i-3) != nil {
		return nil, 0 // "won 68 of the 122 votes to 47": the whole of a share, not a side of the tally
	}
	a, n1 := p.ratioTerm(i, false)
	if n1 == 0 || !tallyNouns[p.word(i+n1)] || p.word(i+n1+1) != "to" {
		return nil, 0
	}
	b, n2 := p.ratioTerm(i+n1+2, false)
	if n2 == 0 {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(int(a)) + "-" + itoa(int(b)), style: "votes"}, n1 + 2 + n2
}

// contreAhead: "contre" within the next four tokens.
func (p *parser) contreAhead(i int) bool {
	for j := i + 1; j <= i+4; j++ {
		if p.word(j) == "contre" {
			return true
		}
	}
	return false
}

// hourSpanStart reads the bare first hour of "the 7-9 a.m. slot", "from 2
// to 5 pm": it takes the half of the day the second gives, or the
// morning before it ("11-1 pm").
func hourSpanStart(lo, hi Mention) Mention {
	h, err := strconv.Atoi(lo.Value)
	end := clockSeconds(hi)
	if err != nil || h < 1 || h > 12 || end < 0 {
		return Mention{}
	}
	if end >= 12*3600 && h < 12 {
		h += 12
	}
	if h*3600 > end {
		h -= 12
	}
	if h < 0 {
		return Mention{} // "11-1 am" is no span
	}
	return timeMention(h, 0, false)
}

// dayOf reads the bare day d of a range as a day of the month of date:
// "du 3 au 5 mai", "May 3-5".
func dayOf(d, date Mention) Mention {
	n, err := strconv.Atoi(d.Value)
	if err != nil || n < 1 || n > 31 {
		return Mention{}
	}
	dv := *date.Date
	dv.Day = n
	return dateMention(dv)
}

// halfOfDay gives the first time of "from 1:30 to 6 p.m.", written with
// no a.m. or p.m., the half of the day the second is in, when that keeps
// it before the second.
func halfOfDay(lo, hi Mention) Mention {
	l, h := clockSeconds(lo), clockSeconds(hi)
	if l < 0 || h < 0 || h < 12*3600 || l >= 12*3600 || l+12*3600 > h {
		return lo
	}
	return timeMention((l+12*3600)/3600, l%3600/60, false)
}

// endYear is the year the two digits y close a span from year c with,
// "2011-12" 2012, "1999-00" 2000 (a fiscal year that crosses the
// century), or 0 when they close none ("1001/00").
func endYear(c, y int) int {
	full := c - c%100 + y
	if full <= c && full+100-c <= 10 {
		full += 100
	}
	if full > c {
		return full
	}
	return 0
}

// yearEnds: a span of years, its second end maybe cut to two digits
// ("2023-24 season"), gets the kind Year at both ends.
func yearEnds(lo, hi Mention) (Mention, Mention) {
	if y, err := strconv.Atoi(hi.Value); err == nil && isYearish(lo) && hi.Kind == Cardinal && len(hi.Value) == 2 {
		c, _ := strconv.Atoi(lo.Value)
		if full := endYear(c, y); full > 0 {
			hi.Value, hi.Kind = strconv.Itoa(full), Year
		}
	}
	if isYearish(lo) && isYearish(hi) && !lo.thousands && !hi.thousands {
		lo.Kind, hi.Kind = Year, Year
	}
	return lo, hi
}

// noSpan: the pair is a score, a number with a dash, or a year and an
// amount rather than a span; done when it has judged the pair.
func (p *parser) noSpan(lo, hi Mention, style, sep string, noScore bool) (m Mention, ok, done bool) {
	switch {
	case (style == "dash" || sep == "à") && !noScore && p.isScore(lo, hi, sep):
		return Mention{Kind: Score, Value: lo.Value + "-" + hi.Value}, true, true
	case style == "dash" && codeRunsDown(lo, hi):
		return Mention{Kind: Identifier, Value: lo.Value + "-" + hi.Value}, true, true // "le projet de loi no 14704-6": a number, no span
	case isYearish(lo) && hi.Scale != "" && !isYearish(hi):
		return Mention{}, false, true // "bis 2015 à 20 milliards": a year, then an amount
	}
	return Mention{}, false, false
}

// codeRunsDown: "14704-6", a long number and a short one after a dash
// that no span, score or year span can be: a document's or a bill's
// number.
func codeRunsDown(lo, hi Mention) bool {
	if lo.Kind != Cardinal || hi.Kind != Cardinal || lo.Word || hi.Word || lo.Scale != "" || hi.Scale != "" || isYearish(lo) || lo.thousands {
		return false
	}
	a, b := atoiSafe(lo.Value), atoiSafe(hi.Value)
	return a >= 1000 && b < a && len(hi.Value) < len(lo.Value)
}

// numberSignBefore: "le no 8-8948", "n° 3-12", "No. 8-8948": the word
// "number" before a pair glued by a dash (numberLead, or the French bare
// "no") makes it one number, no span.
func (p *parser) numberSignBefore(i int) bool {
	return p.numberLead(i-1) == 1 || p.numberLead(i-2) == 2 || p.word(i-1) == "no" || p.word(i-1) == "nº" ||
		p.numberLead(i-3) == 1 && (p.word(i-2) == "de" || p.word(i-2) == "du") // "le numéro de lot 24-117", "numéro de dossier"
}
