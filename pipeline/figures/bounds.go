package figures

import "strings"

// Bounds said through a negation or after the figure (N9). "ne doit pas
// dépasser 3 grammes", "rarely more than 300" and "2,5 % au maximum" are
// upper bounds, "never fewer than 200" a lower one: without this pass
// the first reads as an exact figure and the second as its opposite, so
// a translation that turns the bound around ("should not take less than
// 3g", "no less than 2.5%") passed as a mere added hedge.

// negations turn a bound around; "no" only directly before the hedge
// ("no more than"), as "no children under 12" bounds nothing.
var negations = map[string]bool{"not": true, "never": true, "rarely": true, "seldom": true, "cannot": true,
	"pas": true, "jamais": true, "rarement": true, "guère": true}

// flippable hedge words: a negation in front reverses their direction.
var flippable = map[string]bool{"more": true, "less": true, "fewer": true, "over": true, "plus": true, "moins": true,
	"longer": true, "shorter": true, "higher": true, "lower": true, "greater": true, "bigger": true, "larger": true,
	"smaller": true, "supérieur": true, "supérieure": true, "supérieurs": true, "supérieures": true,
	"inférieur": true, "inférieure": true, "inférieurs": true, "inférieures": true,
	"below": true, "beneath": true, "above": true, "beyond": true, "sous": true, "au-dessus": true,
	"au-dessous": true, "au-delà": true, "en-dessous": true, "en-deçà": true}

// boundVerbs say "goes beyond" the figure that follows; negated they cap it.
var boundVerbs = map[string]bool{"dépasser": true, "dépasse": true, "dépassent": true, "dépassera": true,
	"dépasseront": true, "dépassait": true, "dépassaient": true, "dépassé": true, "dépasserait": true,
	"exceed": true, "exceeds": true, "exceeded": true, "exceeding": true, "above": true, "beyond": true}

// negStop: these words between a negation and its bound are not the verb it negates
// but the start of another clause or phrase ("did not know that more
// than 300").
var negStop = map[string]bool{"que": true, "qu'": true, "qui": true, "that": true, "which": true, "who": true,
	"si": true, "if": true, "and": true, "et": true, "but": true, "mais": true, "or": true, "ou": true,
	"the": true, "le": true, "la": true, "les": true, "l'": true, "des": true, "de": true, "d'": true, "a": true,
	"an": true, "of": true, "à": true, "y": true, "en": true, "when": true, "quand": true}

// postBounds are bounds written after the figure ("300 euros au plus",
// "20 or more").
var postBounds = []hedge{
	{[]string{"tout", "au", "plus"}, CmpLE}, {[]string{"au", "maximum"}, CmpLE}, {[]string{"au", "plus"}, CmpLE},
	{[]string{"au", "minimum"}, CmpGE}, {[]string{"au", "moins"}, CmpGE}, {[]string{"at", "the", "most"}, CmpLE},
	{[]string{"at", "most"}, CmpLE}, {[]string{"at", "the", "least"}, CmpGE}, {[]string{"at", "least"}, CmpGE},
	{[]string{"or", "more"}, CmpGE}, {[]string{"or", "less"}, CmpLE}, {[]string{"or", "fewer"}, CmpLE},
	{[]string{"ou", "plus"}, CmpGE}, {[]string{"ou", "moins"}, CmpLE},
	{[]string{"maximum"}, CmpLE}, {[]string{"max"}, CmpLE}, {[]string{"minimum"}, CmpGE},
}

