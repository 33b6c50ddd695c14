package figures

import "math/big"

// namedPlusCount: a French count said after one thing named, "cette
// mesure et trois autres", "le pilote et ses deux passagers": an English
// total may count that one too ("four measures including this one",
// "all three people on board").
func (p *parser) namedPlusCount(m Mention) bool {
	if p.lang != French || m.Kind != Cardinal || m.Unit != "" || m.Scale != "" || m.Comparator != CmpNone {
		return false
	}
	i := p.tokenAfter(m.Start)
	j := i - 1
	if w := p.word(j); w == "ses" || w == "leurs" || w == "les" || w == "ces" {
		j--
	}
	if p.word(j) != "et" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch p.word(k) {
		case "le", "la", "l'", "cette", "ce", "cet", "son", "sa":
			return k < j-1
		case "":
			return false // a figure or a mark between: a list, not one thing named
		}
	}
	return false
}

// namedInTotal: an English count that says it takes in the thing named
// beside it, "four measures including this one", "all three people", "in all".
func (p *parser) namedInTotal(m Mention) bool {
	if p.lang != English || m.Kind != Cardinal {
		return false
	}
	if m.totalSaid || p.word(p.tokenAfter(m.Start)-1) == "all" {
		return true
	}
	i1 := p.tokenAfter(m.End)
	for j := i1; j < i1+3 && j < len(p.toks); j++ {
		if w := p.word(j); w == "including" || w == "counting" {
			return true
		}
	}
	return false
}

// oneMoreNamed: t counts the thing the source names beside its count s.
func oneMoreNamed(s, t Mention, sv, tv *big.Rat) bool {
	return s.namedPlus && t.namedIn && sv != nil && tv != nil && new(big.Rat).Add(sv, big.NewRat(1, 1)).Cmp(tv) == 0
}
