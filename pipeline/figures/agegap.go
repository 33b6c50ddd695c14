package figures

import (
	"math/big"
	"strings"
)

// ageGap explains a bullet's "33 years his senior", "59 years his
// junior", "ten years younger" as the gap between two ages of people the
// source gives in the paragraph ("19 ans ... Gilles Perrot, 52 ans").
// ok is false when the figure does not say an age gap or no two ages
// fit: the figure is then judged as any other.
func (r *check) ageGap(src []*atom, t *atom) (verdict, bool) {
	tv := t.m.Rat()
	if class(t.m.Kind) != Cardinal || t.m.Unit != "" || tv == nil || t.m.End > len(r.text) || !ageGapWords(r.text[t.m.End:]) {
		return verdict{}, false
	}
	for _, a := range src {
		for _, b := range src {
			if a == b || !a.m.personAge || !b.m.personAge || a.m.Paragraph != b.m.Paragraph {
				continue
			}
			av, bv := a.m.Rat(), b.m.Rat()
			if av == nil || bv == nil || av.Cmp(bv) <= 0 {
				continue
			}
			if new(big.Rat).Sub(av, bv).Cmp(tv) == 0 {
				return verdict{true, "derived", Info, "N20", "is derived from the source: the gap between the ages " + a.m.Raw + " and " + b.m.Raw}, true
			}
		}
	}
	return verdict{}, false
}

// ageGapWords: the words after a count of years make it the gap between
// two people's ages.
func ageGapWords(after string) bool {
	after = strings.ToLower(strings.TrimSpace(after[:min(len(after), 24)])) // (the words right after it; no copy of the whole text)
	rest, ok := strings.CutPrefix(after, "years ")
	if !ok {
		return false
	}
	for _, w := range [...]string{"his senior", "her senior", "their senior", "his junior", "her junior", "their junior", "older", "younger", "his elder", "her elder"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
