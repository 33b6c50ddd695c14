package figures

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parser walks the tokens of one text; each recogniser returns a mention
// and the number of tokens it used, or zero when it does not apply.
type parser struct {
	text    string
	toks    []token
	lang    Lang
	lastOff int // tokenAfter's last question and answer
	lastIdx int
	clauses bool
	// placesIn caches the places each sentence names, by its first token
	placesIn map[int][]string
	starts   []int // where each sentence starts, read once (sentenceOf)
	// known are the names the other document, or this one, writes in the
	// middle of a sentence: a sentence's first word among them is a name
	// too ("Toulouse logged 3.3 million"), read in summary mode only
	known map[string]bool
}

// sentenceOf is the number of the sentence at byte offset off.
func (p *parser) sentenceOf(off int) int {
	if p.starts == nil {
		p.starts = sentenceStarts(p.text)
	}
	return sort.SearchInts(p.starts, off+1) - 1
}

// respectiveNear: "respectively" stands within six words of m, on the
// list it orders ("reculer respectivement de 25 % et de 40 %", "28 and
// 84 were encumbered respectively"), not on another list of the sentence.
func (p *parser) respectiveNear(m Mention) bool {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	for j := max(0, i0-6); j < i1+6 && j < len(p.toks); j++ {
		if strings.HasPrefix(p.word(j), "respectiv") {
			return true
		}
	}
	return false
}

// sentenceSays: sentence s of the text holds w.
func (p *parser) sentenceSays(s int, w string) bool {
	if s < 0 || s >= len(p.starts) {
		return false
	}
	end := len(p.text)
	if s+1 < len(p.starts) {
		end = p.starts[s+1]
	}
	return strings.Contains(p.text[p.starts[s]:end], w)
}

// Extract returns the figures of text parsed with lang's conventions,
// sorted and non-overlapping; spans cover the whole figure expression
// (hedge, scale, unit, currency, month words). A weekday on its own is
// not returned: it is a field of a date that the verifier compares, not a
// figure to write out (engines translate it as a word).
func Extract(text string, lang Lang) []Mention {
	all := extract(text, lang, true)
	out := all[:0]
	for _, m := range all {
		if !weekdayOnly(m) {
			out = append(out, m)
		}
	}
	return out
}

// weekdayOnly: a weekday with no day of the month, or a season with no
// year: a date field, compared but not listed.
func weekdayOnly(m Mention) bool {
	return m.Kind == Date && m.Date != nil && m.Date.Weekday != 0 && m.Date.Month == 0 || seasonOnly(m)
}

// dayOfMonth: a date to the day, "dimanche 24 novembre", "le 3 mars
// 2024": when a thing happened, which no count after it is said of ("Le
// marathon a réuni dimanche 24 novembre 11 000 coureurs").
func dayOfMonth(m Mention) bool {
	return m.Kind == Date && m.Date != nil && m.Date.Day != 0 && m.Date.Month != 0
}

// readsBefore and readsAfter (around the per-hundred merge) read what
// the figures around a figure make of it, in place; their order matters
// (units before the ranges that share them). Method expressions, so no
// call allocates them.
var readsBefore = [...]func(*parser, []Mention){(*parser).ageRatios, (*parser).moneyRangeScale, (*parser).moneyOrScale, (*parser).sharedUnits,
	(*parser).temperatureDegrees, (*parser).comparedLengths, (*parser).subsectionLists, (*parser).articleAfterSubsections, (*parser).itemNumbers,
	(*parser).majorityRules, (*parser).halfTurns, (*parser).partUnits, (*parser).unitHalves, (*parser).monthDays,
	(*parser).monthSiblings, (*parser).sameMonthYear, (*parser).yearParts, (*parser).fullPercents, (*parser).rateUnits,
	(*parser).footnoteMarks, (*parser).factorAlternatives, (*parser).elidedDensity, (*parser).regnalFirsts, (*parser).percentTallies}

var readsAfter = [...]func(*parser, []Mention){(*parser).frenchCommas, (*parser).leadingPointDecimals, (*parser).rankEnds,
	(*parser).seasonedYears, (*parser).bounds, (*parser).changes, (*parser).changeBases, (*parser).annotateApart,
	(*parser).ofThemLengths, (*parser).golfPar, (*parser).tiebreaks, (*parser).schoolGrades}

// extract returns every figure of text, weekdays included; clauses asks
// for the words of each figure's clause, which only summaries compare.
func extract(text string, lang Lang, clauses bool) []Mention {
	return extractKnown(text, lang, clauses, nil, nil)
}

