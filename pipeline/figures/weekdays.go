package figures

import "strings"

// Weekdays are date fields (N13): "dimanche" -> "Saturday" is an error,
// a weekday dropped in the English a warning. A part of the day next to
// one ("lundi matin", "Saturday night") is compared too.
var frWeekdays = map[string]int{"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
	"lundis": 1, "mardis": 2, "mercredis": 3, "jeudis": 4, "vendredis": 5, "samedis": 6, "dimanches": 7}

var enWeekdays = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6, "sunday": 7, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4,
	"fridays": 5, "saturdays": 6, "sundays": 7}

// sundayAdj is the French adjective of Sunday, which English says with
// the day's name: "la messe dominicale", "the Sunday mass".
var sundayAdj = map[string]bool{"dominical": true, "dominicale": true, "dominicaux": true, "dominicales": true}

var enWeekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// dayParts: evening and night are one part; a French "soir" is as often
// "night" as "evening" in English.
var dayParts = map[string]string{
	"matin": "morning", "matinée": "morning", "après-midi": "afternoon", "soir": "evening",
	"soirée": "evening", "nuit": "evening", "morning": "morning", "afternoon": "afternoon",
	"evening": "evening", "night": "evening",
}

// weekdayOf names the weekday word at i; an English one is capitalised.
func (p *parser) weekdayOf(i int) int {
	w := strings.TrimSuffix(p.word(i), "'s")
	if p.lang == French {
		if sundayAdj[w] {
			return 7 // "l'édition dominicale": the Sunday edition
		}
		return frWeekdays[w]
	}
	if d := frWeekdays[w]; d != 0 {
		return d // a French weekday left untranslated still says the day
	}
	if sundayAdj[w] {
		return 7
	}
	if !p.capital(i) {
		return 0
	}
	if d := enWeekdayAbbr[w]; d != 0 && p.abbrDayContext(i) {
		return d
	}
	return enWeekdays[w]
}

// enWeekdayAbbr are the short weekdays of a terse summary: "Thu 15 Nov",
// "(Mon)", "on Wed".
var enWeekdayAbbr = map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
	"fri": 5, "sat": 6, "sun": 7}

// abbrDayContext: a short weekday stands before a date or a time, in
// brackets, or after "on": "Sun" and "Sat" are words too.
func (p *parser) abbrDayContext(i int) bool {
	if p.num(i+1) != nil || p.sym(i+1) == ")" && p.sym(i-1) == "(" || p.sym(i+1) == "." && p.num(i+2) != nil {
		return true
	}
	switch p.word(i - 1) {
	case "on", "from", "until", "by", "since", "before", "after":
		return p.sym(i+1) != "" || p.word(i+1) == "" || p.num(i+1) != nil
	}
	return false
}

// weekdayAt reads "lundi", "lundi 3 mars 2024", "lundi matin", "dans la
// nuit de dimanche", "Monday", "Monday, March 3", "Saturday night".
func (p *parser) weekdayAt(i int) (DateValue, int) {
	part, k := p.partBefore(i)
	wd, name, w := p.namedDayAt(i + k)
	if w == 0 {
		wd, w = p.weekdayOf(i+k), 1
	}
	if day, rest, ok := strings.Cut(p.word(i+k), "-"); wd == 0 && ok && frWeekdays[day] != 0 && dayParts[rest] != "" && part == "" {
		wd, part = frWeekdays[day], dayParts[rest] // "ce vendredi-après-midi": the hyphen a typist put for the space
	}
	if wd == 0 {
		return DateValue{}, 0
	}
	named := wd
	if p.lang == English && part == "" && p.word(i+k-1) == "into" && (p.word(i+k-2) == "overnight" || p.word(i+k-2) == "night") {
		// "expected overnight into Friday": Thursday night, as French
		// says it, "dans la nuit de jeudi à vendredi"
		wd, part = (wd+5)%7+1, dayParts["night"]
	}
	n := k + w
	// "la nuit de samedi à dimanche", "overnight into Sunday" is one night;
	// "de mardi à mercredi soir" with no night before it is two days
	night := part == dayParts["night"]
	into, spanHead := false, false
	if w := p.word(i + n); ((w == "à" || w == "au" || w == "to" || w == "and") && night || w == "into") && p.weekdayOf(i+n+1) == wd%7+1 {
		n, into = n+2, true // "la nuit de samedi à dimanche" is Saturday night
	} else if w == "into" || w == "to" || w == "à" || w == "au" {
		spanHead = p.weekdayOf(i+n+1) != 0
	}
	dv := DateValue{Weekday: wd, Part: part, Name: name, Alias: name != "", intoNext: into, spanHead: spanHead}
	c := 0
	if p.lang == English && p.sym(i+n) == "," {
		c = 1
	}
	if p.lang == English && p.word(i+n+c) == "the" && p.num(i+n+c+1) != nil {
		c++ // "on Tuesday, the 24th day of February"
	}
	lead := c + p.frDateLead(i+n) // "vendredi prochain, le 26 février" names one day, as "next Friday, February 26" does
	for _, rec := range [...]func(int) (DateValue, int){p.dayMonthAt, p.monthFirstAt} {
		if d, m := rec(i + n + lead); m > 0 {
			d.Weekday, d.Part, d.Name = wd, part, name
			if named != wd {
				d.Weekday, d.Part = named, "" // "overnight into Thursday 2 November": the date names the Thursday
			}
			dv, n = d, n+lead+m
			break
		}
	}
	if dv.Month == 0 {
		if d, m := p.bareDayAfter(i+n, c); m > 0 {
			dv.Day, n = d, n+m // "le lundi 23 à 8 heures", "on Monday the 23rd"
		}
	}
	if dv.Part == "" {
		if pt, m := p.partAfter(i + n); m > 0 {
			dv.Part, n = pt, n+m
		}
	}
	return dv, n
}

