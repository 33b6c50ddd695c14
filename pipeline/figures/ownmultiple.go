package figures

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
)

// ownMultiple checks a multiple a bullet sets between its own figures,
// "Organic share at 42%, less than twice the 20% legal minimum": the two
// figures around it, both the source's, say what it compares, so no
// other pair of the source may explain it. ok is false when the line
// does not have that shape.
func (r *check) ownMultiple(src []*atom, t *atom) (v verdict, ok bool) {
	prev, next := r.figureBefore(t), r.figureAfter(t)
	gap := prev
	if prev != nil && next != nil && periodUnit[prev.m.Head] != "" && periodUnit[next.m.Head] == "" {
		// "1,600 signatures in a week, almost twice the population of 870":
		// the period says when, the count before it is multiplied
		if pp := r.figureBefore(prev); pp != nil && periodUnit[pp.m.Head] == "" && pp.m.End <= prev.m.Start && len(strings.Fields(r.text[pp.m.End:prev.m.Start])) <= 3 {
			prev = pp
		}
	}
	// "10,000 tonnes, less than half the 25,000": a share the bullet sets
	// between its own figures; the whole may leave its unit to the part
	share := t.m.Kind == Fraction
	unitLent := share && next != nil && prev != nil && next.m.Unit == "" && class(next.m.Kind) == Cardinal && prev.m.Unit != ""
	if t.m.Kind != Multiplier && !share || prev == nil || next == nil || !sourceGives(src, *prev.m) || !sourceGives(src, *next.m) ||
		(class(prev.m.Kind) != class(next.m.Kind) || prev.m.Unit != next.m.Unit) && !unitLent || prev.m.End > t.m.Start || t.m.End > next.m.Start || next.m.Start > len(r.text) ||
		isYearish(*next.m) || next.m.Kind == Year || (periodUnit[next.m.Head] != "") != (periodUnit[prev.m.Head] != "") {
		// ("nearly double the 2022 figure", "double its level of twenty years
		// ago": a year or a time ago names the figure compared, it is none;
		// "1,600 signatures in a week, almost twice the population of 870":
		// nor is a period the thing multiplied)
		return verdict{}, false
	}
	before := strings.TrimSpace(r.text[gap.m.End:t.m.Start])
	after := strings.TrimSpace(r.text[t.m.End:next.m.Start])
	if before != "," && before != "—" && before != "–" && !nounThenComma(before) || after != "the" && after != "" && !namedBase(after) {
		return verdict{}, false
	}
	if pp := r.figureBefore(prev); pp != nil && pp == r.figureBefore(gap) && partitiveOf(r.text, pp.m, prev.m) && sourceGives(src, *pp.m) {
		prev = pp // "135 of 199 seats, more than three times the 57": the part is what is compared, its whole only says of what
	}
	if share {
		return judgeShare(*prev.m, *next.m, t)
	}
	v, ok = judgeMultiple(*prev.m, *next.m, t, "the bullet's own figures")
	if pp := r.figureBefore(prev); v.severity == Error && pp != nil && class(pp.m.Kind) == class(prev.m.Kind) && pp.m.Unit == prev.m.Unit && pp.m.End <= prev.m.Start &&
		len(strings.Fields(r.text[pp.m.End:prev.m.Start])) <= 4 && sourceGives(src, *pp.m) {
		// "for €9m, potentially rising to €11m, more than three times the
		// record of €2.5m": the multiple may compare the amount before
		if v2, ok2 := judgeMultiple(*pp.m, *next.m, t, "the bullet's own figures"); ok2 && v2.severity != Error {
			return v2, ok2
		}
	}
	return v, ok
}

// nounThenComma: the words between a figure and a multiple after it are
// the figure's noun and a comma, "135 of 199 seats, more than three
// times": one or two words, no other mark.
func nounThenComma(before string) bool {
	w, ok := strings.CutSuffix(before, ",")
	return ok && len(strings.Fields(w)) <= 2 && !strings.ContainsAny(w, ",;:()")
}

// judgeShare reports t as the share a is of b: derived when it fits,
// else a share that does not fit the bullet's own figures.
func judgeShare(a, b Mention, t *atom) (verdict, bool) {
	av, bv := a.Rat(), b.Rat()
	if av == nil || bv == nil || bv.Sign() == 0 || av.Cmp(bv) >= 0 {
		return verdict{}, false
	}
	pct := new(big.Rat).Mul(new(big.Rat).Quo(av, bv), big.NewRat(100, 1))
	if shareFits(pct, *t.m) {
		return verdict{true, "derived", Info, "N20", "is derived from the source: " + endSaid(a) + " as a share of " + endSaid(b)}, true
	}
	f, _ := pct.Float64()
	return verdict{true, "modified", Error, "N20", fmt.Sprintf("does not fit the bullet's own figures: %s is %.0f%% of %s", endSaid(a), f, endSaid(b))}, true
}

// judgeMultiple reports t as the ratio of a to b, derived when it fits
// and otherwise a multiple that does not fit what: the bullet's own
// figures, the level it gives.
func judgeMultiple(a, b Mention, t *atom, what string) (verdict, bool) {
	av, bv, x := a.Rat(), b.Rat(), t.m.Rat()
	if av == nil || bv == nil || x == nil || bv.Sign() == 0 {
		return verdict{}, false
	}
	fa, _ := av.Float64()
	fb, _ := bv.Float64()
	fx, _ := x.Float64()
	if multipleFits(fa/fb, fx, lastDigitStep(t.m.Value), t.m.Comparator) {
		return verdict{true, "derived", Info, "N20", "is derived from the source: ratio of " + endSaid(a) + " to " + endSaid(b)}, true
	}
	return verdict{true, "modified", Error, "N20", fmt.Sprintf("does not fit %s: %s is %.2f times %s", what, endSaid(a), fa/fb, endSaid(b))}, true
}