// extractKnown is extract with the names known from both documents and
// the text's tokens when they were read already (nil: read them here).
func extractKnown(text string, lang Lang, clauses bool, known map[string]bool, toks []token) []Mention {
	if toks == nil {
		toks = tokenize(text, lang)
	}
	p := &parser{text: text, toks: toks, lang: lang, lastIdx: -1, clauses: clauses, known: known}
	nums := 0
	for k := range p.toks {
		if p.toks[k].kind == tNum {
			nums++
		}
	}
	out := make([]Mention, 0, nums+nums/4+4)
	for i := 0; i < len(p.toks); {
		if !p.mayStart(i) {
			i++
			continue
		}
		m, n := p.at(i)
		if n == 0 {
			i++
			continue
		}
		m.Start, m.End = p.toks[i].start, p.toks[i+n-1].end
		if m.Start < m.End {
			m.Raw, m.Lang = text[m.Start:m.End], lang
			out = append(out, *m)
		}
		i += n
	}
	out = p.dayLists(out)
	p.rangeMonths(out)
	out = p.idioms(out)
	out = p.asMany(out)
	out = p.winLossRecords(out)
	out = p.belowZero(out)
	for _, pass := range readsBefore {
		pass(p, out)
	}
	out = p.perHundred(out)
	for _, pass := range readsAfter {
		pass(p, out)
	}
	return out
}

