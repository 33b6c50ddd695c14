package figures

import "strings"

// shortMonthAt reads a capitalised English month abbreviation without its
// dot ("Oct", "Feb", "Sep"), which wire datelines write ("OSLO, Oct 11
// (AFP) -", "LONDON, 7 Feb (Reuters) -"). Alone such a word may be a name
// (Jan, Mar), so the callers accept it only beside a day of the month.
func (p *parser) shortMonthAt(i int) (int, bool) {
	if p.lang != English || !p.capital(i) {
		return 0, false
	}
	w := p.word(i)
	if len(w) != 3 || w == "may" {
		return 0, false
	}
	m, ok := enMonths[w]
	return m, ok
}

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
