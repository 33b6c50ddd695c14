package figures

import "strings"

// secondAfter: a bullet's "second ... after Paris" tells the source's
// superlative "la ville où l'on perd le plus de temps ... après Paris":
// the most of all but one, named, is second.
func (r *check) secondAfter(t *atom) bool {
	if t.m.Kind != Ordinal || t.m.Value != "2" || t.m.End >= len(r.text) {
		return false
	}
	rest := r.text[t.m.End:min(len(r.text), t.m.End+50)]
	name := nameAfterWord(rest, []string{" after ", " behind "})
	if name == "" {
		return false
	}
	for _, par := range r.source {
		starts := append(sentenceStarts(par), len(par))
		for k := 0; k+1 < len(starts); k++ {
			sent := par[starts[k]:starts[k+1]] // (the parser's sentences: "M. Dupont" ends none)
			low := strings.ToLower(sent)
			if (strings.Contains(low, " le plus ") || strings.Contains(low, " la plus ") || strings.Contains(low, " les plus ")) &&
				strings.Contains(sent, "après "+name) {
				return true
			}
		}
	}
	return false
}

// nameAfterWord is the capitalised word right after the first of words in
// text, with no sentence mark before it, or "".
func nameAfterWord(text string, words []string) string {
	for _, w := range words {
		at := strings.Index(text, w)
		if at < 0 || strings.ContainsAny(text[:at], ".;") {
			continue
		}
		f := strings.Fields(text[at+len(w):])
		if len(f) > 0 && f[0] != "" && f[0][0] >= 'A' && f[0][0] <= 'Z' {
			return strings.TrimRight(f[0], ",.;:")
		}
	}
	return ""
}
