package figures

import (
	"math/big"
	"slices"
	"strings"
)

// firstMonths pairs "les neuf premiers mois de l'année" with
// "January-September", and "the first nine months" with "de janvier à
// septembre": a count of months from the year's start is the span of
// months it runs over.
func (r *check) firstMonths(u unit) {
	r.firstMonthsSide(u.src, u.tgt, true)
	r.firstMonthsSide(u.tgt, u.src, false)
}

func (r *check) firstMonthsSide(from, to []*atom, fromSource bool) {
	for k, c := range from {
		if !c.used && !fromSource && monthsOfPairedPart(from, k) {
			continue // "au premier semestre": "first" paired, its "six months" are the half it counts
		}
		n, first := firstMonthsCount(from, k)
		if c.used || n == 0 {
			continue
		}
		if part := partOfYear(to, n); part != nil {
			// "au premier semestre" told "in the first six months", "les
			// trois premiers mois" told "the first quarter"
			v := verdict{true, "derived", Info, "N13", "is the part of the year the other side counts in months"}
			if fromSource {
				r.pairRange(c, part, first, v)
			} else {
				r.pairRange(part, c, first, v)
			}
			continue
		}
		lo, hi := spanFromJanuary(to, n)
		if lo == nil {
			continue
		}
		first.used = true // the "premiers" of "neuf premiers mois" is no rank
		v := verdict{true, "derived", Info, "N13", "is the span of months from January that the other side counts"}
		if fromSource {
			r.pairRange(c, lo, hi, v)
		} else {
			r.pairRange(lo, c, hi, v)
		}
	}
}

// firstMonthsCount reads the count at k as "neuf premiers mois", "the
// first nine months": the months and the "premiers" beside them, or 0.
func firstMonthsCount(as []*atom, k int) (int, *atom) {
	c := as[k].m
	if c.Kind != Cardinal || c.Head != "mois" && c.Head != "months" {
		return 0, nil
	}
	n, first := atoiSafe(c.Value), firstBeside(as, k)
	if n < 2 || n > 11 || first == nil {
		return 0, nil
	}
	return n, first
}

// firstBeside is the "premiers" of "neuf premiers mois", or the "first"
// of "the first nine months", beside the count at k.
func firstBeside(as []*atom, k int) *atom {
	for _, j := range [2]int{k - 1, k + 1} {
		if j < 0 || j >= len(as) || as[j].used {
			continue
		}
		o := as[j].m
		c := as[k].m
		gap := o.Start - c.End // "neuf premiers"
		if j < k {
			gap = c.Start - o.End // "first nine"
		}
		if w := strings.ToLower(o.Raw); (w == "premiers" || w == "first") && o.Kind == Ordinal && o.Paragraph == c.Paragraph && gap >= 0 && gap <= 2 {
			return as[j]
		}
	}
	return nil
}

// spanFromJanuary finds the two unused ends of a span of months, January
// to the n-th month, with no day and no year of their own.
func spanFromJanuary(as []*atom, n int) (lo, hi *atom) {
	for k := 0; k+1 < len(as); k++ {
		a, b := as[k], as[k+1]
		if a.used || b.used || a.m.rangeEnd == 0 || b.m.rangeEnd != a.m.rangeEnd+1 || a.m.Start != b.m.Start {
			continue
		}
		if monthOnly(a.m, 1) && monthOnly(b.m, n) {
			return a, b
		}
	}
	return nil, nil
}

// monthOnly: m names a month (this one, or any when month is 0) and no
// day or year.
func monthOnly(m *Mention, month int) bool {
	return m.Kind == Date && m.Date != nil && m.Date.Month != 0 && (month == 0 || m.Date.Month == month) && m.Date.Day == 0 && m.Date.Year == 0
}

