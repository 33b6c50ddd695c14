package figures

import "strings"

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
	para := r.source[a.m.Paragraph]
	lo, hi := sentenceBounds(para, a.m.Start)
	return sentenceWords(para[lo:hi])
}

// restatedBySoit: o restates s after "soit" in s's sentence ("versera
// 2 500 dirhams par mois pendant un an aux foyers sinistrés, soit 30 000
// dirhams chacun"): the words between them are said of both.
func (r *check) restatedBySoit(s, o *atom) bool {
	if !sameSentence(s, o) || o.m.Start < s.m.End || s.m.Paragraph >= len(r.source) || o.m.Start > len(r.source[s.m.Paragraph]) {
		return false
	}
	between := strings.Fields(strings.ToLower(r.source[s.m.Paragraph][s.m.End:o.m.Start]))
	return len(between) > 0 && strings.Trim(between[len(between)-1], ",") == "soit" && class(s.m.Kind) == class(o.m.Kind) && s.m.Unit == o.m.Unit
}
