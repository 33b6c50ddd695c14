package figures

import (
	"math/big"
	"strings"
)

// periodSumAt reads one length of time said in two periods, "deux ans et
// trois mois", "un mois et une semaine", "two years and three months",
// as its total in the smaller period: 27 months; 1.23 months. A
// translator may give the total ("27 months", "five weeks") or the two
// parts; read whole, both compare. Within one family (months, seconds)
// the total is exact; a month and some weeks or days are counted in
// months, to the hundredth, as a month has no whole number of days.
func (p *parser) periodSumAt(i int) (*Mention, int) {
	v1, n1 := p.periodCount(i)
	if n1 == 0 {
		return nil, 0
	}
	if prev := p.word(i - 1); periodUnit[prev] != "" || prev == "per" || prev == "par" || p.num(i-1) != nil {
		return nil, 0 // "14 hours a day and 3 hours on Sundays": a rate's period
	}
	big1 := p.word(i + n1)
	if periodUnit[big1] == "" {
		return nil, 0
	}
	joint := 2 // the period word and "et"/"and"
	if j := i + n1 + 1; p.word(j) != "et" && p.word(j) != "and" {
		joint = 1 // "three years eight months", "3 ans 8 mois": the parts side by side
		if p.word(j) == "" && p.num(j) == nil {
			return nil, 0
		}
	}
	v2, n2 := p.periodCount(i + n1 + joint)
	if n2 == 0 {
		return nil, 0
	}
	small := p.word(i + n1 + joint + n2)
	f1, f2 := periodUnit[big1], periodUnit[small]
	size1, size2 := periodSize[big1], periodSize[small]
	if f2 == "" || size2 == 0 || f1 == "sec" && f2 == "month" || !wholePeriod[big1] || !wholePeriod[small] {
		return nil, 0
	}
	months := size1 // (a year is 12 of them)
	if f1 == "month" && f2 == "sec" {
		size1 = secondsPerMonth * months // a month's average length, so the total is about
	}
	if v2*size2 >= size1 {
		return nil, 0 // "deux ans et 18 mois" is no one length
	}
	total := big.NewRat(v1*size1+v2*size2, size2)
	m := Mention{Kind: Cardinal, Head: small, Word: p.toks[i].kind != tNum, style: "period"}
	if f1 != f2 {
		// "un mois et une semaine": 1.23 months, which a count of weeks
		// matches only roughly (roughDuration), as it does a month alone
		f := float64(v1) + float64(v2*size2)/float64(secondsPerMonth*months) // ("deux ans et quinze jours" is 2.04 years, not 2.49)
		total, m.Head = big.NewRat(int64(f*100+0.5), 100), big1
	}
	m.Value = canonical(total)
	return ptr(m), n1 + joint + n2 + 1
}

// periodCount reads the count before a period noun: a whole number in
// digits or in one word, or the article of one ("un mois", "a week").
func (p *parser) periodCount(i int) (int64, int) {
	if n := p.num(i); n != nil {
		if n.decimal || n.grouped || n.intLen > 3 || !n.val.IsInt() { // (asked at every number: no allocation)
			return 0, 0
		}
		return n.val.Num().Int64(), 1
	}
	w := p.word(i)
	switch {
	case w == "":
		return 0, 0
	case p.lang == French && (w == "un" || w == "une"), p.lang == English && (w == "a" || w == "an"):
		return 1, 1
	}
	if v, ok := p.atomValue(w); ok && v > 0 && v < 100 && w != "a" {
		return v, 1
	}
	if strings.IndexByte(w, '-') > 0 && periodUnit[p.word(i+1)] != "" { // (asked only before a period noun: spelled allocates)
		// "vingt-six jours", "twenty-six days": a number spelled in parts
		if r, k := p.spelled(i); k == 1 && r.IsInt() && r.Num().IsInt64() && r.Num().Int64() < 100 && r.Sign() > 0 {
			return r.Num().Int64(), 1
		}
	}
	return 0, 0
}

// wholePeriod: the nouns of lengths a compound period is said in (no
// abbreviations, no decades: "a decade and two years" is rare and loose;
// hours and minutes are a clock length's, read by hourMinuteAt).
var wholePeriod = map[string]bool{
	"an": true, "ans": true, "année": true, "années": true, "year": true, "years": true,
	"mois": true, "month": true, "months": true, "semaine": true, "semaines": true, "week": true, "weeks": true,
	"jour": true, "jours": true, "day": true, "days": true,
}
