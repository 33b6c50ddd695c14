package figures

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"
)

// daysBetween explains a summary count of days as the time between two
// dates of the source: "détectée le 22 septembre", confirmed "jeudi 9
// octobre", briefed "17 days earlier"; both days counted, "du vendredi 19
// au dimanche 21" is three days. A date without its year takes the other
// date's, and may then fall in the next year.
func daysBetween(src []*atom, t Mention) string {
	weeks := t.Head == "weeks" || t.Head == "week"
	if class(t.Kind) != Cardinal || t.Unit != "" || t.Head != "days" && t.Head != "day" && !weeks {
		return ""
	}
	tv := t.Rat()
	if tv == nil || !tv.IsInt() || tv.Sign() <= 0 {
		return ""
	}
	n := tv.Num().Int64()
	if weeks {
		n *= 7 // "4-18 September (two weeks)": 14 days, give or take the day counted at each end
	}
	var days []*atom
	for _, a := range src {
		if d := dateOf(*a.m); d != nil && d.Month != 0 && d.Day != 0 && !d.Decade {
			days = append(days, a)
		}
	}
	for i, a := range days {
		for _, b := range days[i+1:] {
			if gap := dayGap(dateOf(*a.m), dateOf(*b.m)); gap >= 0 && (gap == n || gap+1 == n || weeks && gap-1 == n || hedgedDays(gap, n, weeks, t.Comparator)) {
				if weeks {
					return "the weeks from " + a.m.Raw + " to " + b.m.Raw
				}
				return "the days from " + a.m.Raw + " to " + b.m.Raw
			}
		}
	}
	return ""
}

// dayGap counts the days from the earlier of a and b to the later, or
// -1 when they lie more than a year apart. A date without its year takes
// the other's; two without one ("entre le 19 juin et le 6 juillet") any
// common year.
func dayGap(a, b *DateValue) int64 {
	ya, yb := a.Year, b.Year
	guessed := ya == 0 || yb == 0
	switch {
	case ya == 0 && yb == 0:
		ya, yb = 2001, 2001
	case ya == 0:
		ya = yb
	case yb == 0:
		yb = ya
	}
	ta := time.Date(ya, time.Month(a.Month), a.Day, 12, 0, 0, 0, time.UTC)
	tb := time.Date(yb, time.Month(b.Month), b.Day, 12, 0, 0, 0, time.UTC)
	d := tb.Sub(ta)
	if d < 0 {
		d = -d
	}
	days := int64(d / (24 * time.Hour))
	if guessed && days > 182 {
		// "du 28 décembre au 3 janvier 2026": the yearless date is in the
		// year before, not eleven months later
		days = 365 - days
	}
	if days > 366 {
		return -1
	}
	return days
}

// yearsOn explains a summary year as a source year plus the span of
// years its sentence gives it: a star won "en 1981" and kept "pendant
// trente-deux ans" briefed "until 2013"; or a year of birth plus an age
// its sentence reaches ("jusqu'à 64 ans" is the age reached, no bound):
// "Née en 1963, elle devra travailler jusqu'à 64 ans" briefed "must now
// work until 2027".
func yearsOn(src []*atom, t Mention) string {
	if t.Kind != Year {
		return ""
	}
	ty, err := strconv.Atoi(t.Value)
	if err != nil {
		return ""
	}
	for _, y := range src {
		yv, born := startYear(y)
		if yv == 0 {
			continue
		}
		for _, d := range src {
			dv := d.m.Rat()
			if d == y || !sameSentence(d, y) || class(d.m.Kind) != Cardinal || d.m.Unit != "" || dv == nil || !dv.IsInt() || !countsYears(*d.m) {
				continue
			}
			if born && hedged(*d.m) && !statedMax(*d.m) || !born && (hedged(*d.m) || !slices.Contains(d.m.ctx, "pendant") && !slices.Contains(d.m.ctx, "durant")) {
				continue // a span the year opens, not "un an plus tôt"
			}
			if yv+int(dv.Num().Int64()) == ty {
				if born {
					return "the year of birth " + y.m.Raw + " and the age " + d.m.Raw
				}
				return y.m.Raw + " and " + d.m.Raw
			}
		}
	}
	return ""
}

