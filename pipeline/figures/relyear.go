package figures

import "strings"

// yearOfRelative explains a summary year the source gives only relative
// to another year: "766 avions en 2024, contre 735 un an plus tôt"
// summarised "31 more than in 2023". It returns the source year it
// counts from, or nil.
func (r *check) yearOfRelative(src []*atom, t Mention) *atom {
	if t.Kind != Year && !(isYearish(t) && t.Kind == Cardinal) || !comparedYear(r.text, t) {
		return nil
	}
	y := yearOf(t)
	if y == 0 {
		if v := t.Rat(); v != nil && v.IsInt() {
			y = int(v.Num().Int64())
		}
	}
	before, after := false, false
	for _, p := range r.source {
		lp := strings.ToLower(p)
		before = before || containsAny(lp, yearBeforeWords)
		after = after || containsAny(lp, yearAfterWords)
	}
	for _, s := range src {
		switch sy := yearOf(*s.m); {
		case sy == 0:
		case before && sy == y+1, after && sy == y-1:
			return s
		}
	}
	return nil
}

var yearBeforeWords = []string{"un an plus tôt", "sur un an", "en un an", "l'an dernier", "l'an passé", "l'année dernière", "l'année passée",
	"l'année précédente", "un an auparavant", "il y a un an"}

