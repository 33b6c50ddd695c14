package figures

import (
	"math"
	"math/big"
	"strings"
)

// shareOfBefore judges a share apposed to the figure before it in a
// bullet: "€486m, more than two-thirds of the total" is a share of the
// €486m, so it must come from that figure and a larger one of its kind,
// not from any two source figures that happen to give two-thirds. It
// reports whether it judged t.
func (r *check) shareOfBefore(src []*atom, t *atom) bool {
	if t.m.Kind != Fraction && t.m.Kind != Percent || t.m.Signed || t.m.dir != 0 || gapWord[t.m.Head] {
		return false // "540 → 60 (−89%)", "(~+60%)", "roughly a third below the peak": a change, no share
	}
	u := r.figureBefore(t)
	if u == nil || u.pair == nil || !apposed(r.text, u.m, t.m) && !(nounApposed(r.text, u.m, t.m) && !t.m.ofWhat) {
		return false
	}
	if r.saysAge(u) || isDuration(*u.pair.m) {
		u = r.figureBefore(u) // "1.75m aged 65+ (about 21%)": a share of the people, not of their age
	}
	if u == nil || u.pair == nil || u.m.Kind != Money && u.m.Kind != Quantity && class(u.m.Kind) != Cardinal || isYearish(*u.m) || u.m.Kind == Year {
		return false // ("in Q2 2024, about 14% below its peak": a year is no whole)
	}
	if r.ofItAfter(t) {
		// "€1.1m, a fifth of it (€220,000)": the figure before is the
		// whole, and the part, if any, follows in brackets
		if part := r.figureAfter(t); part != nil && part.pair != nil && part.m.bracketed {
			r.judgeShare(t, *part.pair.m, u.pair)
			return true
		}
		return false
	}
	if part := r.figureBefore(u); part != nil && part.pair != nil && partitiveOf(r.text, part.m, u.m) {
		r.judgeShare(t, *part.pair.m, u.pair) // "63 of its 214 stores (almost 30%)": a share of the whole u
		return true
	}
	a := *u.pair.m
	candidates := wholes(src, a)
	if level := r.levelBeforeFrom(u); level != nil {
		// "narrowed to €81bn from €100bn, half its record of €162bn": the
		// share of the level the bullet gives, its former value between
		for _, b := range wholes(src, *level.pair.m) {
			if shareOf(*level.pair.m, *b.m, *t.m) && !shareOf(a, *b.m, *t.m) {
				r.judgeShare(t, *level.pair.m, b)
				return true
			}
		}
	}
	if named := r.namedWhole(candidates, t); named != nil {
		r.judgeShare(t, a, named)
		return true
	}
	for _, b := range candidates {
		if shareOf(a, *b.m, *t.m) {
			r.judgeShare(t, a, b)
			return true
		}
	}
	if whole := r.wholeOf(candidates, t, a); whole != nil {
		r.judgeShare(t, a, whole)
		return true
	}
	return false
}

// levelBeforeFrom: u is the "from" figure of a change told to a level,
// "to €81bn in 2024 from €100bn"; the level, or nil.
func (r *check) levelBeforeFrom(u *atom) *atom {
	v := r.figureBefore(u)
	for v != nil && (isYearish(*v.m) || v.m.Kind == Year || v.m.Kind == Date) {
		v = r.figureBefore(v) // ("to €81bn in 2024 from €100bn": the year dates the level)
	}
	if v == nil || v.pair == nil || u.m.Start > len(r.text) || v.m.End > u.m.Start {
		return nil
	}
	if !strings.HasSuffix(strings.TrimSpace(r.text[v.m.End:u.m.Start]), "from") {
		return nil
	}
	return v
}

// judgeShare reports t as a's share of whole, derived when it is one
// and otherwise a share the source does not give.
func (r *check) judgeShare(t *atom, a Mention, whole *atom) {
	if shareOf(a, *whole.m, *t.m) {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + a.Raw + " as a share of " + whole.m.Raw})
		return
	}
	share := new(big.Rat).Mul(new(big.Rat).Quo(a.Rat(), whole.m.Rat()), big.NewRat(100, 1))
	f, _ := share.Float64()
	r.add(nil, t, verdict{true, "modified", Error, "N20",
		"is not the share the source gives: its " + a.Raw + " is " + canonical(roundTenth(f)) + "% of " + whole.m.Raw})
}

// wholes are the source figures a share of a may be said of: larger, of
// its kind and unit, and no year.
func wholes(src []*atom, a Mention) []*atom {
	av := a.Rat()
	var out []*atom
	for _, b := range src {
		if bv := b.m.Rat(); bv != nil && av != nil && class(b.m.Kind) == class(a.Kind) && b.m.Unit == a.Unit && !isYearish(*b.m) && bv.Cmp(av) > 0 {
			out = append(out, b)
		}
	}
	return out
}

