package figures

// A match's clock told from its break or its end: "Lyon a réduit l'écart
// à la 55e minute" written "ten minutes after the break", "à la 88e
// minute" written "two minutes from time". A football half is 45
// minutes and a match 90; stoppage time aside, the minute is exact.

// clockMarks are the words after "N minutes" that count from the break
// (restart) or back from the end of the match (fulltime).
var clockMarks = []struct {
	words []string
	alt   string
}{
	{[]string{"after", "the", "break"}, "restart"}, {[]string{"after", "half-time"}, "restart"},
	{[]string{"after", "halftime"}, "restart"}, {[]string{"after", "the", "interval"}, "restart"},
	{[]string{"after", "the", "restart"}, "restart"}, {[]string{"into", "the", "second", "half"}, "restart"},
	{[]string{"from", "time"}, "fulltime"}, {[]string{"from", "full-time"}, "fulltime"},
	{[]string{"before", "full-time"}, "fulltime"}, {[]string{"from", "the", "end"}, "fulltime"},
	{[]string{"before", "the", "end"}, "fulltime"}, {[]string{"before", "the", "final", "whistle"}, "fulltime"},
}

// matchClockMark: the English count at m is of minutes and told from
// the break or the end of a match; "" otherwise.
func (p *parser) matchClockMark(m Mention) string {
	j := p.tokenAfter(m.End)
	if p.lang != English || m.Kind != Cardinal || p.word(j) != "minutes" && p.word(j) != "minute" {
		return ""
	}
	for _, c := range clockMarks {
		if p.words(j+1, c.words...) {
			return c.alt
		}
	}
	return ""
}

// playMinute is the minute of play that t, minutes told from the break
// or the end, names: 45 + t or 90 - t; 0 for any other figure.
func playMinute(t Mention) int {
	switch t.Alt {
	case "restart":
		return 45 + atoiSafe(t.Value)
	case "fulltime":
		return 90 - atoiSafe(t.Value)
	}
	return 0
}

// isPlayMinute: s is the source's minute of play n.
func isPlayMinute(s *atom, n int) bool {
	return n > 0 && s.m.Kind == Ordinal && (s.m.Head == "minute" || s.m.Head == "minutes") && atoiSafe(s.m.Value) == n && s.m.Comparator == CmpNone
}

// matchMinute explains t, minutes told from the break or the end, by a
// source minute of play.
func matchMinute(src []*atom, t Mention) string {
	n := playMinute(t)
	for _, s := range src {
		if isPlayMinute(s, n) {
			return "the minute of play " + s.m.Raw
		}
	}
	return ""
}

// clockTold finds the English minutes, told from the break or the end,
// that give the source's minute of play s.
func clockTold(tgt []*atom, s *atom) *atom {
	for _, t := range tgt {
		if !t.used && isPlayMinute(s, playMinute(*t.m)) {
			return t
		}
	}
	return nil
}