// builtAround: a French verb that builds something round what follows
// "autour de": "s'articule", "organisé", "centré".
func builtAround(w string) bool {
	for _, stem := range [...]string{"articul", "organis", "structur", "centr", "construi", "bâti"} { // ("tourne autour de", "rassemble autour de" 300 are about 300)
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// oddScale reads the scale after "-odd" at j, "$150-odd billion", into
// m: the tokens it took, or 0.
func (p *parser) oddScale(m *Mention, j int) int {
	e, ok := p.scaleOf(p.word(j + 2))
	if !ok || e < 3 || m.Scale != "" || p.sym(j) != "-" || p.word(j+1) != "odd" {
		return 0
	}
	v := m.Rat()
	if v == nil {
		return 0
	}
	m.Value, m.Scale = canonical(v.Mul(v, pow10(e))), p.toks[j+2].text
	return 3
}

// at tries a hedge followed by a figure, then a bare figure (N9).
func (p *parser) at(i int) (*Mention, int) {
	if (p.word(i-1) == "traître" || p.word(i-1) == "red") && p.word(i) == "cent" {
		return nil, 0 // "pas un traître cent", "not one red cent": no money at all
	}
	if p.fractionOfCoin(i) || p.currencyStrength(i) {
		return nil, 0
	}
	if m, n := p.prepBoundAt(i); n > 0 {
		return m, n
	}
	if m, n := p.shareBoundAt(i); n > 0 {
		return m, n
	}
	if m, n := p.sharedBound(i); n > 0 {
		return m, n
	}
	if cmp, k := p.hedgeAt(i); k > 0 && !p.comparative(i) && !p.motionUp(i) {
		if inner, k2 := p.hedgeAt(i + k); k2 > 0 && p.word(i) != "quelques" && p.word(i) != "plusieurs" {
			if p.word(i) == "over" || p.word(i) == "under" || p.word(i) == "vers" || p.words(i, "à", "peine") {
				cmp = inner // "grown back over nearly 2,000 m²": a place, then the hedge; "à peine un peu plus de six"
			}
			k += k2 // "presque plus de 1 %": the outer hedge says it
		}
		if m, n := p.figure(i + k); n > 0 && m.Kind != Identifier && m.Kind != Date && (p.word(i+k-1) != "des" || m.Kind == Fraction) {
			if (p.word(i) == "over" || p.word(i) == "under") && (p.word(i) == "over" && p.durationAfter(i+k+n) && !p.lengthBound(i) || yearsOnly(*m) || m.style == "period" && p.word(i+k) == "the") {
				return nil, 0 // "over ten years", "over 2024-2030": a period, not a bound ("in under two minutes" bounds)
			}
			// A bound wins over a collective's "about": "plus d'une
			// centaine" is more than a hundred.
			if m.Comparator == CmpNone || m.Vague || m.Kind == Approx && cmp != CmpApprox && cmp != CmpNearly {
				m.Comparator = cmp
			}
			if cmp == CmpApprox && (p.word(i) == "quelques" || p.word(i) == "plusieurs" || p.word(i+1) == "few" || p.word(i) == "several") && !m.Vague {
				return nil, 0 // "quelques jours", "a few" before a plain number: not a hedge on it
			}
			if p.lang == French && m.Kind == Cardinal && m.Word && m.Value == "1" && m.style == "" && m.Unit == "" && periodUnit[p.word(i+k+n)] == "" {
				m.style = "fixed" // "plus d'un gouvernement" is as often "several governments": compared when paired ("d'au plus un an" is a length)
			}
			if p.lang == English && numeric(*m) {
				n += p.oddScale(m, i+k+n) // "over $160-odd million": the bound kept, the scale read
			}
			return m, k + n
		}
	}
	m, n := p.figure(i)
	if n > 0 && m.Comparator == CmpNone && p.lang == English && numeric(*m) && p.hedgeAfter(i+n) {
		m.Comparator = CmpApprox
		n += p.oddScale(m, i+n)
	}
	if n > 0 && m.Comparator == CmpNone && p.lang == French && (numeric(*m) || m.Kind == Fraction) && p.word(i+n) == "environ" && (!m.Word || m.Kind == Fraction) {
		m.Comparator = CmpApprox // "le quart environ de", "30 % environ": the hedge after its figure
		n++
	}
	if n > 0 && m.Comparator == CmpNone && p.lang == English && numeric(*m) && p.plusAfter(i+n) {
		m.Comparator = CmpGE // "1,500+ people", "80+ per hour": at least
		n++
		if e, ok := p.scaleOf(p.word(i + n)); ok && e >= 3 && m.Scale == "" {
			v := m.Rat() // "a $300+ billion impact": the scale after the sign
			m.Value, m.Scale = canonical(v.Mul(v, pow10(e))), p.toks[i+n].text
			n++
		}
	}
	return m, n
}

// sharedBound reads the first of two bounds that share one number,
// "under or over 14" (moins de 14 ans ou de plus de 14 ans): under 14,
// the second read on its own after it.
func (p *parser) sharedBound(i int) (*Mention, int) {
	if p.lang != English || p.word(i+1) != "or" {
		return nil, 0
	}
	switch p.word(i) {
	case "under", "over", "below", "above":
	default:
		return nil, 0
	}
	cmp, k := p.hedgeAt(i)
	_, k2 := p.hedgeAt(i + 2)
	if k != 1 || k2 == 0 {
		return nil, 0
	}
	m, n := p.figure(i + 2 + k2)
	if n == 0 || !numeric(*m) || m.Comparator != CmpNone {
		return nil, 0
	}
	m.Comparator = cmp
	return m, 1
}

// plusAfter: a "+" glued after a figure and not before another number,
// "80+ per hour" (not "80+20").
func (p *parser) plusAfter(j int) bool {
	return p.sym(j) == "+" && p.glued(j) && p.num(j+1) == nil && !(p.glued(j+1) && p.toks[min(j+1, len(p.toks)-1)].kind == tWord)
}

// hedgeAfter: an English hedge that follows its figure, "forty-odd
// people", "20 or so vehicles", "50-odd".
func (p *parser) hedgeAfter(j int) bool {
	return strings.HasSuffix(p.word(j-1), "-odd") || p.words(j, "or", "so") ||
		p.sym(j) == "-" && p.glued(j) && p.word(j+1) == "odd"
}

// yearsOnly: a year or a span of years written as such, "2024-2030".
func yearsOnly(m Mention) bool {
	if m.Kind == Range && len(m.Parts) == 2 {
		return yearsOnly(m.Parts[0]) && yearsOnly(m.Parts[1])
	}
	return m.Kind == Year || isYearish(m) && len(strings.TrimSpace(m.Raw)) == 4
}

// durationAfter: a word of duration at j, or after one more number
// joined to the first: "over eight and twelve years".
func (p *parser) durationAfter(j int) bool {
	return durations[p.word(p.pastListed(j))]
}

// boundAfterCount: the "more than", "less than" at i stands between a
// count and a share or an age, "the three of them 3 more than half", "131
// less than 18 years": a count is no more than a share, so the words
// bound what follows.
func (p *parser) boundAfterCount(i int) bool {
	if p.word(i+1) != "than" || p.sym(i-1) == "%" {
		return false
	}
	w := p.word(i + 2)
	if w == "a" || w == "one" {
		w = p.word(i + 3)
	}
	if _, ok := enFraction[w]; ok || strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-quarters") {
		return true
	}
	// "131 less than 18 years": a count, then the age bounding them;
	// "25 more than five years ago" compares with a time
	n, k := p.num(i+2) != nil, 1
	if !n {
		if v, sk := p.spelled(i + 2); sk > 0 && v != nil {
			n, k = true, sk
		}
	}
	unit := p.word(i + 2 + k)
	return n && periodUnit[unit] != "" && !timeBack(p.word(i+3+k))
}

// timeBack: w after a length of time makes it a time back or apart,
// duration.go's periodTails ("five years ago", "later") and "before".
func timeBack(w string) bool {
	return periodTails[w] && w != "long" && w != "plus" || w == "before" || w == "previously" || w == "back"
}

// comparative: the hedge at i follows a number, so it compares that
// number with what comes next ("25 more than five years ago", "3 de
// plus qu'en 2022") rather than bounding the next one.
func (p *parser) comparative(i int) bool {
	if w := p.word(i); w == "près" || w == "nearly" || w == "almost" || approxWords[w] {
		return false // "près de" compares nothing: "à eux trois près d'un tiers" hedges the third
	}
	if w := p.word(i); p.lang == French && (w == "plus" || w == "moins") && (p.word(i+1) == "de" || p.word(i+1) == "d'") {
		return false // French compares with "3 de plus": "à eux trois plus de la moitié" bounds the half
	}
	if w := p.word(i); p.lang == English && (w == "under" || w == "over") && p.num(i-1) != nil && p.num(i+1) != nil {
		return false // "204 over 60 and 131 under 18": counts, then the ages they are bounded by
	}
	if p.lang == English && p.boundAfterCount(i) {
		return false
	}
	if w := p.word(i); strings.HasSuffix(w, "er") && w != "over" && w != "under" && w != "fewer" {
		for k := i - 1; k >= i-3; k-- {
			if p.num(k) != nil {
				return true // "3% higher than a year ago", "2 points lower than"
			}
		}
	}
	if n := p.num(i - 1); n != nil && !approxWords[p.word(i)] {
		// ("on August 14 about 13:00": "about" compares nothing)
		return n.intLen != 4 || n.decimal || n.grouped // "in 2022 more than 3,000" bounds the 3,000
	}
	w := p.word(i - 1)
	if w == "" || w == "one" || w == "un" || w == "une" {
		return false
	}
	if (unitWords[w] != "" || currencyWords[w] != "" || w == "cents" || w == "points") && p.num(i-2) != nil {
		return true // "7 cents less than a month earlier": the gap, then what it is measured against
	}
	v, k := p.spelled(i - 1)
	return k == 1 && v != nil && v.Sign() > 0
}

var durations = map[string]bool{"years": true, "year": true, "months": true, "month": true, "days": true,
	"weeks": true, "decades": true, "hours": true, "minutes": true, "centuries": true, "period": true}

// approxWords hedge the figure after them and compare it with nothing.
var approxWords = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true,
	"environ": true, "vers": true, "approximativement": true}

