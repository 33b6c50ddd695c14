package figures

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// conversionNote: an English figure next to a matched one, in another
// currency or in another unit of the same dimension, is a conversion the
// translator added, or the same amount per another unit, "€0.45 per km
// (€0.72 per mile)" (rateConverts). It may follow the original figure,
// "12 million euros ($13m)", "30 knots (56km/h)", "from 90 to 80 km/h (56
// to 50 mph)", a few words of the same clause later (noteGap), "€3,925
// per month (about $4,240)", or lead with the original in brackets after
// it, "62 miles (100 km)". Any rate is plausible for a currency; a unit
// must convert within the rounding the English wrote, so a wrong
// conversion stays an added figure (N17: a conversion is allowed when the
// original is kept), and a rate whose number was kept, "€0.45 per km
// (€0.45 per mile)", is a unit error.
func (r *check) conversionNote(u unit, t *atom) bool {
	if t.m.Kind != Quantity && t.m.Kind != Money && (class(t.m.Kind) != Cardinal || t.m.rateOf == 0) {
		return false // a density converts too: "503 per km² (1,300 per square mile)"
	}
	group := inGroups(u.tgt, t.grp, 0, t.idx)
	if o := bracketPartner(group, t); o != nil && o.used && bracketConversion(o, t) {
		r.add(nil, t, verdict{true, "unit", Info, "N17", "is a conversion kept next to the original figure"})
		return true
	}
	for _, o := range group {
		if o == t || !o.used || o.m.Kind != t.m.Kind || !sameEnd(o.m, t.m) {
			continue
		}
		switch {
		case o.m.End <= t.m.Start && (t.m.Start-o.m.End <= max(3, int(t.m.noteGap)) || t.m.bracketed && t.m.Start-o.m.End <= 8):
			// the conversion follows the original, at once or after a few
			// words of its clause: "€19.50 at full price (about $21)",
			// "4,807 metres, or about 15,770 feet"
		case t.m.End <= o.m.Start && o.m.bracketed:
			// the original follows in brackets: "134 mph (215 km/h)"
		default:
			continue
		}
		if rateKept(*o.m, *t.m) {
			r.add(nil, t, verdict{true, "unit", Error, "N17", "is the same amount per " + rateUnits[t.m.rateOf] + " as per " + rateUnits[o.m.rateOf] + ": the rate was not converted"})
			return true
		}
		if o.m.Unit == t.m.Unit && !rateConverts(*o.m, *t.m) || o.m.Unit != t.m.Unit && !convertsTo(*o.m, *t.m) {
			return false
		}
		r.add(nil, t, verdict{true, "unit", Info, "N17", "is a conversion kept next to the original figure"})
		return true
	}
	return false
}

// sameEnd: two range ends convert each other only at the same end, the
// low with the low ("90 to 80 km/h (56 to 50 mph)"); a figure that is no
// range end pairs with anything.
func sameEnd(a, b *Mention) bool {
	return a.rangeEnd == 0 || b.rangeEnd == 0 || (a.rangeEnd-1)%2 == (b.rangeEnd-1)%2
}

// looselyConverts: t is the quantity o in another unit, within 10%.
func looselyConverts(o, t Mention) bool {
	a, b := o.Rat(), t.Rat()
	if o.Kind != Quantity || t.Kind != Quantity || a == nil || b == nil {
		return false
	}
	x, _ := a.Float64()
	y, _ := b.Float64()
	conv, ok := converted(x, o.Unit, t.Unit)
	return ok && conv != 0 && math.Abs(y-conv) <= 0.1*math.Abs(conv) && x != y
}

