package figures

// weekdaySpan reads an English pair of weekdays before the span of days
// they name, "from Monday to Friday, April 7-11", "Saturday and Sunday,
// April 5-6": the first day is the first weekday's, the last the
// second's, as "du lundi 7 au vendredi 11 avril" says.
func (p *parser) weekdaySpan(i int) (*Mention, int) {
	if p.lang != English {
		return nil, 0 // (first: rangeAt asks this at every token)
	}
	k, style := 0, "dash"
	if w := p.word(i); w == "from" || w == "between" {
		k, style = 1, w
	}
	w1 := enWeekdays[p.word(i+k)]
	if w1 == 0 || !weekdayJoints[p.tokText(i+k+1)] {
		return nil, 0
	}
	w2 := enWeekdays[p.word(i+k+2)]
	if w2 == 0 {
		return nil, 0
	}
	j := i + k + 3
	if p.sym(j) == "," {
		j++
	}
	mo, ok := p.monthAt(j)
	if !ok {
		return nil, 0
	}
	d1, a := p.dayAt(j + 1)
	j += 1 + a
	if s := p.sym(j); a == 0 || s != "-" && s != "–" {
		return nil, 0
	}
	d2, b := p.dayAt(j + 1)
	if b == 0 || d2 <= d1 {
		return nil, 0
	}
	lo := dateMention(DateValue{Weekday: w1, Month: mo, Day: d1})
	hi := dateMention(DateValue{Weekday: w2, Month: mo, Day: d2})
	m := Mention{Kind: Range, Value: lo.Value + ".." + hi.Value, Parts: []Mention{lo, hi}, style: style}
	n := j + 1 + b - i
	used := n + p.rangeYear(&m, i+n)
	return ptr(m), used
}

// weekdayJoints join the two weekdays of a span.
var weekdayJoints = map[string]bool{"to": true, "and": true, "through": true, "-": true, "–": true}