// hedgeAt matches the longest hedge phrase at i.
func (p *parser) hedgeAt(i int) (Comparator, int) {
	if s := p.sym(i); s == "≈" || s == "~" && p.glued(i+1) && (p.num(i+1) != nil || (p.currencyAt(i+1) != "" || signSym[p.sym(i+1)]) && p.glued(i+2) && p.num(i+2) != nil) || s == "≃" {
		return CmpApprox, 1 // "(≈€38.7bn)", "~40%", "~€4.6bn", "~+60%": about
	}
	if c, ok := signHedges[p.sym(i)]; ok && (p.lang == English || !p.rangeNext(i+2)) && (p.num(i+1) != nil || p.currencyAt(i+1) != "" && p.num(i+2) != nil) {
		return c, 1 // "< 6 months", ">€2m", "≥ 50%"
	}
	list := frHedgesAt[p.word(i)]
	if p.lang == English {
		list = enHedgesAt[p.word(i)]
		if w := p.word(i); (w == "more" || w == "less" || w == "fewer") && (p.sym(i-1) == "%" || p.num(i-1) != nil || p.word(i-1) == "percent" || p.words(i-2, "per", "cent") || enScale[p.word(i-1)] != 0) && !p.boundAfterCount(i) {
			return CmpNone, 0 // "4% more than a year earlier", "a thousand fewer than": compares the figure before, bounds nothing after it
		}
		if p.word(i) == "about" && (p.word(i-1) == "what" || p.word(i-1) == "how") {
			return CmpNone, 0 // "What about the quarter of a million who signed": a question, no hedge
		}
		if p.words(i, "as", "many", "as") || p.words(i, "as", "much", "as") {
			if w := p.word(i - 1); w == "twice" || w == "thrice" || w == "times" || strings.HasSuffix(w, "fold") {
				return CmpNone, 0 // "twice as many as a decade ago": the multiple's comparison, no bound
			}
		}
	}
	if p.lang == French && p.words(i, "autour", "de") && p.num(i-2) != nil && pluralNounLike(p.word(i-1)) {
		return CmpNone, 0 // "280 000 spectateurs autour de 62 concerts": gathered round them, no hedge
	}
	if p.lang == French && p.words(i, "autour", "de") && builtAround(p.word(i-1)) {
		return CmpNone, 0 // "le programme s'articule autour de trois chantiers": built round them, no hedge
	}
	if p.lang == French && p.words(i, "à", "peine") && (strings.HasPrefix(p.word(i-1), "dépass") || markVerbs[p.word(i-1)]) && p.num(i+2) != nil {
		return CmpGT, 2 // "elle dépasse à peine 80 %": barely above 80%
	}
	if p.lang == English && p.words(i, "up", "to") {
		if c, n := p.hedgeAt(i + 2); n > 0 {
			return c, n + 2 // "brings the petitions up to over half a million": the verb's "up to", the hedge after it
		}
	}
	for _, h := range list {
		if p.words(i, h.words...) {
			if len(h.words) == 2 && h.words[1] == "que" && p.notBoundQue(i) {
				return CmpNone, 0
			}
			return h.cmp, len(h.words)
		}
	}
	return CmpNone, 0
}

