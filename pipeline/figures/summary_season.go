package figures

import (
	"strings"
	"unicode"
)

// A summary may name the season of months the source gives: "en juillet
// et août" is "over the summer", "de décembre à février" "this winter"
// (N13: precision may be reduced in a bullet). A season that holds none
// of the source's months is a changed date field.

// seasonMonths are the months a season may name: the meteorological
// three and the month the astronomical season starts in, so "en juin"
// may be summer as well as spring; "juillet" is never winter.
var seasonMonths = map[string][]int{
	"spring": {3, 4, 5, 6}, "summer": {6, 7, 8, 9}, "autumn": {9, 10, 11, 12}, "winter": {12, 1, 2, 3},
}

// seasonOfMonths accepts a summary season without a year that a source
// month falls in, before any source season is tried: "11.2 million
// summer passengers" for "en juillet et août", even when the source also
// names "l'été 2023" to compare with. A season said as a modifier counts
// too, as it only gains support. It reports nothing otherwise.
func (r *check) seasonOfMonths(src []*atom, t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Season == "" || d.Year != 0 {
		return false
	}
	if in, _ := seasonSource(src, d); in != nil {
		r.add(in, t, seasonDerived(in, d))
		return true
	}
	return false
}

// seasonFromMonths judges a summary season no source season gives by
// the source's months of its year: derived when one of them falls in
// it, an error when some are given and none does. It reports whether it
// judged t.
func (r *check) seasonFromMonths(src []*atom, t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Season == "" || fixed(*t.m) {
		return false
	}
	in, seen := seasonSource(src, d)
	switch {
	case in != nil:
		r.add(in, t, seasonDerived(in, d))
	case seen != nil && r.seasonNamed(t, d.Season):
		// "ont mesuré pendant l'hiver ... dès novembre 2022": the source
		// names the season itself, without a year to read it as a figure
	case seen != nil && r.schoolStartMonth(t):
		// "accueille à la rentrée 186 élèves ... ouvrira en janvier":
		// the autumn is the rentrée's, not January's
	case seen != nil:
		r.add(seen, t, verdict{true, "modified", Error, "N13", "the source dates this in " + seen.m.Raw + ", not in the " + d.Season})
	default:
		return false
	}
	return true
}

// seasonSource finds the first source figure with a month of the
// season's year (any year when it has none) that falls in the season,
// or else the last one that gives such a month at all.
func seasonSource(src []*atom, d *DateValue) (in, seen *atom) {
	for _, s := range src {
		for _, mo := range monthsOf(*s.m, d.Year, d.Season == "winter") {
			if inSeason(d.Season, mo) {
				return s, nil
			}
			seen = s
		}
	}
	return nil, seen
}

func seasonDerived(s *atom, d *DateValue) verdict {
	return verdict{true, "derived", Info, "N13", "is derived from the source: " + s.m.Raw + " falls in the " + d.Season}
}

// monthsOf lists the months a source date or range of dates covers, in
// the year of the summary's season when it has one (a winter runs over
// the turn of the year, and "winter 2023" may start or end in it).
func monthsOf(m Mention, year int, winter bool) []int {
	yearFits := func(dv *DateValue) bool {
		return year == 0 || dv.Year == year || winter && (dv.Month == 12 && dv.Year == year-1 || dv.Month <= 3 && dv.Year == year+1)
	}
	switch {
	case m.Kind == Date && m.Date != nil && m.Date.Month != 0 && m.Date.Season == "":
		if yearFits(m.Date) {
			return []int{m.Date.Month}
		}
	case m.Kind == Range && len(m.Parts) == 2:
		a, b := m.Parts[0].Date, m.Parts[1].Date
		if a == nil || b == nil || a.Month == 0 || b.Month == 0 || !yearFits(a) && !yearFits(b) {
			return nil
		}
		var out []int
		for mo := a.Month; len(out) < 12; mo = mo%12 + 1 {
			out = append(out, mo) // "de décembre à février": 12, 1, 2
			if mo == b.Month {
				break
			}
		}
		return out
	}
	return nil
}

func inSeason(season string, month int) bool {
	for _, mo := range seasonMonths[season] {
		if mo == month {
			return true
		}
	}
	return false
}

// seasonNamed: the source names the season in French with the words
// that make it one for the reader (frSeasonLeads, frSeasonPreps: "cet
// été", "dès le printemps", "pendant l'hiver"), which it keeps as no
// figure without a year.
func (r *check) seasonNamed(t *atom, season string) bool {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(r.sourceOf(t)), func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '’' }) {
		if rest, ok := strings.CutPrefix(w, "l'"); ok {
			words = append(words, "l'", rest) // "l'hiver": the article, then the season
		} else if rest, ok := strings.CutPrefix(w, "l’"); ok {
			words = append(words, "l'", rest)
		} else {
			words = append(words, w)
		}
	}
	for k := 1; k < len(words); k++ {
		if frSeasons[words[k]] != season {
			continue
		}
		lead := words[k-1]
		if frSeasonLeads[lead] || lead == "le" && k >= 2 && frSeasonPreps[words[k-2]] { // ("a été" is the verb: "a" leads no season)
			return true
		}
	}
	return false
}
