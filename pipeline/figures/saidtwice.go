package figures

import (
	"math/big"
	"slices"
	"strings"
)

// saidTwice: a large count the speaker says twice over one noun in one
// sentence in the same words, "environ 270 000 femmes-je répète,
// protège maintenant environ 270 000 femmes", which the translation
// says once. Only when every English figure of the sentence group found
// its partner: a figure replaced by "several" leaves the English word
// unpaired. A small count said twice ("30 jours, cela devrait être 30
// jours") may be two facts, and "environ 500 000 transactions ..., 500
// 000 transactions" are two ways, each to be rendered. (A range's ends
// share its span: no twins.)
func saidTwice(src, tgt []*atom, s *atom) bool {
	if s.m.Kind == Year && len(s.m.ctx) > 0 {
		// "ont diminué de 10 p. 100 depuis 1985, alors qu'ils ont augmenté
		// de 80 p. 100 depuis 1985": a year said again with the same words
		for _, o := range src {
			if o != s && o.used && sameSentence(o, s) && o.m.Kind == Year && o.m.Raw == s.m.Raw && o.m.Value == s.m.Value && o.m.rangeEnd == 0 && s.m.rangeEnd == 0 && slices.Equal(o.m.ctx, s.m.ctx) {
				return allPaired(tgt)
			}
		}
		return false
	}
	if s.m.Kind != Cardinal || !numeric(*s.m) {
		return false
	}
	v := s.m.Rat()
	if v == nil {
		return false
	}
	twin := false
	for _, o := range src {
		if o != s && o.used && sameSentence(o, s) && o.m.Kind == s.m.Kind && o.m.Raw == s.m.Raw && oneNoun(o.m.Head, s.m.Head) && (o.m.End <= s.m.Start || s.m.End <= o.m.Start) &&
			(v.Cmp(ratThousand) >= 0 || len(s.m.ctx) >= 3 && slices.Equal(o.m.ctx, s.m.ctx)) {
			twin = true // (a small count only in the very same words: "quand cela fait six ans qu'on ..., quand cela fait six ans qu'on")
		}
	}
	return twin && allPaired(tgt)
}

var ratThousand = big.NewRat(1000, 1)

// oneNoun: two heads name one noun; a dash glued to it is no part of
// it ("femmes-je répète").
func oneNoun(a, b string) bool {
	a, _, _ = strings.Cut(a, "-")
	b, _, _ = strings.Cut(b, "-")
	return a != "" && a == b
}

// decimalTwice: a figure with decimals said again in the same words in
// its sentence or the one next to it, "À 52,3 p. 100. Mackenzie King se
// contentait de 52,3 p. 100", which the translation says once. So many
// digits do not meet by chance; a round figure may be two facts.
// Only when every English figure of the group found its partner.
func decimalTwice(src, tgt []*atom, s *atom) bool {
	v := s.m.Rat()
	if v == nil || v.IsInt() || s.m.Kind != Percent && class(s.m.Kind) != Cardinal && s.m.Kind != Money {
		return false
	}
	twin := false
	for _, o := range src {
		d := o.m.Sentence - s.m.Sentence
		if o != s && o.used && o.m.Paragraph == s.m.Paragraph && d >= -1 && d <= 1 && o.m.Kind == s.m.Kind && o.m.Value == s.m.Value && o.m.Unit == s.m.Unit {
			twin = true
		}
	}
	return twin && allPaired(tgt)
}

// fullDateTwice: a full date said twice in one sentence, "une lettre
// datée du 2 avril 2015 ... en date du 2 avril 2015", which the
// translation says once. A day, a month and a year do not meet by
// chance; a year alone may be two facts (a year said twice was tried
// and hid a dropped one). A decade is one period, "le pot des années
// 1970 ... que dans les années 1970", "the pot of the 1970s".
func fullDateTwice(src, tgt []*atom, s *atom) bool {
	d := s.m.Date
	if s.m.Kind != Date || d == nil || !d.Decade && (d.Day == 0 || d.Month == 0 || d.Year == 0) {
		return false
	}
	for _, o := range src {
		if o != s && o.used && sameSentence(o, s) && o.m.Kind == Date && o.m.Value == s.m.Value {
			return allPaired(tgt)
		}
	}
	return false
}

// allPaired: every figure of the English group found its partner, so a
// source figure left over repeats one of theirs rather than losing its
// own ("several" put for a figure leaves the English word unpaired).
func allPaired(tgt []*atom) bool {
	for _, t := range tgt {
		if !t.used {
			return false
		}
	}
	return true
}

// yearInDate: a year its sentence says again in a date ("L'année 1993
// ..., c'est en octobre 1993 que"), which the translation says once and
// then refers to ("In 1993 ... in October of that year"): the date kept
// its pair without the year.
func yearInDate(src, tgt []*atom, s *atom) bool {
	if s.m.Kind != Year {
		return false
	}
	for _, o := range src {
		if o == s || !o.used || o.pair == nil || !sameSentence(o, s) || o.m.Kind != Date || o.m.Date == nil || itoa(o.m.Date.Year) != s.m.Value {
			continue
		}
		if d := o.pair.m.Date; d != nil && d.Year == 0 {
			return allPaired(tgt)
		}
	}
	return false
}
