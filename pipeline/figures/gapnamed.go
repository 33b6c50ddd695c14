package figures

import "math/big"

// gapFromLevel explains a gap the bullet tells right after one of its
// figures, "180,000 guards, 30,000 more than the national police has
// staff": the source gives that level, and another figure of its
// sentence or the next (*150 000 fonctionnaires*) lies the gap away on
// the side the bullet says. The bullet names both ends, so the nouns
// may differ; the side and the exact value still must agree.
func (r *check) gapFromLevel(src []*atom, t *atom) string {
	level, side := r.gapOfLevel(t)
	tv := t.m.Rat()
	if level == nil || tv == nil || tv.Sign() <= 0 || !numeric(*t.m) {
		return ""
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
				return "the gap between " + pairNamed(*a.m, *b.m)
			}
		}
	}
	return ""
}

// sumWithShown explains a total the bullet builds in front of the
// reader, "With the region's promised €150,000, the new public aid
// totals €400,000": one term is another figure of its own line, the
// source gives it, and the source's other figure of that unit in the
// paragraph makes up the rest. The bullet shows the sum, so the terms'
// nouns and sentences may differ.
func (r *check) sumWithShown(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if tv == nil || !numeric(*t.m) || !totalCue(*t.m) {
		return ""
	}
	for _, u := range r.line {
		if u == t || !numeric(*u.m) || class(u.m.Kind) != class(t.m.Kind) || u.m.Unit != t.m.Unit {
			continue
		}
		for _, b := range src {
			if b.m.Value != u.m.Value || !numeric(*b.m) || class(b.m.Kind) != class(u.m.Kind) || b.m.Unit != u.m.Unit {
				continue
			}
			for _, a := range src {
				if a == b || a.m.Value == b.m.Value || !numeric(*a.m) || class(a.m.Kind) != class(t.m.Kind) || a.m.Unit != t.m.Unit || a.m.Paragraph != b.m.Paragraph || hedged(*a.m) && !hedged(*t.m) {
					continue
				}
				if averaged(*a.m) != averaged(*b.m) || a.m.per != b.m.per || a.m.eachSaid || b.m.eachSaid || partAndWhole(*a.m, *b.m) || inStatedTotal(src, a, b) || inStatedTotal(src, b, a) {
					continue // a daily average and a four days' total add to nothing; a part is in its whole already, said or made ("22 agences et 6 entrepôts ... Les 28 sites")
				}
				if sum := new(big.Rat).Add(a.m.Rat(), b.m.Rat()); sum.Cmp(tv) == 0 || hedgedRound(*t.m, sum, tv) {
					return "the sum of " + pairNamed(*a.m, *b.m) + ", one of them given in the bullet"
				}
			}
		}
	}
	return ""
}
