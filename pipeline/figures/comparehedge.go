package figures

// How two hedges compare: the family of a comparator and its
// direction (N9).

import (
	"math/big"
	"strings"
)

// cmpFamily groups comparators that say the same thing: près de is both
// "about" and "nearly"; plus de and au moins are both lower bounds (N9).
func cmpFamily(c Comparator) string {
	switch c {
	case CmpApprox, CmpNearly:
		return "approx"
	case CmpGT, CmpGE:
		return "above"
	case CmpLT, CmpLE:
		return "below"
	}
	return string(c)
}

// hedgeCheck compares the comparators of a matched pair (N9): dropped,
// added or loosened is a warning ("plus de" -> "about"); a bound turned
// the other way ("plus de" -> "nearly"), a bound the source does not
// give ("environ" -> "more than"), or an exact figure made vague (or the
// reverse) is an error.
func hedgeCheck(s, t Mention) verdict {
	if v, ok := nounBoundCheck(s, t); ok {
		return v
	}
	if reductionAsShare(s, t) {
		s.Comparator = inverseBound(s.Comparator) // "plus de deux fois moins que Lasne": less than half of it
	} else if reductionAsShare(t, s) {
		t.Comparator = inverseBound(t.Comparator)
	}
	a, b := cmpFamily(s.Comparator), cmpFamily(t.Comparator)
	switch {
	case a == b || a == "" && b == "exact" || a == "exact" && b == "":
		return verdict{ok: true}
	case s.Alt == "fortnight" && t.Value == "2":
		return verdict{ok: true}
	case s.Vague || t.Vague || s.Unit == "age" || t.Unit == "age":
		return verdict{ok: true}
	case s.Kind == Identifier || t.Kind == Identifier:
		return verdict{ok: true} // a name ("420ppm" read as one) carries no bound to compare
	case s.style == "small" && (b == "below" || b == "approx"), t.style == "small" && (a == "below" || a == "approx"):
		return verdict{ok: true} // une petite centaine: nearly, just under, about 100
	case b == "" && a != "":
		return verdict{true, "hedge", Warning, "N9", "the hedge \"" + hedgeWord[s.Comparator] + "\" was dropped"}
	case a == "" && b != "":
		return verdict{true, "hedge", Warning, "N9", "a hedge \"" + strings.TrimSpace(hedgeWord[t.Comparator]) + "\" was added"}
	case !opposite(s.Comparator, t.Comparator) || boundHolds(s, t):
		return verdict{true, "hedge", Warning, "N9", "the hedge changed from \"" + hedgeWord[s.Comparator] + "\" to \"" + hedgeWord[t.Comparator] + "\""}
	case a == "above" && emphaticBound(t) || b == "above" && emphaticBound(s):
		// "pas moins de 400 000" -> "as many as 400,000": both stress how
		// large the figure is, one as a floor, one as a ceiling
		return verdict{true, "hedge", Warning, "N9", "the hedge changed from \"" + hedgeWord[s.Comparator] + "\" to \"" + hedgeWord[t.Comparator] + "\"; \"as many as\" stresses a large figure, check which bound is meant"}
	case s.negNear && !s.negFlip && cmpFamily(reversedBound(s.Comparator)) == b || t.negNear && !t.negFlip && cmpFamily(reversedBound(t.Comparator)) == a:
		// "à condition de ne pas s'approcher à moins de 1 000 mètres": "stay
		// at least 1,000 metres away"; a negation the bound did not take
		// may turn it round, and would make the two agree ("ne pourra y
		// avoir plus de trois" is no "no less than three" either way)
		return verdict{true, "hedge", Warning, "N9", "the hedge is read the other way round, with a negation before it on one side; check its direction"}
	case belowZero(s) && belowZero(t):
		// "ont dépassé les −20 °C" told "dropped below minus 20C": past a
		// cold reading is below it, which one language says by size
		return verdict{true, "hedge", Warning, "N9", "the hedge is read the other way round on a figure below zero, by its size on one side; check its direction"}
	case s.negFlip != t.negFlip && !(s.negRight && !t.negNear) && !(t.negRight && !s.negNear) && unflipped(s) != CmpNone && cmpFamily(unflipped(s)) == cmpFamily(unflipped(t)):
		// "n'ont pas accès à un débit supérieur à 8 Mbit/s", "cannot get
		// more than 8 Mbps": the same words, a negation read on one side
		// only, most likely too far from its hedge on the other ("pas plus
		// de 40" leaves no doubt, unless the other side has a negation it
		// did not read: "ne pourra parler pendant plus de vingt minutes")
		return verdict{true, "hedge", Warning, "N9", "the same hedge, read the other way round by a negation on one side only; check its direction"}
	}
	return verdict{true, "hedge", Error, "N9", "the hedge changed from \"" + hedgeWord[s.Comparator] + "\" to \"" + hedgeWord[t.Comparator] + "\""}
}

