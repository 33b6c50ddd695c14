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

// countSoFar: a bullet's count the source gives as the rank of the
// latest of a series since a date, "la 72e personnalité distinguée
// depuis 1954" told "72 recipients since 1954": the Nth of a series is
// N of them so far. Only with "depuis" or "since" said, or of one's own
// series of the noun the bullet counts ("sa 15e saison", "15 seasons"),
// and past the second, which are as often a place in a race.
func (r *check) countSoFar(src []*atom, t Mention) *atom {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || t.Comparator != CmpNone || atoiSafe(t.Value) < 3 {
		return nil
	}
	for _, a := range src {
		if a.m.Kind != Ordinal || a.m.Value != t.Value || a.m.Paragraph >= len(r.source) {
			continue
		}
		if strings.Contains(sentenceAt(r.source[a.m.Paragraph], a.m.Start), " depuis ") || strings.Contains(sentenceAt(r.text, t.Start), " since ") {
			return a
		}
		if a.m.Start <= len(r.source[a.m.Paragraph]) && frPossessives[lastWord(r.source[a.m.Paragraph][:a.m.Start])] && t.Head != "" && (translates(a.m.Head, t.Head) || cognate(a.m.Head, t.Head)) {
			return a // one's own tally of a noun: "au terme de sa 15e saison au club", "after 15 seasons at the club"
		}
	}
	return nil
}
