package figures

import "strings"

// A part and its whole the source gives side by side ("76 bureaux de
// vote, dont 9", "Sur 51 380 électeurs inscrits, 14 902 ont voté") and a
// bullet tells "X of Y": each figure has the other's words by right, so
// neither is said of another figure's words nor swapped with it.

// wholeBeside: whole is the figure the source gives right before or
// after part, of which part is a share ("76 bureaux de vote, dont 9",
// "Sur 51 380 électeurs inscrits, 14 902", "250 salariés, sur les 610").
func wholeBeside(whole, part *atom) bool {
	first, second := whole, part
	if part.m.Start < whole.m.Start {
		first, second = part, whole
	}
	if !partAndWhole(*whole.m, *part.m) || first.m.End > second.m.Start || second.m.Start-first.m.End > 60 {
		return false
	}
	w, p := whole.m.Rat(), part.m.Rat()
	return w != nil && p != nil && p.Cmp(w) < 0
}

// partOfWholeTold: the bullet tells the source's part and whole as "X of
// Y" (tp then tw, "of" between): each has the other's words by right.
func (r *check) partOfWholeTold(part, whole, tp, tw *atom) bool {
	if !wholeBeside(whole, part) || tp.m.Sentence != tw.m.Sentence || tp.m.End > tw.m.Start || tw.m.Start > len(r.text) {
		return false
	}
	return toldOf(r.text[tp.m.End:tw.m.Start])
}

// toldOf: the words between two figures of a bullet make the first a
// part of the second, "14,902 of 51,380", "250 of the site's 610".
func toldOf(between string) bool {
	return len(between) <= 30 && (strings.HasPrefix(between, " of ") || strings.Contains(between, " of the ")) && !strings.ContainsAny(between, ",;.") && !including(between)
}

// including: the words between two figures make the second a part of
// the first, "€6.2 million of investment including €1.9 million".
func including(between string) bool {
	return len(between) <= 40 && strings.HasSuffix(between, " including ") && !strings.ContainsAny(between, ";.")
}

// partOfWholeIn: s and o are part and whole in the source, and the
// bullet tells them so, with t one of them and the other in its line.
func (r *check) partOfWholeIn(s, o, t *atom) bool {
	for _, u := range r.line {
		if u == t || u.m.Value != o.m.Value || class(u.m.Kind) != class(o.m.Kind) {
			continue
		}
		if r.partOfWholeTold(s, o, t, u) || r.partOfWholeTold(o, s, u, t) || r.partOfOwnWhole(s, o, t, u) || r.partOfOwnWhole(o, s, u, t) {
			return true
		}
	}
	return false
}

// partOfOwnWhole: the bullet tells "X of its Y" ("will cut 1,100 of its
// 22,000 jobs") of two figures of one source sentence, the part smaller
// than the whole ("emploie 22 000 personnes ..., va supprimer 1 100
// postes"): the whole is the firm's own, and the part's words are its by
// right.
func (r *check) partOfOwnWhole(part, whole, tp, tw *atom) bool {
	if !sameSentence(part, whole) || tp.m.Sentence != tw.m.Sentence || tp.m.End > tw.m.Start || tw.m.Start > len(r.text) {
		return false
	}
	between := r.text[tp.m.End:tw.m.Start]
	if between != " of its " && between != " of their " {
		return false
	}
	w, p := whole.m.Rat(), part.m.Rat()
	return w != nil && p != nil && p.Sign() > 0 && p.Cmp(w) < 0
}

// partWholeSwapped: the bullet tells "X of Y" where the source gives X
// as the whole and Y as its part ("About 610 of the site's 250 staff"
// for "Environ 250 salariés, sur les 610"): a part larger than its
// whole. t, supported by s, is either end; the other end's figure is
// already paired. It returns that other source figure, or nil.
func (r *check) partWholeSwapped(s, t *atom) *atom {
	for _, u := range r.line {
		if u == t || u.pair == nil || u.m.Sentence != t.m.Sentence || !partAndWhole(*s.m, *u.pair.m) {
			continue
		}
		a, b, sa, sb := t, u, s, u.pair // "a of b" in the bullet
		if u.m.Start < t.m.Start {
			a, b, sa, sb = u, t, u.pair, s
		}
		if a.m.End > b.m.Start || b.m.Start > len(r.text) {
			continue
		}
		between := r.text[a.m.End:b.m.Start]
		if including(between) && class(a.m.Kind) == class(b.m.Kind) && a.m.Unit == b.m.Unit && !isYearish(*a.m) && !isYearish(*b.m) && !isDuration(*a.m) && !isDuration(*b.m) {
			sa, sb = sb, sa // "€6.2 million of investment including €1.9 million": the part after
		} else if !toldOf(between) {
			continue
		}
		if av, bv := sa.m.Rat(), sb.m.Rat(); av != nil && bv != nil && av.Cmp(bv) > 0 {
			return u.pair
		}
	}
	return nil
}

// wholeAsPart: t, told as the part in "8 of Marseille's 8 sectors",
// matched the source's whole (the 8 of "5 des 8 secteurs"), which the
// bullet also gives as its whole: the part changed. It returns the
// source's part.
func (r *check) wholeAsPart(src []*atom, s, t *atom) *atom {
	if !r.wholeToldAfter(s, t) {
		return nil // (the bullet's own line first: it is short, the source is not)
	}
	part := lastBefore(src, s, func(p *atom) bool {
		return p.m.End <= s.m.Start && class(p.m.Kind) == class(s.m.Kind) && (p.m.partOf || partAndWhole(*p.m, *s.m))
	}) // the nearest part before s
	if part == nil || part.m.Value == t.m.Value {
		return nil
	}
	return part
}

// wholeToldAfter: the bullet gives s's value again after t, told as what
// t is of ("8 of Marseille's 8 sectors").
func (r *check) wholeToldAfter(s, t *atom) bool {
	for _, u := range r.line {
		if u == t || u.m.Sentence != t.m.Sentence || u.m.Start < t.m.End || u.m.Start > len(r.text) || u.m.Value != s.m.Value || class(u.m.Kind) != class(s.m.Kind) {
			continue
		}
		if toldOf(r.text[t.m.End:u.m.Start]) && !r.figureBetween(t, u) {
			return true // ("three of the 21 stages and now has three wins": the whole is the 21)
		}
	}
	return false
}

// figureBetween: another figure of the bullet's line stands between t and u.
func (r *check) figureBetween(t, u *atom) bool {
	for _, v := range r.line {
		if v != t && v != u && v.m.Sentence == t.m.Sentence && v.m.Start >= t.m.End && v.m.End <= u.m.Start {
			return true
		}
	}
	return false
}