// startYear is the year a span may run from: a year of the source, or
// the year of a birth it dates (born).
func startYear(y *atom) (year int, born bool) {
	if d := dateOf(*y.m); d != nil && d.Year != 0 && (y.m.born || slices.ContainsFunc(y.m.ctx, bornWord)) {
		return d.Year, true
	}
	if y.m.Kind == Year {
		if v, err := strconv.Atoi(y.m.Value); err == nil {
			return v, false
		}
	}
	return 0, false
}

// dateShifted explains a summary day as a source day moved by a number
// of days or weeks its sentence says it moved by: "détectée le 28 janvier, aurait
// débuté trois semaines plus tôt" briefed "around January 7".
func dateShifted(src []*atom, t Mention) string {
	td := dateOf(t)
	if t.Kind != Date || td == nil || td.Month == 0 || td.Day == 0 {
		return ""
	}
	for _, a := range src {
		ad := dateOf(*a.m)
		if a.m.Kind != Date || ad == nil || ad.Month == 0 || ad.Day == 0 || ad.Year != 0 && td.Year != 0 && ad.Year != td.Year {
			continue
		}
		for _, d := range src {
			v, unit := duration(*d.m)
			if !sameSentence(d, a) || unit != "sec" || v == nil || !v.IsInt() || hedged(*d.m) || !shiftCue(d.m.ctx) {
				continue // "dix jours de concerts" is no shift of the next edition's dates
			}
			secs := v.Num().Int64()
			if secs%86400 != 0 || secs/86400 > 366 {
				continue // whole days only: "trois semaines", "10 jours"
			}
			if dayGap(ad, td) == secs/86400 {
				return a.m.Raw + " and " + d.m.Raw
			}
		}
	}
	return ""
}

// dateShiftedUntold is dateShifted unless the bullet itself says, after
// its date, that the date moved: "will open on Saturday, December 21, a
// week ahead of schedule" gives the day it opens, which must be the
// source's own (14 décembre), not the one the week moves it to.
func (r *check) dateShiftedUntold(src []*atom, t *atom) string {
	why := dateShifted(src, *t.m)
	if why == "" || t.m.End > len(r.text) {
		return why
	}
	rest := r.text[t.m.End:]
	if k := strings.IndexAny(rest, ".;\n"); k >= 0 {
		rest = rest[:k]
	}
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		if shiftTold[strings.Trim(w, ",()")] {
			return ""
		}
	}
	return why
}

// shiftTold: words after a bullet's date that say the date moved.
var shiftTold = map[string]bool{"ahead": true, "earlier": true, "early": true, "later": true, "late": true, "behind": true, "postponed": true, "delayed": true}

// shiftCue: the words around a length of time say it moves a date:
// "trois semaines plus tôt", "dix jours après".
func shiftCue(ctx []string) bool {
	for _, w := range ctx {
		switch w {
		case "tôt", "tard", "avant", "après", "auparavant", "earlier", "later", "before", "after":
			return true
		}
	}
	return false
}

// ageInYear explains a summary age ("in 1962, at about 25", "aged 31")
// as a year of the source less the year of birth it gives ("Né en
// 1937"): the age that year, or a year less before the birthday.
func (r *check) ageInYear(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if class(t.m.Kind) != Cardinal || t.m.Unit != "" || tv == nil || !tv.IsInt() || !r.saysAge(t) && !r.setOffByCommas(t) {
		return ""
	}
	age := int(tv.Num().Int64())
	for _, b := range src {
		bd := dateOf(*b.m)
		if bd == nil || bd.Year == 0 || !b.m.born && !slices.ContainsFunc(b.m.ctx, bornWord) {
			continue
		}
		for _, y := range src {
			ed := dateOf(*y.m)
			if ed == nil && isYearish(*y.m) {
				ed = &DateValue{Year: atoiSafe(y.m.Value)} // "la crue de 1955": a year its noun dates
			}
			if y == b || ed == nil || ed.Year == 0 || y.m.born {
				continue
			}
			if ageAt(*bd, *ed, age) {
				return "the years from " + b.m.Raw + " to " + y.m.Raw
			}
		}
	}
	return ""
}

