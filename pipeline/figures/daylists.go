package figures

import (
	"strconv"
	"strings"
)

// dayLists gives a bare day the month of its neighbour in "les 9 et 10
// septembre" and "September 9 and 10", a bare hour the time of day of
// the next ("7 ou 8 heures du matin"), and a day said without its year
// the year said once at the end of its list or range.
func (p *parser) dayLists(ms []Mention) []Mention {
	p.hoursBack(ms)
	p.daysBack(ms)
	p.auDays(ms)
	if p.lang == English {
		p.daysForward(ms)
		p.enWeekdayPairs(ms)
		p.possessiveWeekday(ms)
	} else {
		p.laterDays(ms)
		p.weekdayPairs(ms)
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Alt != "merged" {
			out = append(out, m)
		}
	}
	p.listYears(out)
	p.monthBack(out)
	return out
}

// monthBack gives a listed day said with its weekday and no month the
// month of the later days of its list: "les mardi 25, mercredi 26 et
// jeudi 27 février", whose first item the date reader took alone.
func (p *parser) monthBack(ms []Mention) {
	for k := len(ms) - 2; k >= 0; k-- {
		a, b := &ms[k], &ms[k+1]
		if a.Kind != Date || b.Kind != Date || a.Date == nil || b.Date == nil || a.Date.Day == 0 || a.Date.Month != 0 || a.Date.Weekday == 0 ||
			b.Date.Month == 0 || b.Date.Day <= a.Date.Day || !p.listed(a, b) {
			continue
		}
		d := *a.Date
		d.Month, d.Year = b.Date.Month, b.Date.Year
		a.Date, a.Value = &d, dateMention(d).Value
	}
}

// listed: a and b are two items of one list ("12, 13 et 14", "May 3,
// and 4").
func (p *parser) listed(a, b *Mention) bool {
	if a.End > b.Start {
		return false // a took in b: "13, 2025"
	}
	switch strings.TrimSpace(p.text[a.End:b.Start]) {
	case "et", "and", ",", "ou", "or", "et le", "ou le", "et du", "ou du", "et au", "ou au", ", and", ", or", "and the", "&", ", &":
		return true
	case "/":
		return a.End+1 == b.Start && a.Kind != Date // "on 26/27 March": two days, one slash, no space
	}
	return false
}

// hyphenWord: m is glued by a hyphen to the word after it, an age or a
// length ("13-year-old", "a 3-day"), never a day of a list.
func (p *parser) hyphenWord(m Mention) bool {
	return m.End+1 < len(p.text) && p.text[m.End] == '-' && (p.text[m.End+1] >= 'a' && p.text[m.End+1] <= 'z')
}

// dayNumber: a figure that may be a day of the month in a list, a bare
// number or one written with its ordinal suffix ("les 1er et 2 mai",
// "the 12th and 13th of March").
func dayNumber(m Mention) bool {
	return m.Kind == Cardinal || m.Kind == Ordinal && !m.Word
}

// daysBack: the month reaches back along the list ("les 21, 22 et 23
// juin", "12 and 13 March").
func (p *parser) daysBack(ms []Mention) {
	for k := len(ms) - 2; k >= 0; k-- {
		a, b := &ms[k], &ms[k+1]
		if p.listed(a, b) && dayNumber(*a) && !p.hyphenWord(*a) && b.Kind == Date && b.Date.Day != 0 && (b.Raw[0] >= '0' && b.Raw[0] <= '9' || b.Date.Weekday != 0 && k > 0 && weekdayOnly(ms[k-1])) {
			// "les 21, 22 et 23 juin"; "les samedi 16 et dimanche 17 septembre"
			*a = withDay(*a, *b.Date)
			p.weekdayInto(ms, k)
		}
	}
}