// convertsTo: t is o in another currency, or o converted to t's unit;
// the same number in another unit ("100 km (100 miles)") converted
// nothing.
func convertsTo(o, t Mention) bool {
	if t.Kind == Money {
		return plausibleRate(o, t) // rates move: any conversion, within reason for the main currencies
	}
	a, b := o.Rat(), t.Rat()
	if a == nil || b == nil || a.Cmp(b) == 0 && !sameScale(o.Unit, t.Unit) {
		return false
	}
	x, _ := a.Float64()
	y, _ := b.Float64()
	conv, ok := converted(x, o.Unit, t.Unit)
	if ok && closeToUnit(conv, y, t) {
		return true
	}
	if ok && (o.Comparator == CmpGT || o.Comparator == CmpGE) && y >= conv && y <= 1.1*conv ||
		ok && (o.Comparator == CmpLT || o.Comparator == CmpLE) && y <= conv && y >= 0.9*conv {
		return true // "over 17 million hectares (69,000 square miles)": 65,600 and over
	}
	// a rise, an anomaly or a gap in degrees converts without the +32:
	// "warmed by 2 °C (3.6 °F)", "1.55°C (2.79°F) above pre-industrial
	// levels"; the words that say which are often far from the figure,
	// and the original is kept, so either reading that fits is accepted
	return ok && t.Unit == "°F" && closeTo(x*9/5, y, t.Value)
}

// majorCurrencies trade within a factor of two of each other.
var majorCurrencies = map[string]bool{"EUR": true, "USD": true, "GBP": true, "CHF": true, "CAD": true, "AUD": true}

// plausibleRate: an amount converted between two main currencies stays
// within a factor of two ("€190 billion, or roughly $205 billion", not
// "$950 billion"); other pairs are taken as written.
func plausibleRate(o, t Mention) bool {
	if !majorCurrencies[o.Unit] || !majorCurrencies[t.Unit] {
		return true
	}
	a, b := o.Rat(), t.Rat()
	if a == nil || b == nil || a.Sign() <= 0 {
		return true
	}
	q, _ := new(big.Rat).Quo(b, a).Float64()
	if band, ok := rateBands[[2]string{o.Unit, t.Unit}]; ok {
		return q >= band[0] && q <= band[1]
	}
	if band, ok := rateBands[[2]string{t.Unit, o.Unit}]; ok {
		return q >= 1/band[1] && q <= 1/band[0]
	}
	return q >= 0.5 && q <= 2
}

// rateBands hold what one unit of the first currency has been worth in
// the second since the euro began, with a margin: a pound has never
// been worth less than a euro, so "€180 (about £210)" applied the rate
// the wrong way round.
var rateBands = map[[2]string][2]float64{
	{"EUR", "USD"}: {0.82, 1.65}, {"EUR", "GBP"}: {0.55, 1.0}, {"GBP", "USD"}: {1.03, 2.15},
	{"EUR", "CHF"}: {0.9, 1.7}, {"USD", "CHF"}: {0.7, 1.85},
}

// inBracket: only an opening bracket lies between two figures, so the
// second is said in brackets right after the first, "62 miles (100 km)".
func inBracket(between string) bool {
	return strings.TrimSpace(between) == "("
}

// orConverted: a conversion told after ", or" instead of in brackets,
// "4,807 metres, or about 15,770 feet": read as bracketed, as "(about
// 15,770 feet)" would be.
func orConverted(prev, m Mention, between string) bool {
	switch strings.TrimSpace(between) {
	case ", or", "or", ", i.e.", "—", "–", "/": // "2,426 m / ~7,960 ft"
	default:
		return false
	}
	return (prev.Kind == Quantity || prev.Kind == Money) && m.Kind == prev.Kind && prev.Unit != m.Unit && convertsTo(prev, m) // ("€190 billion, or roughly $205 billion")
}

// noteGap reads the text between the figure ending at from and m: when m
// opens a bracket a few words later in the same clause, "€12 million net
// (roughly $13 million)", and the bracket holds little more than m,
// "(about €0.72 per mile)", "(€28 per square foot)", it is the length of
// that text, so that m may be read as a conversion of that figure; else
// 0. A figure, a clause break or a word that joins another fact ("than",
// "and", "against") in between, or more than four words, and the bracket
// says something else.
func (p *parser) noteGap(from int, m Mention) uint8 {
	return p.gapText(p.text[from:m.Start], m)
}