// firstMonthsOf: a bullet's "January-September" told of the source's
// "neuf premiers mois", or "April-June" of its "deuxième trimestre"; t
// is either end of the span.
func (r *check) firstMonthsOf(src []*atom, t *atom) bool {
	if t.m.rangeEnd == 0 || t.m.Kind != Date {
		return false
	}
	k := slices.Index(r.line, t)
	lo, hi := k, k
	if t.m.rangeEnd%2 == 0 {
		lo = k - 1
	} else {
		hi = k + 1
	}
	if lo < 0 || hi >= len(r.line) || r.line[lo].m.Start != r.line[hi].m.Start || !monthOnly(r.line[lo].m, 0) || !monthOnly(r.line[hi].m, 0) {
		return false
	}
	for j, c := range src {
		if n, _ := firstMonthsCount(src, j); n != 0 && n == r.line[hi].m.Date.Month && r.line[lo].m.Date.Month == 1 {
			r.add(c, t, verdict{true, "derived", Info, "N13", "is the span of months from January that the source counts"})
			return true
		}
	}
	if q := quarterOfMonths(r.line[lo].m.Date.Month, r.line[hi].m.Date.Month); q != 0 {
		for _, c := range src {
			if c.m.Kind == Ordinal && atoiSafe(c.m.Value) == q && quarterNamed(*c.m) {
				r.add(c, t, verdict{true, "derived", Info, "N13", "is the span of months of the quarter the source names"})
				return true // "au deuxième trimestre": "in the April-June quarter"
			}
		}
	}
	return false
}

// quarterMonths: the bullet's "the first three months of the year",
// "the previous three months" for a quarter the source names ("au
// premier trimestre", "au troisième"): three months, a quarter; "over
// the six months" for its half-year ("au premier semestre").
func (r *check) quarterMonths(src []*atom, t *atom) bool {
	v, unit := duration(*t.m)
	if v == nil || unit != "month" || t.m.Head == "quarter" || t.m.Head == "trimestre" || t.m.Head == "half" || t.m.Head == "semestre" {
		return false
	}
	six := v.Cmp(big.NewRat(6, 1)) == 0
	if !six && v.Cmp(big.NewRat(3, 1)) != 0 {
		return false
	}
	for _, c := range src {
		if c.m.Kind != Ordinal {
			continue
		}
		if six && (c.m.Head == "semestre" || c.m.Head == "semestres") {
			r.add(c, t, verdict{true, "derived", Info, "N13", "is the six months of the half-year the source names"})
			return true
		}
		if !six && (quarterNamed(*c.m) || c.m.Head == "" && quarterTold(src, c)) {
			r.add(c, t, verdict{true, "derived", Info, "N13", "is the three months of the quarter the source names"})
			return true
		}
	}
	return false
}

// quarterTold: the bare ordinal c ("après une baisse au troisième")
// follows a quarter of its sentence ("au quatrième trimestre").
func quarterTold(src []*atom, c *atom) bool {
	for _, q := range src {
		if q != c && q.m.Kind == Ordinal && quarterNamed(*q.m) && sameSentence(q, c) && q.m.Start < c.m.Start {
			return true
		}
	}
	return false
}

// partOfYearHeads are the French and English nouns of the part of a year
// that so many months from its start make.
var partOfYearHeads = map[int][2]string{6: {"semestre", "half"}, 3: {"trimestre", "quarter"}}

// partOfYear finds an unused "premier semestre", "first half", "premier
// trimestre" or "first quarter" that n months from the year's start make.
func partOfYear(as []*atom, n int) *atom {
	heads := partOfYearHeads[n]
	if heads[0] == "" {
		return nil
	}
	for _, a := range as {
		if !a.used && a.m.Kind == Ordinal && a.m.Value == "1" && (a.m.Head == heads[0] || a.m.Head == heads[1]) {
			return a
		}
	}
	return nil
}

// monthsOfPairedPart: the count at k is the "six" of "the first six
// months" whose "first" was paired with a "premier semestre" (three, with
// a "premier trimestre"); the count is then taken by that pair too.
func monthsOfPairedPart(as []*atom, k int) bool {
	c := as[k].m
	if k == 0 || c.Kind != Cardinal || c.Head != "months" {
		return false
	}
	first := as[k-1]
	if first.pair == nil || strings.ToLower(first.m.Raw) != "first" || c.Start-first.m.End > 2 || c.Start < first.m.End {
		return false
	}
	if s := first.pair.m; s.Kind != Ordinal || s.Head != partOfYearHeads[atoiSafe(c.Value)][0] || partOfYearHeads[atoiSafe(c.Value)][0] == "" {
		return false
	}
	as[k].used, as[k].pair = true, first.pair
	return true
}
