package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// brandSubject: the figure k follows, in its clause, a name written
// with digits that acts as its subject, "M6 recule à 7,8 %", "France 3
// se maintient à 8,6 %", "ahead of France 2 at 15.1%": the name is who
// the figure is said of, as a capitalised word would be. A name that
// follows a count is what the count counts ("30 A320"), and a list
// ("A320 et 12 A350") joins another figure, so neither acts.
func (p *parser) brandSubject(ms []Mention, k int) bool {
	b := ms[k-1]
	if b.Kind != Identifier || b.Sentence != ms[k].Sentence || !numeric(ms[k]) || !brandLike(b.Raw) || ms[k].Start-b.End > 40 {
		return false
	}
	if k > 1 && b.Start-ms[k-2].End <= 2 {
		return false // "30 A320": what the count counts
	}
	for j := p.tokenAfter(b.End); j < len(p.toks) && p.toks[j].start < ms[k].Start; j++ {
		if andOr[p.word(j)] || strings.ContainsAny(p.sym(j), ",;.:!?") && p.sym(j) != "" {
			return false
		}
	}
	return true
}

// brandLike: a name of capitals and digits, "M6", "TF1", "France 3".
func brandLike(raw string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsUpper(r) && strings.ContainsAny(raw, "0123456789") && len(raw) <= 12
}
