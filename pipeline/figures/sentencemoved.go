package figures

import "strings"

// A bullet sentence whose other figures all come from one source
// sentence tells that sentence's fact: "In 2022 the region had borrowed
// 180 million over fifteen years at 2.1%" is the source's "En 2022, la
// collectivité avait emprunté 180 millions sur douze ans à 2,1 %", and
// its "fifteen years", the length of another loan two sentences before,
// was moved onto it (M4).

// sentenceMoved finds the figure of the sentence the rest of t's bullet
// sentence comes from that t, supported by s of another sentence,
// stands for: a figure of s's kind, unit and noun whose value the
// bullet does not give. Nil without two such mates, or when that
// sentence gives t's value itself.
func (r *check) sentenceMoved(src []*atom, s, t *atom) *atom {
	if !numeric(*t.m) || isYearish(*t.m) {
		return nil
	}
	var from *atom // a source figure of the sentence the mates come from
	mates := 0
	for _, u := range r.line {
		if u == t || !sameSentence(u, t) || r.clauseBreak(u, t) {
			continue
		}
		var seen *atom
		for _, v := range src {
			if !exact(*v.m, *u.m) && !lenient(*v.m, *u.m, ModeSummary).ok {
				continue
			}
			if seen != nil && !sameSentence(seen, v) {
				return nil // a mate two sentences give says nothing of which one
			}
			seen = v
		}
		if seen == nil {
			return nil // a mate the source does not give as is: a derived or a moved figure, no evidence
		}
		if from != nil && !sameSentence(from, seen) || sameSentence(seen, s) {
			return nil
		}
		from, mates = seen, mates+1
	}
	if mates < 2 {
		return nil
	}
	var found *atom
	for _, o := range src {
		if !sameSentence(o, from) {
			continue
		}
		if exact(*o.m, *t.m) {
			return nil
		}
		if o.m.Kind == s.m.Kind && o.m.Unit == s.m.Unit && o.m.Head == s.m.Head && o.m.Head != "" && mistakable(*o.m, *t.m) && !r.lineSays(o) {
			if found != nil {
				return nil // two candidates: no telling which
			}
			found = o
		}
	}
	return found
}

// clauseBreak: a comma, a semicolon or "and" stands between the two
// bullet figures, so the bullet may join two facts there ("France's
// seventh-largest commune, and adds nearly 4,000 a year").
func (r *check) clauseBreak(u, t *atom) bool {
	a, b := u.m.End, t.m.Start
	if a > b {
		a, b = t.m.End, u.m.Start
	}
	if a > b || b > len(r.text) {
		return true
	}
	between := r.text[a:b]
	return strings.ContainsAny(between, ",;:()") || strings.Contains(between, " and ") || strings.Contains(between, " while ") || strings.Contains(between, " but ")
}
