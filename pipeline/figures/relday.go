package figures

// relativeDays are the French days named from another day: "la veille"
// is the day before, "le lendemain" the day after.
var relativeDays = map[string]int{"veille": -1, "avant-veille": -2, "lendemain": 1, "surlendemain": 2}

// relativeDayAt reads "battu la veille", "le lendemain" after a weekday
// of the same or the previous sentence ("dimanche ... battu la veille"):
// that weekday moved by the days the word names, which a summary may
// write "on Saturday". Unsaid, it says nothing: a translation keeps "the
// day before". The eve of an event ("la veille du scrutin") names no
// weekday.
func (p *parser) relativeDayAt(i int) (*Mention, int) {
	if p.lang != French {
		return nil, 0
	}
	if a := p.word(i); a != "la" && a != "le" && a != "l'" && a != "du" && a != "au" {
		return nil, 0 // ("la finale du lendemain", "au lendemain, il ...": the article taken in)
	}
	i++
	shift, ok := relativeDays[p.word(i)]
	if !ok {
		return nil, 0
	}
	switch p.word(i + 1) {
	case "de", "du", "des", "d'":
		return nil, 0 // "la veille du scrutin", "au lendemain de l'attentat": an event's eve
	}
	wd, at := p.weekdayBefore(i - 1)
	if wd == 0 {
		return nil, 0
	}
	d := DateValue{Weekday: ((wd-1+shift)%7+7)%7 + 1}
	if day, ok := p.smallInt(at+1, 31); ok && frMonths[p.word(at+2)] != 0 && day+shift >= 1 && day+shift <= 28 {
		d.Day, d.Month = day+shift, frMonths[p.word(at+2)] // "le samedi 12 avril ... le lendemain": Sunday 13 April
	}
	m := dateMention(d)
	m.Word, m.style = true, "fixed"
	return ptr(m), 2
}

// weekdayBefore is the weekday named last before token i in its
// sentence or the two before it ("samedi ... Le pic ... La finale du
// lendemain"), and its token; or 0.
func (p *parser) weekdayBefore(i int) (int, int) {
	ends := 0
	for k := i - 1; k >= 0; k-- {
		if endMark(p.sym(k)) {
			if ends++; ends > 2 {
				return 0, 0
			}
		}
		if wd := p.weekdayOf(k); wd != 0 {
			return wd, k
		}
	}
	return 0, 0
}
