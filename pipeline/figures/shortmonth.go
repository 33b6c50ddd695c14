package figures

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