// namedWhole is the candidate whole the bullet names after its share
// ("of the budget"): one whose clause has a word the noun after "of the"
// translates.
func (r *check) namedWhole(candidates []*atom, t *atom) *atom {
	if t.m.End > len(r.text) {
		return nil
	}
	ws := strings.Fields(strings.ToLower(strings.Trim(r.text[t.m.End:], " .")))
	if len(ws) < 3 || ws[0] != "of" || ws[1] != "the" && ws[1] != "its" && ws[1] != "their" {
		return nil
	}
	noun := strings.Trim(ws[2], ",.;")
	for _, b := range candidates {
		for _, w := range b.m.clause() {
			if w == noun || cognate(w, noun) || translates(w, noun) {
				return b
			}
		}
	}
	return nil
}

// wholeOf is what a wrong share of a was meant of, to name in the
// finding: the figure the bullet names right after the share ("more than
// half of the €96m budget"), or else the candidate whose share comes
// nearest to the bullet's.
func (r *check) wholeOf(candidates []*atom, t *atom, a Mention) *atom {
	av := a.Rat()
	for k, u := range r.line {
		if u == t && k+1 < len(r.line) {
			if n := r.line[k+1]; n.pair != nil && class(n.m.Kind) == class(a.Kind) && n.m.Unit == a.Unit && n.m.Rat().Cmp(av) > 0 {
				return n.pair
			}
		}
	}
	want, _ := t.m.Rat().Float64()
	if t.m.Kind == Percent {
		want /= 100
	}
	var whole *atom
	gap := 0.0
	for _, b := range candidates {
		share, _ := new(big.Rat).Quo(av, b.m.Rat()).Float64()
		if d := math.Abs(share - want); whole == nil || d < gap {
			whole, gap = b, d
		}
	}
	return whole
}

// roundTenth is f to one decimal, as a finding writes a share.
func roundTenth(f float64) *big.Rat {
	return big.NewRat(int64(math.Round(f*10)), 10)
}

// shareOf: a is the share t says of b, within the rounding its hedge
// allows ("more than 60%" for 9 200 of 14 800, 62%).
func shareOf(a, b, t Mention) bool {
	share := new(big.Rat).Mul(new(big.Rat).Quo(a.Rat(), b.Rat()), big.NewRat(100, 1))
	asFraction := t
	if v := t.Rat(); t.Kind == Percent && v != nil {
		asFraction.Value = canonical(new(big.Rat).Quo(v, big.NewRat(100, 1))) // as shareFits reads it
	}
	if shareFits(share, asFraction) {
		return true
	}
	// a change is no share: "261 of them aged 65+ (~45%)" of 474 is 55%,
	// however far 474 fell to 261
	w := combine2(a, b, t, t.Rat(), func() bool { return false })
	return w != "" && !strings.HasPrefix(w, "percent change")
}

// partitiveOf: the bullet says part "of" the whole: "63 of its 214",
// "8,000 of the region's 84,000".
func partitiveOf(text string, part, whole *Mention) bool {
	if part.End > whole.Start || whole.Start > len(text) {
		return false
	}
	between := strings.TrimSpace(strings.ToLower(text[part.End:whole.Start]))
	ws := strings.Fields(between)
	if len(ws) > 0 && ws[0] == "out" {
		ws = ws[1:]
	}
	// "of its 214", "of the region's 41,000", "out of the 300 local"
	return len(ws) > 0 && len(ws) <= 4 && ws[0] == "of" && !strings.ContainsAny(between, ",;:()")
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

// ofItAfter: the share points back at the figure before it: "a fifth of
// it", "half of that", "a third of them".
func (r *check) ofItAfter(t *atom) bool {
	if t.m.End > len(r.text) {
		return false
	}
	rest := strings.ToLower(r.text[t.m.End:])
	for _, w := range []string{" of it", " of that", " of this", " of them", " of those"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// figureAfter is the figure right after t in its bullet.
func (r *check) figureAfter(t *atom) *atom {
	for k, u := range r.line {
		if u == t && k+1 < len(r.line) {
			return r.line[k+1]
		}
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
	if pre, _, ok := strings.Cut(between, ","); ok && strings.HasPrefix(pre, "of ") && len(strings.Fields(pre)) <= 3 {
		between = strings.TrimSpace(between[len(pre):]) // "9,200 of the losses, more than 60%"
	}
	if noun, ok := strings.CutSuffix(between, "("); ok && (len(strings.Fields(noun)) == 1 || strings.HasPrefix(noun, "of ") && len(strings.Fields(noun)) <= 3) {
		between = "(" // "214 stores (almost 30%)", "41,000 hectares of orchards (about 7%)": the noun, then the share in brackets
	}
	for _, w := range []string{",", ", or", "or", ", i.e.", ", that is", "("} {
		if between == w {
			return true
		}
	}
	return false
}

// nounApposed: the share follows the figure's noun and a comma, "3,300
// bookshops, about two-thirds" (not "..., 22% of sales", a share of
// something else).
func nounApposed(text string, u, t *Mention) bool {
	if u.End > t.Start || t.Start > len(text) {
		return false
	}
	noun, ok := strings.CutSuffix(strings.TrimSpace(text[u.End:t.Start]), ",")
	ws := strings.Fields(noun)
	return ok && len(ws) == 1 && !strings.ContainsAny(noun, ",;:()")
}
