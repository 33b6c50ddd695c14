package figures

// tallyOrdinal: a source rank in a tally of wins or titles, "leur
// quatrième victoire", that t, a plain count of the same noun ("four
// wins"), tells as the tally so far.
func tallyOrdinal(src []*atom, t Mention) *atom {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || t.Head == "" {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Ordinal && tallyRank[singular(s.m.Head)] && s.m.Value == t.Value && s.m.Value != "1" && (sameHead(s.m.Head, t.Head) || translates(s.m.Head, t.Head)) {
			return s
		}
	}
	return nil
}
