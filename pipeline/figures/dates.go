package figures

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var numericDate = regexp.MustCompile(`^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$`)

// dateAt reads dates (N13): 1er mai, 11 septembre 2001, février 2020,
// mi-2022, fin 2023, années 1990, 11/09/2001; English May 1, 1 May,
// September 11, 2001, mid-2022, late 2023, the 1990s, 9/11.
func (p *parser) dateAt(i int) (*Mention, int) {
	for r := 0; r < 8; r++ {
		var d DateValue
		var n int
		switch r {
		case 0:
			d, n = p.numericDateAt(i)
		case 1:
			d, n = p.aliasAt(i)
			if n > 0 && d.Year == 0 && d.Month != 0 {
				n += p.aliasYear(i+n, &d) // "on New Year's Day 2024": le lundi 1er janvier 2024
			}
		case 2:
			d, n = p.weekdayAt(i)
		case 3:
			d, n = p.decadeAt(i)
		case 4:
			d, n = p.qualifiedAt(i)
		case 5:
			d, n = p.dayMonthAt(i)
		case 6:
			d, n = p.monthFirstAt(i)
		case 7:
			d, n = p.monthYearAt(i)
		}
		if n > 0 {
			return ptr(dateMention(d)), n
		}
	}
	return nil, 0
}

// dateMention gives a date its canonical value: 2001-09-11, --05-01,
// 2020-02, mid-2022, 1990s.
func dateMention(d DateValue) Mention {
	var v string
	switch {
	case d.Weekday != 0 && d.Month == 0:
		if d.Day != 0 {
			return Mention{Kind: Date, Value: "weekday-" + itoa(d.Weekday) + "-" + itoa(d.Day), Date: &d}
		}
		return Mention{Kind: Date, Value: "weekday-" + itoa(d.Weekday), Date: &d}
	case d.Decade:
		v = fmt.Sprintf("%ds", d.Year)
	case d.Year != 0 && d.Month != 0 && d.Day != 0:
		v = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Month != 0 && d.Day != 0:
		v = fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Year != 0 && d.Month != 0:
		v = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Month != 0:
		v = fmt.Sprintf("--%02d", d.Month)
	default:
		v = fmt.Sprintf("%04d", d.Year)
	}
	if d.Qualifier != "" {
		v = d.Qualifier + "-" + v
	}
	kind := Date
	if d.Month == 0 && d.Qualifier == "" && !d.Decade {
		kind = Year
	}
	return Mention{Kind: kind, Value: v, Date: &d}
}

// monthAt names the month word at i.
func (p *parser) monthAt(i int) (int, bool) {
	w := p.word(i)
	if p.lang == French {
		m, ok := frMonths[w]
		if ok && p.capital(i) && p.capital(i-1) && !p.sentenceInitial(i-1) && p.num(i+1) == nil && !p.dayDigits(i-1) {
			return 0, false // "à Chiang Mai", "le Grand Mars": a name's word, as French writes its months in lower case
		}
		if pw := p.word(i - 1); ok && p.capital(i) && (pw == "de" || pw == "du") && p.capital(i-2) && !p.sentenceInitial(i-2) && p.num(i+1) == nil {
			return 0, false // "la Coopérative de Mai": a name's last word
		}
		if !ok && len(w) > 5 && p.capital(i) && p.yearToken(i+1) {
			m, ok = enMonths[w] // "Program Report, January 1997 to September 1997": an English title quoted
		}
		return m, ok
	}
	m, ok := enMonths[w]
	if !ok {
		m, ok = possessiveMonth(w)
	}
	if j := strings.LastIndexByte(w, '-'); !ok && j > 0 && p.num(i+1) != nil {
		m, ok = enMonths[w[j+1:]] // "the post-September 11 world": the date, prefixed
		return m, ok && capitalWord(p.toks[i].text[j+1:])
	}
	if ok && !p.capital(i) && len(w) > 3 && w != "may" && w != "march" && (p.dayDigits(i+1) || p.dayDigits(i-1)) {
		return m, true // "resumed from february 10": a month lowered by a typist, with its day
	}
	if !ok || !p.capital(i) {
		return 0, false
	}
	if w == "march" && p.word(i-1) == "long" && p.capital(i-1) {
		return 0, false // "Long March 5": a Chinese rocket ("Longue Marche 5")
	}
	if prev := p.word(i - 1); (w == "march" || w == "may") && p.capital(i-1) && len(prev) > 4 && strings.HasSuffix(prev, "s") && p.capital(i+1) && p.num(i+1) == nil && !p.isMonthWord(i+1) {
		return 0, false // "Wheat Board Supporters March Against Proposed Changes": a headline's verb
	}
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" && p.sym(i+1) == "." {
		return m, true // Sept. 11
	}
	if w == "sept" && !p.dayDigits(i+1) && !p.dayDigits(i-1) && !p.yearFollows(i+1) {
		return 0, false // "TF1's Sept à huit": a title; the month's short form goes with its day or year
	}
	return m, len(w) > 3 || w == "may" || p.monthSpan(i)
}