// bounds sets the comparators that negations and trailing bounds give.
func (p *parser) bounds(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if !numeric(*m) && m.Kind != Percent && m.Kind != Money && m.Kind != Quantity && m.Kind != Fraction { // ("not less than two thirds" is at least two thirds)
			continue
		}
		i := p.tokenAfter(m.Start)
		switch m.Comparator {
		case CmpGT, CmpLT:
			m.negNear = p.negationNear(i, 6)
			if flippable[p.word(i)] && (p.negatedAt(i, true) || p.neBeforePlus(i)) {
				m.Comparator, m.negFlip, m.negRight = reversedBound(m.Comparator), true, negation(p.word(i-1)) || p.word(i-1) == "no"
			}
		case CmpNone:
			c := p.capBefore(i)
			if c == CmpNone {
				c = p.boundAfter(p.tokenAfter(m.End))
			}
			if c == CmpNone {
				c = p.passBefore(i, *m)
			}
			if c == CmpNone && p.plusWordAfter(*m) {
				c = CmpGT
			}
			m.Comparator, m.boundOut = c, c != CmpNone
			if c == CmpNone {
				m.nounBound = p.nounBoundBefore(i)
			}
		case CmpApprox:
			if m.Kind != Approx {
				continue
			}
			if !m.Vague && p.passBefore(i, *m) == CmpGT {
				m.Comparator, m.boundOut = CmpGT, true // "dépassant la cinquantaine": over fifty, as "plus d'une centaine" is
				continue
			}
			// "une vingtaine, ou plus, d'agences", "a dozen or more": the
			// bound said after a collective makes it at least the figure
			j := p.tokenAfter(m.End)
			if p.sym(j) == "," {
				j++
			}
			if (p.word(j) == "de" || p.word(j) == "d'") && p.word(j+1) != "" && p.boundAfter(j+2) != CmpNone {
				j += 2 // "une trentaine de personnes au moins": the bound after its noun
			}
			if c := p.boundAfter(j); c == CmpGE || c == CmpLE {
				m.Comparator, m.boundOut = c, true
			}
		}
	}
	for k := len(ms) - 2; k >= 0; k-- {
		// "une vingtaine ou une trentaine au moins": the bound said after
		// two alternatives holds both
		a, b := &ms[k], ms[k+1]
		if a.Kind == Approx && a.Comparator == CmpApprox && b.Kind == Approx && b.boundOut && a.End <= b.Start && alternatives(p.text[a.End:b.Start]) {
			a.Comparator, a.boundOut = b.Comparator, true
		}
	}
}

// alternatives: the words between two figures offer one or the other.
func alternatives(between string) bool {
	w := strings.TrimSpace(between)
	return w == "ou" || w == "or"
}

// reversedBound: "not more than" is at most, "never less than" at least.
func reversedBound(c Comparator) Comparator {
	if c == CmpGT {
		return CmpLE
	}
	return CmpGE
}

// negatedAt: a negation just before token i, or one or two words before
// it when they are the verb it negates ("should not take less than",
// "rarely sells for more than"). "no" counts only right before the hedge.
func (p *parser) negatedAt(i int, noCounts bool) bool {
	if w := p.word(i - 1); negation(w) || noCounts && w == "no" {
		return true
	}
	if w := p.word(i - 1); (w == "de" || w == "d'") && p.word(i-2) == "non" {
		return true // "a augmenté de 200 000, et non de plus d'un million": not more than
	}
	for j := i - 1; j >= i-2; j-- {
		if w := p.word(j); w == "" || negStop[w] {
			return false // "did not know that more than 300"
		}
		if negation(p.word(j-1)) || p.word(j-1) == "ne" && neAloneVerbs[p.word(j)] {
			return true // "should not take less than", "rarely sells for more than", "ne peut dépasser 40"
		}
	}
	return false
}

// negationNear: a negation among the k words before i, in its clause.
func (p *parser) negationNear(i, k int) bool {
	return p.negationBack(i, k) != ""
}

// neBeforePlus: a French "ne" with no "pas" before "plus de", "moins
// de" in its clause negates the bound: "il ne pourra y avoir plus de
// trois caméras" is no more than three ("n'a pas ... plus de" has its
// own negation, which negatedAt reads); before or after a verb of
// exceeding it caps, "ne devraient plus dépasser", "ne dépasseront plus".
// (Any language: the round trip reads French words around English figures.)
func (p *parser) neBeforePlus(i int) bool {
	if p.word(i) != "plus" && p.word(i) != "moins" {
		return false
	}
	w := p.negationBack(i, 5)
	if w == "ne" || w == "n'" {
		return true
	}
	if p.lang != French {
		return false
	}
	// "ne pourront plus louer leur résidence plus de 90 jours": a verb
	// negated whole, its "pas" or "plus" before its object, caps the
	// bound after it too
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if p.clauseStop(j) {
			return false
		}
		if v := p.word(j); v == "pas" || v == "plus" || v == "jamais" {
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				if n := p.word(k); n == "ne" || n == "n'" {
					return true
				}
			}
		}
	}
	return false
}

