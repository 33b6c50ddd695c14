package figures

// manpowerAt reads the players on the ice or the pitch, "four on
// three", "a 5-on-3", "two-on-one": the sides of a power play, as
// French says "à quatre contre trois" (N19). Small, unequal counts only:
// "one on one" is a meeting, and a larger "four on 30" counts no sides.
func (p *parser) manpowerAt(i int) (*Mention, int) {
	if p.lang != English || p.word(i+1) != "on" && !(p.sym(i+1) == "-" && p.word(i+2) == "on") {
		return nil, 0 // (the cheap test first: most words are followed by no "on")
	}
	a, n1 := p.ratioTerm(i, false)
	j := i + n1
	if n1 == 0 || p.word(j) != "on" {
		if n1 == 0 || p.sym(j) != "-" || p.word(j+1) != "on" || p.sym(j+2) != "-" {
			return nil, 0
		}
		j += 2 // "a 5-on-3", "two-on-one"
	}
	b, n2 := p.ratioTerm(j+1, false)
	if n2 == 0 || a < 2 || a > 6 || b < 1 || b > 6 || a == b || p.num(j+1+n2) != nil {
		return nil, 0
	}
	if enMonths[p.word(j+1+n2)] != 0 || enWeekdays[p.word(j+1)] != 0 {
		return nil, 0 // "split in two on 1 January": a date after "on", no sides
	}
	return &Mention{Kind: Score, Value: itoa(int(a)) + "-" + itoa(int(b))}, j + 1 + n2 - i
}