// yearFollows: a year stands at i.
func (p *parser) yearFollows(i int) bool {
	_, ok := p.yearAt(i)
	return ok
}

// dayDigits: the token at i is a day of the month in digits ("10",
// "10th"), as dayAt reads it.
func (p *parser) dayDigits(i int) bool {
	_, k := p.dayAt(i)
	return k > 0 && p.num(i) != nil
}

// monthSpan: a three-letter month joined by a dash to another, "Sep–Dec",
// "Nov-Dec": a span of months in a terse summary ("Mar" alone may be a
// word or a name).
func (p *parser) monthSpan(i int) bool {
	dash := func(j int) bool { s := p.sym(j); return (s == "–" || s == "-") && p.glued(j) && p.glued(j+1) }
	_, next := enMonths[p.word(i+2)]
	_, prev := enMonths[p.word(i-2)]
	return dash(i+1) && next && p.capital(i+2) || i >= 2 && dash(i-1) && prev && p.capital(i-2)
}

// yearAt reads a four-digit year token at i.
func (p *parser) yearAt(i int) (int, bool) {
	nb := p.num(i)
	if nb == nil || nb.grouped || nb.decimal || nb.intLen != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(p.toks[i].text)
	return y, y >= 1000 && y <= 2100
}

// dayAt reads a day of the month: 1, 1er, 1ᵉʳ, 1st, premier.
func (p *parser) dayAt(i int) (int, int) {
	if p.word(i) == "premier" && p.lang == French {
		return 1, 1
	}
	if v, ok := enOrdinals[p.word(i)]; ok && p.lang == English && v >= 1 && v <= 31 && (p.word(i+1) == "of" || p.words(i+1, "day", "of")) {
		if _, month := p.monthAt(i + 2 + boolInt(p.word(i+1) == "day")); month {
			return int(v), 1 // "the first of January", "the first day of January 1996"
		}
	}
	nb := p.num(i)
	if nb == nil || nb.grouped || nb.decimal || nb.intLen > 2 {
		return 0, 0
	}
	d, _ := strconv.Atoi(p.toks[i].text)
	if d < 1 || d > 31 {
		return 0, 0
	}
	if p.glued(i+1) && ordinalSuffix(p.lang, p.word(i+1)) {
		return d, 2
	}
	if d == 1 && p.lang == French && p.word(i+1) == "er" {
		return d, 2 // "le 1 er avril 1997": the superscript lost its place
	}
	return d, 1
}

// dayMonthAt reads "1er mai [2024]", "11 septembre 2001", "1 May 2024",
// "the 1st of May".
func (p *parser) dayMonthAt(i int) (DateValue, int) {
	d, k := p.dayAt(i)
	if k == 0 {
		return DateValue{}, 0
	}
	of := 0
	if p.lang == English && p.word(i+k) == "of" {
		of = 1
	} else if p.lang == English && p.word(i+k) == "day" && p.word(i+k+1) == "of" {
		of = 2 // "the 18th day of December, 1997": the style of a proclamation
	}
	if p.lang == French && p.word(i+k) == "jour" && (p.word(i+k+1) == "de" || p.word(i+k+1) == "d'") {
		of = 2 // "le premier jour d'avril", "the first day of April"
	}
	if p.lang == French && p.sym(i+k) == "-" && p.glued(i+k) && p.glued(i+k+1) {
		of = 1 // "le 13-Novembre", the name of an event
	}
	mo, ok := p.monthAt(i + k + of)
	short := false
	if !ok {
		mo, ok = p.shortMonthAt(i + k + of)
		short = ok
	}
	if !ok {
		return DateValue{}, 0
	}
	n := k + of + 1
	if w := p.word(i + n - 1); p.sym(i+n) == "." && (p.lang == English && len(w) <= 4 && w != "may" && w != "june" && w != "july" || short) {
		n++ // "3 Feb. 2024"; the full stop of "on 20 February." ends the sentence
	}
	dv := DateValue{Day: d, Month: mo}
	if y, ok := p.yearAt(i + n); ok {
		dv.Year, n = y, n+1
	} else if y, ok := p.yearAt(i + n + 1); ok && of > 0 && p.sym(i+n) == "," {
		dv.Year, n = y, n+2 // "the 1st of May, 2024"
	} else if y, ok := p.yearAt(i + n + 1); ok && p.lang == French && p.sym(i+n) == "," && (i+n+2 >= len(p.toks) || p.sym(i+n+2) != "") {
		dv.Year, n = y, n+2 // "le 2 décembre, 1997, la question no 56": the English comma ("le 2 décembre, 2000 personnes" is a count)
	}
	return dv, n
}