// setOffByCommas: the bullet writes t alone between commas, as news
// copy writes an age after whom it is of ("Luxembourg's new prime
// minister, 42, was sworn in"); read as an age only beside a date of
// birth.
func (r *check) setOffByCommas(t *atom) bool {
	if t.m.Start > len(r.text) || t.m.End > len(r.text) || t.m.Word {
		return false
	}
	return betweenCommas(strings.TrimRight(r.text[:t.m.Start], " "), strings.TrimLeft(r.text[t.m.End:], " "))
}

// betweenCommas: the text before a figure ends with a comma and the text
// after it opens with one.
func betweenCommas(before, after string) bool {
	return strings.HasSuffix(before, ",") && strings.HasPrefix(after, ",")
}

// ageAt: someone born on b is age on e; with a year only on either
// side, the age that year or a year less before the birthday.
func ageAt(b, e DateValue, age int) bool {
	d := e.Year - b.Year
	if b.Month == 0 || e.Month == 0 || b.Day == 0 || e.Day == 0 {
		return d == age || d-1 == age
	}
	if e.Month < b.Month || e.Month == b.Month && e.Day < b.Day {
		d-- // the birthday has not come round yet that year
	}
	return d == age
}

// saysAge: the bullet writes t as an age, "aged 31" or ", at about 25".
func (r *check) saysAge(t *atom) bool {
	if t.m.Unit != "" || class(t.m.Kind) != Cardinal {
		return false // "flowed at 48 cubic metres a second, less than half": a measure, no age
	}
	if slices.Contains(t.m.ctx, "aged") || slices.Contains(t.m.ctx, "age") {
		return true
	}
	if t.m.Start > len(r.text) {
		return false
	}
	before := strings.TrimSpace(r.text[:t.m.Start])
	if strings.HasSuffix(strings.ToLower(before), ", at") || listedAfterAged(before) {
		return true
	}
	after := strings.TrimLeft(r.text[min(t.m.End, len(r.text)):], " ")
	if lb := " " + strings.ToLower(before); (strings.HasSuffix(lb, " was") || strings.HasSuffix(lb, " were")) && strings.HasPrefix(after, "when ") {
		return true // "Marcel Chabanis, who was 24 when the 1955 flood swept away his mill" (read only beside a date of birth)
	}
	if lb := " " + strings.ToLower(before); strings.HasSuffix(lb, " when she was") || strings.HasSuffix(lb, " when he was") || strings.HasSuffix(lb, " when they were") {
		return true // "released in 1978 when she was 27" (read only beside a date of birth)
	}
	if lb := " " + strings.ToLower(before); strings.HasSuffix(lb, " at") && (after == "" || after[0] == ',' || after[0] == '.' || strings.HasPrefix(after, "after ") || strings.HasPrefix(after, "and ") ||
		strings.HasPrefix(after, "in ") || strings.HasPrefix(after, "on ") || strings.HasPrefix(after, "under ")) {
		return true // "signed his first contract at 17, in July 2023", "At 93, she publishes", "retires at 70 after 41 years", "retired at 73 in April 2024" (read only beside a date of birth)
	}
	// "Hugo Lemaire, 27, won": an age set off by commas after a name
	if k := strings.LastIndexByte(before, ' '); betweenCommas(before, after) && k >= 0 && k+1 < len(before) {
		r0 := before[k+1]
		return r0 >= 'A' && r0 <= 'Z' || r0 >= 0xC3 // (a capitalised word before the comma)
	}
	return false
}

