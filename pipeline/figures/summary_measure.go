package figures

import (
	"math/big"
	"slices"
	"strings"
	"unicode"
)

// periodNouns are the lengths of the period nouns a source names, with
// or without a number: "la semaine dernière" names a week.
func periodNouns(paras []string) map[int64]bool {
	out := map[int64]bool{}
	for _, p := range paras {
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if n := periodSize[w]; n != 0 && periodUnit[w] != "" {
				out[n*familyScale(periodUnit[w])] = true
			}
		}
	}
	return out
}

// familyScale keeps the two period families apart in one key.
func familyScale(fam string) int64 {
	if fam == "month" {
		return 1 << 40
	}
	return 1
}

// otherMeasure finds a source length of time that the summary's
// contradicts ("six mois" summarised as "a year", "une semaine" as "a
// month"), or a collective it turns vague ("une dizaine" as "dozens").
// A bare "a week" may come from a period the source names without a
// number ("la semaine dernière").
func (r *check) otherMeasure(src []*atom, t Mention) *atom {
	td, tok := durationDays(t)
	if tok && r.namedPeriod(t) || tok && durationGap(src, t) != "" {
		tok = false // ("50 minutes longer": the gap of two lengths the source gives)
	}
	for _, s := range src {
		if sd, ok := durationDays(*s.m); ok && tok && t.Comparator == CmpNone && !hedged(*s.m) && !s.m.personAge && differ(sd, td) && lengthsAkin(sd, td) {
			return s
		}
		if t.Vague && s.m.Kind == Approx && !s.m.Vague && s.m.Value == t.Value {
			return s
		}
	}
	return nil
}

// lengthsAkin: two lengths a summary may have put one for the other ("six
// mois" as "a year", "trois jours" as "two weeks"); "40 years earlier" is
// no restated queue of "trois heures".
func lengthsAkin(a, b float64) bool {
	if a > b {
		a, b = b, a
	}
	return a > 0 && b/a <= 30
}

// differ: two lengths in days are not the same length, months being
// counted approximately.
func differ(a, b float64) bool {
	if a > b {
		a, b = b, a
	}
	return a <= 0 || b/a > 1.1
}

// unitConfusion: a summary amount whose source figure is a count of
// something else ("6,500 euros each" where 6 500 counts students) while
// the source gives another amount in that currency or unit (300 euros).
func unitConfusion(src []*atom, s *atom, t Mention, v verdict) *atom {
	if v.kind != "unit" || s.m.carried != "" && s.m.carried == t.Unit || t.Kind != Money && t.Kind != Quantity || class(s.m.Kind) != Cardinal || s.m.Unit != "" || nounHead(s.m.Head) == "" || participle(s.m.Head) || elidedMatch(*s.m, t) {
		// ("d'un milliard annoncé en février": a participle, no counted noun)
		return nil
	}
	if (s.m.Scale != "" || moneyNouns[s.m.Head] || salesNouns[s.m.Head] || amountWords[s.m.Head]) && t.Kind == Money && onlyCurrency(src, t.Unit) {
		// "le déficit sous les 800 millions" in a text that counts in
		// euros only: the euros left unsaid; so in "plus d'un milliard de
		// chiffre d'affaires", an amount by its noun
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Kind == t.Kind && o.m.Unit == t.Unit && o.m.Value != t.Value {
			return o
		}
	}
	return nil
}

// scoreMargin: a bullet's points or goals that are the margin of a
// score the source gives ("59-3": "the widest margin ever, 56 points").
func scoreMargin(src []*atom, t Mention) *atom {
	if class(t.Kind) != Cardinal && t.Kind != PercentPoint || t.Comparator != CmpNone {
		return nil
	}
	if t.Unit != "" && t.Unit != "pt" && t.Unit != "pts" || otherCount(t) {
		return nil // ("his previous three finals": no margin of 6-3)
	}
	tv := t.Rat()
	for _, o := range src {
		if o.m.Kind != Score || tv == nil || notMargin(*o.m, t) {
			continue
		}
		if c := tallyCounts(o); len(c) == 2 && new(big.Rat).Abs(new(big.Rat).Sub(c[0].m.Rat(), c[1].m.Rat())).Cmp(tv) == 0 && tv.Sign() > 0 {
			return o // (the score's two sides as derivations read them)
		}
	}
	return nil
}

