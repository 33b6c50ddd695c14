package figures

import "math/big"

// scaledOrdinalAt reads a number and an ordinal scale word as one rank:
// "its 10 millionth visitor", "le 10 millionième visiteur" is the
// 10,000,000th, not a ten and a millionth. The scale is the word's
// stem, as spelled ranks read it ("millionth": million).
func (p *parser) scaledOrdinalAt(i int) (*Mention, int) {
	nb := p.num(i)
	if nb == nil || nb.val == nil || nb.val.Sign() <= 0 || !p.rankSuffixed(p.word(i+1)) {
		return nil, 0
	}
	stem, _ := p.ordinalStem(p.word(i + 1))
	e, ok := p.scaleOf(stem)
	if !ok || e < 2 || nb.decimal && e < 3 {
		return nil, 0
	}
	v := new(big.Rat).Mul(nb.val, pow10(e))
	return &Mention{Kind: Ordinal, Value: canonical(v)}, 2
}

// milestoneOrdinal: a large rank ("its 10 millionth visitor") told of
// the count the source says was reached ("le cap des 10 millions de
// visiteurs"), or the reverse: the same number.
func milestoneOrdinal(s, t Mention) bool {
	if s.Kind == Ordinal && class(t.Kind) == Cardinal {
		s, t = t, s
	}
	if t.Kind != Ordinal || class(s.Kind) != Cardinal || s.Unit != "" {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && sv.Cmp(tv) == 0 && tv.Cmp(big.NewRat(1000, 1)) >= 0
}