// notBoundQue: a "plus que", "moins que" that bounds nothing: "il ne
// reste plus que le quart" (only a quarter), "trois heures de moins que
// le dixième" (a gap to another figure).
func (p *parser) notBoundQue(i int) bool {
	if w := p.word(i - 1); w == "de" || w == "d'" {
		return true
	}
	for j := i - 1; j >= i-3; j-- {
		if w := p.word(j); w == "ne" || w == "n'" {
			return true
		}
	}
	return false
}

// signHedges are the comparison signs a terse summary bounds with.
var signHedges = map[string]Comparator{"<": CmpLT, ">": CmpGT, "≤": CmpLE, "≥": CmpGE}

// signSym are the signs a hedged change may carry: "~+60%", "~-14%".
var signSym = map[string]bool{"+": true, "-": true, "−": true}

// figure runs the recognisers in priority order: longer constructions
// first so that a date or a range wins over its numbers.
func (p *parser) figure(i int) (*Mention, int) {
	if i >= len(p.toks) {
		return nil, 0
	}
	for _, read := range figureReaders {
		if m, n := read(p, i); n > 0 {
			return m, n
		}
	}
	return p.amountAt(i)
}

// figureReaders are the recognisers figure tries, in priority order: an
// age span before any reader takes its first number, then the longer
// constructions, so that a date or a range wins over its numbers.
var figureReaders = [...]func(*parser, int) (*Mention, int){
	(*parser).periodSumAt, (*parser).scaledOrdinalAt, (*parser).roundPluralAt, (*parser).ageSpanAt, (*parser).hyphenPairAt, (*parser).allScore, (*parser).primeTimeAt, (*parser).moneyShareAt, (*parser).mixedHalfAt, (*parser).hashRankAt, (*parser).secondPartAt,
	(*parser).ageAt, (*parser).sportAt, (*parser).relayAt, (*parser).roomsAt,
	(*parser).halfYearAt, (*parser).hyphenClockSpanAt, (*parser).identAt, (*parser).hyphenHMS, (*parser).hourMinuteAt, (*parser).hmsAt, (*parser).ratioToOneAt, (*parser).pastToAt, (*parser).periodRangeAt, (*parser).rangeAt, (*parser).contreAt,
	(*parser).ratioAt, (*parser).dateAt, (*parser).timeAt, (*parser).romanAt,
	(*parser).hyphenRegnalAt, (*parser).wordFigure, (*parser).extraScaleAt,
}

// word returns the folded word at i, or "".
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].low
}

// sym returns the symbol at i, or "".
func (p *parser) sym(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tSym {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) num(i int) *number {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tNum {
		return nil
	}
	return p.toks[i].num
}

// words reports whether the words ws follow each other from i.
func (p *parser) words(i int, ws ...string) bool {
	for k, w := range ws {
		if p.word(i+k) != w {
			return false
		}
	}
	return true
}

// glued reports that token i starts where token i-1 ends.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].start == p.toks[i-1].end
}

// capital reports whether the word at i starts with an upper-case letter.
func (p *parser) capital(i int) bool {
	if p.word(i) == "" {
		return false
	}
	return capitalWord(p.toks[i].text)
}

