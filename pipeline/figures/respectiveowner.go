package figures

import (
	"slices"
	"strings"
)

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
	if len(names) == 0 && lo > 0 && backCount(para[lo:at]) == n {
		// "Les deux maisons emploient respectivement 310 et 245 salariés":
		// the houses are the names of the sentence before, in its order
		plo, _ := sentenceBounds(para, lo-1)
		names = listedNames(para[plo:lo])
	}
	bullet := clauseSubject(r.text[:t.m.Start])
	if len(bullet) == 0 && !slices.ContainsFunc(strings.Fields(clausePiece(r.text[:t.m.Start])), capitalWord) {
		bullet = sentenceSubject(r.text[:t.m.Start]) // "Duclot-Marsan grew sales 7% ... and employs 245 people": the verb's subject opens the sentence ("ahead of Hungary with 289" names its own)
	}
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

// sentenceSubject is the name that opens the sentence that before ends
// in, with the name a descriptor sets after it: "Bordeaux merchant
// Duclot-Marsan" gives Bordeaux and Duclot-Marsan.
func sentenceSubject(before string) []string {
	before = sentenceBefore(before, len(before))
	f := strings.Fields(strings.TrimLeft(before, "-*• \n"))
	name := leadingName(strings.Join(f, " "), false)
	rest := f[min(len(name), len(f)):]
	for k := 0; k < len(rest) && k < 3; k++ {
		if w := strings.Trim(rest[k], ",;:()."); capitalWord(w) {
			return append(name, leadingName(strings.Join(rest[k:], " "), false)...)
		}
	}
	return name
}

// backCount is the count of a phrase that refers back to things named
// before, "Les deux maisons", "Ces trois clubs": 2, 3, ..., or 0.
func backCount(text string) int {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 2 || f[0] != "les" && f[0] != "ces" {
		return 0
	}
	if n := frUnits[f[1]]; n >= 2 {
		return int(n)
	}
	return 0
}

// listedNames are the runs of capitalised words in text past its first
// word, each run one name: "La Pologne et la Hongrie figurent" gives
// Pologne and Hongrie.
func listedNames(text string) [][]string {
	var out [][]string
	var run []string
	for k, w := range strings.Fields(text) {
		if w == "&" && len(run) > 0 {
			continue // "Lestrade & Fils": one firm's name
		}
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
