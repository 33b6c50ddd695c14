package figures

import (
	"strconv"
	"strings"
)

// numericDateAt reads 11/09/2001: day first in French, month first in
// English unless the first field cannot be a month (N13).
func (p *parser) numericDateAt(i int) (DateValue, int) {
	nb := p.num(i)
	if nb == nil {
		return DateValue{}, 0
	}
	lit, n := p.toks[i].text, 1
	dotted := nb.dotted
	if p.lang == English && nb.decimal && p.sym(i+1) == "." && p.glued(i+1) && p.glued(i+2) && p.num(i+2) != nil && (len(p.toks[i+2].text) == 4 || len(p.toks[i+2].text) == 2 && p.datelineLead(i)) {
		// "by 31.12.2006": the European dotted date, day first, which
		// English reads as a decimal and a year
		lit, n, dotted = p.text[p.toks[i].start:p.toks[i+2].end], 3, true
	} else if !nb.dotted {
		if d, k := p.frDayMonth(i); k > 0 {
			return d, k
		}
		if p.sym(i+1) != "/" || p.num(i+2) == nil || p.sym(i+3) != "/" || p.num(i+4) == nil || !p.glued(i+4) {
			return DateValue{}, 0
		}
		lit, n = p.text[p.toks[i].start:p.toks[i+4].end], 5
	}
	f := numericDate.FindStringSubmatch(lit)
	if f == nil {
		return DateValue{}, 0
	}
	a, _ := strconv.Atoi(f[1])
	b, _ := strconv.Atoi(f[2])
	y, _ := strconv.Atoi(f[3])
	if len(f[3]) == 2 {
		y += 2000
	}
	dv := DateValue{Year: y, Day: a, Month: b}
	if p.lang == English && a <= 12 && !dotted {
		dv.Day, dv.Month, dv.Ambiguous = b, a, b <= 12 && a != b
	}
	// A year is written with four digits from 1000, as news dates are;
	// "1/1/0001" and "1/1/2101" are not one (the English reads no such year).
	if dv.Month < 1 || dv.Month > 12 || dv.Day < 1 || dv.Day > 31 || dv.Year < 1000 || dv.Year > 2100 {
		return DateValue{}, 0
	}
	return dv, n
}

// datelineLead: nothing but a date's cue before i, so that "28.8.09"
// alone or "on 28.8.09" is a date with a short year, where "Firefox
// 3.6.13" is a version.
func (p *parser) datelineLead(i int) bool {
	if i == 0 || p.sym(i-1) == "(" || p.sym(i-1) == "," && p.capital(i-2) && i == 2 {
		return true // "Paris, 28.8.09"
	}
	switch p.word(i - 1) {
	case "on", "dated", "since", "until":
		return true
	}
	return false
}

// aliasAt reads named events that stand for a date: 9/11, VE Day,
// Bastille Day (N13).
func (p *parser) aliasAt(i int) (DateValue, int) {
	if p.lang == French {
		return p.frAliasAt(i)
	}
	if p.lang != English {
		return DateValue{}, 0
	}
	if p.num(i) != nil && p.toks[i].text == "9" && p.sym(i+1) == "/" && p.num(i+2) != nil &&
		p.toks[i+2].text == "11" && p.glued(i+2) && p.sym(i+3) != "/" {
		return DateValue{Year: 2001, Month: 9, Day: 11, Alias: true}, 3
	}
	switch {
	case p.words(i, "ve", "day") && p.capital(i):
		return DateValue{Year: 1945, Month: 5, Day: 8, Alias: true}, 2
	case p.words(i, "bastille", "day"):
		return DateValue{Month: 7, Day: 14, Alias: true}, 2
	case p.words(i, "great", "depression") && (p.capital(i) || p.word(i-1) == "the"): // (Hansard writes "the great depression")
		return DateValue{Year: 1929, Alias: true}, 2 // la crise de 1929
	case p.word(i) == "d-day" && p.capital(i):
		return DateValue{Year: 1944, Month: 6, Day: 6, Alias: true}, 1
	case p.words(i, "armistice", "day"):
		return DateValue{Month: 11, Day: 11, Alias: true}, 2
	case p.words(i, "may", "day") && p.capital(i) && p.capital(i+1):
		return DateValue{Month: 5, Day: 1, Alias: true}, 2
	case p.word(i) == "april" && p.capital(i) && (p.word(i+1) == "fool's" || p.word(i+1) == "fool’s" || p.word(i+1) == "fools"):
		n := 2 + boolInt(p.sym(i+2) == "'" || p.sym(i+2) == "’")
		return DateValue{Month: 4, Day: 1, Alias: true}, n + boolInt(p.word(i+n) == "day") // "le premier avril" told "April Fool's Day"
	case p.words(i, "christmas", "day"):
		return DateValue{Month: 12, Day: 25, Alias: true}, 2
	case p.words(i, "christmas", "eve"):
		return DateValue{Month: 12, Day: 24, Alias: true}, 2
	case p.words(i, "new", "year's", "day") || p.words(i, "new", "year's", "eve"):
		if p.word(i+2) == "eve" {
			return DateValue{Month: 12, Day: 31, Alias: true}, 3
		}
		return DateValue{Month: 1, Day: 1, Alias: true}, 3
	}
	return DateValue{}, 0
}

