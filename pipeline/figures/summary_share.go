package figures

import (
	"math/big"
	"strings"
)

// shareOfBefore judges a share apposed to the figure before it in a
// bullet: "€486m, more than two-thirds of the total" is a share of the
// €486m, so it must come from that figure and a larger one of its kind,
// not from any two source figures that happen to give two-thirds. It
// reports whether it judged t.
func (r *check) shareOfBefore(src []*atom, t *atom, text string) bool {
	if t.m.Kind != Fraction && t.m.Kind != Percent {
		return false
	}
	u := r.figureBefore(t)
	if u == nil || u.pair == nil || u.m.Kind != Money && u.m.Kind != Quantity && class(u.m.Kind) != Cardinal ||
		!apposed(text, u.m, t.m) {
		return false
	}
	a := *u.pair.m
	whole := r.wholeOf(src, t, a)
	if whole == nil {
		return false
	}
	if why := combine2(a, *whole.m, *t.m, t.m.Rat(), func() bool { return false }); why != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return true
	}
	share := new(big.Rat).Mul(new(big.Rat).Quo(a.Rat(), whole.m.Rat()), big.NewRat(100, 1))
	f, _ := share.Float64()
	r.add(nil, t, verdict{true, "modified", Error, "N20",
		"is not the share the source gives: its " + a.Raw + " is " + trimFloat(f) + "% of " + whole.m.Raw})
	return true
}

// wholeOf is what a share of a is said of: the figure the bullet names
// right after the share ("more than half of the €96m budget"), or else
// the largest source figure of a's kind and unit, the total.
func (r *check) wholeOf(src []*atom, t *atom, a Mention) *atom {
	av := a.Rat()
	for k, u := range r.line {
		if u == t && k+1 < len(r.line) {
			if n := r.line[k+1]; n.pair != nil && class(n.m.Kind) == class(a.Kind) && n.m.Unit == a.Unit && n.m.Rat().Cmp(av) > 0 {
				return n.pair
			}
		}
	}
	var whole *atom
	for _, b := range src {
		bv := b.m.Rat()
		if class(b.m.Kind) != class(a.Kind) || b.m.Unit != a.Unit || bv == nil || av == nil || bv.Cmp(av) <= 0 {
			continue
		}
		if whole == nil || bv.Cmp(whole.m.Rat()) > 0 {
			whole = b
		}
	}
	return whole
}

// figureBefore is the figure of t's bullet right before it.
func (r *check) figureBefore(t *atom) *atom {
	var prev *atom
	for _, u := range r.line {
		if u == t {
			return prev
		}
		prev = u
	}
	return nil
}

// apposed: only a comma, "or", "i.e." or "that is" stand between the
// figure and the share: "€486m, more than two-thirds of the total".
func apposed(text string, u, t *Mention) bool {
	if u.End > t.Start || t.Start > len(text) {
		return false
	}
	between := strings.TrimSpace(strings.ToLower(text[u.End:t.Start]))
	for _, w := range []string{",", ", or", "or", ", i.e.", ", that is", "("} {
		if between == w {
			return true
		}
	}
	return false
}

func trimFloat(f float64) string {
	s := big.NewRat(int64(f*10+0.5), 10).FloatString(1)
	return strings.TrimSuffix(s, ".0")
}
