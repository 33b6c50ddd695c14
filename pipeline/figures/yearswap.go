package figures

import "strings"

// A summary figure dated with the year of another: "3 000 visiteurs par
// semaine, contre 1 000 en 2019" summarised "3,000 visitors a week in
// 2019" gives the present figure the year of the compared one (M4).
// "three times as many as in 2019" names the year of the comparison and
// is fine.

// comparedYear: a year after "as in", "than in", "since", "compared
// with": the time of the comparison, not of the figure before it.
func (p *parser) comparedYear(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	switch p.word(i) {
	case "since", "from", "against", "versus", "vs", "depuis", "contre":
		return true
	case "in", "en":
		switch p.word(i - 1) {
		case "as", "than", "with", "to", "qu'", "que":
			return true
		}
	case "on":
		switch p.word(i - 1) {
		case "down", "up", "higher", "lower", "rise", "fall", "increase", "decrease", "drop", "gain":
			return true // "slightly down on 2023", "a 4% rise on 2022": the year compared with
		}
	}
	return p.priorOf(m)
}

// yearOfOther finds the compared source figure whose year the summary
// gives to t: t is followed in its sentence by a year the source says
// only of o, a compared figure of the same kind; or t is the compared
// figure, dated with the year of the one it is compared with ("23,1
// milliards en 2023, contre 23,6 milliards en 2022": "€23.6bn in 2023").
func (r *check) yearOfOther(src []*atom, t *atom) *atom {
	s := t.pair
	if s == nil || !numeric(*t.m) {
		return nil
	}
	y := yearAfter(r.line, t)
	if y == 0 {
		return nil
	}
	var owner *atom
	for k, o := range src {
		if yearOf(*o.m) != y || o.m.Kind != Year && o.m.Kind != Date && !isYearish(*o.m) {
			continue
		}
		if f := frontedOwner(src, k, s); f != nil && r.yearRightAfter(t) {
			owner = f // "En 2019, il plafonnait à 16 %": the year opens the sentence of its figure
			continue
		}
		if k == 0 || !src[k-1].m.prior && !(s.m.prior && sameSentence(src[k-1], s)) || src[k-1] == s || src[k-1].m.Value == s.m.Value ||
			class(src[k-1].m.Kind) != class(s.m.Kind) || o.m.Start-src[k-1].m.End > 4 {
			return nil // the source dates something else with this year too
		}
		owner = src[k-1]
	}
	return owner
}

// yearAfter is the year that follows t in its sentence with no figure
// between and not as the time of a comparison, or 0; of a span of
// years, its last.
func yearAfter(line []*atom, t *atom) int {
	for _, y := range line {
		if y.m.Start <= t.m.End || y.m.Sentence != t.m.Sentence {
			continue
		}
		if y.m.Kind != Year && !isYearish(*y.m) || y.m.prior {
			return 0
		}
		if y.m.rangeEnd == 1 || y.m.rangeEnd == 3 {
			continue // "doubled to 86,000 between 2020 and 2024": a span of years dates the figure with its end
		}
		return yearOf(*y.m)
	}
	return 0
}

// yearSwap reports the summary figures dated with another's year.
func (r *check) yearSwap(src []*atom) {
	for _, t := range r.line {
		if o := r.yearOfOther(src, t); o != nil {
			r.add(t.pair, t, verdict{true, "attribution", Error, "M4",
				"the source gives this year for " + o.m.Raw + ", not for this figure"})
		} else if y := r.baseYearGiven(src, t); y != nil {
			r.add(t.pair, t, verdict{true, "attribution", Error, "M4",
				"the source dates this figure " + y.m.Raw + "; the bullet's year is the one it is compared with"})
		}
	}
}

// baseYearGiven: the bullet dates t, right after it, with the year the
// source compares t's figure with, while the source dates the figure
// itself with another ("14 200 entreprises créées en 2023, soit 4 % de
// plus qu'en 2022" told "rose 4% to 14,200 in 2022"). It returns the
// source's own year of the figure.
func (r *check) baseYearGiven(src []*atom, t *atom) *atom {
	s := t.pair
	if s == nil || !numeric(*t.m) || isYearish(*t.m) || !r.yearRightAfter(t) {
		return nil
	}
	told := yearAfter(r.line, t)
	if told == 0 {
		return nil
	}
	var own *atom
	for _, y := range src {
		if !sameSentence(y, s) || y.m.Start <= s.m.End {
			continue
		}
		if own == nil {
			if y.m.Kind != Year || y.m.prior {
				return nil // a figure before any year, or a year of comparison: no year of s's own
			}
			own = y
			continue
		}
		if yearOf(*y.m) == told && (y.m.Kind == Year || isYearish(*y.m)) && y.m.prior {
			return own // the bullet's year is the source's base of comparison
		}
	}
	return nil
}

// frontedOwner: the year src[k] is the first figure of its sentence ("En
// 2019, il plafonnait à 16 %") and the sentence gives one figure of s's
// kind after it, another than s: that figure is the year's.
func frontedOwner(src []*atom, k int, s *atom) *atom {
	y := src[k]
	if k > 0 && sameSentence(src[k-1], y) {
		return nil
	}
	var found *atom
	for _, o := range src[k+1:] {
		if !sameSentence(o, y) {
			break
		}
		if class(o.m.Kind) != class(s.m.Kind) || o.m.Unit != s.m.Unit {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	if found == nil || found == s || found.m.Value == s.m.Value {
		return nil
	}
	return found
}

// yearRightAfter: the bullet's year follows t at once ("up from 24% in
// 2019"), not a clause later ("at 3.2%; in 2021 it had borrowed").
func (r *check) yearRightAfter(t *atom) bool {
	for _, y := range r.line {
		if y.m.Start > t.m.End && y.m.Sentence == t.m.Sentence && (y.m.Kind == Year || isYearish(*y.m)) {
			return y.m.Start-t.m.End <= 5 && (y.m.Start > len(r.text) || !strings.ContainsAny(r.text[t.m.End:y.m.Start], ";,"))
		}
	}
	return false
}
