package figures

// gapWrongWay: a bullet's difference told as above or short of a
// reference it names next ("€140,000 above the €1.5m target") must have
// the other figure on that side: the source's €1.36m is below €1.5m, so
// the gap is a shortfall, whatever the arithmetic. It returns why when
// the side is wrong.
func (r *check) gapWrongWay(t, a, b *atom) string {
	side := gapSides[t.m.Head]
	ref := r.figureAfter(t)
	if side == 0 || ref == nil || a == nil || b == nil {
		return ""
	}
	level, target := a, b
	switch ref.m.Value {
	case a.m.Value:
		level, target = b, a
	case b.m.Value:
	default:
		return ""
	}
	lv, tv := level.m.Rat(), target.m.Rat()
	if lv == nil || tv == nil {
		return ""
	}
	if c := lv.Cmp(tv); c != 0 && c != int(side) {
		told, is := "above", "below"
		if side < 0 {
			told, is = is, told
		}
		return "is told " + told + " " + target.m.Raw + ", but the source's " + level.m.Raw + " is " + is + " it"
	}
	return ""
}

// gapSides: the words after a gap that say which side of the next figure
// the level stands: above it (+1) or short of it (-1).
var gapSides = map[string]int8{"above": 1, "over": 1, "more": 1, "higher": 1, "ahead": 1,
	"below": -1, "under": -1, "short": -1, "less": -1, "lower": -1, "behind": -1}