// aggregateMargin: a bullet's goals "on aggregate" that are the margin of
// two legs' scores of one paragraph, each written from the same side
// ("34-27" and, at the first leg, "(28-30)": 62-57, five goals).
func (r *check) aggregateMargin(src []*atom, t Mention) (*atom, *atom) {
	if class(t.Kind) != Cardinal || t.Comparator != CmpNone || t.Unit != "" || !strings.Contains(strings.ToLower(r.text), "aggregate") {
		return nil, nil
	}
	tv := t.Rat()
	if tv == nil || tv.Sign() <= 0 || !tv.IsInt() {
		return nil, nil
	}
	for i, a := range src {
		a1, a2, ok := scoreParts(a.m.Value)
		if a.m.Kind != Score || !ok {
			continue
		}
		for _, b := range src[i+1:] {
			b1, b2, ok := scoreParts(b.m.Value)
			if b.m.Kind != Score || !ok || b.m.Paragraph != a.m.Paragraph {
				continue
			}
			if d := big.NewRat(int64(abs((a1+b1)-(a2+b2))), 1); d.Cmp(tv) == 0 {
				return a, b
			}
		}
	}
	return nil, nil
}

// onlyCurrency: every amount of the source is in cur.
func onlyCurrency(src []*atom, cur string) bool {
	seen := false
	for _, o := range src {
		if o.m.Kind == Money {
			if o.m.Unit != cur {
				return false
			}
			seen = true
		}
	}
	return seen
}

// anchored upgrades a soft summary figure left unsupported (an ordinal,
// a fraction) to an error when a figure of the same line is the source
// figure of a sentence that gives another value of that kind: "Brest
// finished second with 61 points" where the source says "troisièmes du
// championnat avec 61 points".
func (r *check) anchored(src []*atom, line []*atom) {
	misses := r.softMisses
	r.softMisses = nil
	for _, t := range misses {
		if t.m.Kind != Ordinal && t.m.Kind != Fraction {
			continue
		}
		if s := anchorOf(src, line, r.all, t); s != nil {
			r.add(s, t, verdict{true, "modified", Error, "N20",
				"the sentence of the source that gives the figures around it says " + s.m.Raw})
		}
	}
}

func anchorOf(src, line, all []*atom, t *atom) *atom {
	for _, u := range line {
		if u == t || u.pair == nil || u.m.Sentence != t.m.Sentence {
			continue
		}
		for _, s := range src {
			if s.m.Kind == t.m.Kind && s.m.Value != t.m.Value && s.m.Paragraph == u.pair.m.Paragraph && s.m.Sentence == u.pair.m.Sentence && s.m.style != "idiom" && !pairedIn(all, s) &&
				!withinTop(src, s, *t.m) && !valueToldFrom(line, s) && !(t.m.style == "runoff" && s.m.Head != "tour") {
				// (a run-off is a round: a list "en tête" ranks no round)
				return s // ("la 9e mondiale", already the bullet's "world No. 9", is no other rank for "first")
			}
		}
	}
	return nil
}

// valueToldFrom: the line already tells s's value with a figure of its
// kind taken from s's sentence ("first in the same-day presidential
// vote" for "en tête du premier tour"), so another of that kind, "faces
// a run-off", is no changed place.
func valueToldFrom(line []*atom, s *atom) bool {
	for _, u := range line {
		if u.pair != nil && u.m.Kind == s.m.Kind && u.m.Value == s.m.Value && sameSentence(u.pair, s) {
			return true
		}
	}
	return false
}

// withinTop: s is "premières" after a count, "les trois premières
// nationalités", which ranks each of them up to that count: the third of
// them is "third".
func withinTop(src []*atom, s *atom, t Mention) bool {
	if s.m.Kind != Ordinal || s.m.Value != "1" {
		return false
	}
	return slices.ContainsFunc(src, func(o *atom) bool {
		return class(o.m.Kind) == Cardinal && sameSentence(o, s) && o.m.End <= s.m.Start && s.m.Start-o.m.End <= 1 && atoiSafe(t.Value) <= atoiSafe(o.m.Value)
	})
}

// namedPeriod: t is "a week", "a year" and the source names that period.
func (r *check) namedPeriod(t Mention) bool {
	return durationWord(t) && isDuration(t) && r.periods[periodSize[t.Head]*familyScale(periodUnit[t.Head])]
}
