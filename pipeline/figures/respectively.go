package figures

import "strings"

// A bullet's own "respectively" gives its k-th figure to the k-th name
// before it: "Altivia posted a loss and Batiroc a profit, with
// reservations down 19% and 31% respectively". When the source gives
// each figure to one of those names in the other order, the bullet
// swapped them (M4), though both figures are the source's.

// respectivelySwapped checks the figures of the bullet sentence that ends
// its list with "respectively".
func (r *check) respectivelySwapped(line []*atom) {
	if len(line) < 2 || !strings.Contains(r.text, "espectively") {
		return
	}
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		if a.pair == nil || b.pair == nil || a.pair == b.pair || class(a.m.Kind) != class(b.m.Kind) || a.m.Unit != b.m.Unit || r.hasError(a) || r.hasError(b) {
			continue
		}
		if b.m.End > len(r.text) || a.m.End > b.m.Start || !respectivelyPair(r.text[a.m.End:b.m.Start], r.text[b.m.End:]) {
			continue
		}
		oa, ob := a.pair.m.owner, b.pair.m.owner
		if oa == "" || ob == "" || oa == ob {
			continue
		}
		before := strings.ToLower(sentenceBefore(r.text, a.m.Start))
		pa, pb := nameAt(before, oa), nameAt(before, ob)
		if pa >= 0 && pb >= 0 && pb < pa {
			r.add(a.pair, a, verdict{true, "attribution", Error, "M4", "\"respectively\" gives this figure to " + upperFirst(ob) + "; the source gives it to " + upperFirst(oa)})
		}
	}
}

// respectivelyPair: two figures joined by "and" with "respectively" right
// after the second: "19% and 31% respectively".
func respectivelyPair(between, after string) bool {
	return strings.TrimSpace(between) == "and" && strings.HasPrefix(strings.ToLower(strings.TrimLeft(after, " ,")), "respectively")
}

// nameAt is where the name first stands as a word in text, or -1.
func nameAt(text, name string) int {
	for at := 0; name != ""; {
		k := strings.Index(text[at:], name)
		if k < 0 {
			return -1
		}
		lo, hi := at+k, at+k+len(name)
		if (lo == 0 || !isLetterByte(text[lo-1])) && (hi == len(text) || !isLetterByte(text[hi])) {
			return lo
		}
		at = hi
	}
	return -1
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
