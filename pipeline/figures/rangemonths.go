package figures

import (
	"strconv"
	"strings"
)

// rangeMonths gives a range of days the month of the range of dates
// joined to it: "les nuits du 9 au 10 et du 10 au 11 février" (the
// month said once, at the end), "the nights of February 9-10 and 10-11"
// (said once, at the start, where "10-11" would read as a score).
func (p *parser) rangeMonths(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.End > b.Start || a.Kind != Range && b.Kind != Range || b.Start-a.End > 8 {
			continue // (the join is read only between a range and what may be one)
		}
		joined := rangeJoins[strings.TrimSpace(strings.ToLower(p.text[a.End:b.Start]))]
		switch {
		case joined && monthRange(*b) && dayPair(*a) != nil:
			*a = datedRange(*a, dayPair(*a), *b)
		case joined && monthRange(*a) && dayPair(*b) != nil:
			*b = datedRange(*b, dayPair(*b), *a)
		}
	}
}

// rangeJoins are the words between two ranges of one list.
var rangeJoins = map[string]bool{"et": true, "and": true, ",": true, "&": true, "ou": true, "or": true, "et du": true, "and from": true}

// monthRange: a range of two dates with their month.
func monthRange(m Mention) bool {
	return m.Kind == Range && len(m.Parts) == 2 && m.Parts[0].Date != nil && m.Parts[1].Date != nil && m.Parts[0].Date.Month != 0 && m.Parts[0].Date.Day != 0
}

// dayPair reads a range or a score of two days of a month, rising by
// at most a week ("9 au 10", "10-11"); nil for anything else.
func dayPair(m Mention) []int {
	var a, b int
	var err1, err2 error
	switch {
	case m.Kind == Range && len(m.Parts) == 2 && m.Parts[0].Kind == Cardinal && m.Parts[1].Kind == Cardinal && !m.Parts[0].Word && !m.Parts[1].Word:
		a, err1 = strconv.Atoi(m.Parts[0].Value)
		b, err2 = strconv.Atoi(m.Parts[1].Value)
	case m.Kind == Score && m.style == "":
		x, y, _ := strings.Cut(m.Value, "-")
		a, err1 = strconv.Atoi(x)
		b, err2 = strconv.Atoi(y)
	default:
		return nil
	}
	if err1 != nil || err2 != nil || a < 1 || b > 31 || b <= a || b-a > 7 {
		return nil
	}
	return []int{a, b}
}

// datedRange is m, two days, as a range of dates in the month of ref.
func datedRange(m Mention, days []int, ref Mention) Mention {
	d := *ref.Parts[0].Date
	parts := make([]Mention, 2)
	for i, day := range days {
		d.Day = day
		parts[i] = dateMention(d)
		parts[i].Lang = m.Lang
	}
	out := m
	out.Kind, out.Value, out.Parts, out.Unit = Range, parts[0].Value+".."+parts[1].Value, parts, ""
	if ref.Alt == "night" {
		out.Alt = "night" // "les nuits du 9 au 10 et du 10 au 11": each a night
	}
	return out
}
