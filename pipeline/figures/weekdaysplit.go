package figures

// weekdayOfDate: an English weekday the translation sets apart from its
// date, "on May 23, last Sunday afternoon" for "le dimanche 23 mai, dans
// l'après-midi": a source date that carries that weekday is paired with
// a date of the same English sentence.
func weekdayOfDate(u unit, t *atom) bool {
	if !weekdayOnly(*t.m) || t.m.Date.Weekday == 0 {
		return false
	}
	for _, s := range u.src {
		d := s.m.Date
		if s.m.Kind == Date && d != nil && d.Day != 0 && d.Weekday == t.m.Date.Weekday && s.pair != nil && s.pair != t &&
			s.pair.m.Paragraph == t.m.Paragraph && s.pair.m.Sentence == t.m.Sentence {
			return true
		}
	}
	return false
}