// bareDayAfter reads the day of the month after a weekday, with no
// month: "lundi 23,", "lundi 1er", "Monday the 23rd", "Monday 23 at
// 8am" (c: the comma and "the" read before it). A number that counts
// something ("lundi 23 personnes") is left alone: the day must end its
// clause or lead to a time.
func (p *parser) bareDayAfter(j, c int) (int, int) {
	d, k := p.dayAt(j + c)
	if k == 0 || p.num(j+c) == nil || p.sym(j) == "," {
		return 0, 0 // ("on Tuesday, the 14th in the département": a rank)
	}
	suffixed := k == 2
	if p.lang == English && p.word(j+c-1) == "the" && !suffixed {
		return 0, 0 // "Monday the 23" is rare; "the 23 members" is not
	}
	next := j + c + k
	switch w := p.word(next); {
	case w == "" && next >= len(p.toks):
	case w == "":
		if s := p.sym(next); s != "," && s != "." && s != ";" && s != ")" || p.glued(next+1) {
			return 0, 0 // ("lundi 14:00", "Monday 14.30": an hour)
		}
	case (w == "à" || w == "at") && (p.num(next+1) != nil || p.noonAfter(next+1)), dayParts[w] != "", suffixed && p.lang == English && w != "to" && w != "and":
		// ("du mercredi 5 au jeudi 6 avril", "samedi 14 et dimanche 15
		// mars", "de jeudi 16 à vendredi 17": the month said once, at the
		// end, read by the lists of days)
	default:
		return 0, 0
	}
	return d, c + k
}

// partBefore reads "(dans) la nuit de", "le matin du" before a French
// weekday, and the small hours of the day: "les premières heures de
// dimanche", "la nuit menant au lundi", which English says "Saturday
// night" or "early Sunday".
func (p *parser) partBefore(i int) (string, int) {
	switch {
	case p.lang == English && (p.words(i, "the", "early", "hours", "of") || p.words(i, "the", "small", "hours", "of")):
		return "small-hours", 4
	case p.lang == English && p.word(i) == "early" && p.capital(i+1):
		return "small-hours", 1
	case p.lang == English && (p.word(i) == "night" || p.word(i) == "overnight") && (p.word(i+1) == "between" || p.word(i+1) == "of" || p.word(i+1) == "from") && p.weekdayOf(i+2) != 0:
		return dayParts["night"], 2 // "the night between Wednesday and Thursday", "overnight from Sunday to Monday": la nuit de mercredi à jeudi
	case p.lang == English && p.word(i) == "overnight" && p.weekdayOf(i+1) != 0 && (p.word(i+2) == "to" || p.word(i+2) == "into") && p.weekdayOf(i+3) == p.weekdayOf(i+1)%7+1:
		return dayParts["night"], 1 // "overnight Thursday to Friday": la nuit de jeudi à vendredi
	case p.lang != French:
		return "", 0
	case p.words(i, "premières", "heures", "de") || p.words(i, "petites", "heures", "de"):
		return "small-hours", 3
	case p.words(i, "nuit", "menant", "au") || p.words(i, "nuit", "précédant") || p.words(i, "nuit", "menant", "à"):
		if p.word(i+2) == "précédant" {
			return "small-hours", 2
		}
		return "small-hours", 3
	}
	part := dayParts[p.word(i)]
	if part == "" || p.word(i+1) != "de" && p.word(i+1) != "du" {
		return "", 0
	}
	return part, 2
}

// partAfter reads "matin", "au matin", "soir", "night", "morning".
func (p *parser) partAfter(j int) (string, int) {
	if p.words(j, "au", "matin") {
		return "morning", 2
	}
	if pt := dayParts[p.word(j)]; pt != "" {
		return pt, 1
	}
	return "", 0
}

// weekdaysAgree: the weekdays and parts of the day said on both sides are
// the same time; the small hours of a day are the night before it.
func weekdaysAgree(a, b *DateValue) bool {
	if a.Name != "" && b.Name != "" && a.Name != b.Name {
		return false // Good Friday is no Black Friday
	}
	if a.Part == "small-hours" && b.Part != "small-hours" {
		a, b = b, a
	}
	if b.Part == "small-hours" && a.Part == "evening" && a.Weekday != 0 && b.Weekday != 0 {
		return a.Weekday%7+1 == b.Weekday
	}
	if b.intoNext {
		a, b = b, a
	}
	if a.intoNext && b.Part == "" && !b.spanHead && a.Weekday != 0 && a.Weekday%7+1 == b.Weekday {
		return true // "dans la nuit de mardi à mercredi, à 0 h 45": "at 12.45am on Wednesday"
	}
	if a.Weekday != 0 && b.Weekday != 0 && a.Weekday != b.Weekday {
		return false
	}
	return a.Part == "" || b.Part == "" || a.Part == b.Part || b.Part == "small-hours" && a.Part == "morning"
}

// frDateLead counts the words between a French weekday and the date it
// names, at j: "prochain" or "dernier", a comma, "le" ("mardi prochain,
// le 23", "mardi, le 23 novembre"); 0 when none. The caller reads a date
// after them or nothing.
func (p *parser) frDateLead(j int) int {
	if p.lang != French {
		return 0
	}
	k := 0
	if w := p.word(j); w == "prochain" || w == "dernier" {
		k++
	}
	if p.sym(j+k) == "," {
		k++
	}
	if p.word(j+k) == "le" {
		k++
	}
	return k
}

// noonAfter: an hour said without a number stands at j, "le vendredi 25
// à midi", as noonAt reads it.
func (p *parser) noonAfter(j int) bool {
	_, k := p.noonAt(j)
	return k > 0
}
