package figures

import (
	"slices"
	"strings"
)

// toldOfOther reports t, supported by s of its value, when the source
// gives s to another year, date, period or actor than the bullet does,
// or the bullet gives a change to a level: true when it reported.
func (r *check) toldOfOther(src []*atom, s, t *atom) bool {
	if o := r.yearMoved(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4",
			"the source gives this figure to another year; its figure for this one is " + o.m.Raw})
		return true
	}
	if o := fullDateOtherwise(src, s, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N13", "the source gives this date as " + o.m.Raw})
		return true
	}
	if p := r.periodMoved(src, s, t); p != "" {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source gives this figure to another period, the " + ordinalWord(atoiSafe(p)) + " one"})
		return true
	}
	if o := r.requestedAsImposed(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source gives this figure as what was requested; the court imposed " + o.m.Raw})
		return true
	}
	if o := r.levelOfOther(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source gives this change to " + o.m.Raw + ", not to the level the bullet names"})
		return true
	}
	return false
}

// unitConfused reports t, matched by value to s, a count, when the
// source gives an amount in t's unit: true when it reported (or found
// t derived from two amounts in that unit instead).
func (r *check) unitConfused(src []*atom, s, t *atom, v verdict) bool {
	o := unitConfusion(src, s, *t.m, v)
	if o == nil {
		return false
	}
	if rs := rounded(src, *t.m, false); rs != nil && rs.m.Kind == t.m.Kind && rs.m.Unit == t.m.Unit {
		r.roundedFrom(src, rs, t) // "nearly €15,000" is the source's "14 900 euros" rounded, not its "15 000 étudiants"
		return true
	}
	if why, a, b := derived(src, *t.m); why != "" && a.m.Unit == t.m.Unit && b.m.Unit == t.m.Unit {
		// "rises by €3, to €77" for "passera de 74 à 77 euros": the
		// difference of two amounts in its unit, not the count "trois"
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return true
	}
	r.add(s, t, verdict{true, "unit", Error, "N20",
		"the source counts " + s.m.Raw + " " + s.m.Head + "; its amount in " + t.m.Unit + " is " + o.m.Raw})
	return true
}

// derivedInLineFirst is derived, except that a gap of two rates in
// points yields to a change of the bullet's own figures: "fallen 30% in
// two years, to €4.20 a kilo from €6".
func (r *check) derivedInLineFirst(src []*atom, t *atom) (string, *atom, *atom) {
	why, a, b := derived(src, *t.m)
	if strings.HasPrefix(why, pointsNotPercent) {
		if w, a2, b2 := derived(r.saidInLine(src), *t.m); w != "" && !strings.HasPrefix(w, pointsNotPercent) {
			return w, a2, b2
		}
	}
	return why, a, b
}

// shareToldOwn: t, a percent told with ", or" after its bullet's own two
// counts ("6,000 of the 120,000 nursing posts, or 15%"), is their share,
// not a change or a share of figures the bullet does not give ("15 of
// the 2,400 manuscripts, or 0.5%" is no share of the source's 12): why
// it is wrong, or "".
func (r *check) shareToldOwn(why string, a, b, t *atom) string {
	if !strings.HasPrefix(why, "percent change") && !strings.Contains(why, " as a share of ") || r.lineSays(a) && r.lineSays(b) || !strings.HasSuffix(strings.TrimSpace(r.text[:t.m.Start]), ", or") {
		return ""
	}
	return r.lineShareOtherwise(t)
}

// lineMates reports the words the context of another figure of t's
// bullet holds too: words said of the clause before t, not of t.
func (r *check) lineMates(t *atom) func(string) bool {
	return func(w string) bool {
		return slices.ContainsFunc(r.line, func(u *atom) bool { return u != t && u.m.End <= t.m.Start && slices.Contains(u.m.ctx, w) })
	}
}

// outsideWords name what is left of a whole by the part they exclude.
var outsideWords = map[string]bool{"outside": true, "excluding": true, "except": true, "beyond": true, "besides": true, "non": true}

// allBut: the bullet's figure at start is the exception to what it says
// of all the others, "all but 15 keep their jobs": the rest, told by the
// part's word.
func allBut(text string, start int) bool {
	if start > len(text) {
		return false
	}
	before := strings.ToLower(text[:start])
	return strings.HasSuffix(before, "all but ") || strings.HasSuffix(before, "all except ") || strings.HasSuffix(before, "all bar ")
}

// restToldAsPart: a whole less the part "dont" gives of it, told with
// the part's own word: "cinq ans de prison, dont deux avec sursis"
// summarised "five years, three of them suspended". The three are the
// years to serve; the bullet gave the rest the part's word.
func restToldAsPart(why string, a, b, t *atom, mates func(string) bool) string {
	if !strings.HasPrefix(why, "difference of") || !partAndWhole(*a.m, *b.m) {
		return ""
	}
	for _, ew := range t.m.ctx {
		if outsideWords[ew] {
			return "" // "1,150 people, 720 of them outside France": the part's word, negated, names the rest
		}
	}
	whole, part := a, b
	if b.m.Start < a.m.Start {
		whole, part = b, a
	}
	for _, fw := range part.m.ctx {
		if slices.Contains(whole.m.ctx, fw) {
			continue
		}
		for _, ew := range t.m.ctx {
			if mates(ew) {
				continue // "three years behind bars plus two suspended": the bars are the three's
			}
			if fw == ew || translates(fw, ew) || cognate(fw, ew) || headAgrees(fw, ew) { // (a name is its own word: "dont trois pour le compte d'Airbus", "four of them for Airbus")
				return "is the rest of " + whole.m.Raw + " once " + part.m.Raw + " is taken out, but the summary gives it the part's word (" + fw + ")"
			}
		}
	}
	return ""
}
