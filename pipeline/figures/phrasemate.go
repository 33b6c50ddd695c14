package figures

import (
	"slices"
	"strings"
)

// A figure's companion in its phrase: "le billet d'une journée coûtait 22
// euros, le pass quatre jours 64 euros" briefed "a four-day pass cost
// €22". The bullet's "four-day" stands with €22 in one stretch of words;
// its source "quatre" stands so with 64 euros, and a comma parts it from
// 22 euros. The price was the other one's (M4).

// phraseMateOf returns the source figure o of t's kind that t's companion
// in the bullet accompanies in the source, when s, t's own source figure,
// stands apart from that companion.
func (r *check) phraseMateOf(src []*atom, s, t *atom) *atom {
	if !numeric(*t.m) || isYearish(*t.m) {
		return nil
	}
	for _, u := range r.line {
		if u == t || u.pair == nil || u.pair == s || u.pair.m.Paragraph >= len(r.source) || class(u.m.Kind) != Cardinal || class(u.pair.m.Kind) != Cardinal || class(t.m.Kind) == Cardinal || isYearish(*u.m) || !sameSentence(u, t) || !inOneStretch(r.text, r.line, u, t) {
			continue
		}
		text := r.source[u.pair.m.Paragraph]
		if sameSentence(u.pair, s) && inOneStretch(text, src, u.pair, s) {
			return nil // the companion stands with s as well
		}
		for _, o := range src {
			if o == s || o.m.Value == t.m.Value || class(o.m.Kind) != class(t.m.Kind) || o.m.Unit != t.m.Unit || !sameSentence(o, u.pair) {
				continue
			}
			if (u.pair.m.Start < o.m.Start) == (u.m.Start < t.m.Start) && inOneStretch(text, src, u.pair, o) && !rangeMateSays(r.line, t, o) {
				return o
			}
		}
	}
	return nil
}

// inOneStretch: a and b stand within a few words of each other in text,
// with no punctuation and no other figure between them.
func inOneStretch(text string, figs []*atom, a, b *atom) bool {
	lo, hi := a.m.End, b.m.Start
	if b.m.Start < a.m.Start {
		lo, hi = b.m.End, a.m.Start
	}
	if hi < lo || hi > len(text) || hi-lo > 16 || strings.ContainsAny(text[lo:hi], ",;:.()") {
		return false
	}
	for _, f := range figs {
		if f != a && f != b && f.m.Paragraph == a.m.Paragraph && f.m.Start >= lo && f.m.End <= hi {
			return false
		}
	}
	return true
}

// rangeMateSays: t is an end of a from-to range of the bullet whose other
// end gives o: "under 25 rose from 15% to 22%" for "de moins de 25 ans a
// atteint 22 %, contre 15 %": the companion stands with the range.
func rangeMateSays(line []*atom, t, o *atom) bool {
	return t.m.rangeEnd >= 3 && slices.ContainsFunc(line, func(v *atom) bool {
		return v != t && v.m.rangeEnd >= 3 && v.m.Start == t.m.Start && v.m.Value == o.m.Value
	})
}
