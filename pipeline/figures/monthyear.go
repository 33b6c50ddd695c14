package figures

import (
	"slices"
	"strings"
)

// monthSiblings gives a month named without its year the year of the
// month that follows it in the same phrase: "en mai et juin 1997", "in
// July and August 1995", "de septembre à novembre 1999": one year for
// both, as a range's days share their month. Either side may write the
// list so that only one of its months holds the year.
func (p *parser) monthSiblings(out []Mention) {
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], out[k+1]
		if a.Kind != Date || b.Kind != Date || a.Date == nil || b.Date == nil || a.Date.Day != 0 || b.Date.Day != 0 || b.Date.Year == 0 {
			continue
		}
		if a.End > b.Start || !monthJoin(strings.ToLower(p.text[a.End:b.Start])) {
			continue
		}
		withYear(a, b, true)
	}
}

// earlierMonth: the date b, at j, comes before a, at k, in the text and
// in the year: "le 28 octobre 1997 ... et, le 2 décembre".
func earlierMonth(j, k int, b, a *DateValue) bool {
	return j < k && b.Month != 0 && b.Day != 0 && b.Month < a.Month
}

// monthJoin: the words between two months of one phrase.
func monthJoin(between string) bool {
	for _, w := range strings.Fields(monthJoinMarks.Replace(between)) {
		if !monthJoinWords[w] {
			return false
		}
	}
	return len(between) <= 16
}

// monthJoinMarks are the marks between two months of one phrase, read as spaces.
var monthJoinMarks = strings.NewReplacer(",", " ", "-", " ", "–", " ")

var monthJoinWords = map[string]bool{"et": true, "and": true, "en": true, "in": true, "ou": true, "or": true, "à": true, "to": true, "d'": true, "de": true, "of": true,
	"through": true, "until": true, "puis": true, "then": true, "au": true, "jusqu'en": true}

// sameMonthYear gives a day said without its year the year of a date of
// the same month in its sentence: "le 4 mai 2015 ... les élections du 3
// mai" are of May 2015, as the English "3 May 2015" makes plain; or of
// an earlier month said before it: "le 28 octobre 1997, ... et, le 2
// décembre" is December 2, 1997. A span of days, "in February 1999,
// except for the period 19 to 21 February", takes it for both ends.
func (p *parser) sameMonthYear(out []Mention) {
	for k := range out {
		a := &out[k]
		if a.Kind == Range && len(a.Parts) == 2 && yearless(a.Parts[0]) && yearless(a.Parts[1]) && a.Parts[0].Date.Month == a.Parts[1].Date.Month {
			if year := p.monthYearNear(out, k, a.Start, a.Parts[0].Date); year > 0 {
				parts := slices.Clone(a.Parts)
				for e := range parts {
					d := *parts[e].Date
					d.Year, d.yearLent = year, true
					parts[e].Date, parts[e].Value = &d, dateMention(d).Value
				}
				a.Parts, a.Value = parts, parts[0].Value+".."+parts[1].Value
			}
			continue
		}
		if a.Kind != Date || !yearless(*a) {
			continue
		}
		if year := p.monthYearNear(out, k, a.Start, a.Date); year > 0 {
			d := *a.Date
			d.Year, d.yearLent = year, true
			a.Date, a.Value = &d, dateMention(d).Value
		}
	}
}

// yearless: a day of a month said without its year.
func yearless(m Mention) bool {
	return m.Kind == Date && m.Date != nil && m.Date.Year == 0 && m.Date.Day != 0 && m.Date.Month != 0
}

// monthYearNear is the year the dates of out[k]'s sentence (out[k]
// starts at start) give the day dv: of its month, or of an earlier
// month said before it; 0 when none or two.
func (p *parser) monthYearNear(out []Mention, k, start int, dv *DateValue) int {
	sentence := p.sentenceOf(start)
	// a named day lends no year ("June 6 ... the 80th anniversary of D-Day"), nor a compared date ("par rapport à août 2022")
	year := 0
	for j := max(0, k-8); j < min(len(out), k+9); j++ { // (its neighbours: a sentence holds a few dates)
		b := out[j]
		if j == k || b.Kind != Date || b.Date == nil || b.Date.Year == 0 || b.Date.Alias || p.priorOf(b) || b.Date.Month != dv.Month && !earlierMonth(j, k, b.Date, dv) || p.sentenceOf(b.Start) != sentence {
			continue
		}
		if year != 0 && year != b.Date.Year {
			return 0 // two years for that month: none is sure
		}
		year = b.Date.Year
	}
	return year
}
