package figures

import "strings"

// A result told by a noun, "après sa défaite 3-1 face au Sporting",
// "the 3-1 win over Sporting", "la victoire de l'OM à Nice (1-3)": the
// noun says which way the score went for the side that owns it, the
// side its "de" names or else the sentence's subject (N19, M3).

// resultNounSign gives the result a noun tells its owner.
var resultNounSign = map[string]int8{"victoire": 1, "succès": 1, "défaite": -1, "revers": -1,
	"win": 1, "victory": 1, "defeat": -1, "loss": -1}

// rivalWordIn: a word that opens the rival's name stands in [from, to):
// "contre", "sur", "face", "against", "over".
func (p *parser) rivalWordIn(from, to int) bool {
	for j := from; j < to && j < len(p.toks); j++ {
		switch p.word(j) {
		case "contre", "sur", "face", "devant", "against", "over", "versus", "vs":
			return true
		}
	}
	return false
}

// nounResult fills m.sides from a result noun within a few words of the
// score m (at token i0) in the sentence [lo, hi), when the noun's owner
// and the other side are both named, or the owner of a win.
func (p *parser) nounResult(m *Mention, lo, hi, i0 int) {
	i1 := p.tokenAfter(m.End)
	n := -1
	for j := i0 - 1; j >= lo && j >= i0-16; j-- {
		if p.sym(j) != "" && p.sym(j) != "(" && p.sym(j) != "'" && p.sym(j) != "’" && !(p.sym(j) == "-" && p.glued(j) && p.glued(j+1)) && !(p.sym(j) == "," && j == i0-1) {
			break // ("Il a perdu la finale. Victoire 3-1 ...": the noun is the score's own clause's; "Bâti-Ouest" is one name; "la victoire de Vic face à Pau, 24-19": the score in apposition)
		}
		if resultNounSign[p.word(j)] != 0 {
			n = j
			break
		}
	}
	if n < 0 {
		for j := i1; j < hi && j < i1+4; j++ {
			if p.sym(j) != "" && p.sym(j) != "-" {
				break
			}
			if resultNounSign[p.word(j)] != 0 {
				n = j
				break
			}
		}
	}
	if n < 0 {
		return
	}
	var owner, other string
	if n < i0 {
		if w := p.word(n + 1); w == "de" || w == "d'" || w == "du" || w == "of" {
			var next int
			owner, next = p.teamNameAt(n+2, i0) // "la victoire de l'OM à Nice (1-3)", "la défaite de l'Aviron Bayonnais face à Toulon"
			if owner != "" && p.rivalWordIn(n+2, next) {
				return // "la victoire de son club contre Lorient (3-1)": the name is the rival's, the winner unnamed
			}
			if owner != "" {
				other = p.teamName(next, hi)
			}
		} else if w := p.word(i1); n == i0-1 && (w == "de" || w == "des" || w == "du" || w == "d'") {
			var next int
			owner, next = p.teamNameAt(i1+1, hi) // "sur une victoire 2-1 des Héraultais": the side after the score owns it
			other = p.rivalName(next, hi)
		} else {
			owner = p.teamName(lo, n) // "Brest ... après sa défaite 3-1 face au Sporting"
			other = p.teamName(i1, hi)
		}
	} else if w := p.word(n + 1); w == "for" || w == "pour" {
		var next int
		owner, next = p.teamNameAt(n+2, hi) // "ended in a 3-1 win for Olympique Rochelais": the side after "for" owns it
		other = p.rivalName(next, hi)
	} else {
		owner = p.teamName(lo, i0) // "Brest ... after a 3-1 win over Sporting"
		if i0 > lo && i0 > 0 && p.capital(i0-1) && (strings.HasSuffix(p.toks[i0-1].text, "'s") || strings.HasSuffix(p.toks[i0-1].text, "’s")) {
			owner = p.teamName(i0-1, i0) // "sent off in Lens's 3-1 win over Lyon"
		}
		other = p.teamName(n+1, hi)
	}
	if owner == "" || owner == other || other == "" && resultNounSign[p.word(n)] < 0 {
		return // (a win's owner alone names the winner: "la victoire de Brest (2-0)")
	}
	m.result = resultNounSign[p.word(n)]
	m.sides = [2]string{owner, other}
	if m.result < 0 {
		m.sides = [2]string{other, owner}
	}
}
