package figures

import (
	"math/big"
	"slices"
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
	if t.Rat() == nil {
		return ""
	}
	if t.Comparator != CmpNone && t.Comparator != CmpExact {
		if hedged(t) {
			return fractionOfAmount(src, t) // "half of them (about 450)" of "quelque 900 lits": hedged as its whole is
		}
		return ""
	}
	for _, f := range []func([]*atom, Mention) string{fractionOfAmount, hoursBetween, tollSum, nthTitle, nthWin} {
		if why := f(src, t); why != "" {
			return why
		}
	}
	return ""
}

// fractionOfAmount: a fraction of an amount in the same paragraph,
// hedged when the amount is.
func fractionOfAmount(src []*atom, t Mention) string {
	if t.Kind == Multiplier {
		return "" // "five times more" is no half of "dix fois plus": a factor is no amount to share
	}
	tv := t.Rat()
	for _, f := range src {
		fv := amountFraction(*f.m)
		if fv == nil {
			continue
		}
		for _, a := range src {
			if a == f || a.m.Paragraph != f.m.Paragraph || class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit || hedged(*a.m) != hedged(t) {
				continue // (a hedged whole gives a hedged part only, an exact one an exact part)
			}
			x, _ := new(big.Rat).Mul(fv, a.m.Rat()).Float64()
			if y, _ := tv.Float64(); x > 0 && y > 0 && x/y > 0.995 && x/y < 1.005 { // a third is written 0.333…
				return f.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// amountFraction is the exact fraction m gives of an amount, or nil: a
// fraction, or the halves of an even split ("réparti à parts égales").
func amountFraction(m Mention) *big.Rat {
	switch {
	case m.Alt == "split" && m.Value == "50-50":
		return big.NewRat(1, 2)
	case m.Kind == Fraction && !hedged(m):
		return m.Rat()
	}
	return nil
}

// hoursBetween: a length in hours or minutes between two times of day,
// "déclenchée jeudi à 16 h, levée vendredi à 6 h" lasting "14 hours"
// (past midnight), "du lundi 7 h au mercredi 19 h" lasting "60 hours"
// (the weekdays' days between them), or between two waits told as clocks ("4 h 40, contre
// 2 h 55": "an hour and 45 minutes longer"); a hedged length, forward in
// one paragraph ("about six and a half hours after the start").
func hoursBetween(src []*atom, t Mention) string {
	want := lengthSeconds(t)
	rough, unit := duration(t) // a hedged length: "about six and a half hours after the start"
	if want <= 0 && (!hedged(t) || rough == nil || unit != "sec" || rough.Sign() <= 0) {
		return ""
	}
	cs := clocksOf(src)
	for i, a := range cs {
		for _, b := range cs[i+1:] {
			d := b.secs - a.secs
			if a.weekday != 0 && b.weekday != 0 && a.a.m.Paragraph == b.a.m.Paragraph && want > 0 && ((b.weekday-a.weekday+7)%7)*86400+d == want {
				return "the time from " + a.a.m.Raw + " to " + b.a.m.Raw + " of the weekdays before them" // "du lundi 7 h au mercredi 19 h": 60 hours
			}
			switch {
			case want > 0:
				// two times of named days run forward, past midnight if need
				// be ("samedi à 22 h ... dimanche à 5 h" is 7 hours); two
				// lengths told as clocks ("de 1 h 15 à 1 h 05") either way
				if d == want || d < 0 && (d+86400 == want || !(a.day && b.day) && -d == want) {
					return "the time between two times of the source"
				}
			case d < 0 && want <= 0 && a.a.m.Paragraph == b.a.m.Paragraph && quotientFits(big.NewRat(int64(d+86400), 1), rough, t.Comparator):
				// "samedi vers 21 h 40 ... dimanche à 4 h 10": past midnight
				return "the time from " + a.a.m.Raw + " to " + b.a.m.Raw + ", past midnight"
			case d > 0 && a.a.m.Paragraph == b.a.m.Paragraph && (quotientFits(big.NewRat(int64(d), 1), rough, t.Comparator) || roundedInOwnUnit(d, rough, t)):
				// "départ à 8 h 30", "arrivé peu avant 15 h": the later of
				// one paragraph after the earlier
				return "the time from " + a.a.m.Raw + " to " + b.a.m.Raw
			}
		}
	}
	return ""
}

// sourceClock is a time of day of the source, in seconds, and the day
// told right before it, if any ("vendredi à 6 h").
type sourceClock struct {
	a       *atom
	secs    int
	day     bool
	weekday int
}

// clocksOf are the times of day of src, in order (lengths told as clocks,
// "dur", left out).
func clocksOf(src []*atom) []sourceClock {
	var cs []sourceClock
	for k, a := range src {
		if a.m.Kind == Time && a.m.Alt != "dur" {
			if s := clockSeconds(*a.m); s >= 0 {
				c := sourceClock{a: a, secs: s, day: k > 0 && src[k-1].m.Kind == Date && sameSentence(src[k-1], a) && a.m.Start-src[k-1].m.End < 6}
				if c.day && src[k-1].m.Date != nil {
					c.weekday = src[k-1].m.Date.Weekday
				}
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// startToldAfter: a length from a start told after its end, in a past
// before the past ("retrouvé le 3 février vers 11 heures. Les recherches,
// lancées à 21 heures, avaient mobilisé"): from 21 h the evening before
// to 11 h is 14 hours, past midnight.
func (r *check) startToldAfter(src []*atom, t Mention) string {
	want := lengthSeconds(t)
	if want <= 0 || hedged(t) {
		return ""
	}
	cs := clocksOf(src)
	for i, a := range cs {
		for _, b := range cs[i+1:] {
			if d := b.secs - a.secs; d <= 0 || 86400-d != want || b.a.m.Paragraph != a.a.m.Paragraph || b.a.m.Paragraph >= len(r.source) {
				continue
			}
			if containsAny(strings.ToLower(sentenceAt(r.source[b.a.m.Paragraph], b.a.m.Start)), pluperfect) {
				return "the time from " + b.a.m.Raw + " to " + a.a.m.Raw + ", told after it, past midnight"
			}
		}
	}
	return ""
}

// roundedInOwnUnit: a hedged length rounds the seconds d to one
// significant figure in the unit the bullet counts (clockParts): 2 h 15
// min is "about two hours", as 3 987 is "about 4,000".
func roundedInOwnUnit(d int, rough *big.Rat, t Mention) bool {
	size := clockParts[t.Head]
	if size == 0 || t.Comparator != CmpApprox {
		return false
	}
	in := func(secs *big.Rat) *big.Rat { return new(big.Rat).Quo(secs, big.NewRat(int64(size), 1)) }
	return roundSig(in(big.NewRat(int64(d), 1)), 1).Cmp(in(rough)) == 0
}

// lengthSeconds is a length of time in whole seconds ("14 hours", "an
// hour and 45 minutes"), or 0.
func lengthSeconds(t Mention) int {
	v := t.Rat()
	if v == nil || t.Comparator != CmpNone && t.Comparator != CmpExact {
		return 0
	}
	if t.Kind == Quantity && t.Unit == "s" && v.IsInt() {
		return int(v.Num().Int64())
	}
	size := periodSize[t.Head]
	if class(t.Kind) != Cardinal || periodUnit[t.Head] != "sec" || size != 3600 && size != 60 {
		return 0
	}
	if x := new(big.Rat).Mul(v, big.NewRat(size, 1)); x.IsInt() {
		return int(x.Num().Int64())
	}
	return 0
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

// nthWin: "leurs cinq premiers matchs" won, or "cinq victoires", make a
// "fifth win": the count of wins is the rank of the last.
func nthWin(src []*atom, t Mention) string {
	if t.Kind != Ordinal || !wonNouns(t.Head) {
		return ""
	}
	for _, a := range src {
		if a.m.Kind == Cardinal && a.m.Value == t.Value && !a.m.Vague && (wonNouns(a.m.Head) || slices.ContainsFunc(a.m.clause(), func(w string) bool { return winVerbs[w] })) {
			return a.m.Raw + " " + a.m.Head + " won make the " + t.Raw + " " + t.Head
		}
	}
	return ""
}

// wonNouns count wins, in English and as a record counts them in French.
func wonNouns(w string) bool {
	return recordWins[w] || w == "win" || w == "wins" || w == "victory" || w == "victories"
}

// winNouns are what one wins one more of: the nth makes n.
var winNouns = map[string]bool{"étoile": true, "titre": true, "coupe": true, "trophée": true, "sacre": true,
	"couronne": true, "médaille": true, "ballon": true, "star": true, "title": true, "cup": true, "trophy": true}
