package figures

import "strings"

// "Le week-end" is Saturday and Sunday: a translation may name the days
// ("on Saturdays and Sundays") where the French says the weekend. Such a
// day is no added figure when its source paragraph speaks of the weekend.

// weekendDay: t is a Saturday or Sunday said alone, and the source
// paragraph says "week-end" or "fin de semaine".
func (r *check) weekendDay(t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Weekday < 6 || d.Month != 0 || d.Day != 0 || t.m.Paragraph >= len(r.source) {
		return false
	}
	p := strings.ToLower(r.source[t.m.Paragraph])
	return strings.Contains(p, "week-end") || strings.Contains(p, "weekend") || strings.Contains(p, "fin de semaine")
}

// startOfYear: t is January alone ("its third eruption since January")
// and the source paragraph says "depuis le début de l'année".
func (r *check) startOfYear(t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Month != 1 || d.Day != 0 || d.Year != 0 || d.Weekday != 0 || t.m.Paragraph >= len(r.source) {
		return false
	}
	return saysYearStart(strings.ToLower(r.source[t.m.Paragraph]))
}

// saysYearStart: the text names the start of the year in words.
func saysYearStart(lower string) bool {
	return containsAny(lower, yearStartWords)
}

// yearStartWords name the start of the year.
var yearStartWords = []string{"début de l'année", "début d'année", "début de l’année"}
