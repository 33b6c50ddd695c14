package figures

// How two dates compare: fields given on one side only, a rounded
// qualifier, a weekday (N13).

import (
	"slices"
	"strconv"
	"time"
)

// lenientDate compares dates field by field (N13): aliases, DMY/MDY,
// and precision (kept in translation, may be reduced in a summary).
func lenientDate(s, t Mention, mode Mode) verdict {
	sd, td := dateOf(s), dateOf(t)
	if sd == nil || td == nil {
		if s.Value == t.Value {
			return verdict{ok: true}
		}
		return verdict{}
	}
	if !sameWeekday(sd, td) || (sd.Weekday != 0) != (td.Weekday != 0) && (sd.Month == 0 || td.Month == 0) {
		return verdict{}
	}
	if sd.Weekday != 0 && td.Weekday != 0 && sd.Month == 0 && td.Month == 0 && sd.Day == td.Day {
		return verdict{ok: true} // the small hours of Sunday are Saturday night
	}
	if mode == ModeSummary && td.Weekday != 0 && td.Month == 0 && td.Year == 0 && sd.Weekday == td.Weekday {
		return verdict{ok: true} // "le jeudi 16 mars" summarised as "on Thursday"
	}
	switch {
	case td.Alias && otherWeekday(sd, td):
		return verdict{}
	case td.Alias && sd.Month == td.Month && sd.Day == td.Day && (sd.Year == 0 || sd.Year == td.Year):
		return verdict{ok: true}
	case td.Ambiguous && sd.Day == td.Month && sd.Month == td.Day && sd.Year == td.Year:
		return verdict{true, "ambiguous", Warning, "N13", "numeric date reads as month/day in English; write the month name"}
	case mode == ModeSummary && roundedToQualifier(sd, td):
		return verdict{ok: true} // "le 12 mars" summarised as "mid-March"
	case monthEnd(sd, td):
		return verdict{ok: true} // "au 31 décembre" = "at the end of December"
	case sd.Decade != td.Decade || sd.Qualifier != td.Qualifier && sd.Qualifier != "" && td.Qualifier != "":
		return verdict{}
	}
	sameSeason, seasonDropped, seasonAdded := seasonsAgree(sd, td)
	if !fieldsAgree(sd, td) || !sameSeason || partOfYearClash(sd, td) || partOfYearClash(td, sd) {
		return verdict{}
	}
	// (a year lent by another date of the sentence was not written with
	// this one: neither added nor dropped)
	school := schoolStart(s, td)
	added := td.Year != 0 && sd.Year == 0 && !td.yearLent || td.Month != 0 && sd.Month == 0 && !school || td.Day != 0 && sd.Day == 0 || seasonAdded && t.style != "seasoned" && !school
	dropped := sd.Year != 0 && td.Year == 0 && !sd.yearLent || sd.Month != 0 && td.Month == 0 || sd.Day != 0 && td.Day == 0 || seasonDropped
	switch {
	case added && mode == ModeSummary:
		return verdict{true, "added", Warning, "N13", "the date has a field the source did not give"}
	case added:
		return verdict{true, "added", Error, "N13", "the date has a field the source did not give"}
	case dropped && mode == ModeSummary:
		return verdict{ok: true}
	case dropped && seasonDropped && !(sd.Year != 0 && td.Year == 0 || sd.Month != 0 && td.Month == 0 || sd.Day != 0 && td.Day == 0) && slices.Contains(t.ctx, sd.Season):
		return verdict{ok: true} // "les Jeux d'été de 1997": "the 1997 Summer Games" keeps the season in the name
	case dropped && t.yearTold && sd.Year != 0 && td.Year == 0 && !(sd.Month != 0 && td.Month == 0 || sd.Day != 0 && td.Day == 0):
		return verdict{true, "date-precision", Warning, "N13", "the year is told by words around the date (\"this December\", \"of this year\"): check it"}
	case dropped:
		return verdict{true, "date-precision", Error, "N13", "the date lost a field the source gave"}
	case sd.Qualifier != td.Qualifier && mode == ModeTranslation:
		// "à partir de 2008" -> "since the beginning of 2008"
		return verdict{true, "date-precision", Warning, "N13", "the date's early/mid/late qualifier differs"}
	}
	return verdict{ok: true}
}

