package figures

import "strings"

// rangeByOneEnd: a bullet that gives one end of a source span as a plain
// figure, "Tickets cost 195 euros" for "entre 45 et 195 euros", tells the
// span as a single value. Giving both ends, or the end with its bound
// ("up to 195 euros", "from 45 euros"), is fine.
func (r *check) rangeByOneEnd(src, line []*atom) {
	for _, t := range line {
		s := t.pair
		if s == nil || s.m.rangeEnd != 1 && s.m.rangeEnd != 2 || t.m.rangeEnd != 0 || t.m.Comparator != CmpNone || !numeric(*t.m) || r.hasError(t) {
			continue
		}
		if boundBefore(r.text, t.m.Start) || spanAfter(r.text, t.m.End) {
			continue
		}
		if saidAlone(src, t) {
			continue // "l'après-2027" beside "2021-2027": the bullet's "post-2027" is the first
		}
		other := otherEnd(src, s)
		if other == nil || other.m.Value == s.m.Value || pairedIn(line, other) {
			continue
		}
		if r.lengthToEnd(t, *other.m) {
			continue // "in the decade to 2023" for "entre 2013 et 2023": the span by its length and its end
		}
		if wholeDecade(*t.m, *s.m, *other.m) || wholeDecade(*t.m, *other.m, *s.m) {
			continue // "in their 60s" for "les 60-69 ans": the decade is the span
		}
		r.add(s, t, verdict{true, "modified", Error, "M2", "gives one end of the source's range " + s.m.Raw + " as the whole figure"})
	}
}

// boundBefore: the words before a bullet's figure make it an end, "from
// 45 euros", "starting at", "as much as".
func boundBefore(text string, at int) bool {
	before := strings.ToLower(strings.TrimSpace(text[:min(at, len(text))]))
	for _, w := range [...]string{"from", "starting at", "as low as", "as little as", "as much as", "as high as", "ranging to", "and"} {
		if strings.HasSuffix(before, " "+w) || before == w {
			return true
		}
	}
	return false
}

// spanAfter: the bullet goes on with the span's other end, "20-64s",
// "45 to 195 euros", which its reading left apart.
func spanAfter(text string, at int) bool {
	if at >= len(text) {
		return false
	}
	after := strings.ToLower(text[at:])
	return strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, " to ") || strings.HasPrefix(after, " and ")
}

// otherEnd is the other end of the source range s is an end of.
func otherEnd(src []*atom, s *atom) *atom {
	for _, o := range src {
		if o != s && o.m.Start == s.m.Start && o.m.End == s.m.End && (o.m.rangeEnd == 1 || o.m.rangeEnd == 2) {
			return o
		}
	}
	return nil
}

// pairedIn: a figure of the line is paired with s.
func pairedIn(line []*atom, s *atom) bool {
	for _, t := range line {
		if t.pair == s {
			return true
		}
	}
	return false
}

// saidAlone: the source also gives t's value as a figure of its own, no
// end of a range.
func saidAlone(src []*atom, t *atom) bool {
	for _, o := range src {
		if o.m.rangeEnd == 0 && o.m.Value == t.m.Value && class(o.m.Kind) == class(t.m.Kind) {
			return true
		}
	}
	return false
}

// spanEndElsewhere: a bullet's span whose first end is the first end of
// a source span must end where that span ends, "tombant de 14 à 8
// sièges" told "from 14 to 6": another pair of the source that happens
// to make 6 does not explain the end of this one.
func (r *check) spanEndElsewhere(src, line []*atom) {
	for _, t := range line {
		if t.m.rangeEnd != 2 && t.m.rangeEnd != 4 || !numeric(*t.m) || r.hasError(t) {
			continue
		}
		var first *atom
		for _, u := range line {
			if u != t && u.m.Start == t.m.Start && u.m.rangeEnd == t.m.rangeEnd-1 {
				first = u
			}
		}
		if first == nil || first.pair == nil || first.pair.m.rangeEnd != 1 && first.pair.m.rangeEnd != 3 {
			continue
		}
		var end *atom
		for _, s := range src {
			if s.m.Paragraph == first.pair.m.Paragraph && s.m.Start == first.pair.m.Start && s.m.rangeEnd == first.pair.m.rangeEnd+1 {
				end = s
			}
		}
		if end == nil || end == t.pair || end.m.Value == t.m.Value || t.pair != nil && t.pair.m.Value == t.m.Value {
			continue
		}
		r.add(end, t, verdict{true, "modified", Error, "M2", "the source's span " + first.pair.m.Raw + " ends at " + end.m.Display()})
	}
}

// lengthToEnd: the bullet gives a span of years by its length and its
// last year, "the decade to 2023", "the ten years to 2023", and the
// length is the one from the other end.
func (r *check) lengthToEnd(t *atom, other Mention) bool {
	if !isYearish(*t.m) || !isYearish(other) || t.m.Start > len(r.text) {
		return false
	}
	span := atoiSafe(t.m.Value) - atoiSafe(other.Value)
	before := strings.Fields(strings.ToLower(r.text[:t.m.Start]))
	n := len(before)
	if span <= 0 || n < 2 || before[n-1] != "to" && before[n-1] != "through" && before[n-1] != "until" {
		return false
	}
	if before[n-2] == "decade" {
		return span == 10
	}
	if before[n-2] != "years" {
		return false
	}
	for _, u := range r.line {
		if u.m.End <= t.m.Start && strings.TrimSpace(strings.ToLower(r.text[u.m.End:t.m.Start])) == "years "+before[n-1] {
			return u.m.Value == itoa(span) // "the ten years to 2023"
		}
	}
	return false
}