// listedAfterAged: the text before a figure ends in "aged 6 and" or
// "aged 6,": the second age of a list.
func listedAfterAged(before string) bool {
	f := strings.Fields(strings.ToLower(before[max(0, len(before)-40):])) // (its last words: "aged 6 and")
	joined := len(f) >= 3 && (f[len(f)-1] == "and" || f[len(f)-1] == "or")
	if joined {
		f = f[:len(f)-1]
	}
	n := len(f)
	if n < 2 || f[n-2] != "aged" && f[n-2] != "ages" || !joined && !strings.HasSuffix(f[n-1], ",") {
		return false
	}
	num := strings.TrimSuffix(f[n-1], ",")
	return num != "" && num[0] >= '0' && num[0] <= '9'
}

func bornWord(w string) bool {
	switch w {
	case "né", "née", "nés", "naissance", "born", "birth":
		return true
	}
	return false
}

// clockShifted explains a summary time of day as a source time moved by
// a length of time its sentence gives: an eruption "à 4 h 40, après une
// crise sismique d'une heure et demie", briefed "a crisis that began
// around 3:10 a.m.". Exact to the minute, or within five for a hedge.
func clockShifted(src []*atom, t Mention) string {
	if t.Kind != Time || t.Alt == "dur" {
		return ""
	}
	ts := clockSeconds(t)
	if ts < 0 {
		return ""
	}
	slack := 0
	if hedged(t) {
		slack = 300
	}
	for _, a := range src {
		as := clockSeconds(*a.m)
		if a.m.Kind != Time || a.m.Alt == "dur" || as < 0 {
			continue
		}
		for _, d := range src {
			v, unit := duration(*d.m)
			if d == a || !sameSentence(d, a) || unit != "sec" || v == nil || d.m.Kind == Time || hedged(*d.m) {
				continue
			}
			secs, _ := v.Float64()
			if secs < 60 || secs >= 86400 {
				continue // minutes or hours: a shift of days leaves the clock where it was
			}
			for _, at := range []int{as - int(secs), as + int(secs)} {
				if gap := (at - ts + 2*86400) % 86400; gap <= slack || 86400-gap <= slack {
					return a.m.Raw + " and " + d.m.Raw
				}
			}
		}
	}
	return ""
}

// rankFits: the rank a move leads to is t's, or rounds to it with t's
// hedge: 341st less "environ 120 places" is "around 220th".
func rankFits(r, tv int, t Mention) bool {
	return r == tv || r > 0 && hedgedRound(t, big.NewRat(int64(r), 1), big.NewRat(int64(tv), 1))
}

// rankInside: another rank of the sentence stands between the rank a
// and the count of places d.
func rankInside(src []*atom, a, d *atom) bool {
	lo, hi := min(a.m.End, d.m.End), max(a.m.Start, d.m.Start)
	return slices.ContainsFunc(src, func(o *atom) bool {
		return o != a && o != d && sameSentence(o, a) && rankOf(o.m) != 0 && o.m.Start >= lo && o.m.End <= hi
	})
}

// rankMoved explains a summary rank as a source rank moved by the places
// its sentence counts: "a gagné trois places ..., se hissant au 21e rang"
// briefed "from 24th"; "classée 23e ... devrait gagner une dizaine de
// places" briefed "to around 13th".
func rankMoved(src []*atom, t Mention, toldAsEnd bool) string {
	tv, err := strconv.Atoi(t.Value)
	if t.Kind != Ordinal || err != nil {
		return ""
	}
	for _, a := range src {
		r := rankOf(a.m)
		if r == 0 || toldAsEnd && rankReached(a.m) {
			continue // "se hisse au 14e rang, gagnant deux places" ends at 14th: "climbing two places to 12th" moves the end
		}
		for _, d := range src {
			dv := d.m.Rat()
			if d == a || !sameSentence(d, a) || dv == nil || !dv.IsInt() || d.m.Head != "places" && d.m.Head != "rangs" && d.m.Head != "positions" {
				continue
			}
			if rankInside(src, a, d) {
				continue // "Grenoble se classe deuxième et Annecy troisième, gagnant quatre places": the places are the nearer rank's
			}
			if n := int(dv.Num().Int64()); rankFits(r+n, tv, t) && movedFrom(a, d, 1) || rankFits(r-n, tv, t) && movedFrom(a, d, -1) {
				return a.m.Raw + " and " + d.m.Raw
			}
		}
	}
	return ""
}