// weekdayInto gives the day ms[k] the weekday said right before it, "les
// dimanches 12 et 19 juin" as "on Sundays June 12 and 19" gives it.
func (p *parser) weekdayInto(ms []Mention, k int) {
	a := &ms[k]
	if k == 0 || a.Kind != Date || ms[k-1].Alt == "merged" || !weekdayOnly(ms[k-1]) || ms[k-1].End > a.Start || strings.TrimSpace(p.text[ms[k-1].End:a.Start]) != "" {
		return
	}
	d := *a.Date
	d.Weekday = ms[k-1].Date.Weekday
	a.Date, a.Start, a.Raw = &d, ms[k-1].Start, p.text[ms[k-1].Start:a.End]
	ms[k-1].Alt = "merged"
}

// auDays reads "du vendredi 8 au samedi 9 novembre", "from Friday 8 to
// Saturday 9 November": the first day takes the month (and its own
// weekday); a night over two days is named by either date.
func (p *parser) auDays(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.End > b.Start {
			continue // a was merged into b: "les dimanches 12 et 19 juin"
		}
		if j := strings.TrimSpace(p.text[a.End:b.Start]); a.Kind != Cardinal && !(a.Kind == Ordinal && a.Value == "1") || b.Kind != Date || b.Date.Day == 0 || !dayRangeJoins[p.lang][j] {
			// ("du mercredi 1er au jeudi 2 novembre": the first of the month is written as a rank)
			continue // "du 3 au 7 mars", "entre le vendredi 19 et le dimanche 21 décembre"
		}
		d := *b.Date
		d.Weekday, d.Part = 0, ""
		*a = withDay(*a, d)
		if a.Kind != Date {
			continue
		}
		p.weekdayInto(ms, k)
		if before := strings.ToLower(p.text[max(0, a.Start-24):a.End]); (strings.Contains(before, "nuit du") || strings.Contains(before, "nuit de")) && a.Date.Day+1 == b.Date.Day {
			a.Alt, b.Alt = "night", "night"
		}
	}
}

// dayRangeJoins are the words between the days of "du 3 au 7 mars".
var dayRangeJoins = map[Lang]map[string]bool{
	French:  {"au": true, "et le": true, "à": true}, // ("dans la nuit de jeudi 23 à vendredi 24 octobre")
	English: {"to": true, "through": true, "until": true, "till": true},
}

// daysForward: in English the month also reaches forward ("June 21, 22
// and 23"), and the year said after the last day is the list's ("March
// 12 and 13, 2025"). A last day followed by a noun may count it ("on May
// 3 and 13 others"): it stays a number that may also answer the date.
func (p *parser) daysForward(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if !p.listed(a, b) || a.Kind != Date || a.Date.Day == 0 || a.Date.Year != 0 || !dayNumber(*b) || p.hyphenWord(*b) {
			continue
		}
		if b.Kind == Cardinal && !p.listEnd(b) {
			if d, err := strconv.Atoi(b.Value); err == nil && d >= 1 && d <= 31 && b.Raw[0] >= '0' && b.Raw[0] <= '9' && b.Alt == "" {
				b.Alt = "day-" + itoa(a.Date.Month)
			}
			continue
		}
		*b = withDay(*b, *a.Date)
		if b.Kind == Date && p.relYearAt(p.tokenAfter(b.End)) {
			a.yearTold = true // "October 29 and 30 of last year": the year told once for both
		}
		if b.Kind == Date && k+2 < len(ms) {
			p.yearAfter(b, &ms[k+2])
		}
	}
}

// laterDays: a French day said alone a few words after a date, "du 11
// janvier, puis du 28", "le 3 mars et le 17", is a later day of its
// month, as English writes "January 11, 28".
func (p *parser) laterDays(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.Kind != Date || a.Date.Day == 0 || a.Date.Month == 0 || b.Kind != Cardinal || b.Word || a.End > b.Start {
			continue
		}
		i := p.tokenAfter(b.Start)
		if nx := p.word(p.tokenAfter(b.End)); !p.listEnd(b) && nx != "et" && nx != "puis" && nx != "ou" {
			continue // "le 3 mars, le 17 députés ont voté": a count
		}
		if w := p.word(i - 1); w != "du" && w != "le" || b.Start-a.End > 24 || strings.ContainsAny(p.text[a.End:b.Start], ".;:0123456789") {
			continue
		}
		if d := atoiSafe(b.Value); d > a.Date.Day && d <= 31 {
			*b = withDay(*b, *a.Date)
		}
	}
}

