package figures

import "strings"

// otherAgeGroup: t names an age group, "France's under-23s", that the
// source gives with another bound, "les moins de 20 ans": a team's
// category changed, not a name the source leaves out.
func otherAgeGroup(src []*atom, t Mention) *atom {
	if t.style != "name" || t.Head != "ans" || t.Comparator != CmpLT {
		return nil
	}
	for _, s := range src {
		if s.m.Head == "ans" && s.m.Comparator == CmpLT && class(s.m.Kind) == Cardinal && s.m.Value != t.Value {
			return s
		}
	}
	return nil
}

// tallyOrdinal: a source rank in a tally of wins or titles, "leur
// quatrième victoire", that t, a plain count of the same noun ("four
// wins"), tells as the tally so far.
func tallyOrdinal(src []*atom, t Mention) *atom {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || t.Head == "" {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Ordinal && tallyRank[singularHead(s.m.Head)] && s.m.Value == t.Value && s.m.Value != "1" && (headTold(s.m.Head, t.Head) || translates(s.m.Head, t.Head)) {
			return s
		}
	}
	return nil
}

func singularHead(h string) string { return strings.TrimSuffix(h, "s") }
