package figures

import (
	"regexp"
	"slices"
	"strings"
)

// citedIn: the English cites s's number in a legal reference, "citation
// 168(6)", "Standing Order 52(2)", where the French spells it out, "au
// paragraphe 6 du commentaire 168". The reference takes the number; it
// is marked used once all its numbers are found in the source.
func citedIn(src, tgt []*atom, s *atom) bool {
	if s.m.Kind != Cardinal || s.m.Word {
		return false
	}
	for _, t := range tgt {
		if t.used && t.pair != nil || t.m.Kind != Identifier {
			continue // (a reference this check took before, with no pair, takes its other numbers too)
		}
		nums := citationNumbers(t.m.Raw)
		if len(nums) < 2 || !slices.Contains(nums, s.m.Value) {
			continue
		}
		for _, n := range nums {
			if !sourceHas(src, n) {
				return false
			}
		}
		t.used = true
		return true
	}
	return false
}

var citationForm = regexp.MustCompile(`^(\d+)((?:\(\d+\))+)$`)

// citationNumbers are the numbers of a reference "168(6)", "52(2)(a)" is
// not one: letters stay out.
func citationNumbers(raw string) []string {
	m := citationForm.FindStringSubmatch(raw)
	if m == nil {
		return nil
	}
	out := []string{m[1]}
	for _, p := range strings.Split(strings.Trim(m[2], "()"), ")(") {
		out = append(out, strings.TrimLeft(p, "0"))
	}
	return out
}

// sourceHas: a source cardinal in digits has the value v.
func sourceHas(src []*atom, v string) bool {
	for _, o := range src {
		if o.m.Kind == Cardinal && o.m.Value == v {
			return true
		}
	}
	return false
}