// monthFirstAt reads English "September 11, 2001", "May 1st", "Sept. 11".
func (p *parser) monthFirstAt(i int) (DateValue, int) {
	if p.lang != English {
		return DateValue{}, 0
	}
	mo, ok := p.monthAt(i)
	if !ok {
		mo, ok = p.shortMonthAt(i)
	}
	if !ok {
		return DateValue{}, 0
	}
	n := 1
	if p.sym(i+1) == "." {
		n++
	}
	if p.word(i+n) == "the" && p.num(i+n+1) != nil && (ordinalSuffix(English, p.word(i+n+2)) || p.sym(i+n+2) == "," && p.yearFollows(i+n+3)) {
		n++ // "July the 22nd", "May the 29, 1996"
	}
	d, k := p.dayAt(i + n)
	if k == 0 || k == 1 && p.countAfterMonth(i, i+n+k) {
		return DateValue{}, 0
	}
	n += k
	dv := DateValue{Day: d, Month: mo}
	c := 0
	if p.sym(i+n) == "," {
		c = 1
	}
	if y, ok := p.yearAt(i + n + c); ok {
		dv.Year, n = y, n+c+1
	}
	return dv, n
}

// countAfterMonth: "during November 23 people were killed": after "in"
// or "during" a month takes no day, so a number that runs on into a
// word counts that word.
func (p *parser) countAfterMonth(i, after int) bool {
	switch p.word(i - 1) {
	case "in", "during", "throughout":
	default:
		return false
	}
	_, year := p.yearAt(after)
	return p.word(after) != "" && !year
}

// afterCommaYear may follow "March, 1999" when the year is the month's.
var afterCommaYear = map[string]bool{"and": true, "or": true, "to": true, "when": true, "but": true, "the": true, "in": true,
	"at": true, "with": true, "after": true, "before": true, "until": true, "we": true, "i": true, "it": true, "they": true}

// monthYearAt reads "février 2020", "February 2020", or a month alone.
func (p *parser) monthYearAt(i int) (DateValue, int) {
	mo, ok := p.monthAt(i)
	if !ok {
		return DateValue{}, 0
	}
	if p.missionMars(i) {
		return DateValue{}, 0
	}
	k := 0
	if w := p.word(i); p.lang == English && p.sym(i+1) == "." && len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		k = 1 // "Feb. 2024"; the full stop after "February." ends the sentence
	}
	if y, ok := p.yearAt(i + 1 + k); ok {
		return DateValue{Month: mo, Year: y}, 2 + k
	}
	if y, ok := p.yearAt(i + 2); ok && k == 0 && p.lang == English && p.word(i+1) == "of" && p.capital(i) {
		return DateValue{Month: mo, Year: y}, 3 // "in June of 1997"
	}
	if y, ok := p.yearAt(i + 2); ok && k == 0 && p.lang == English && p.sym(i+1) == "," && p.capital(i) && p.num(i+2).intLen == 4 && (p.toks[min(i+3, len(p.toks)-1)].kind == tSym || i+3 >= len(p.toks) || afterCommaYear[p.word(i+3)]) {
		return DateValue{Month: mo, Year: y}, 3 // "throughout February and March, 1999 and": the year after a comma ("in March, 2000 people" is a count)
	}
	if nb := p.num(i + 1); p.lang == English && k == 0 && nb != nil && len(p.toks[i+1].text) == 2 && p.capital(i) && p.bareAfter(i+2) {
		if n := atoiSafe(p.toks[i+1].text); n > 40 { // ("March 34" is a day mistyped: a year of this century is written whole)
			return DateValue{Month: mo, Year: fullYear(n)}, 2 // "May 68" kept from "Mai 68": no day runs past 31
		}
	}
	if p.planetMars(i) {
		return DateValue{}, 0
	}
	if p.lang == English && p.word(i) == "may" && (i == 0 || endMark(p.sym(i-1)) || p.sym(i-1) == "\"" || p.sym(i-1) == ":" || subjectPronoun[p.word(i+1)] && !monthLeads[p.word(i-1)]) && !p.monthPair(i) {
		return DateValue{}, 0 // sentence-initial "May" is as likely the verb; "May I", "may we" are
	}
	return DateValue{Month: mo}, 1 + k
}