// noteGapOver is noteGap across a date between the figure and m, read as
// a word.
func (p *parser) noteGapOver(from int, date, m Mention) uint8 {
	if !strings.HasSuffix(strings.TrimRight(p.text[date.End:m.Start], " "), "(") || m.Start-from > 64 {
		return 0 // (the cheap tests first: joining the words allocates)
	}
	between := p.text[from:date.Start] + "then" + p.text[date.End:m.Start]
	if g := p.gapText(between, m); g > 0 {
		return uint8(min(255, m.Start-from))
	}
	return 0
}

// gapText is noteGap's reading of the words between.
func (p *parser) gapText(between string, m Mention) uint8 {
	if len(between) > 48 || len(between) < 4 {
		return 0
	}
	head, ok := strings.CutSuffix(strings.TrimRight(between, " "), "(")
	if !ok {
		return 0 // most figures: read no further
	}
	if ws := strings.Fields(head); len(ws) == 0 || len(ws) > 4 || !plainWords(ws) {
		return 0
	}
	after := p.text[m.End:min(len(p.text), m.End+32)]
	inside, _, closed := strings.Cut(after, ")")
	if ws := strings.Fields(inside); !closed || len(ws) > 2 && (len(ws) > 3 || ws[0] != "per") || !plainWords(ws) {
		return 0
	}
	return uint8(len(between))
}

// plainWords: each is a word of letters (an apostrophe, a hyphen, the
// slash of a rate, "/km", or the power of "km²" inside), none of them a
// word that joins another fact.
func plainWords(ws []string) bool {
	for _, w := range ws {
		if noteJoins[strings.ToLower(w)] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '/' && r != '²' && r != '³' {
				return false
			}
		}
	}
	return true
}

// noteJoins are words after which a bracket gives another figure, not
// the same one converted: "€5bn more than last year ($4bn)".
var noteJoins = map[string]bool{
	"and": true, "or": true, "but": true, "than": true, "while": true, "whereas": true, "against": true,
	"versus": true, "vs": true, "compared": true, "instead": true, "plus": true, "minus": true,
}

// restated: the English figure is said again in brackets right after it,
// in the form the source uses, and one of the two is matched: "a
// three-room (T3) flat" for "un T3", "five (5) years". The pair is one
// figure.
func restated(u unit, t *atom) bool {
	for _, o := range inGroups(u.tgt, t.grp, 0, t.idx) {
		if o == t || !o.used || o.m.Value != t.m.Value || o.m.Kind == t.m.Kind && o.m.Unit != t.m.Unit {
			continue // not "40 acres (40 hectares)": the same number in another unit
		}
		if o.m.bracketed && o.m.Start > t.m.End && o.m.Start-t.m.End <= 3 || t.m.bracketed && t.m.Start > o.m.End && t.m.Start-o.m.End <= 3 {
			return true
		}
	}
	return false
}

// convertedInLine: a summary figure in brackets right after a figure of
// its bullet that the source supports, converting it ("about 100 km (62
// miles)", "€68 million (about $74 million)"): the rule of translations
// (conversionNote) for a bullet.
func (r *check) convertedInLine(t *atom) bool {
	if t.m.Kind != Quantity && t.m.Kind != Money {
		return false
	}
	prev := r.figureBefore(t)
	if prev != nil && dateLike(*prev.m) && t.m.parenthetical {
		if u := r.figureBefore(prev); u != nil && r.noteAfter(u, t) {
			prev = u // "€6.1bn in 2023 (about $6.6bn)": the year between says when
		}
	}
	if t.m.rangeEnd != 0 && prev != nil && !sameEnd(prev.m, t.m) {
		// "6-8 cm (2.4-3.1 inches)", "from 50 to 30 km/h (31 to 19 mph)":
		// each end converts the same end of the range before it
		if u := r.figureBefore(prev); u != nil && u.m.rangeEnd != 0 && sameEnd(u.m, t.m) && u.m.Unit != t.m.Unit {
			prev = u
		}
	}
	if prev == nil || !t.m.bracketed && !slashed(r.text, prev.m, t.m) && !r.rangeBracketed(prev, t) && !r.noteAfter(prev, t) {
		return r.convertedInBracket(t)
	}
	return prev.pair != nil && prev.m.Kind == t.m.Kind && prev.m.Unit != t.m.Unit && convertsTo(*prev.m, *t.m) || r.convertedInBracket(t)
}