var yearAfterWords = []string{"l'an prochain", "l'année prochaine", "l'année suivante", "un an plus tard"}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// comparedYear: the bullet says the year as the base of a comparison
// ("31 more than in 2023", "up from 735 in 2023"), where a summariser
// writes out the source's "un an plus tôt"; a year said otherwise must be
// the source's own.
func comparedYear(text string, t Mention) bool {
	if t.Start > len(text) {
		return false
	}
	before := strings.ToLower(text[:t.Start])
	for _, w := range []string{"than in ", "than ", "from ", "since ", "against ", "compared with ", "compared to ", "on "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	k := strings.LastIndex(before, " in ")
	return k >= 0 && (strings.Contains(before[max(0, k-20):k], "from") || strings.Contains(before[max(0, k-20):k], "than"))
}

// relativeYearTold: a translation writes out a year its source gives
// relative to another year of the same paragraph ("320,4 TWh en 2023,
// contre 279 TWh l'année précédente": "279 TWh in 2022"). The year must be
// one before (or after) a source year of its sentence or the two next,
// and the paragraph must say so in words; a month with it must be the
// source date's month.
func (r *check) relativeYearTold(u unit, t *atom) string {
	ty, td := yearOf(*t.m), t.m.Date
	monthOnly := t.m.Kind == Date && td != nil && td.Month != 0 && td.Day == 0 // "In January 2024" for "l'an dernier, à la même période"
	if t.m.Kind != Year && !monthOnly || ty == 0 {
		return ""
	}
	for _, s := range u.src {
		sy := yearOf(*s.m)
		if sy == 0 || s.m.Kind != Year && s.m.Kind != Date || s.grp-t.grp > 2 || t.grp-s.grp > 2 || s.m.Paragraph >= len(r.source) {
			continue
		}
		if monthOnly && (s.m.Date == nil || s.m.Date.Month != td.Month) {
			continue // the month must be the source's own
		}
		lp := strings.ToLower(r.source[s.m.Paragraph])
		if sy == ty+1 && containsAny(lp, yearBeforeWords) || sy == ty-1 && containsAny(lp, yearAfterWords) {
			return "the year the source counts from " + s.m.Raw + " (a year earlier or later)"
		}
	}
	return ""
}

// dayAfterWords, dayBeforeWords say a day relative to a date of the
// paragraph: "le 19 février, puis ... le jour suivant" written "on 20
// February".
var (
	dayAfterWords  = []string{"le lendemain", "le jour suivant", "du lendemain", "au lendemain"}
	dayBeforeWords = []string{"la veille", "le jour précédent", "de la veille"}
)

// relativeDayTold: a translation writes out a day its source gives
// relative to a date of the same paragraph, one day after or before it,
// in the same month, and the paragraph says so in words.
func (r *check) relativeDayTold(u unit, t *atom) string {
	td := t.m.Date
	if t.m.Kind != Date || td == nil || td.Day == 0 || td.Month == 0 {
		return ""
	}
	for _, s := range u.src {
		sd := s.m.Date
		if s.m.Kind != Date || sd == nil || sd.Day == 0 || sd.Month != td.Month || sd.Year != 0 && td.Year != 0 && sd.Year != td.Year ||
			s.grp-t.grp > 2 || t.grp-s.grp > 2 || s.m.Paragraph >= len(r.source) {
			continue
		}
		if sd.Day != td.Day-1 && sd.Day != td.Day+1 {
			continue
		}
		lp := strings.ToLower(r.source[s.m.Paragraph])
		if sd.Day == td.Day-1 && containsAny(lp, dayAfterWords) || sd.Day == td.Day+1 && containsAny(lp, dayBeforeWords) {
			return "the day the source counts from " + s.m.Raw + " (the day after or before)"
		}
	}
	return ""
}

// relativeYearSaid: the source gives a year the translation tells
// relative to another year of its sentence, "389 000 exploitations en
// 2020, soit 100 000 de moins qu'en 2010" written "100,000 fewer than a
// decade earlier". The other year must be paired, and the English length
// of time, said earlier or later, must span the two years exactly; it
// then stands for the year.
func (r *check) relativeYearSaid(u unit, s *atom) bool {
	sy := yearOf(*s.m)
	if s.m.Kind != Year || sy == 0 || s.m.Paragraph >= len(r.target) {
		return false
	}
	for _, y := range u.src {
		oy := yearOf(*y.m)
		if y == s || !y.used || y.m.Kind != Year || oy == 0 || oy == sy || !sameSentence(y, s) {
			continue
		}
		gap := oy - sy // > 0: s lies before the year it is told from
		if t := yearsShiftTold(u.tgt, s.grp, gap); t != nil {
			bind(s, t)
			return true
		}
		if gap == 1 && saysAny(r.target[s.m.Paragraph:s.m.Paragraph+1], yearBeforeTold) || gap == -1 && saysAny(r.target[s.m.Paragraph:s.m.Paragraph+1], yearAfterTold) {
			return true
		}
	}
	return false
}

// yearBeforeTold, yearAfterTold name the year before or after another
// with no figure: "the previous year", "the following year".
var (
	yearBeforeTold = []string{"the previous year", "the year before", "the preceding year", "the prior year"}
	yearAfterTold  = []string{"the following year", "the next year", "the year after"}
)

// yearsShiftTold finds an unpaired English length of whole years in
// sentence group grp, "a decade earlier", "ten years before", "three
// years later", that spans gap years the way its word says.
func yearsShiftTold(tgt []*atom, grp, gap int) *atom {
	for _, t := range tgt {
		if t.used || t.grp != grp || !isDuration(*t.m) || hedged(*t.m) {
			continue
		}
		v, unit := duration(*t.m)
		if v == nil || unit != "month" || !v.IsInt() {
			continue
		}
		months := v.Num().Int64()
		earlier, later := false, false
		for _, w := range t.m.ctx {
			earlier = earlier || w == "earlier" || w == "before" || w == "previously"
			later = later || w == "later" || w == "after"
		}
		if earlier != later && (earlier && int64(gap)*12 == months || later && int64(-gap)*12 == months) {
			return t
		}
	}
	return nil
}

// yearsLaterSaid: the source gives a year as a count of years from another
// year the paragraph gave before it, "en 2023, contre 91 % quatre ans plus tôt", and
// the translation writes the year out: "in 2023, compared with 91% in
// 2019". The English year must be unpaired, in the same sentence group,
// and exactly the count away, on the side the source's words say.
func (r *check) yearsLaterSaid(u unit, s *atom) bool {
	if s.m.Paragraph >= len(r.source) || s.m.End > len(r.source[s.m.Paragraph]) || hedged(*s.m) {
		return false
	}
	v, unit := duration(*s.m)
	if v == nil || unit != "month" || !v.IsInt() || v.Num().Int64()%12 != 0 {
		return false
	}
	years := int(v.Num().Int64() / 12)
	rest := strings.Fields(strings.ToLower(r.source[s.m.Paragraph][s.m.End:]))
	if len(rest) > 0 && (rest[0] == "ans" || rest[0] == "années") {
		rest = rest[1:]
	}
	sign := 0
	switch after := strings.Join(rest[:min(2, len(rest))], " "); {
	case strings.HasPrefix(after, "plus tôt"), strings.HasPrefix(after, "auparavant"), strings.HasPrefix(after, "avant"):
		sign = -1
	case strings.HasPrefix(after, "plus tard"), strings.HasPrefix(after, "après"):
		sign = 1
	default:
		return false
	}
	// the year counted from is the last one the paragraph gave before: "en 2023, contre 91 % quatre ans plus tôt", "a ouvert en 2011. Deux ans plus tard"
	var from *atom
	for _, y := range u.src {
		if y.m.Kind == Year && yearOf(*y.m) != 0 && y.m.Paragraph == s.m.Paragraph && y.m.End <= s.m.Start && (from == nil || y.m.Start > from.m.Start) {
			from = y
		}
	}
	if from == nil {
		return false
	}
	for _, t := range u.tgt {
		if !t.used && t.m.Kind == Year && t.grp == s.grp && yearOf(*t.m) == yearOf(*from.m)+sign*years {
			bind(s, t)
			return true
		}
	}
	return false
}