// monthLeads make the "May" after them the month, even before "I" or
// "we": "last May I took part".
var monthLeads = map[string]bool{"last": true, "next": true, "this": true, "in": true, "since": true, "until": true, "early": true, "late": true, "of": true, "by": true}

// monthPair: the month at i is joined by a hyphen to another ("May-June").
func (p *parser) monthPair(i int) bool {
	_, ok := p.monthAt(i + 2)
	return ok && p.sym(i+1) == "-" && p.toks[i].end == p.toks[i+1].start
}

// qualifiedAt reads mi-2022, mi-juin, début 2024, fin 2023, courant 2023,
// mid-2022, early June, late 2023, the end of 2023.
func (p *parser) qualifiedAt(i int) (DateValue, int) {
	if dv, ok := p.midMonth(i); ok {
		if y, ok := p.yearAt(i + 1); ok {
			dv.Year = y // "mi-janvier 2023", "mid-January 2023"
			return dv, 2
		}
		return dv, 1
	}
	q, k := p.qualifier(i)
	if k == 0 {
		return DateValue{}, 0
	}
	if w := p.word(i + k); (w == "de" || w == "d'") && p.lang == French {
		k++
	}
	if y, ok := p.yearAt(i + k); ok {
		return DateValue{Year: y, Qualifier: q}, k + 1
	}
	if mo, ok := p.monthAt(i + k); ok {
		dv := DateValue{Month: mo, Qualifier: q}
		if y, ok := p.yearAt(i + k + 1); ok {
			dv.Year, k = y, k+1
		}
		return dv, k + 1
	}
	return DateValue{}, 0
}

// qualifier maps the words before a year or month to early/mid/late.
func (p *parser) qualifier(i int) (string, int) {
	w := p.word(i)
	hy := 0
	if p.sym(i+1) == "-" && p.glued(i+1) {
		hy = 1
	}
	switch {
	case (w == "mi" || w == "mid") && hy == 1:
		return "mid", 2
	case w == "début" || w == "early" || w == "courant" || w == "fin" || w == "late":
		return map[string]string{"début": "early", "early": "early", "fin": "late", "late": "late", "courant": ""}[w], 1 + hy
	case w == "end" && hy == 1 && p.lang == English:
		return "late", 2 // "by end-2025", as business English writes it
	case w == "la" && p.word(i+1) == "mi" && p.sym(i+2) == "-":
		return "mid", 3
	case p.words(i, "the", "end", "of"), p.words(i, "the", "close", "of"):
		return "late", 3
	case p.words(i, "the", "beginning", "of"), p.words(i, "the", "start", "of"):
		return "early", 3
	case p.words(i, "the", "middle", "of"):
		return "mid", 3
	}
	return "", 0
}

// subjectPronoun after "May" makes it the verb: "May I take it".
var subjectPronoun = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// isMonthWord: an English month's name at i, capitalised or not.
func (p *parser) isMonthWord(i int) bool {
	_, ok := enMonths[p.word(i)]
	return ok
}

// aliasYear reads the year said after a named day at j, "Christmas Day
// 2023", "Christmas Day, 2023", into d: the tokens it took, or 0.
func (p *parser) aliasYear(j int, d *DateValue) int {
	k := boolInt(p.sym(j) == ",")
	nb := p.num(j + k)
	if nb == nil || nb.grouped || nb.decimal || nb.intLen != 4 || p.glued(j+k+1) && (p.sym(j+k+1) == "-" || p.word(j+k+1) != "") {
		return 0
	}
	y := atoiSafe(p.toks[j+k].text)
	if y < 1800 || y > 2100 {
		return 0
	}
	d.Year = y
	return k + 1
}
