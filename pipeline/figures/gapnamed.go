package figures

import "math/big"

// gapFromLevel explains a gap the bullet tells right after one of its
// figures, "180,000 guards, 30,000 more than the national police has
// staff": the source gives that level, and another figure of its
// sentence or the next (*150 000 fonctionnaires*) lies the gap away on
// the side the bullet says. The bullet names both ends, so the nouns
// may differ; the side and the exact value still must agree.
func (r *check) gapFromLevel(src []*atom, t *atom) (string, *atom, *atom) {
	level, side := r.gapOfLevel(t)
	tv := t.m.Rat()
	if level == nil || tv == nil || tv.Sign() <= 0 || !numeric(*t.m) {
		return "", nil, nil
	}
	for _, a := range src {
		if a.m.Value != level.m.Value || !numeric(*a.m) || class(a.m.Kind) != class(level.m.Kind) || a.m.Unit != level.m.Unit {
			continue
		}
		if hedged(*a.m) && !hedged(*t.m) && (a.m.Comparator == CmpApprox || level.m.Comparator != a.m.Comparator) {
			continue // a bound the bullet keeps ("has passed 60,000 members, 20,000 more than in 2015") tells its gap from it; an estimate's gap is no exact figure
		}
		for _, b := range src {
			if b == a || !numeric(*b.m) || class(b.m.Kind) != class(a.m.Kind) || b.m.Unit != a.m.Unit || b.m.Paragraph != a.m.Paragraph || abs(b.m.Sentence-a.m.Sentence) > 1 || hedged(*b.m) && !hedged(*t.m) {
				continue
			}
			gap := new(big.Rat).Sub(a.m.Rat(), b.m.Rat())
			if gap.Sign() != side {
				continue
			}
			if gap.Abs(gap); gap.Cmp(tv) == 0 || hedgedRound(*t.m, gap, tv) {
				return "the gap between " + pairNamed(*a.m, *b.m), a, b
			}
		}
	}
	return "", nil, nil
}