// capitalWord: s starts with a capital letter.
func capitalWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// annotate fills sentence indices, head nouns, attributions and sign cues
// used by the attribution and sign checks.
func (p *parser) annotate(ms []Mention) {
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	p.orScaled(ms)
	respSent := -1 // the last sentence found to say "respectively", read once
	prevPercentEnd := -1
	for k := range ms {
		ms[k].Sentence = p.sentenceOf(ms[k].Start)
		if s := ms[k].Sentence; s == respSent || s != ms[max(k-1, 0)].Sentence || k == 0 {
			if s != respSent && p.sentenceSays(s, "espectiv") {
				respSent = s // "respectivement", "Respectively"
			}
		}
		ms[k].resp = ms[k].Sentence == respSent && p.respectiveNear(ms[k])
		if k > 0 && p.listJoin(ms[k-1].End, ms[k].Start) {
			ms[k-1].listed, ms[k].listed = true, true
		}
		ms[k].bracketed = k > 0 && ms[k-1].End <= ms[k].Start && (inBracket(p.text[ms[k-1].End:ms[k].Start]) || orConverted(ms[k-1], ms[k], p.text[ms[k-1].End:ms[k].Start]))
		if k > 0 && p.lang == English && ms[k-1].End <= ms[k].Start {
			ms[k].noteGap = p.noteGap(ms[k-1].End, ms[k])
			if k > 1 && ms[k].noteGap == 0 && dateLike(ms[k-1]) && ms[k-2].End <= ms[k-1].Start {
				// "€6.1bn in 2023 (about $6.6bn)": the year between says when
				ms[k].noteGap = p.noteGapOver(ms[k-2].End, ms[k-1], ms[k])
			}
		}
		ms[k].parenthetical = strings.HasSuffix(strings.TrimRight(p.text[:ms[k].Start], " "), "(")
		if p.lang == English {
			ms[k].parenGap = openBracketBack(p.text, ms[k].Start)
		}
		ms[k].dashed = p.afterDash(ms[k].Start)
		p.context(&ms[k])
		if k > 0 && ms[k].prior {
			p.comparedHead(ms[k-1], &ms[k])
		}
		if k > 0 {
			p.listedFall(ms[k-1], &ms[k])
			p.elidedNoun(ms[k-1], &ms[k])
			p.dontPart(ms[k-1], &ms[k])
			ms[k].ofPrev = ms[k].ofPrev || p.partPastDate(ms, k)
			ms[k].ofPrev = ms[k].ofPrev || p.elidedSubset(ms[k-1], ms[k])
			p.alternatePeriod(&ms[k-1], &ms[k])
		}
		ms[k].personAge = p.ageOfPerson(p.tokenAfter(ms[k].Start)) || p.ageBand(ms[k]) || p.apposedAge(ms[k]) || p.agedCue(ms[k]) || p.hadAge(ms[k])
		p.labelOf(ms, k)
		ms[k].tallyTo = p.runningCount(ms[k])
		ms[k].totalSaid = p.lang == English && p.totalNear(ms[k]) || p.lang == French && p.totalAfter(ms[k])
		ms[k].eachSaid = p.eachNear(ms[k])
		ms[k].namedPlus, ms[k].namedIn = p.namedPlusCount(ms[k]), p.namedInTotal(ms[k])
		p.contextWords(&ms[k], ms[k+1:])
		if (ms[k].Kind == Fraction || p.lang == English && (ms[k].Kind == Cardinal || ms[k].Kind == Percent)) && k+1 < len(ms) && ms[k+1].Kind != Ordinal && ms[k+1].Kind != Date && ms[k+1].Kind != Year && !isYearish(ms[k+1]) && ms[k].End <= ms[k+1].Start && wholeGap[strings.ToLower(p.text[ms[k].End:ms[k+1].Start])] {
			ms[k].wholeTold = ms[k+1].Value // (not "two-thirds of the first intake", "a quarter of its 1990s average": a rank or a date names which whole, it counts none)
		}
		if ms[k].Kind == Percent {
			ms[k].share = p.shareNoun(ms[k], prevPercentEnd)
			ms[k].levelSide = p.levelSide(ms[k])
			prevPercentEnd = ms[k].End
		}
		prevEnd := -1
		if k > 0 {
			prevEnd = ms[k-1].End
		}
		p.nameWords(&ms[k], prevEnd)
		p.ownerName(&ms[k])
		if k+1 < len(ms) {
			ms[k].when = p.whenOf(ms[k], ms[k+1])
		}
		if ms[k].when == "" && numeric(ms[k]) {
			ms[k].when = p.weekPart(ms[k])
		}
		p.scoreSides(&ms[k])
		ms[k].bc = p.beforeEra(ms[k])
		if w := p.word(p.tokenAfter(ms[k].Start) - 1); w == "depuis" || w == "since" || w == "dès" {
			ms[k].since = ms[k].Kind == Date || ms[k].Kind == Year
		}
		if !p.clauses {
			continue
		}
		ms[k].leadGap = p.gapAfter(ms[k])
		p.clauseOf(ms, k)
		if k > 0 && weekdayOnly(ms[k]) && len(ms[k].clause()) == 0 && ms[k-1].Kind == Time && ms[k-1].Sentence == ms[k].Sentence && ms[k].Start-ms[k-1].End <= 4 {
			ms[k].cl = ms[k-1].cl // "since it broke out at around 2.30pm on Tuesday": the hour and its day tell one event
		}
	}
	p.fromToLevels(ms)
	p.formerLatter(ms)
}

