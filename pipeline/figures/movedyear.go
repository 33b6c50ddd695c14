package figures

import "strconv"

// movedYears pairs a date and a year of one side, in one sentence, with
// a date of the other side that holds both: "le 14-Juillet, attentat
// commis en 2016" is "the July 14, 2016 attack", and "le 13 novembre
// 2015" may be "on November 13 ... in 2015". The year is not added nor
// dropped: it moved next to the date (N13). It runs before the other
// passes, so that the year is not taken for an added field.
func (r *check) movedYears(u unit) {
	r.moveYears(u.src, u.tgt, true)
	r.moveYears(u.tgt, u.src, false)
}

// moveYears looks, for each full date of whole, for a date without its
// year and that year alone in the aligned sentence of parts.
func (r *check) moveYears(whole, parts []*atom, wholeIsSource bool) {
	for _, w := range whole {
		d := w.m.Date
		if w.used || w.m.Kind != Date || d == nil || d.Year == 0 || d.Month == 0 || d.Decade || w.m.rangeEnd != 0 {
			continue
		}
		var date, year *atom
		for _, a := range inGroups(parts, w.grp, 0, w.idx*len(parts)/max(len(whole), 1)) {
			if a.used || a.grp != w.grp {
				continue
			}
			switch ad := a.m.Date; {
			case a.m.Kind == Date && ad != nil && ad.Year == 0 && ad.Month == d.Month && ad.Day == d.Day && sameWeekday(ad, d) && date == nil:
				date = a
			case (a.m.Kind == Year || isYearish(*a.m)) && a.m.Value == strconv.Itoa(d.Year) && year == nil:
				year = a
			}
		}
		if date == nil || year == nil {
			continue
		}
		s, t, other := date, w, year
		if wholeIsSource {
			s, t = w, date
		}
		r.link(s, t, verdict{ok: true})
		other.used, other.pair = true, w
		if other.row >= 0 && r.Rows[other.row].Status == RowMissing {
			r.Rows[other.row].Status, r.Rows[other.row].English = RowMatched, w.m.Raw
		}
	}
}
