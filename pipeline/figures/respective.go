package figures

import "strings"

// respectiveOrder: "condamnés respectivement à 4 ans et à 30 mois" binds
// each figure to the person of the same rank in the list before it, and
// "sentenced to 30 months and four years respectively" must keep that
// order. Two figures of a French "respectivement" list whose English
// pairs, before "respectively", come in the other order were swapped
// (M4), though each value is in the translation.
func (r *check) respectiveOrder(units []unit) {
	srcSays, tgtSays := paragraphsSaying(r.source, "respectivement", "Respectivement"), paragraphsSaying(r.target, "respectively", "Respectively")
	if len(srcSays) == 0 || len(tgtSays) == 0 {
		return // (most texts say neither: no walk over their figures)
	}
	for _, u := range units {
		r.respectiveOrderIn(u, srcSays, tgtSays)
	}
}

// respectiveOrderIn is respectiveOrder in one unit, given the paragraphs
// of each side that say the word (found once for the whole text).
func (r *check) respectiveOrderIn(u unit, srcSays, tgtSays map[int]bool) {
	for i := 0; i+1 < len(u.src); i++ {
		a, b := u.src[i], u.src[i+1]
		if a.pair == nil || b.pair == nil || !sameSentence(a, b) || !srcSays[a.m.Paragraph] || !tgtSays[a.pair.m.Paragraph] ||
			a.pair.m.Paragraph != b.pair.m.Paragraph || a.pair.m.Sentence != b.pair.m.Sentence ||
			a.m.Kind == Date || a.m.Kind == Year || b.m.Kind == Date || b.m.Kind == Year {
			continue
		}
		if listAfter(r.source[a.m.Paragraph], a.m, b.m, "respectivement") && listBefore(r.target[a.pair.m.Paragraph], b.pair.m, a.pair.m, "respectively") {
			r.add(a, a.pair, verdict{true, "attribution", Error, "M4",
				"\"respectively\" gives this figure the rank of " + b.m.Raw + " in the list: the two figures swapped places"})
			return
		}
	}
}

// paragraphsSaying: the indexes of the paragraphs that say word, in lower
// case or capitalised.
func paragraphsSaying(texts []string, word, capitalised string) map[int]bool {
	var out map[int]bool
	for k, t := range texts {
		if strings.Contains(t, word) || strings.Contains(t, capitalised) { // (no lower-cased copy of every paragraph)
			if out == nil {
				out = map[int]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// listAfter: x and y follow word, x first, in one short list: "respectivement
// à 4 ans et à 30 mois".
func listAfter(t string, x, y *Mention, word string) bool {
	if x.Start > len(t) || x.End > y.Start || y.Start-x.End >= 20 {
		return false
	}
	before := strings.ToLower(t[max(0, x.Start-40):x.Start])
	k := strings.LastIndex(before, word)
	return k >= 0 && !strings.ContainsAny(before[k:], ".;")
}

// listBefore: x and y come before word, x first, in one short list:
// "to 30 months and four years respectively".
func listBefore(t string, x, y *Mention, word string) bool {
	if y.End > len(t) || x.End > y.Start || y.Start-x.End > 20 {
		return false
	}
	rest := strings.ToLower(t[y.End:min(len(t), y.End+60)])
	k := strings.Index(rest, word)
	return k >= 0 && k < 50 && !strings.ContainsAny(rest[:k], ".;")
}