// convertedInBracket: t, in a bracket opened after a matched figure of
// its line that converts to it exactly, is that figure's conversion.
func (r *check) convertedInBracket(t *atom) bool {
	o := bracketPartner(r.line, t)
	return o != nil && bracketConversion(o, t)
}

// bracketPartner is the figure before t's bracket that t, the k-th of
// the n figures in that bracket, converts: the k-th of the last n before
// it ("67 km/h ... 50 km/h (about 42 mph in a 31 mph zone)": 42 for 67,
// 31 for 50). seq holds the figures in the order of the text.
func bracketPartner(seq []*atom, t *atom) *atom {
	if t.m.parenGap == 0 {
		return nil
	}
	open := t.m.Start - int(t.m.parenGap)
	var before []*atom
	n, k := 0, 0
	for _, a := range seq {
		switch {
		case a.m.Sentence != t.m.Sentence || a.m.Paragraph != t.m.Paragraph:
		case a.m.End <= open:
			before = append(before, a)
		case a.m.parenGap != 0 && a.m.Start-int(a.m.parenGap) == open:
			n++
			if a.m.Start < t.m.Start {
				k++
			}
		}
	}
	if i := len(before) - n + k; n > 0 && i >= 0 && i < len(before) {
		return before[i]
	}
	return nil
}

// bracketConversion: t stands in a bracket opened after o, a matched
// (or, in a summary, derived) figure of its sentence that converts to it
// exactly: "doing 67 km/h where the limit was 50 km/h (about 42 mph in a
// 31 mph zone)" converts the two in order. A range end keeps to its own
// end.
func bracketConversion(o, t *atom) bool {
	if t.m.rangeEnd != 0 || t.m.parenGap == 0 || o.m.Sentence != t.m.Sentence || o.m.End > t.m.Start-int(t.m.parenGap) {
		return false
	}
	return (o.pair != nil || o.derived) && o.m.Kind == t.m.Kind && o.m.Unit != t.m.Unit && o.m.Unit != "" && convertsTo(*o.m, *t.m)
}

// openBracketBack is how far back from start the bracket that start
// stands in opened, within its sentence and 120 bytes; 0 for none.
func openBracketBack(text string, start int) uint8 {
	for k := start - 1; k >= 0 && start-k <= 120; k-- {
		switch text[k] {
		case ')', '.', ';', '\n':
			return 0
		case '(':
			return uint8(start - k)
		}
	}
	return 0
}

// noteAfter: t opens brackets a few words after prev, in its clause:
// "€477.50 before charges (around £400)".
func (r *check) noteAfter(prev, t *atom) bool {
	if !t.m.parenthetical || prev.m.End > t.m.Start || t.m.Start > len(r.text) || t.m.Start-prev.m.End > 30 {
		return false
	}
	gap := strings.TrimSuffix(strings.TrimRight(r.text[prev.m.End:t.m.Start], " "), "(")
	return !strings.ContainsAny(gap, "()[];.!?")
}

// rangeBracketed: t is an end of a range written in brackets right after
// the range prev ends: "6-8 cm (2.4-3.1 inches)".
func (r *check) rangeBracketed(prev, t *atom) bool {
	if t.m.rangeEnd == 0 || prev.m.rangeEnd == 0 || !sameEnd(prev.m, t.m) || prev.m.End > t.m.Start || t.m.Start > len(r.text) {
		return false
	}
	gap := r.text[prev.m.End:t.m.Start] // " (" before the low end, " (2.4-" before the high one
	return strings.Contains(gap, "(") && !strings.Contains(gap, ")") && len(gap) <= 16
}

// slashed: only a slash stands between the two figures, "182.6 km /
// 113.5 miles", as a conversion is also written.
func slashed(text string, a, b *Mention) bool {
	return a.End <= b.Start && b.Start <= len(text) && strings.TrimSpace(text[a.End:b.Start]) == "/"
}

