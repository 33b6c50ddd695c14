package figures

import (
	"math/big"
	"strings"
)

// Bounds said by a verb of passing (N9): "le Brent a dépassé les 90
// dollars", "a franchi la barre des 4 millions" are above the figure, as
// "topped $90", "exceeds 52%", "passed the 4 million mark" and "rose
// above $90" (prepbound.go) are. Read as exact on one side and bounded
// on the other, a faithful pair was a dropped or added hedge. Negated
// ("ne doit pas dépasser 3 grammes") the verb caps the figure: capBefore.

// passVerbs pass any figure. markVerbs pass only a line named as such
// ("la barre des", "the N mark") or an amount: "franchir 3 km" and
// "passed 3 laws" are no bound.
var passVerbs = map[string]bool{"exceed": true, "exceeds": true, "exceeded": true, "exceeding": true,
	"topped": true, "topping": true, "tops": true, "surpassed": true, "surpasses": true, "surpass": true}

var markVerbs = map[string]bool{"franchi": true, "franchit": true, "franchir": true, "franchira": true,
	"franchissent": true, "passe": true, "passé": true, "passer": true, "crossed": true, "cross": true,
	"crosses": true, "passed": true, "pass": true, "passes": true, "passing": true, "broke": true,
	"breaks": true, "break": true, "cleared": true, "clear": true, "clears": true, "clearing": true}

// passFillers are the adverbs a verb of passing may leave before its
// figure: "dépasse désormais", "a franchi pour la première fois la barre
// des", "now exceeds".
var passFillers = map[string]bool{"désormais": true, "toutefois": true, "déjà": true, "largement": true,
	"même": true, "encore": true, "pour": true, "la": true, "première": true, "fois": true, "aussi": true,
	"ainsi": true, "enfin": true, "now": true, "already": true, "even": true, "also": true, "easily": true,
	"comfortably": true, "finally": true}

// passBefore: a verb of passing before the figure at token i makes it a
// lower bound.
func (p *parser) passBefore(i int, m Mention) Comparator {
	if m.Kind == Year || yearsOnly(m) {
		return CmpNone // "passé 2020" is a date
	}
	j, marked := p.passLine(i, m)
	for k := 0; k < 4 && passFillers[p.word(j)]; k++ {
		j--
	}
	for k := 0; marked && k < 5 && !p.passVerb(j, marked, m) && p.word(j) != "" && !clauseWords[p.word(j)]; k++ {
		j-- // "a franchi pour la première fois de son histoire la barre des", "a dépassé lundi la barre"
	}
	if !p.passVerb(j, marked, m) || p.passNoun(j) {
		return CmpNone
	}
	if p.negatedAt(j, false) || p.word(j-1) == "sans" || p.word(j-1) == "without" {
		return CmpNone
	}
	return CmpGT
}

// passVerb: the word at j passes the figure m.
func (p *parser) passVerb(j int, marked bool, m Mention) bool {
	v := p.word(j)
	switch {
	case strings.HasPrefix(v, "dépass") && !strings.HasPrefix(v, "dépassement"), passVerbs[v]:
		return true // the language is not checked: a figure-only translation keeps the French verb
	case markVerbs[v] && marked:
		return true
	}
	return (v == "passed" || v == "passes" || v == "passing" || v == "pass") && amount(m)
}

// passNoun: "the pass C$120", "a pass": an English noun after its
// article, no verb. (French "a dépassé" is the verb after its auxiliary.)
func (p *parser) passNoun(j int) bool {
	return p.lang == English && strings.HasPrefix(p.word(j), "pass") && (articles[p.word(j-1)] || determiners[p.word(j-1)])
}

// clauseWords end the search for a verb: they open another clause.
var clauseWords = map[string]bool{"que": true, "qui": true, "et": true, "mais": true, "that": true,
	"which": true, "and": true, "but": true}

// amount: money, a rate, a measure or a count in thousands, what "passed"
// passes ("passed 420ppm", "passed 2.6 million visitors"), not "passed 3
// laws".
func amount(m Mention) bool {
	if m.Kind == Money || m.Kind == Percent || m.Kind == Quantity {
		return true
	}
	v := m.Rat()
	return v != nil && v.Cmp(big.NewRat(1000, 1)) >= 0
}

// passLine skips what stands between a verb and its figure at i: an
// article, or a line named as such ("la barre symbolique des", "the
// magic $1,000 barrier"); it returns the index before them.
func (p *parser) passLine(i int, m Mention) (int, bool) {
	j := i - 1
	if p.word(j) == "the" || p.word(j-1) == "the" {
		e := p.tokenAfter(m.End)
		marked := boundMarks[p.word(e)] || boundMarks[p.word(e+1)]
		if p.word(j) != "the" && marked {
			j-- // "the magic $1,000 barrier"
		}
		if p.word(j) == "the" {
			return j - 1, marked
		}
	}
	switch w := p.word(j); w {
	case "les", "le", "la", "l'":
		return j - 1, false
	case "des", "de", "d'", "du":
		if markAdjectives[p.word(j-1)] {
			j--
		}
		if !boundMarks[p.word(j-1)] {
			return i - 1, false
		}
		j -= 2
		if w := p.word(j); w == "la" || w == "le" || w == "l'" {
			j--
		}
		return j, true
	}
	return j, false
}
