package figures

// A figure that sizes a minimum or a maximum, "un emprisonnement minimal
// de sept jours", "a maximum fine of $5,000", is exact: it names the
// limit. But the English may say the same limit as a bound on the
// figure, "imprisonment for not less than seven days": the direction
// must agree, and then no hedge was added (N9).

// nounBoundBefore reads the minimum or maximum that the figure at i
// sizes: French "minimal de", "maximale d'", English "minimum sentence
// of", "maximum penalty of".
func (p *parser) nounBoundBefore(i int) Comparator {
	if p.lang == French {
		if w := p.word(i - 1); w == "de" || w == "d'" {
			return frBoundAdjectives[p.word(i-2)]
		}
		return CmpNone
	}
	if p.word(i-1) == "of" && boundedNouns[p.word(i-2)] {
		return enBoundNouns[p.word(i-3)]
	}
	return CmpNone
}

var frBoundAdjectives = map[string]Comparator{"minimal": CmpGE, "minimale": CmpGE, "minimaux": CmpGE, "minimales": CmpGE, "minimum": CmpGE,
	"maximal": CmpLE, "maximale": CmpLE, "maximaux": CmpLE, "maximales": CmpLE, "maximum": CmpLE}

// boundedNouns are what a minimum or maximum bounds in English: a
// penalty, a wage, an age.
var boundedNouns = map[string]bool{"sentence": true, "sentences": true, "penalty": true, "penalties": true, "fine": true, "fines": true,
	"wage": true, "salary": true, "age": true, "price": true, "stay": true, "period": true, "jail": true, "prison": true, "term": true,
	"imprisonment": true, "payment": true, "fee": true, "charge": true, "amount": true, "number": true, "level": true,
	"speed": true, "height": true, "length": true, "duration": true, "threshold": true, "capacity": true, "dose": true}

var enBoundNouns = map[string]Comparator{"minimum": CmpGE, "maximum": CmpLE}

// nounBoundCheck: one side sizes a minimum or maximum, the other bounds
// the figure, or sizes the other limit. The same direction is one limit
// said two ways; the other direction turns it around.
func nounBoundCheck(s, t Mention) (verdict, bool) {
	a, b := cmpFamily(s.Comparator), cmpFamily(t.Comparator)
	switch {
	case s.nounBound != CmpNone && t.nounBound != CmpNone && a == "" && b == "":
		a, b = cmpFamily(s.nounBound), cmpFamily(t.nounBound)
	case s.nounBound != CmpNone && a == "" && (b == "above" || b == "below"):
		a = cmpFamily(s.nounBound)
	case t.nounBound != CmpNone && b == "" && (a == "above" || a == "below"):
		b = cmpFamily(t.nounBound)
	default:
		return verdict{}, false
	}
	if a == b {
		return verdict{ok: true}, true
	}
	return verdict{true, "hedge", Error, "N9", "the limit was turned around: one side says a minimum, the other a maximum"}, true
}
