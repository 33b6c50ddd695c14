package figures

import (
	"strings"
	"unicode"
)

// nthAfterCount explains a bullet's count as the rank "un Nième" that
// follows a count of N-1 of the same thing in its source sentence: "trois
// essais en première période et un quatrième à la 71e minute" make
// "four tries in all".
func (r *check) nthAfterCount(src []*atom, t Mention) string {
	n := atoiSafe(t.Value)
	if class(t.Kind) != Cardinal || t.Unit != "" || n < 2 || t.Comparator != CmpNone {
		return ""
	}
	for _, o := range src {
		if o.m.Kind != Ordinal || atoiSafe(o.m.Value) != n || o.m.Paragraph >= len(r.source) || !indefiniteBefore(r.source[o.m.Paragraph], o.m.Start) {
			continue
		}
		for _, c := range src {
			if class(c.m.Kind) == Cardinal && c.m.Unit == "" && atoiSafe(c.m.Value) == n-1 && sameSentence(c, o) && c.m.End <= o.m.Start && c.m.Head != "" && translatedIn([]string{c.m.Head}, t.Head) {
				return c.m.Raw + " " + c.m.Head + " et un " + o.m.Raw
			}
		}
	}
	return ""
}

// indefiniteBefore: "un" or "une" stands right before the word at at,
// "un quatrième": one more of the thing counted before.
func indefiniteBefore(text string, at int) bool {
	// the last field before at, with no split of the whole text before it
	before := strings.TrimRightFunc(text[:min(at, len(text))], unicode.IsSpace)
	last := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	return last == "un" || last == "une"
}