// yearAfter gives the day b the year c written right after it, "13,
// 2025", and marks c merged into it.
func (p *parser) yearAfter(b, c *Mention) {
	sep := strings.TrimSpace(p.text[b.End:c.Start])
	if !(sep == "," || sep == "" && ordinalSuffixed(b.Raw)) || !isYearish(*c) || len(c.Raw) != 4 || c.Comparator != CmpNone {
		return
	}
	y, _ := strconv.Atoi(c.Value)
	d := *b.Date
	d.Year = y
	b.Date, b.Value = &d, dateMention(d).Value
	b.End, b.Raw = c.End, p.text[b.Start:c.End]
	c.Alt = "merged"
}

// ordinalSuffixed: a day written "3rd", whose year may follow with no
// comma ("December 2nd & 3rd 2014").
func ordinalSuffixed(raw string) bool {
	digits := strings.TrimLeft(raw, "0123456789")
	return digits != raw && ordinalSuffix(English, strings.ToLower(digits))
}

// listDay is the date an English list's last day may stand for: the 13
// of "March 12 and 13 rail workers" is March 13, or thirteen workers.
func listDay(t Mention) (Mention, bool) {
	mo, ok := strings.CutPrefix(t.Alt, "day-")
	if !ok {
		return Mention{}, false
	}
	m, err := strconv.Atoi(mo)
	if err != nil {
		return Mention{}, false
	}
	d := withDay(t, DateValue{Month: m})
	return d, d.Kind == Date
}

// listYears gives a day said without its year the year of the date that
// follows it in its list or range, said once at the end: "from Monday,
// June 16, to Sunday, June 22, 2025", "le 3 mai et le 9 mai 2024".
func (p *parser) listYears(ms []Mention) {
	for k := len(ms) - 2; k >= 0; k-- {
		a, b := &ms[k], &ms[k+1]
		if a.Kind == Date && b.Kind == Date && a.End <= b.Start && yearJoins[strings.Trim(p.text[a.End:b.Start], " ,")] {
			withYearOf(a, *b)
		}
	}
}

// yearJoins are the words between two dates that share one year.
var yearJoins = map[string]bool{"": true, "to": true, "&": true, "until": true, "till": true, "through": true, "and": true,
	"or": true, "and on": true, "-": true, "–": true, "au": true, "et": true, "ou": true, "et le": true,
	"ou le": true, "jusqu'au": true, "et du": true, "et des": true, "des": true, "du": true} // "du 14 juin et du 21 juillet 2000", "31 janvier, des 2, 9 et 10 mars"

// withYearOf gives the day a without a year the year of b, the date that
// closes its range or list; a start later in the year than the end is in
// the year before ("du 28 décembre au 3 janvier 2025").
func withYearOf(a *Mention, b Mention) {
	withYear(a, b, false)
}

// withYear gives a the year of b; months alone share it too when
// months allows ("d'octobre à décembre 2014": a range of months).
func withYear(a *Mention, b Mention, months bool) {
	if a.Date == nil || b.Date == nil {
		return
	}
	ad, bd := *a.Date, b.Date
	days := ad.Day != 0 && bd.Day != 0 || months && ad.Day == 0 && bd.Day == 0
	if ad.Year != 0 || !days || ad.Month == 0 || ad.Qualifier != "" || ad.Alias || bd.Year == 0 || bd.Month == 0 || bd.Alias {
		return
	}
	ad.Year = bd.Year - boolInt(ad.Month > bd.Month)
	a.Date, a.Value = &ad, dateMention(ad).Value
}

