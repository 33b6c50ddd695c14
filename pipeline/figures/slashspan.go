package figures

// slashSpan: "un lit de 210/220 cm", "un sommier à 14/18 lamelles" give
// a span of sizes or counts with a slash, which the English writes with
// a dash ("210-220 cm", "14-18 slats"). Only two whole numbers of the
// same length, the first the smaller, the second no month, followed by a
// unit or a noun: dates (14/07), fractions (1/3), marks out of ten,
// twenty or a hundred (15/20) and codes (no 12/95) are not spans.
func (p *parser) slashSpan(i, j, n2 int, lo, hi Mention) bool {
	if n2 != 1 && hi.Kind != Quantity || !p.glued(j) || !p.glued(j+1) || p.numberWord(i-1) {
		return false
	}
	a, b := p.num(i), p.num(j+1)
	if a == nil || b == nil || a.decimal || b.decimal || a.grouped || b.grouped || a.intLen != b.intLen {
		return false
	}
	x, y := atoiSafe(p.toks[i].text), atoiSafe(p.toks[j+1].text)
	if x >= y || y <= 12 || y == 20 || y == 100 || y%10 == 0 && x%10 != 0 {
		return false
	}
	after := j + 1 + n2
	if hi.Kind == Quantity {
		return true
	}
	return p.word(after) != "" && p.num(after) == nil && p.sym(after+1) != "/" && !p.isMonth(after)
}