// clauseStop: the token at j ends the clause a negation reaches back
// through: a sentence end, a comma, a number, a clause opener.
func (p *parser) clauseStop(j int) bool {
	return p.toks[j].kind == tSym && (endMark(p.sym(j)) || p.sym(j) == ",") || p.num(j) != nil || clauseOpeners[p.word(j)]
}

// negationBack is the nearest negation word among the k words before i,
// in its clause, or "".
func (p *parser) negationBack(i, k int) string {
	for j := i - 1; j >= 0 && j >= i-k; j-- {
		if p.clauseStop(j) {
			return "" // ("il ne fonctionne pas si le désastre dure plus de deux ans": another clause's)
		}
		if w := p.word(j); negation(w) || w == "ne" || w == "n'" || w == "no" {
			return w
		}
	}
	return ""
}

// clauseOpeners start a clause a negation before them does not reach into.
var clauseOpeners = map[string]bool{"que": true, "qu'": true, "qui": true, "si": true, "soit": true, "quand": true, "lorsque": true,
	"mais": true, "et": true, "ou": true, "that": true, "which": true, "who": true, "if": true, "when": true, "but": true, "and": true, "or": true}

// neAloneVerbs negate with "ne" alone in written French: "la teneur ne
// peut dépasser 40 ppm" (pouvoir, savoir), as "ne ... pas" does.
var neAloneVerbs = map[string]bool{"peut": true, "peuvent": true, "pouvait": true, "pouvaient": true, "pourra": true, "pourront": true,
	"pourrait": true, "pourraient": true, "puisse": true, "puissent": true, "saurait": true, "sauraient": true}

func negation(w string) bool {
	return negations[w] || strings.HasSuffix(w, "n't")
}

// capBefore: a negated "dépasser" or "exceed" before the figure, with "les"
// or "the" between them, or the negation between verb and figure ("ne
// dépasse pas 300", "dépasse rarement 300").
func (p *parser) capBefore(i int) Comparator {
	j := i - 1
	if w := p.word(j); w == "les" || w == "la" || w == "le" || w == "the" {
		j--
	}
	if (negation(p.word(j)) || p.neBeforePlus(j)) && boundVerbs[p.word(j-1)] {
		return CmpLE
	}
	if boundVerbs[p.word(j)] && (p.negatedAt(j, false) || p.neBeforePlus(j-1) || p.word(j-1) == "sans" || p.word(j-1) == "without") {
		return CmpLE
	}
	return CmpNone
}

// boundAfter: a bound written after the figure, not the hedge of a next
// figure ("au moins 300" after a date) nor a deadline ("au plus tard").
func (p *parser) boundAfter(j int) Comparator {
	for _, h := range postBounds {
		if !p.words(j, h.words...) {
			continue
		}
		next := j + len(h.words)
		if p.num(next) != nil || p.word(next) == "tard" || p.word(next) == "tôt" || mannerAdverb(p.word(next)) || superlatives[p.word(next)] {
			return CmpNone // "ou plus précisément 23", "or more exactly": a correction, no bound
		}
		if len(h.words) == 1 && next < len(p.toks) && p.toks[next].kind == tWord {
			return CmpNone // "a 3% minimum wage": a bare "maximum" ends its phrase
		}
		if h.words[0] == "max" && p.toks[j].text == "MAX" {
			return CmpNone // "la famille 737 MAX": a model's name, no bound
		}
		return h.cmp
	}
	return CmpNone
}

// mannerAdverb: précisément, exactement, exactly, precisely; after "ou
// plus", "or more" they correct the figure rather than bound it.
func mannerAdverb(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ly"))
}

// superlatives after "au plus", "au moins" make a superlative, not a
// bound: "1,1 million au plus haut en 2021" is the peak.
var superlatives = map[string]bool{"haut": true, "bas": true, "fort": true, "élevé": true, "faible": true}