// afterDash: an em or en dash opens the words right before the figure at
// off, within its sentence: "— a drop of about 70%", "– each close to".
func (p *parser) afterDash(off int) bool {
	i := p.tokenAfter(off)
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch p.sym(j) {
		case "—", "–":
			return j < i-1 // a dash right before the figure joins a range
		case "(":
			return j < i-1 // "(an improvement of 2.2 points)": an aside, as after a dash
		case ".", ";", "!", "?", ")":
			return false
		}
	}
	return false
}

// keptConversion: the source figure s and a matched one next to it in
// brackets convert each other, "16 km (10 milles)" or "10 milles (16
// km)": the translation kept one of the two, out of brackets ("worth
// several (£12m)" dropped the figure and left its conversion).
func keptConversion(group []*atom, s *atom) bool {
	for _, o := range group {
		if o == s || !o.used || o.pair == nil || o.pair.m.parenthetical || o.pair.m.bracketed || o.m.Unit == s.m.Unit || o.m.Kind != s.m.Kind || s.m.Kind != Quantity && s.m.Kind != Money {
			continue
		}
		next := o.m.bracketed && o.m.Start >= s.m.End && o.m.Start-s.m.End <= 8 ||
			s.m.bracketed && s.m.Start >= o.m.End && s.m.Start-o.m.End <= 8
		a, b := *s.m, *o.m
		if next && (convertsTo(a, b) || looselyConverts(a, b) || landMiles(&a, &b) && looselyConverts(a, b)) {
			return true
		}
	}
	return false
}

// landMiles reads the French "milles" of a or b as land miles, which
// Canadian French means by it: "16 km (10 milles)".
func landMiles(a, b *Mention) bool {
	switch {
	case a.Unit == "nmi":
		a.Unit = "mi"
	case b.Unit == "nmi":
		b.Unit = "mi"
	default:
		return false
	}
	return true
}

// roundedConversion: t is s rounded as t is written, s having more
// decimals ("45,72 cm" as "46 cm").
func roundedConversion(s, t Mention) bool {
	a, b := s.Rat(), t.Rat()
	if a == nil || b == nil || a.IsInt() {
		return false
	}
	x, _ := a.Float64()
	y, _ := b.Float64()
	return closeTo(x, y, t.Value) && math.Abs(x-y) < 1
}

// rateError reports t, in brackets after an amount of line in another
// main currency, when it converts it at a rate outside rateBands: the
// conversion is wrong, most often a rate applied the wrong way round.
func (r *check) rateError(line []*atom, t *atom) bool {
	var prev *atom
	for _, u := range line {
		if u == t {
			break
		}
		prev = u
	}
	if t.m.Kind != Money || prev == nil || prev.m.Kind != Money || prev.m.Unit == t.m.Unit || !t.m.bracketed && !r.noteAfter(prev, t) || plausibleRate(*prev.m, *t.m) {
		return false
	}
	_, direct := rateBands[[2]string{prev.m.Unit, t.m.Unit}]
	_, inverse := rateBands[[2]string{t.m.Unit, prev.m.Unit}]
	a, b := prev.m.Rat(), t.m.Rat()
	if !direct && !inverse || a == nil || b == nil || a.Sign() <= 0 {
		return false
	}
	q, _ := new(big.Rat).Quo(b, a).Float64()
	r.add(nil, t, verdict{true, "unit", Error, "N17", "converts " + prev.m.Raw + " at 1 " + prev.m.Unit + " = " + strconv.FormatFloat(q, 'f', 2, 64) + " " + t.m.Unit + ", a rate these currencies have never had: the conversion is wrong"})
	return true
}

// glossedRank: a rank in brackets right after a figure the translation
// kept glosses it for the French reader, "en Grade 8 (4ème)" (the French
// school year of an American grade), which the English leaves out.
func glossedRank(group []*atom, s *atom) bool {
	if !s.m.bracketed || s.m.Kind != Ordinal {
		return false
	}
	for _, o := range group {
		if o != s && o.used && o.m.End <= s.m.Start && s.m.Start-o.m.End <= 3 {
			return true
		}
	}
	return false
}
