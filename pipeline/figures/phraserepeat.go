package figures

import (
	"slices"
	"strings"
)

// phraseRepeated: s repeats, in its sentence, a figure said just before
// with the same words leading to it and the same noun, "ça fait 15 ans
// que je suis dans la vie publique, ça fait 15 ans que je travaille":
// an anaphora for emphasis, which a translation says once. Two words
// before each must agree ("une peine de 30 jours, cela devrait être 30
// jours" tells two facts).
func (r *check) phraseRepeated(near []*atom, s *atom) bool {
	for _, o := range near {
		if o == s || !o.used || !sameSentence(o, s) || o.m.Raw != s.m.Raw || o.m.Head != s.m.Head || s.m.Head == "" || o.m.End > s.m.Start || s.m.Start-o.m.End > 120 {
			continue
		}
		if a, b := r.wordsBefore(o, 2), r.wordsBefore(s, 2); len(a) == 2 && slices.Equal(a, b) {
			return true
		}
	}
	return false
}

// wordsBefore gives the n words of the source right before a, lowered.
func (r *check) wordsBefore(a *atom, n int) []string {
	ws := r.fieldsBefore(a, 40)
	if len(ws) < n+1 {
		return nil // (the first word may be cut)
	}
	return ws[len(ws)-n:]
}

// fieldsBefore gives the words of the width bytes of source before a,
// lowered; the first may be cut.
func (r *check) fieldsBefore(a *atom, width int) []string {
	if a.m.Paragraph < 0 || a.m.Paragraph >= len(r.source) || a.m.Start > len(r.source[a.m.Paragraph]) {
		return nil
	}
	return strings.Fields(strings.ToLower(r.source[a.m.Paragraph][max(0, a.m.Start-width):a.m.Start]))
}