// listEnd: what follows a day of an English list ("May 3, 4 and 5")
// is the end of the clause, another day or a year, not a noun the
// number would count ("May 3, 28 people").
func (p *parser) listEnd(b *Mention) bool {
	j := p.tokenAfter(b.End)
	if j >= len(p.toks) || p.toks[j].kind == tSym {
		return true
	}
	w := p.word(j)
	return notNoun[w] || p.num(j) != nil || p.relYearAt(j) // ("October 29 and 30 of last year")
}

// weekdayPairs gives two days listed after two weekdays their weekdays in
// order: "les mercredi et jeudi 17 et 18 février" is Wednesday the 17th
// and Thursday the 18th, as English writes them, where the date reader
// joined "jeudi" to the 17 next to it.
func (p *parser) weekdayPairs(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.Kind != Date || a.Date == nil || a.Date.Weekday == 0 || a.Date.Day == 0 || b.Kind != Date || b.Date == nil || b.Date.Day == 0 || b.Date.Weekday != 0 {
			continue
		}
		if a.End > b.Start || strings.TrimSpace(p.text[a.End:b.Start]) != "et" {
			continue
		}
		i := p.tokenAfter(a.Start)
		first := frWeekdays[p.word(i-2)]
		if p.word(i-1) != "et" || first == 0 {
			continue
		}
		a.Date.Weekday, b.Date.Weekday = first, a.Date.Weekday
		a.Value, b.Value = dateMention(*a.Date).Value, dateMention(*b.Date).Value
	}
}

// enWeekdayPairs reads "on Saturday and Sunday, January 25 and 26" as the
// two dates it gives, Saturday 25 and Sunday 26 January, as the French
// "samedi 25 et dimanche 26 janvier": the date reader takes "Sunday,
// January 25" as one date and leaves Saturday with no day.
func (p *parser) enWeekdayPairs(ms []Mention) {
	for k := 0; k+2 < len(ms); k++ {
		a, b, c := &ms[k], &ms[k+1], &ms[k+2]
		if a.Kind != Date || b.Kind != Date || c.Kind != Date || a.Date == nil || b.Date == nil || c.Date == nil {
			continue
		}
		if a.Date.Weekday == 0 || a.Date.Day != 0 || a.Date.Month != 0 || b.Date.Weekday == 0 || b.Date.Day == 0 || b.Date.Month == 0 ||
			c.Date.Weekday != 0 && c.Date.Weekday != b.Date.Weekday || c.Date.Day <= b.Date.Day || c.Date.Month != b.Date.Month || !p.listed(a, b) || !p.listed(b, c) {
			continue
		}
		first, second := *b.Date, *b.Date
		first.Weekday = a.Date.Weekday
		second.Day = c.Date.Day
		a.Date, b.Date = &first, &second
		a.Value, b.Value = dateMention(first).Value, dateMention(second).Value
		b.End = c.End
		b.Raw = p.text[b.Start:b.End]
		c.Alt = "merged"
	}
}

// possessiveWeekday joins "Friday's ceremony on February 23" into the one
// date the French gives, "vendredi 23 février": the weekday names the
// day of the event whose date follows a few words on.
func (p *parser) possessiveWeekday(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.Kind != Date || b.Kind != Date || a.Date == nil || b.Date == nil || a.Date.Weekday == 0 || a.Date.Day != 0 || a.Date.Month != 0 ||
			!strings.HasSuffix(strings.ToLower(a.Raw), "'s") || b.Date.Weekday != 0 || b.Date.Day == 0 || b.Date.Month == 0 {
			continue
		}
		if i, j := p.tokenAfter(a.End), p.tokenAfter(b.Start); j-i > 6 || p.word(j-1) != "on" || strings.ContainsAny(p.text[a.End:b.Start], ".;,") {
			continue
		}
		d := *b.Date
		d.Weekday = a.Date.Weekday
		b.Date, b.Value = &d, dateMention(d).Value
		a.Alt = "merged"
	}
}