// listedFall: "Apartments fell 4.5% and houses 3.4%": the fall is said
// once for the list, so m takes the cue of the figure before it.
func (p *parser) listedFall(prev Mention, m *Mention) {
	if p.lang == English && !m.negCue && prev.negCue && (m.listed || p.rankedNext(prev, *m)) && class(prev.Kind) == class(m.Kind) {
		m.negCue = true
	}
}

// rankedNext: m follows prev in a ranking of its sentence, "Lyon ... at
// 9%, ahead of Bordeaux at 7.5%": the second is a figure of the same kind.
func (p *parser) rankedNext(prev, m Mention) bool {
	if prev.End > m.Start || m.Start-prev.End > 40 {
		return false
	}
	gap := strings.ToLower(p.text[prev.End:m.Start])
	return !strings.ContainsAny(gap, ".;") && (strings.Contains(gap, "ahead of ") || strings.Contains(gap, "followed by ") || strings.Contains(gap, "behind "))
}

// yearOfNoun: y is the year of the noun whose amount m gives, "un
// budget 2025 de 512 millions d'euros", "a 2025 budget of €512m".
func (p *parser) yearOfNoun(y, m Mention) bool {
	if !isYearish(y) || y.End > m.Start {
		return false
	}
	gap := strings.TrimSpace(p.text[y.End:m.Start])
	return gap == "de" || gap == "d'" || gap == "budget of" || gap == "of"
}

// clauseOf: the words of the figure's clause, bounded by its neighbours
// (an age, a weekday or the year of its noun between does not bound it).
func (p *parser) clauseOf(ms []Mention, k int) {
	lo, hi := 0, len(p.text)
	countsBefore := false // two counts in a row: "11 goals in 97 appearances"
	for n := k - 1; n >= 0; n-- {
		if ms[n].Sentence == ms[k].Sentence && (weekdayOnly(ms[n]) || everyOne(ms[n]) || dayOfMonth(ms[n]) && ms[k].Kind != Date || ms[n].personAge || rankBetween(ms[n]) || p.inAside(ms[n]) || p.yearOfNoun(ms[n], ms[k]) ||
			ms[n].End-ms[n].Start == 4 && p.yearAfterNoun(p.tokenAfter(ms[n].Start)) || ms[n].Kind == Identifier) {
			// "a condamné lundi un homme de 45 ans à 25 ans": the age is the man's; "transforme chaque année 2,2 millions
			// de tonnes": how often, as a weekday; "arrivent au deuxième rang avec
			// 12,2 millions": the rank too; "le baccalauréat 2024 s'établit à 91,4 %": the year names the noun;
			// "les émissions de CO2 de 44 %": a name's number, as after the figure
			continue
		}
		lo = ms[n].End
		countsBefore = ms[n].Kind == Cardinal && ms[k].Kind == Cardinal
		break
	}
	i1 := p.tokenAfter(ms[k].End)
	whole := p.shareOfWhole(ms[k], i1) != i1 // "58 % des 4 300 participants": the share reads past its whole's number
	for n := k + 1; n < len(ms); n++ {
		if ms[n].Kind == Identifier && ms[n].Sentence == ms[k].Sentence {
			continue // "Nearly half of the players fielded in Ligue 2 this season": a name's number ends no clause
		}
		hi = ms[n].Start
		if whole && n == k+1 {
			hi = len(p.text)
			continue
		}
		if !compoundAdjective(ms[n].Raw) && !(ms[n].Kind == Ordinal && ms[n].Word && n == k+1) || ms[n].Start-ms[n-1].End > 1 {
			break // "80,000 three-day passes": the compound is part of the noun; "les deux premières rencontres": the first two matches
		}
		hi = len(p.text)
	}
	// the first figure of a sentence, or of an English clause a semicolon opens ("; in Geneva, premiums will rise 9.1%")
	first := k == 0 || ms[k-1].Sentence != ms[k].Sentence || p.lang == English && strings.Contains(p.text[min(ms[k-1].End, ms[k].Start):ms[k].Start], ";")
	p.clauseWords(&ms[k], lo, hi, first, countsBefore)
	if named := p.describedAntecedent(p.tokenAfter(ms[k].Start)); len(named) > 0 {
		ms[k].cl.actors = append(ms[k].cl.actors, named...)
	}
	if k > 0 && p.brandSubject(ms, k) {
		ms[k].cl.actors = append(ms[k].cl.actors, strings.ToLower(ms[k-1].Raw)) // "M6 recule à 7,8 %": the channel's share
	}
	if k > 0 && ms[k].dir == 0 && ms[k].elliptic() && ms[k-1].Sentence == ms[k].Sentence && class(ms[k-1].Kind) == class(ms[k].Kind) {
		ms[k].dir = ms[k-1].dir // "Orange en a perdu 28 000 et SFR 97 000": SFR lost them too
	}
	if k > 0 && p.lang == English && ms[k].dir == 0 && ms[k].Kind == Percent && ms[k-1].Kind == Percent && ms[k-1].dir != 0 && p.verbShared(ms[k-1], ms[k]) {
		ms[k].dir = ms[k-1].dir // "rose 1.8% for cars and 1.2% for heavy trucks": the trucks' traffic rose too
	}
}

