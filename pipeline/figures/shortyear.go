package figures

import (
	"strconv"
	"strings"
)

// Short years (N14): "Mai 68", "les JO de 24", "le Mondial 98" name a
// year by its last two digits; English writes "May 1968", "the 2024
// Games". The century is guessed, and a four-digit year with the same
// last two digits is accepted.

// shortEvents are the nouns a two-digit year may follow.
var shortEvents = map[string]bool{"jo": true, "jeux": true, "mondial": true, "euro": true, "coupe": true,
	"crise": true, "krach": true, "printemps": true, "été": true, "hiver": true, "automne": true, "canicule": true,
	"tempête": true, "promo": true, "promotion": true, "cuvée": true, "millésime": true, "choc": true}

// twoDigits is the value of a bare two-digit number, or -1.
func twoDigits(m Mention) int {
	if m.Kind != Cardinal || m.Word || len(m.Raw) != 2 {
		return -1
	}
	n, err := strconv.Atoi(m.Raw)
	if err != nil {
		return -1
	}
	return n
}

// fullYear guesses the century: 24 is 2024, 68 is 1968.
func fullYear(n int) int {
	if n <= 40 {
		return 2000 + n
	}
	return 1900 + n
}

// shortYearMonth merges "Mai" and "68" into May 1968.
func (p *parser) shortYearMonth(prev, m Mention) (Mention, bool) {
	n := twoDigits(m)
	d := prev.Date
	if prev.Kind != Date || d == nil || d.Month == 0 || d.Year != 0 || n < 0 || strings.TrimSpace(p.text[prev.End:m.Start]) != "" {
		return prev, false
	}
	next := p.word(p.tokenAfter(m.End))
	counted := periodUnit[next] != "" || unitWords[next] != "" || knownNoun(next) // "ouvre depuis janvier 45 heures par semaine": 45 counts hours, no year
	french := p.lang == French && n >= 32 && d.Day == 0 && !counted
	if !french && !p.tableDate(prev, m) {
		return prev, false
	}
	nd := *d
	nd.Year = fullYear(n)
	prev.Date, prev.Value = &nd, dateMention(nd).Value
	prev.End, prev.Raw, prev.style = m.End, p.text[prev.Start:m.End], "short"
	return prev, true
}

// tableDate: "22 Oct 14", a day, a month cut to three letters and a
// year cut to two, the dates of tables and notices, closed by a mark or
// the end of the text.
func (p *parser) tableDate(prev, m Mention) bool {
	if p.lang != English || prev.Date.Day == 0 || p.text[prev.End:m.Start] != " " {
		return false
	}
	month := prev.Raw[strings.LastIndexByte(prev.Raw, ' ')+1:]
	if len(month) != 3 || enMonths[strings.ToLower(month)] == 0 {
		return false
	}
	rest := strings.TrimLeft(p.text[m.End:], " ")
	return rest == "" || strings.ContainsRune(",;).", rune(rest[0]))
}

// shortYearEvent reads "les JO de 24", "le Mondial 98" as a year.
func (p *parser) shortYearEvent(m *Mention) {
	n := twoDigits(*m)
	if n < 0 {
		return
	}
	i := p.tokenAfter(m.Start) - 1
	if p.acronymYear(i) {
		m.Kind, m.Value, m.style = Year, itoa(fullYear(n)), "short" // "CEPA 88", the act of 1988; "la LCPE 99"
		return
	}
	if p.lang == English {
		if s := p.sym(i); (s == "/" || s == "'" || s == "-") && p.glued(i+1) && p.num(i-1) != nil && p.glued(i-1) && periodInitial[p.toks[max(i-2, 0)].text] {
			m.Kind, m.Value, m.style = Year, itoa(fullYear(n)), "short" // "Q1/15", "H2'24": the first quarter of 2015
		}
		if s := p.sym(i); (s == "'" || s == "’") && p.glued(i+1) && !p.glued(i) && !p.quoteAfter(m.End) {
			m.Kind, m.Value, m.style = Year, itoa(fullYear(n)), "short" // "Budget '99", "the class of '68"
		}
		return
	}
	if w := p.word(i); w == "de" || w == "d'" {
		i--
	}
	if shortEvents[p.word(i)] && !p.verbAt(i) && !countedPlural(p.word(p.tokenAfter(m.End))) {
		m.Kind, m.Value, m.style = Year, itoa(fullYear(n)), "short"
	}
}

