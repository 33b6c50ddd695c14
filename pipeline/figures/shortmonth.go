package figures

import "strings"

// shortMonthAt reads a capitalised English month abbreviation without its
// dot ("Oct", "Feb", "Sep"), which wire datelines write ("OSLO, Oct 11
// (AFP) -", "LONDON, 7 Feb (Reuters) -"). Alone such a word may be a name
// (Jan, Mar), so the callers accept it only beside a day of the month.
func (p *parser) shortMonthAt(i int) (int, bool) {
	if p.lang == French {
		m, ok := frShortMonths[p.word(i)]
		if p.word(i) == "sept" && p.sym(i+1) != "." {
			return 0, false // "sept" alone is seven
		}
		return m, ok
	}
	if !p.capital(i) {
		return 0, false
	}
	w := p.word(i)
	if len(w) != 3 || w == "may" {
		return 0, false
	}
	m, ok := enMonths[w]
	return m, ok
}

// frShortMonths are the abbreviations of French wire copy: "11 oct.",
// "24 févr.", "3 janv."; only read after a day.
var frShortMonths = map[string]int{"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9,
	"oct": 10, "nov": 11, "déc": 12}

// possessiveMonth reads a full month name in the possessive ("last
// December's peak" for "le pic de décembre dernier", "June's results").
func possessiveMonth(w string) (int, bool) {
	base, ok := strings.CutSuffix(w, "'s")
	if !ok || len(base) < 4 || base == "may" { // Theresa May's
		return 0, false
	}
	m, ok := enMonths[base]
	if ok && enMonthNames[m] != "" && len(base) == len(enMonthNames[m]) {
		return m, true
	}
	return 0, false
}