// listJoin: the text between two figures joins them in a list, "12 morts
// et 40 blessés", "6 % en Europe et de 11 % en Asie", "49 against, 46
// abstentions": a few words and a comma or a conjunction.
func (p *parser) listJoin(a, b int) bool {
	if b-a > 48 || b < a {
		return false
	}
	between := p.text[a:b]
	if strings.ContainsAny(between, ".;:?!") {
		return false
	}
	if strings.Contains(between, ",") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(between)) {
		switch w {
		case "et", "and", "contre", "against", "while", "tandis", "whereas", "versus", "vs":
			return true
		}
	}
	return false
}

// rangeNext: a range goes on at token j ("<0-70", "< 2 à 5"), which a
// sign before it cannot bound as a whole in the English a translation
// writes back.
func (p *parser) rangeNext(j int) bool {
	return p.sym(j) == "-" || p.sym(j) == "–" || p.word(j) == "à" || p.word(j) == "et"
}

// rankBetween: a rank that bounds no clause, as it is said of the
// figure's own subject ("au deuxième rang", "à la troisième place") or
// dates its noun ("ses ventes du troisième trimestre"): the figure after
// it is told of that subject or noun too.
func rankBetween(m Mention) bool {
	return m.Kind == Ordinal && (m.Head == "rang" || m.Head == "place" || m.Head == "position" || partSize[m.Head] > 0)
}

// currencyStrength: "un dollar faible", "un euro fort", "a strong
// dollar": the currency's value, no amount of one.
func (p *parser) currencyStrength(i int) bool {
	w := p.word(i)
	if w != "un" && w != "a" || p.currencyAt(i+1) == "" {
		return false
	}
	return strengthWords[p.word(i+2)] || strengthWords[p.word(i+1)] && p.currencyAt(i+2) != ""
}

var strengthWords = map[string]bool{"faible": true, "fort": true, "solide": true, "surévalué": true, "sous-évalué": true,
	"weak": true, "strong": true, "weaker": true, "stronger": true, "overvalued": true, "undervalued": true}

// verbShared: b follows a after "and" and a few words with no figure,
// no mark of a clause and no word of rise or fall: "rose 1.8% for cars
// and 1.2% for heavy trucks" says "rose" of both.
func (p *parser) verbShared(a, b Mention) bool {
	if a.Sentence != b.Sentence || b.Start < a.End || b.Start-a.End > 40 {
		return false
	}
	between := strings.TrimSpace(p.text[a.End:b.Start])
	if between != "and" && !strings.HasSuffix(between, " and") || strings.ContainsAny(between, ",;:()0123456789") {
		return false
	}
	for w := range strings.FieldsSeq(between) {
		if dirOf(strings.ToLower(w)) != 0 {
			return false
		}
	}
	return true
}
