package figures

import "math/big"

// hedgedRanges pairs a hedged figure with a range the other side gives
// for it: "une dizaine d'années" is "about eight to twelve years", and
// "entre 8 et 12 ans" is "about ten years". The range must hold the
// figure and be narrow enough to stand for it (its high end at most
// twice its low); the pair is a warning, the figure said with another
// precision (N9, N10).
func (r *check) hedgedRanges(u unit) {
	r.hedgedRangeSide(u.src, u.tgt, true)
	r.hedgedRangeSide(u.tgt, u.src, false)
}

func (r *check) hedgedRangeSide(from, to []*atom, fromSource bool) {
	for _, h := range from {
		if h.used || h.m.rangeEnd != 0 || h.m.Kind != Approx && h.m.Comparator != CmpApprox || class(h.m.Kind) != Cardinal {
			continue
		}
		lo, hi := rangeHolding(inGroups(to, h.grp, 0, h.idx*len(to)/max(len(from), 1)), h) // (its sentence group only: no walk over a long paragraph)
		if lo == nil {
			continue
		}
		v := verdict{true, "hedge", Warning, "N9", "a hedged figure was written as a range that holds it"}
		if fromSource {
			r.pairRange(h, lo, hi, v)
		} else {
			r.pairRange(lo, h, hi, v)
		}
	}
}

// rangeHolding finds an unused range of plain counts in h's sentence
// group that runs over h's value.
func rangeHolding(as []*atom, h *atom) (lo, hi *atom) {
	v := h.m.Rat()
	if v == nil {
		return nil, nil
	}
	for k := 0; k+1 < len(as); k++ {
		a, b := as[k], as[k+1]
		if a.used || b.used || a.grp != h.grp || a.m.rangeEnd%2 != 1 || b.m.rangeEnd != a.m.rangeEnd+1 || a.m.Start != b.m.Start {
			continue
		}
		if class(a.m.Kind) != Cardinal || class(b.m.Kind) != Cardinal || a.m.Unit != h.m.Unit || b.m.Unit != h.m.Unit {
			continue
		}
		x, y := a.m.Rat(), b.m.Rat()
		if x == nil || y == nil || x.Sign() <= 0 || x.Cmp(v) > 0 || y.Cmp(v) < 0 || y.Cmp(new(big.Rat).Mul(x, big.NewRat(2, 1))) > 0 {
			continue
		}
		return a, b
	}
	return nil, nil
}

// pairRange links source s and target t with v and gives the range's
// other end, other, to the same pair.
func (r *check) pairRange(s, t, other *atom, v verdict) {
	bind(s, t)
	if s.row >= 0 && r.Rows[s.row].Status == RowMissing {
		r.Rows[s.row].Status, r.Rows[s.row].English = RowMatched, t.m.Raw
	}
	other.used, other.pair = true, s
	if other.row >= 0 && r.Rows[other.row].Status == RowMissing {
		r.Rows[other.row].Status, r.Rows[other.row].English = RowMatched, t.m.Raw
	}
	r.add(s, t, v)
}