// verbAt: the word at i follows an auxiliary, a subject or the "en"
// a subject puts before its verb, so it is a verb ("a été 40", "il en
// coupe 42"), while "en été 76" stays a summer.
func (p *parser) verbAt(i int) bool {
	w := p.word(i - 1)
	return auxiliaries[w] || enSubjects[w] || p.enPronounBefore(i) && w == "en"
}

// acronymYear: the word at i, before a two-digit number, is an acronym
// of three to six capitals, and the number ends its clause: "known as
// CEPA 88," names the act by its year, as "Expo 86" does.
func (p *parser) acronymYear(i int) bool {
	w := ""
	if p.word(i) != "" {
		w = p.toks[i].text
	}
	if len(w) < 3 || len(w) > 6 || strings.ToUpper(w) != w || strings.ToLower(w) == w || p.glued(i+1) {
		return false
	}
	if lw := strings.ToLower(w); labelNouns[lw] || numberingWords[lw] {
		return false // "HANSARD * NUMBER 87", "VOTE 12": a heading's number, no year
	}
	if p.num(i-1) != nil || numberWord(p.word(i-1)) {
		return false // "dont six ATR 72.": a count of a model, which no act of a year is
	}
	next := i + 2
	if next >= len(p.toks) {
		return true
	}
	switch p.word(next) {
	case "":
		s := p.sym(next)
		return s == "," || s == "." || s == ";" || s == ")" || s == ":"
	case "and", "or", "et", "ou":
		return true
	}
	return false
}

// numberingWords name a number in capitals as a heading does.
var numberingWords = map[string]bool{"number": true, "numéro": true, "no": true, "issue": true, "volume": true,
	"vote": true, "room": true, "page": true, "item": true, "table": true, "article": true}

// periodInitial are the letters of a quarter or a half of a year a
// short year may follow: Q1/15, H2'24.
var periodInitial = map[string]bool{"Q": true, "H": true}

// shortYearAgrees: a short year and an English year with the same last
// two digits (and the same month, if any).
func shortYearAgrees(s, t Mention) bool {
	if s.style != "short" {
		return false
	}
	a, b := yearOf(s), yearOf(t)
	if b == 0 && twoDigits(t) >= 0 && s.Date == nil {
		b = twoDigits(t) // "Mondial-82" kept short: "World Cup 82"
	}
	if a == 0 || b == 0 || a%100 != b%100 {
		return false
	}
	return s.Date == nil || t.Date != nil && t.Date.Month == s.Date.Month && t.Date.Day == 0
}

// yearOf is the year a Year, a yearish number or a date says, or 0.
func yearOf(m Mention) int {
	if m.Date != nil {
		return m.Date.Year
	}
	if m.Kind == Year || isYearish(m) {
		y, _ := strconv.Atoi(m.Value)
		return y
	}
	return 0
}

// quoteAfter: a quote mark glued after the figure, which makes an
// opening apostrophe before it a quotation ("'99'"), not a short year.
func (p *parser) quoteAfter(end int) bool {
	return strings.HasPrefix(p.text[end:], "'") || strings.HasPrefix(p.text[end:], "’")
}

// countedPlural: the word after a number is a plural it counts, so the
// number is no short year ("a connu cet été 23 journées à plus de 35
// °C"). pluralNounLike would refuse "journées" as a participle.
func countedPlural(w string) bool {
	return len(w) > 3 && pluralWord(w) && !frFunction[w] && !shortYearFollowers[w]
}

// shortYearFollowers end in "s" but count nothing after a short year ("la
// canicule 03 sans précédent").
var shortYearFollowers = map[string]bool{"sans": true, "dans": true, "sous": true, "plus": true, "puis": true, "mais": true, "depuis": true, "alors": true, "très": true, "avons": true, "étaient": true}