// emphaticBound: "as many as", "as much as", "as high as": an upper
// bound that English uses to stress a large figure.
func emphaticBound(m Mention) bool {
	raw := strings.ToLower(m.Raw)
	return m.Lang == English && (strings.HasPrefix(raw, "as many as") || strings.HasPrefix(raw, "as much as") || strings.HasPrefix(raw, "as high as"))
}

// opposite: the two hedges cannot both be true of one figure: above and
// below it ("nearly" is just below), or exactly and approximately.
func opposite(a, b Comparator) bool {
	if a == CmpExact || b == CmpExact {
		return a != b
	}
	if a == CmpApprox && boundSide(b) != 0 && b != CmpNearly {
		return true // "environ 300" -> "more than 300" claims a bound
	}
	return boundSide(a)*boundSide(b) < 0
}

// boundSide is the side of its value a hedge puts the truth on: 1 above
// ("more than"), -1 below ("less than", "nearly"), 0 neither.
func boundSide(c Comparator) int {
	switch c {
	case CmpGT, CmpGE:
		return 1
	case CmpLT, CmpLE, CmpNearly:
		return -1
	}
	return 0
}

// boundHolds: the English bounds another value than the source's, near
// it, and the source's value lies on the bound's side: "environ 35 %" is
// "just over a third"; "environ 300" as "more than 300" claims what the
// source does not.
func boundHolds(s, t Mention) bool {
	sv, tv := shareValue(s), shareValue(t)
	if sv == nil || tv == nil || sv.Cmp(tv) == 0 || sv.Sign() <= 0 {
		return false
	}
	gap := new(big.Rat).Abs(new(big.Rat).Sub(sv, tv))
	if gap.Mul(gap, big.NewRat(10, 1)).Cmp(sv) > 0 {
		return false // "just over a fourth" is no bound for about 35 %: within a tenth only
	}
	side := boundSide(t.Comparator)
	return side != 0 && sv.Cmp(tv) == side
}

// shareValue is a percentage as a fraction of one, other values as they are.
func shareValue(m Mention) *big.Rat {
	v := m.Rat()
	if v != nil && m.Kind == Percent {
		v.Quo(v, big.NewRat(100, 1))
	}
	return v
}

// unflipped is the comparator of m's hedge words, before a negation
// turned it round; none for a bound read from the words around it.
func unflipped(m Mention) Comparator {
	if m.boundOut {
		return CmpNone // "ne doit pas dépasser 3 g": no hedge word of its own
	}
	if !m.negFlip {
		return m.Comparator
	}
	if m.Comparator == CmpLE {
		return CmpGT
	}
	return CmpLT
}

// belowZero: a negative reading of a scale (°C), where "more than" may mean
// colder.
func belowZero(m Mention) bool {
	v := m.Rat()
	return m.Kind == Quantity && strings.HasPrefix(m.Unit, "°") && v != nil && v.Sign() < 0
}

// reductionAsShare: m bounds a factor of reduction ("plus de deux fois
// moins", "more than halved": a bigger cut) that o tells as the share
// left ("less than half"): the same fact, its bound turned round.
func reductionAsShare(m, o Mention) bool {
	return m.Kind == Multiplier && m.inverse && o.Kind == Fraction && m.Comparator != CmpNone && !halving(o)
}

// halving: m is the verb "halve" itself ("more than halved"), a factor
// of reduction like "divisé par plus de deux", whose bound keeps its way.
func halving(m Mention) bool {
	w := strings.ToLower(m.Raw)
	return m.Kind == Fraction && (strings.HasSuffix(w, "halved") || strings.HasSuffix(w, "halving") || strings.HasSuffix(w, "halve"))
}
