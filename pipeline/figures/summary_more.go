package figures

import (
	"math/big"
	"strings"
)

// derivedMore explains a summary figure by the derivations a bullet
// makes of dates, times, shares and tolls (N20), each from exact figures
// only: two-thirds of €60bn is €40bn; March 2023 to September 2024 is
// an 18-month renovation; 19 h to 21 h is two hours; two dead and three
// dead are five people; "sa troisième étoile" is a three-star table.
func derivedMore(src []*atom, t Mention) string {
	if why := durationGap(src, t); why != "" {
		return why
	}
	if t.Comparator != CmpNone && t.Comparator != CmpExact || t.Rat() == nil {
		return ""
	}
	for _, f := range []func([]*atom, Mention) string{fractionOfAmount, monthsBetween, hoursBetween, tollSum, nthTitle} {
		if why := f(src, t); why != "" {
			return why
		}
	}
	return ""
}

// fractionOfAmount: a fraction of an amount in the same paragraph.
func fractionOfAmount(src []*atom, t Mention) string {
	tv := t.Rat()
	for _, f := range src {
		if f.m.Kind != Fraction || hedged(*f.m) {
			continue
		}
		for _, a := range src {
			if a == f || a.m.Paragraph != f.m.Paragraph || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || hedged(*a.m) {
				continue
			}
			x, _ := new(big.Rat).Mul(f.m.Rat(), a.m.Rat()).Float64()
			if y, _ := tv.Float64(); x > 0 && y > 0 && x/y > 0.995 && x/y < 1.005 { // a third is written 0.333…
				return f.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// monthsBetween: a length in months between two dates of the source
// that give a month and a year, to within one month.
func monthsBetween(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || periodUnit[t.Head] != "month" || periodSize[t.Head] != 1 {
		return ""
	}
	n := t.Rat().Num().Int64()
	var ds []*DateValue
	for _, a := range src {
		if d := a.m.Date; a.m.Kind == Date && d != nil && d.Year != 0 && d.Month != 0 {
			ds = append(ds, d)
		}
	}
	for _, a := range ds {
		for _, b := range ds {
			if m := int64((b.Year-a.Year)*12 + b.Month - a.Month); m > 0 && m-n <= 1 && n-m <= 1 {
				return "the months from " + itoa(a.Month) + "/" + itoa(a.Year) + " to " + itoa(b.Month) + "/" + itoa(b.Year)
			}
		}
	}
	return ""
}

// hoursBetween: a length in hours or minutes between two times of day.
func hoursBetween(src []*atom, t Mention) string {
	size := periodSize[t.Head]
	if class(t.Kind) != Cardinal || periodUnit[t.Head] != "sec" || size != 3600 && size != 60 {
		return ""
	}
	want := new(big.Rat).Mul(t.Rat(), big.NewRat(size, 1))
	var secs []int
	for _, a := range src {
		if a.m.Kind == Time && a.m.Alt != "dur" {
			if s := clockSeconds(*a.m); s >= 0 {
				secs = append(secs, s)
			}
		}
	}
	for _, a := range secs {
		for _, b := range secs {
			if b > a && big.NewRat(int64(b-a), 1).Cmp(want) == 0 {
				return "the time between two times of the source"
			}
		}
	}
	return ""
}

// nthTitle: "sa troisième étoile" makes a three-star restaurant, "son
// cinquième titre" five titles.
func nthTitle(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal {
		return ""
	}
	for _, a := range src {
		if a.m.Kind == Ordinal && a.m.Value == t.Value && winNouns[strings.TrimSuffix(a.m.Head, "s")] {
			return "the " + a.m.Raw + " " + a.m.Head + " makes " + t.Value
		}
	}
	return ""
}

// winNouns are what one wins one more of: the nth makes n.
var winNouns = map[string]bool{"étoile": true, "titre": true, "coupe": true, "trophée": true, "sacre": true,
	"couronne": true, "médaille": true, "ballon": true, "star": true, "title": true, "cup": true, "trophy": true}
