package figures

import "strings"

// rankOfTotal: t is a rank told with the size of its field ("Paris comes
// fourth out of 14 European cities") that the source gives apart, the
// rank in one sentence and the field in the one before or after it ("Au
// total, 14 villes ... Paris se classe au quatrième rang"). It returns
// why, or "".
func rankOfTotal(src []*atom, t Mention) string {
	if t.Kind != Fraction || len(t.Parts) != 2 {
		return ""
	}
	if w := firstWord(t.Raw); enOrdinals[strings.ToLower(w)] == 0 && !ordinalSuffixed(w) {
		return ""
	}
	rank, field := t.Parts[0].Value, t.Parts[1].Value
	for _, a := range src {
		if a.m.Kind != Ordinal || a.m.Value != rank {
			continue
		}
		for _, b := range src {
			if class(b.m.Kind) == Cardinal && b.m.Value == field && b.m.Paragraph == a.m.Paragraph && abs(b.m.Sentence-a.m.Sentence) <= 1 {
				return a.m.Raw + " of the " + b.m.Raw
			}
		}
	}
	return ""
}

// firstWord is the first word of s: "fourth" of "fourth out of 14".
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}
