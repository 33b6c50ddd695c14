package figures

import (
	"slices"
	"strings"
)

// ownSentenceSays: every word of the bullet's figure t that o's sentence
// holds, o a figure of another sentence, is also in s's own sentence,
// where a clause or a date cut it off from s: "Les augmentations
// générales de salaire pour 2024 ont été fixées à 2,5 %" holds the
// "increases" that "un bénéfice ... en hausse de 11 %" also holds. Such
// a word tells the two apart no more than it ties t to o; a word of o's
// sentence alone ("Saumur reste stable, autour de 26 000") still does.
func (r *check) ownSentenceSays(s, o, t *atom) bool {
	if sameSentence(s, o) || s.m.Paragraph >= len(r.source) || o.m.Paragraph >= len(r.source) {
		return false
	}
	own, other := r.sourceSentence(s), r.sourceSentence(o)
	tied := false
	for _, e := range append(whatWords(*t.m), t.m.actors()...) {
		if !translatedIn(other, e) && !translatedIn(o.m.actors(), e) {
			continue
		}
		if !translatedIn(own, e) && !translatedIn(s.m.actors(), e) {
			return false
		}
		tied = true
	}
	return tied
}

// sourceSentence is the words of the source sentence of a.
func (r *check) sourceSentence(a *atom) []string {
	return sentenceWords(sentenceAt(r.source[a.m.Paragraph], a.m.Start))
}

// restatedBySoit: one of s and o restates the other after "soit" in
// their sentence ("versera 2 500 dirhams par mois pendant un an aux
// foyers sinistrés, soit 30 000 dirhams chacun"; "un total de 271 coups,
// soit 17 sous le par"): the words between them are said of both.
func (r *check) restatedBySoit(s, o *atom) bool {
	first, second := s, o
	if o.m.Start < s.m.Start {
		first, second = o, s // "un total de 271 coups, soit 17 sous le par": either may be the bullet's
	}
	if !sameSentence(s, o) || second.m.Start < first.m.End || s.m.Paragraph >= len(r.source) || second.m.Start > len(r.source[s.m.Paragraph]) {
		return false
	}
	gap := r.source[s.m.Paragraph][first.m.End:second.m.Start]
	if strings.ContainsAny(gap, "0123456789") {
		return false // "12 médailles d'or, 14 d'argent et 16 de bronze, soit 42": a total restates the list, not its first
	}
	between := strings.Fields(strings.ToLower(gap))
	return len(between) > 0 && strings.Trim(between[len(between)-1], ",") == "soit" && class(s.m.Kind) == class(o.m.Kind)
}

// restatementTold: o restates ("soit") a figure of its sentence that
// another figure of the bullet gives: "1 512 ont voté, soit une
// participation de 62,2 %" told "1,512 of 2,430 voters taking part". The
// bullet says o's fact its own way, so o is no rival for t (the bullet's
// figures are paired in turn, so p is found by value).
func (r *check) restatementTold(src []*atom, o, t *atom) bool {
	for _, p := range src {
		if p == o || hedged(*p.m) || !sameSentence(p, o) || p.m.End > o.m.Start || p.m.Paragraph >= len(r.source) || o.m.Start > len(r.source[p.m.Paragraph]) {
			continue
		}
		if gap := strings.ToLower(r.source[p.m.Paragraph][p.m.End:o.m.Start]); strings.ContainsAny(gap, "0123456789") || !slices.Contains(strings.Fields(gap), "soit") {
			continue
		}
		for _, u := range r.line {
			if u != t && u.m.Value == p.m.Value && class(u.m.Kind) == class(p.m.Kind) {
				return true
			}
		}
	}
	return false
}

// earlierOfSame: o is the earlier level of s's own figure, set against it
// in its sentence with a time ("Quelque 2 150 brebis ont été tuées ...,
// contre 2 400 victimes en 2022"): o's noun is s's too. A place
// compared ("contre 860 dans les Alpes-de-Haute-Provence") is another
// entry's.
func (r *check) earlierOfSame(s, o *atom) bool {
	if !o.m.prior || !sameSentence(o, s) || o.m.Start < s.m.End || o.m.Paragraph >= len(r.source) {
		return false
	}
	para := r.source[o.m.Paragraph]
	after := strings.ToLower(para[min(o.m.End, len(para)):min(o.m.End+30, len(para))])
	return strings.Contains(after, " en 19") || strings.Contains(after, " en 20") || containsAny(after, yearBeforeWords)
}

// mateOfOwnSentence: the bullet ties t to another of its figures whose
// source stands in s's sentence and not in o's: "prices are up nearly
// 20% over two years" for "Sur deux ans, la hausse cumulée atteint près
// de 20 %": the two years place t in s's sentence, whatever "prices"
// shares with o's. (A figure after t is not paired yet: the source's
// figure of its value in s's sentence stands for its pair.)
func (r *check) mateOfOwnSentence(src []*atom, s, o, t *atom) bool {
	own, other := false, false
	for _, u := range r.line {
		if u == t || sameKind(*u.m, *t.m) || !tiedInLine(r.text, t.m, u.m) {
			continue
		}
		p := u.pair
		if p == nil {
			for _, a := range src {
				if a != s && sameSentence(a, s) && exact(*a.m, *u.m) {
					p = a
					break
				}
			}
		}
		switch {
		case p == nil || p == s:
		case sameSentence(p, s) && !sameSentence(p, o):
			own = true
		case sameSentence(p, o) && !sameSentence(p, s):
			other = true // "130 staff together on 3,400 m²": a tie to o's sentence as well, no evidence either way
		}
	}
	return own && !other
}
