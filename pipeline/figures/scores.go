package figures

import "strings"

// Scores said with the goals (N19): "2 buts à 1", "par trois buts à
// zéro", "by two goals to one", "3 goals to 1": the score 2-1, home
// side first.

// goalsAt reads "N buts à M" (French) or "N goals to M" (English).
func (p *parser) goalsAt(i int) (Mention, int) {
	if p.lang == English && p.toks[i].kind == tWord {
		if m, ok := p.nilScore(i); ok {
			return m, 1
		}
	}
	if !p.goalsAhead(i) {
		return Mention{}, 0 // spare the number parse
	}
	a, n1 := p.ratioTerm(i, true)
	if n1 == 0 || a > 20 {
		return Mention{}, 0
	}
	noun, link := p.word(i+n1), p.word(i+n1+1)
	ok := p.lang == French && (noun == "buts" || noun == "but") && link == "à" ||
		p.lang == English && (noun == "goals" || noun == "goal") && link == "to"
	if !ok {
		return Mention{}, 0
	}
	b, n2 := p.ratioTerm(i+n1+2, true)
	if n2 == 0 && (p.word(i+n1+2) == "zéro" || p.word(i+n1+2) == "nil" || p.word(i+n1+2) == "zero") {
		b, n2 = 0, 1
	}
	if n2 == 0 || b > 20 {
		return Mention{}, 0
	}
	return Mention{Kind: Score, Value: itoa(int(a)) + "-" + itoa(int(b))}, n1 + 2 + n2
}

// goalsAhead: a goal noun within the next three tokens.
func (p *parser) goalsAhead(i int) bool {
	for j := i + 1; j <= i+3; j++ {
		switch p.word(j) {
		case "buts", "but", "goals", "goal":
			return true
		}
	}
	return false
}

// nilScore reads the English "three-nil" (3-0), "one-all" (1-1) and
// "two-one" (2-1): two small numbers that make no compound number.
func (p *parser) nilScore(i int) (Mention, bool) {
	w := p.word(i)
	head, tail, ok := strings.Cut(w, "-")
	if p.lang != English || !ok {
		return Mention{}, false
	}
	v, ok := enUnits[head]
	if !ok || v > 20 || v%10 == 0 && v >= 20 {
		return Mention{}, false // twenty-one is a number
	}
	b, ok := enUnits[tail]
	switch {
	case tail == "nil":
		b = 0
	case tail == "all":
		b = v
	case !ok || b > 20 || head == "one" && tail == "two":
		return Mention{}, false // "a one-two finish"
	}
	return Mention{Kind: Score, Value: itoa(int(v)) + "-" + itoa(int(b))}, true
}
