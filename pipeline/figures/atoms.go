package figures

import "strings"

// atom is one comparable fact: a mention, or one end of a range, with
// the index of the row it belongs to and whether it has been matched.
type atom struct {
	m    Mention
	row  int // index into Report.Rows (source) or -1
	pos  int // order in its document, for tie-breaking
	used bool
	pair *atom
}

// atomsOf expands ranges into their ends so that "de 500 à 4 000" and
// "500 to 4,000 people" compare end by end even when only one side was
// read as a range (N10).
func atomsOf(ms []Mention, row0 int, rows bool) []*atom {
	var out []*atom
	for k, m := range ms {
		r := -1
		if rows {
			r = row0 + k
		}
		if m.Kind == Range && len(m.Parts) == 2 {
			for _, part := range m.Parts {
				part.Paragraph, part.Sentence, part.Raw, part.Head = m.Paragraph, m.Sentence, m.Raw, m.Head
				part.Start, part.End, part.Lang = m.Start, m.End, m.Lang
				if part.Comparator == CmpNone {
					part.Comparator = m.Comparator
				}
				out = append(out, &atom{m: part, row: r})
			}
			continue
		}
		out = append(out, &atom{m: m, row: r})
	}
	return out
}

// mandatory: digits are facts that must be kept; small spelled numbers
// (deux -> both, premier -> first) are checked at lower severity (N7).
func mandatory(m Mention) bool {
	if !m.Word {
		return true
	}
	switch m.Kind {
	case Fraction:
		return false
	case Multiplier:
		v := m.Rat()
		return v != nil && v.Cmp(ratThree) >= 0
	case Approx:
		return true
	}
	v := m.Rat()
	return v == nil || v.Cmp(ratThree) >= 0
}

// compoundAdjective matches spelled-out "five-year", "two-day".
func compoundAdjective(raw string) bool {
	_, unit, ok := strings.Cut(strings.ToLower(raw), "-")
	switch strings.TrimSuffix(unit, "s") {
	case "year", "day", "week", "month", "hour", "minute":
		return ok
	}
	return false
}