// frAliasAt reads the French feasts that name a day: "la nuit de la
// Saint-Sylvestre" is New Year's Eve, "la Toussaint" All Saints' Day.
func (p *parser) frAliasAt(i int) (DateValue, int) {
	switch {
	case p.word(i) == "saint-sylvestre" && p.capital(i):
		return DateValue{Month: 12, Day: 31, Alias: true}, 1
	case p.word(i) == "toussaint" && p.capital(i):
		return DateValue{Month: 11, Day: 1, Alias: true}, 1
	}
	return DateValue{}, 0
}

// withDay turns a bare day number into a date of the given month.
func withDay(m Mention, d DateValue) Mention {
	day, err := strconv.Atoi(m.Value)
	if err != nil || day < 1 || day > 31 || m.Word {
		return m
	}
	d.Day = day
	out := dateMention(d)
	out.Start, out.End, out.Raw, out.Lang = m.Start, m.End, m.Raw, m.Lang
	return out
}

// midMonth reads the one-word "mi-juin" / "mid-June", and the English
// "early-April" / "late-June" a translator hyphenates as an adjective
// ("the early-April frost").
func (p *parser) midMonth(i int) (DateValue, bool) {
	pre, rest, ok := strings.Cut(p.word(i), "-")
	qual := map[string]string{"mi": "mid", "mid": "mid", "early": "early", "late": "late"}[pre]
	if !ok || qual == "" || p.lang == French && pre != "mi" {
		return DateValue{}, false
	}
	months := frMonths
	if p.lang == English {
		months = enMonths
	}
	mo, ok := months[rest]
	return DateValue{Month: mo, Qualifier: qual}, ok
}

func decadeYear(nb *number, toks []token, i int) (int, bool) {
	if nb == nil || nb.grouped || nb.decimal {
		return 0, false
	}
	y, _ := strconv.Atoi(toks[i].text)
	switch {
	case nb.intLen == 4 && y%10 == 0 && y >= 1000 && y <= 2100:
		return y, true
	case nb.intLen == 2 && y%10 == 0:
		return 1900 + y, true
	}
	return 0, false
}

// frDayMonth reads a French day and month without a year after the
// article of a date, "le 3/11", "depuis le 12/06": the 3rd of November
// ("3/4 des matchs", with no article, is a share).
func (p *parser) frDayMonth(i int) (DateValue, int) {
	if p.lang != French || p.word(i-1) != "le" && p.word(i-1) != "du" && p.word(i-1) != "au" || p.sym(i+1) != "/" || !p.glued(i+1) || !p.glued(i+2) || p.sym(i+3) == "/" {
		return DateValue{}, 0
	}
	a, b := p.num(i), p.num(i+2)
	if a == nil || b == nil || a.decimal || b.decimal || len(p.toks[i+2].text) != 2 && len(p.toks[i].text) != 2 {
		return DateValue{}, 0 // "le 3/11" and "le 12/6" have two digits on one side at least
	}
	d, m := atoiSafe(p.toks[i].text), atoiSafe(p.toks[i+2].text)
	if d < 1 || d > 31 || m < 1 || m > 12 || p.word(i+3) != "" && unitWords[p.word(i+3)] != "" {
		return DateValue{}, 0
	}
	return DateValue{Day: d, Month: m}, 3
}