// seasonsOfPart are the seasons an early, mid or late year may be.
var seasonsOfPart = map[string][]string{"early": {"winter", "spring"}, "mid": {"spring", "summer"}, "late": {"autumn", "winter"}}

// partOfYearClash: a part of a year and a season that cannot be the same
// time: "début 2024" is no "summer 2024", "late 2023" no "printemps 2023".
func partOfYearClash(d, e *DateValue) bool {
	seasons, ok := seasonsOfPart[d.Qualifier]
	return ok && d.Month == 0 && e.Month == 0 && d.Season == "" && e.Season != "" && !slices.Contains(seasons, e.Season)
}

// monthEnd: d is a month's last day, which e calls the end of that month.
func monthEnd(d, e *DateValue) bool {
	if d.Day == 0 || e.Day != 0 || e.Qualifier != "late" || d.Qualifier != "" || d.Month == 0 || d.Month != e.Month || d.Year != e.Year && e.Year != 0 && d.Year != 0 {
		return false
	}
	last := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[d.Month]
	if d.Month == 2 && d.Year != 0 && (d.Year%4 != 0 || d.Year%100 == 0 && d.Year%400 != 0) {
		last = 28
	}
	return d.Day == last || d.Month == 2 && d.Year == 0 && d.Day == 28
}

// roundedToQualifier: a summary may round a day to early/mid/late month,
// or a month to early/mid/late year, when the day or month falls in that
// third (N13, N20: precision reduced, with the rounding said).
func roundedToQualifier(sd, td *DateValue) bool {
	if sd.Qualifier != "" || td.Qualifier == "" || sd.Decade || td.Decade || td.Year != 0 && td.Year != sd.Year {
		return false
	}
	third := func(x, size int) string { return []string{"early", "mid", "late"}[min(2, (x-1)/size)] }
	switch {
	case sd.Day != 0 && td.Day == 0 && td.Month == sd.Month:
		return third(sd.Day, 10) == td.Qualifier
	case sd.Month != 0 && td.Month == 0 && sd.Year != 0 && td.Year == sd.Year:
		return third(sd.Month, 4) == td.Qualifier
	}
	return false
}

// dateOf gives a bare year its date fields.
func dateOf(m Mention) *DateValue {
	if m.Date != nil {
		return m.Date
	}
	if y, err := strconv.Atoi(m.Value); err == nil && m.Kind == Year {
		return &DateValue{Year: y}
	}
	return nil
}

// fieldsAgree: every field present on both sides is equal.
func fieldsAgree(a, b *DateValue) bool {
	eq := func(x, y int) bool { return x == 0 || y == 0 || x == y }
	return eq(a.Year, b.Year) && eq(a.Month, b.Month) && eq(a.Day, b.Day) &&
		(a.Year != 0 && b.Year != 0 || a.Month != 0 && b.Month != 0)
}

// schoolStart: "la rentrée 2024" is the start of the school year, which
// English may tell as "autumn 2024" or "September 2024".
func schoolStart(s Mention, td *DateValue) bool {
	return slices.Contains(s.ctx, "rentrée") && td.Day == 0 && (td.Season == "autumn" && td.Month == 0 || td.Month == 9 && td.Season == "")
}

// otherWeekday: s names a weekday that t, a day of a known year, did not
// fall on: "jeudi 6 juin" is no D-Day, a Tuesday in 1944.
func otherWeekday(s, t *DateValue) bool {
	if s.Weekday == 0 || t.Year == 0 || t.Month == 0 || t.Day == 0 {
		return false
	}
	wd := int(time.Date(t.Year, time.Month(t.Month), t.Day, 12, 0, 0, 0, time.UTC).Weekday())
	return s.Weekday != (wd+6)%7+1
}
