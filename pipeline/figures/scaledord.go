package figures

import "math/big"

// scaledOrdinals are the ordinal scale words a number may lead: "its 10
// millionth visitor", "le 10 millionième visiteur".
var scaledOrdinals = map[string]int64{"hundredth": 100, "thousandth": 1000, "millionth": 1_000_000, "billionth": 1_000_000_000,
	"centième": 100, "millième": 1000, "millionième": 1_000_000, "milliardième": 1_000_000_000}

// scaledOrdinalAt reads a number and an ordinal scale word as one rank:
// "10 millionth" is the 10,000,000th, not a ten and a millionth.
func (p *parser) scaledOrdinalAt(i int) (Mention, int) {
	nb := p.num(i)
	scale, ok := scaledOrdinals[p.word(i+1)]
	if nb == nil || !ok || nb.decimal && scale < 1000 {
		return Mention{}, 0
	}
	if nb.val == nil || nb.val.Sign() <= 0 {
		return Mention{}, 0
	}
	v := new(big.Rat).Set(nb.val)
	return Mention{Kind: Ordinal, Value: canonical(v.Mul(v, big.NewRat(scale, 1)))}, 2
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
