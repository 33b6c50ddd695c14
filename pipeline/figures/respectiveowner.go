package figures

import "strings"

// A French list told "respectivement" gives the k-th figure to the k-th
// name: "La Pologne et la Hongrie figurent en tête, avec respectivement
// 312 et 289 dossiers". A bullet that gives 312 to Hungary moved it to
// the other name of the list (M4), though 312 is in the source.

// respectiveOwner returns the name of the source list whose figure s is
// and the name the bullet gives t instead, or "" when the bullet names
// that figure's own name, no name of the list, or the list does not pair
// one name with each figure.
func (r *check) respectiveOwner(src []*atom, s, t *atom) (own, told string) {
	if s.m.Paragraph >= len(r.source) || t.m.Start > len(r.text) {
		return "", ""
	}
	para := r.source[s.m.Paragraph]
	if s.m.Start > len(para) || !strings.Contains(para, "espectivement") {
		return "", "" // (most paragraphs have no such list: no look at the sentence)
	}
	if strings.Contains(strings.ToLower(strings.Join(lineAround(r.text, t.m.Start), " ")), "respectively") {
		return "", "" // the bullet keeps the list's order in its own words (respectiveOrder)
	}
	lo, _ := sentenceBounds(para, s.m.Start)
	k := strings.Index(strings.ToLower(para[lo:s.m.Start]), "respectivement")
	if k < 0 {
		return "", ""
	}
	at := lo + k
	idx, n := -1, 0
	for _, o := range src {
		if o.m.Paragraph == s.m.Paragraph && sameSentence(o, s) && o.m.Start > at && o.m.Kind != Date && o.m.Kind != Year {
			if o == s {
				idx = n
			}
			n++
		}
	}
	names := listedNames(para[lo:at])
	bullet := clauseSubject(r.text[:t.m.Start])
	if idx < 0 || n < 2 || len(names) != n || len(bullet) == 0 || sharesName(names[idx], bullet) {
		return "", ""
	}
	for j, name := range names {
		if j != idx && sharesName(name, bullet) {
			return strings.Join(names[idx], " "), strings.Join(bullet, " ")
		}
	}
	return "", ""
}

// listedNames are the runs of capitalised words in text past its first
// word, each run one name: "La Pologne et la Hongrie figurent" gives
// Pologne and Hongrie.
func listedNames(text string) [][]string {
	var out [][]string
	var run []string
	for k, w := range strings.Fields(text) {
		c := asNameWord(w)
		if k > 0 && capitalWord(c) {
			run = append(run, c)
		} else if len(run) > 0 {
			out, run = append(out, run), nil
		}
		if strings.ContainsAny(w, ",;:") && len(run) > 0 {
			out, run = append(out, run), nil
		}
	}
	if len(run) > 0 {
		out = append(out, run)
	}
	return out
}
