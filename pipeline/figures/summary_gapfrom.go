package figures

import (
	"math/big"
	"strings"
)

// gapComparers say that a figure is a gap from something named after
// them: "€12m more than the best-funded French team".
var gapComparers = []string{"more than", "less than", "fewer than", "higher than", "lower than", "above", "below", "ahead of", "behind"}

// gapFromApposed: t is a gap set off after a figure of the line ("€58m,
// €12m more than Alpes-Océan"): a gap from that figure, whatever other
// pair of the source happens to make it. It returns the figure's source
// pair when t is such a gap and no source figure makes it with that
// pair, else nil.
func (r *check) gapFromApposed(src []*atom, t *atom, a, b *atom) *atom {
	if t.m.End > len(r.text) {
		return nil
	}
	after := strings.ToLower(strings.TrimLeft(r.text[t.m.End:], " "))
	if !hasWordPrefix(after, gapComparers) {
		return nil
	}
	var lead *atom
	for _, u := range r.line {
		if u != t && u.m.End <= t.m.Start && apposedGap(r.text[u.m.End:t.m.Start]) {
			lead = u
		}
	}
	if lead == nil || lead.pair == nil || lead.pair == a || lead.pair == b || class(lead.m.Kind) != class(t.m.Kind) || lead.m.Unit != t.m.Unit {
		return nil
	}
	if r.lineSays(a) || r.lineSays(b) {
		return nil // "700 pupils in 28 classes, 60 more than the current school": the bullet gives a term of the pair it is the gap of
	}
	if periodUnit[lead.m.Head] != "" && periodUnit[t.m.Head] == "" {
		return nil // "128,000 people over four days, 2,000 fewer than in 2023": a length of time is no level a count is set off from
	}
	for _, o := range src {
		if o == lead.pair {
			continue
		}
		if why, _, _ := derived([]*atom{lead.pair, o}, *t.m); strings.HasPrefix(why, "difference of") {
			return nil
		}
	}
	return lead.pair
}

// apposedGap: the text between two figures sets the second off after
// the first, a comma after at most two words: "€58m, €12m more", "a €42m
// budget, €15m more".
func apposedGap(between string) bool {
	rest, ok := strings.CutSuffix(strings.TrimSpace(between), ",")
	return ok && !strings.ContainsAny(rest, ",;:.()") && len(strings.Fields(rest)) <= 2
}

// oppositeWhy says why a gap told as the difference of a and b, two
// rates going opposite ways, is wrong; "" when they do not.
func oppositeWhy(a, b *atom) string {
	if gap := oppositeGap(a, b); gap != "" {
		return "is no gap the source gives: its changes go opposite ways (" + a.m.Raw + ", " + b.m.Raw + "), " + gap + " apart"
	}
	return ""
}

// oppositeGap: a and b are two percent changes that go opposite ways
// ("progresse de 3 %", "chute de 5,5 %"), so the gap between them is the
// sum of their sizes (8.5 points), never the difference a derivation of
// bare values finds (2.5). It returns that sum in points, or "".
func oppositeGap(a, b *atom) string {
	if a == nil || b == nil || a.m.dir == 0 || b.m.dir == 0 || a.m.dir == b.m.dir || a.m.Kind != Percent || b.m.Kind != Percent {
		return "" // (counts that go opposite ways net out: "perdu 120 000 clients ... en a gagné 45 000" is a net loss of 75,000)
	}
	x, y := a.m.Rat(), b.m.Rat()
	if x == nil || y == nil || x.Sign() < 0 || y.Sign() < 0 {
		return "" // (a signed value already carries its way)
	}
	return canonical(new(big.Rat).Add(x, y)) + " points" // two rates apart
}
