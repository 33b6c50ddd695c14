package figures

import "strings"

// respectiveOrder: "condamnés respectivement à 4 ans et à 30 mois" binds
// each figure to the person of the same rank in the list before it, and
// "sentenced to 30 months and four years respectively" must keep that
// order. Two figures of a French "respectivement" list whose English
// pairs, before "respectively", come in the other order were swapped
// (M4), though each value is in the translation.
func (r *check) respectiveOrder(u unit) {
	for i, a := range u.src {
		if i+1 >= len(u.src) {
			return
		}
		b := u.src[i+1]
		if a.pair == nil || b.pair == nil || !sameSentence(a, b) || a.pair.m.Paragraph != b.pair.m.Paragraph || a.pair.m.Sentence != b.pair.m.Sentence ||
			a.m.Kind == Date || a.m.Kind == Year || b.m.Kind == Date || b.m.Kind == Year {
			continue
		}
		if !r.saysRespectively(r.source, a.m, "respectivement") || !r.saysRespectively(r.target, a.pair.m, "respectively") {
			continue
		}
		if r.listAfter(r.source, a.m, b.m, "respectivement") && r.listBefore(r.target, b.pair.m, a.pair.m, "respectively") {
			r.add(a, a.pair, verdict{true, "attribution", Error, "M4",
				"\"respectively\" gives this figure the rank of " + b.m.Raw + " in the list: the two figures swapped places"})
			return
		}
	}
}

// saysRespectively: the sentence of m says word.
func (r *check) saysRespectively(texts []string, m *Mention, word string) bool {
	if m.Paragraph < 0 || m.Paragraph >= len(texts) {
		return false
	}
	return strings.Contains(strings.ToLower(texts[m.Paragraph]), word)
}

// listAfter: x and y follow word, x first, in one short list: "respectivement
// à 4 ans et à 30 mois".
func (r *check) listAfter(texts []string, x, y *Mention, word string) bool {
	t := texts[x.Paragraph]
	k := strings.LastIndex(strings.ToLower(t[:min(x.Start, len(t))]), word)
	return k >= 0 && x.Start-k < 40 && x.End <= y.Start && y.Start-x.End < 20 && !strings.ContainsAny(t[k:x.Start], ".;")
}

// listBefore: x and y come before word, x first, in one short list:
// "to 30 months and four years respectively".
func (r *check) listBefore(texts []string, x, y *Mention, word string) bool {
	t := texts[x.Paragraph]
	if y.End > len(t) || x.End > y.Start || y.Start-x.End > 20 {
		return false
	}
	rest := strings.ToLower(t[y.End:])
	k := strings.Index(rest, word)
	return k >= 0 && k < 50 && !strings.ContainsAny(rest[:k], ".;")
}
