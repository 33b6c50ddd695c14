package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/pipeline/figures"
)

// Tiers of the places a sentence may be cut, best first: after a clause
// (punctuation), before a conjunction or relative pronoun, before a
// preposition. A cut anywhere else would leave half a phrase.
const (
	tierPunct = iota + 1
	tierClause
	tierPhrase
)

// clauseWords open a new clause: cutting before them leaves a whole one.
var clauseWords = toSet(`and but or while whereas who whom which that whose where when after before because
although though since unless until if as so`)

// phraseWords open a prepositional phrase; cutting before them leaves a
// complete, if shorter, statement. "to" and "of" are left out: they bind
// too tightly ("decided to", "500 of the 4,000").
var phraseWords = toSet(`in on at for from with during under over through into across against amid
among despite without via following`)

// danglers cannot end a clause: a cut leaving one of them last is no cut.
var danglers = toSet(`a an the of to and or but in on at for from with by as than that which who whose
his her its their our your my this these those has have had is are was were be been will would can
could shall should may might must not very more most also so such some any no every each both`)

// cut is a place where a sentence may end: s[:end] is a clause.
type cut struct{ end, tier int }

// cuts lists the places s may be cut, outside quotes and brackets, in
// text order.
func cuts(s string) []cut {
	var out []cut
	paren, curly, straight := 0, 0, false
	for i, r := range s {
		switch r {
		case '(', '[':
			if paren == 0 && curly == 0 && !straight && i > 0 && s[i-1] == ' ' {
				out = append(out, cut{i - 1, tierPunct})
			}
			paren++
		case ')', ']':
			paren = max(0, paren-1)
		case '“', '«':
			curly++
		case '”', '»':
			curly = max(0, curly-1)
		case '"':
			straight = !straight
		}
		if paren > 0 || curly > 0 || straight {
			continue
		}
		switch {
		case r == ',' || r == ';' || r == ':':
			out = append(out, cut{i, tierPunct})
		case (r == '–' || r == '—' || r == '-') && i > 0 && s[i-1] == ' ':
			out = append(out, cut{i - 1, tierPunct})
		case r == ' ':
			w := strings.ToLower(strings.TrimRightFunc(firstWord(s[i+1:]), func(r rune) bool { return !unicode.IsLetter(r) }))
			if clauseWords[w] {
				out = append(out, cut{i, tierClause})
			} else if phraseWords[w] {
				out = append(out, cut{i, tierPhrase})
			}
		}
	}
	return out
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// clip returns s cut at the best place that leaves at least minWords
// words and at most maxChars characters (runes), that ends on a word
// that can end a clause and keeps every figure before the cut exactly as
// it was: the longest such clause (a cut after punctuation or before a
// conjunction), else the longest cut before a phrase. With punctFirst, a
// cut after punctuation is taken before any other, as a headline wants:
// the main clause without "the secretary general said". It reports false
// when no cut qualifies.
func clip(s string, minWords, maxChars int, punctFirst bool) (string, bool) {
	cs := cuts(s)
	tiers := []int{tierClause, tierPhrase}
	if punctFirst {
		tiers = []int{tierPunct, tierClause, tierPhrase}
	}
	for _, tier := range tiers {
		for i := len(cs) - 1; i >= 0; i-- {
			c := cs[i]
			if c.tier > tier {
				continue
			}
			kept := strings.TrimRight(s[:c.end], " ,;:–—-")
			if utf8.RuneCountInString(kept) > maxChars || len(strings.Fields(kept)) < minWords {
				continue
			}
			if endsDangling(kept) || !figuresKept(s, kept) {
				continue
			}
			return kept, true
		}
	}
	return "", false
}

// endsDangling says the last word of s needs a word after it.
func endsDangling(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return true
	}
	return danglers[strings.ToLower(strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) }))]
}

// figuresKept says that kept, a prefix of s, reads every figure it
// contains as s does: same span, value, unit and comparator, and no
// figure of s runs across the cut ("from 500 | to 4,000"). The counted
// noun is not compared: cuts fall between phrases, never between a figure
// and its noun, and the word after a figure may well be cut away ("4,000
// | and will involve").
func figuresKept(s, kept string) bool {
	full := figures.Extract(s, figures.English)
	var before []figures.Mention
	for _, m := range full {
		switch {
		case m.End <= len(kept):
			before = append(before, m)
		case m.Start < len(kept):
			return false
		}
	}
	got := figures.Extract(kept, figures.English)
	if len(got) != len(before) {
		return false
	}
	for i, m := range got {
		b := before[i]
		if m.Start != b.Start || m.End != b.End || m.Key() != b.Key() || m.Comparator != b.Comparator {
			return false
		}
	}
	return true
}