// endSaid names a figure in a finding: its words, or for one end of a
// range, whose words are the whole range's, its value.
func endSaid(m Mention) string {
	if m.rangeEnd != 0 {
		return m.Display()
	}
	return m.Raw
}

// sourceGives: a source figure says m's fact as it stands.
func sourceGives(src []*atom, m Mention) bool {
	s, v := bestSource(src, m)
	return s != nil && v.ok
}

// ownMultipleLevel checks a multiple told with the level it reached,
// "complaints have tripled in five years, to 2,300": the source gives
// the level and, in its sentence, what it is compared with ("2 300,
// contre 1 150 il y a cinq ans"), so the multiple is their ratio and no
// other pair of the source may explain it.
func (r *check) ownMultipleLevel(src []*atom, t *atom) (v verdict, ok bool) {
	if t.m.Kind != Multiplier || !t.m.Word || t.m.style == "title" {
		return verdict{}, false // ("the eight-time champions ... cut their squad to 36": a count of titles, no multiple)
	}
	var level *atom
	for _, u := range r.line {
		if u.m.Start <= t.m.End || u.m.Start > len(r.text) {
			continue
		}
		between := r.text[t.m.End:u.m.Start]
		if strings.Contains(between, ";") || strings.Contains(between, ". ") || contrastOpens(between) {
			break // "six times its 2018 score; its ally slumped to 8.8%", "..., while Renaissance drops to €12m": another clause's level
		}
		if strings.HasSuffix(" "+strings.TrimSpace(between), " to") && numeric(*u.m) {
			level = u
			break
		}
		if numeric(*u.m) && !isDuration(*u.m) && !isYearish(*u.m) {
			break // "double the 2020 figure, and the number of courts has risen by 1,600 to 2,500": the level is the 1,600's
		}
	}
	if level == nil {
		return verdict{}, false
	}
	s, sv := bestSource(src, *level.m)
	if s == nil || !sv.ok {
		return verdict{}, false
	}
	base := levelBase(src, s)
	for _, o := range src {
		if o != s && s.m.rangeEnd == 4 && o.m.rangeEnd == 3 && o.m.Start == s.m.Start {
			base = o // "triplera, de 137 millions à 425 millions": the change's start
		}
	}
	if base == nil {
		return verdict{}, false
	}
	return judgeMultiple(*s.m, *base.m, t, "the level the bullet gives")
}

// ownMultipleAgo checks a multiple told of the level before it against
// a time ago, "1.4 million users, more than twice as many as two years
// ago": the source gives the level and, in its sentence, the figure it
// is compared with ("contre 600 000 il y a deux ans"), so the multiple
// is their ratio, whatever "deux" the source says elsewhere.
func (r *check) ownMultipleAgo(src []*atom, t *atom) (verdict, bool) {
	prev, next := r.figureBefore(t), r.figureAfter(t)
	if t.m.Kind != Multiplier || t.m.Head != "as" || prev == nil || next == nil || periodUnit[next.m.Head] == "" || prev.m.End > t.m.Start || t.m.End > next.m.Start ||
		!numeric(*prev.m) || periodUnit[prev.m.Head] != "" || next.m.End > len(r.text) {
		return verdict{}, false
	}
	after := strings.Fields(strings.ToLower(r.text[next.m.End:min(len(r.text), next.m.End+20)]))
	if len(after) > 0 && after[0] == next.m.Head {
		after = after[1:] // "two years ago": the period's noun, then how long ago
	}
	if len(after) == 0 || !strings.HasPrefix(after[0], "ago") && !strings.HasPrefix(after[0], "earlier") && !strings.HasPrefix(after[0], "before") {
		return verdict{}, false
	}
	if before := strings.TrimSpace(r.text[prev.m.End:t.m.Start]); strings.ContainsAny(before, ".;:") || len(strings.Fields(before)) > 3 {
		return verdict{}, false // ("1.4 million users, more than twice": the level's own clause)
	}
	s, sv := bestSource(src, *prev.m)
	if s == nil || !sv.ok {
		return verdict{}, false
	}
	base := levelBase(src, s)
	if base == nil {
		return verdict{}, false
	}
	return judgeMultiple(*s.m, *base.m, t, "the level the bullet gives")
}

// levelBase is the last figure of s's sentence that s is compared
// with ("contre 600 000 il y a deux ans"), of its kind and unit; a year
// ("par rapport à 2014") or a time ago is the date compared, no level.
func levelBase(src []*atom, s *atom) *atom {
	var base *atom
	for _, o := range src {
		if o != s && o.m.prior && sameSentence(o, s) && class(o.m.Kind) == class(s.m.Kind) && o.m.Unit == s.m.Unit && !isYearish(*o.m) && periodUnit[o.m.Head] == "" {
			base = o
		}
	}
	return base
}

// namedBase: the words between a multiple and its base name the base,
// "ten times the initial print run of 40,000".
func namedBase(between string) bool {
	ws := strings.Fields(between)
	if len(ws) < 3 || len(ws) > 6 || ws[len(ws)-1] != "of" {
		return false
	}
	return ws[0] == "the" || ws[0] == "its" || ws[0] == "their"
}

// contrastOpens: the text opens another clause with a contrast, "while",
// "whereas", ", but": what follows is told of something else.
func contrastOpens(between string) bool {
	low := strings.ToLower(between)
	return strings.Contains(low, ", but ") || slices.ContainsFunc(strings.Fields(low), func(w string) bool { return contrastJoiners[w] })
}