// rankReached: a verb before the rank says it is where a move ended, "se
// hisse au 14e rang", "recule à la 9e place", "glisse au 6e rang".
func rankReached(m *Mention) bool {
	return slices.ContainsFunc(m.ctx, func(w string) bool {
		for _, stem := range reachStems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		return false
	})
}

// reachStems open the French verbs of a move up or down a ranking.
var reachStems = []string{"hiss", "grimp", "remont", "recul", "gliss", "chut", "tomb", "descend", "rétrograd", "retomb", "dégringol"}

// movedFrom: the rank a, moved by the places d counts, gives the rank
// on its side sign (+1: a larger number) in the way d tells: places
// gained after a rank ("classée 23e ... gagner dix places") lead to a
// smaller one, before it ("gagne quatre places, à la sixième") came from
// a larger one; places lost the other way round. An unsaid way allows
// both.
func movedFrom(a, d *atom, sign int) bool {
	if d.m.dir == 0 {
		return true
	}
	way := int(d.m.dir) // gained: the rank number falls
	if d.m.Start < a.m.Start || movedAlready(d) {
		way = -way // the rank is the move's end: it came from the other side ("se classe 7e, gagnant deux places")
	}
	return way == -sign
}

// movedAlready: the places d counts were gained or lost already, told by
// a participle or a past tense ("gagnant deux places", "a perdu trois
// places"), not a move to come ("devrait gagner dix places").
func movedAlready(d *atom) bool {
	return slices.ContainsFunc(d.m.ctx, func(w string) bool {
		return w == "gagnant" || w == "perdant" || w == "gagné" || w == "perdu"
	})
}

// rankOf is the rank a figure gives: an ordinal, or the first number of
// "21e rang sur 180"; else 0, also for a rank counted from the end
// ("avant-dernier" is no second).
func rankOf(m *Mention) int {
	if m.Unit == fromEnd {
		return 0
	}
	if m.Kind == Ordinal {
		n, _ := strconv.Atoi(m.Value)
		return n
	}
	if m.Kind != Fraction || !strings.Contains(m.Raw, "rang") {
		return 0
	}
	i := strings.IndexFunc(m.Raw, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return 0
	}
	n, _ := strconv.Atoi(m.Raw[:i])
	return n
}

// hedgedDays: a gap of days a hedged count of days or weeks (n in days)
// holds, within one step of the unit: "almost six weeks" from 2 October
// to 11 November (40 days).
func hedgedDays(gap, n int64, weeks bool, c Comparator) bool {
	step := 1.0
	if weeks {
		step = 7
	}
	fit, _ := stepFits(float64(gap), float64(n), step, c)
	return fit
}

// daysSpanned: s, a count of days, is the span of two dates of its
// sentence, both kept by the translation, counting both ends: "une
// visite de deux jours, les 3 et 4 novembre".
func daysSpanned(near []*atom, s *atom) bool {
	v := s.m.Rat()
	if class(s.m.Kind) != Cardinal || s.m.Head != "jours" && s.m.Head != "days" || v == nil || !v.IsInt() {
		return false
	}
	n := v.Num().Int64()
	for i, a := range near {
		for _, b := range near[i+1:] {
			da, db := dateOf(*a.m), dateOf(*b.m)
			if !a.used || !b.used || !sameSentence(a, s) || !sameSentence(b, s) || da == nil || db == nil || da.Day == 0 || db.Day == 0 {
				continue
			}
			if dayGap(da, db)+1 == n {
				return true
			}
		}
	}
	return false
}
