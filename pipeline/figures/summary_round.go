package figures

// A summary may round a figure with a hedge: how far, and how many
// digits the source wrote (N20).

import (
	"math/big"
	"slices"
	"strings"
	"unicode"
)

// rounded finds a source figure that t rounds to one or two significant
// figures (N20); withHead requires the head nouns to agree.
func rounded(src []*atom, t Mention, withHead bool) *atom {
	tv := t.Rat()
	if tv == nil || tv.Sign() == 0 {
		return nil
	}
	if t.Kind == Year || t.Kind == Date || isYearish(t) || t.Kind == Ordinal || signedCount(t) {
		return nil // a year is not rounded: 2007 is not "2000"; nor a rank, 11th is not "10th"; nor a score to par, -12 is no "10 under"
	}
	for _, s := range src {
		sv := s.m.Rat()
		if sv != nil && s.m.Kind == Quantity && t.Kind == Quantity && s.m.Unit != t.Unit && sameFamily(*s.m, t) && hedged(t) {
			conv, _ := inUnit(*s.m, t.Unit) // "1 100 millimètres de pluie" as "more than a metre"
			sv = conv.Rat()
		} else if s.m.Unit != t.Unit {
			continue
		}
		if sv == nil || s.m.Kind == Year || isYearish(*s.m) || class(s.m.Kind) != class(t.Kind) || withHead && !headAgrees(s.m.Head, t.Head) {
			continue
		}
		if s.m.Kind == Approx && !s.m.Vague {
			continue // "une quinzaine" is round already: "some twenty" is another count, not its rounding
		}
		if s.m.personAge && !t.personAge && t.Head != "" && periodUnit[t.Head] == "" {
			continue // a person's age rounds to no count of a noun: "âgé de 47 ans" is no "around fifty fans"
		}
		if hedgedPeriod(*s.m, t) || truncatedTime(sv, tv, t) || wholeYearsOfAge(*s.m, t) {
			return s // "25 mois" as "just over two years"; "64 days, 19 hours" of 64 j 19 h 22 min
		}
		if pt, ps := periodUnit[t.Head], periodUnit[s.m.Head]; pt != "" && ps != pt && (ps != "" || s.m.Head != "") {
			continue // "twenty hours" rounds no "23 morts", "for ten days" no "les 6-12 ans"
		}
		if lengthForCount(*s.m, t) {
			continue // nor "about forty mayors" "35 heures par semaine"
		}
		if t.dir != 0 && s.m.dir == 0 && s.m.levelDir == 0 && !wonCount(t) && !(t.dir < 0 && lossAmount(*s.m)) && !(t.dir > 0 && newCount(*s.m)) {
			// "rose by 20%" rounds no share the source gives ("représentaient
			// 21 %"), "lost 10 seats" no count ("de 13 à 3 députés"): a change is no level
			continue
		}
		if t.dir != 0 && t.levelTo != "" && s.m.dir == 0 {
			continue // "fell by 200 to 3,167" is a change; it rounds no level ("augmenté de 4 %, à 226")
		}
		if fewerDecimals(sv, tv) && (hedged(t) || t.Kind != Percent || closeRounding(sv, tv)) {
			return s // "56,55 %" as "about 56.6%": a decimal dropped
		}
		if boundRounded(sv, tv, t.Comparator) {
			return s // "just under 7,963 points" for 7 962,35: digits dropped toward the bound's side
		}
		if roundFive(sv, tv, t) {
			return s // "about €125" for 126 euros: a quarter-hundred within a percent
		}
		for _, sig := range []int{1, 2, 3} {
			if sig == 3 && new(big.Rat).Abs(sv).Cmp(big.NewRat(10000, 1)) < 0 && !roundFifty(sv, tv, t) {
				break // three digits round only what has five or more: 12 406 -> 12,400 (or a four-digit figure to a round fifty)
			}
			if sig >= writtenDigits(t.Raw) && roundSig(sv, sig).Cmp(tv) == 0 && sv.Cmp(tv) != 0 && (hedged(t) || t.Kind != Percent || closeRounding(sv, tv)) {
				return s
			}
			if sig >= 2 && sig >= writtenDigits(t.Raw) && t.Comparator == CmpApprox && halfDown(sv, tv, sig) {
				return s // "some 25,000 people" for 25 500 habitants: a half rounds either way
			}
			if (sig <= 2 || roundFifty(sv, tv, t)) && sig >= writtenDigits(t.Raw) && (t.Comparator == CmpGT || t.Comparator == CmpGE) && sv.Cmp(tv) > 0 && truncSig(sv, sig).Cmp(tv) == 0 && s.m.Comparator == CmpNone {
				return s // "1 254 personnes" as "more than 1,200": cut down, the bound still true
			}
		}
	}
	return nil
}

// halfDown: sv lies exactly halfway between tv, its first sig digits,
// and the next value of that precision, "25 500" between 25,000 and
// 26,000.
func halfDown(sv, tv *big.Rat, sig int) bool {
	if sv.Sign() <= 0 || truncSig(sv, sig).Cmp(tv) != 0 {
		return false
	}
	step := new(big.Rat).Sub(roundSig(sv, sig), tv)
	gap := new(big.Rat).Sub(sv, tv)
	return step.Sign() > 0 && gap.Mul(gap, big.NewRat(2, 1)).Cmp(step) == 0
}

// roundFifty: a hedged bullet figure of four digits that ends on a
// round fifty, "about 1,250" for 1 247 votes, "over 2,150" for 2 154
// deaths: the precision news rounds a four-digit count to.
func roundFifty(sv, tv *big.Rat, t Mention) bool {
	if !hedged(t) || !tv.IsInt() || new(big.Rat).Abs(sv).Cmp(big.NewRat(1000, 1)) < 0 {
		return false
	}
	return new(big.Int).Rem(tv.Num(), big.NewInt(50)).Sign() == 0
}

// roundFive: a hedged bullet figure of three digits that is a multiple
// of 25, within five and within a percent of the source figure: "about
// €125" for 126 euros. "About" may round either way; a bound is checked
// by the caller.
func roundFive(sv, tv *big.Rat, t Mention) bool {
	if !hedged(t) || !tv.IsInt() || tv.Cmp(big.NewRat(100, 1)) < 0 || tv.Cmp(big.NewRat(1000, 1)) >= 0 || sv.Sign() <= 0 || sv.Cmp(tv) == 0 ||
		new(big.Int).Rem(tv.Num(), big.NewInt(25)).Sign() != 0 {
		return false // (from a thousand up, roundFifty; figures.md N20 rounds to one or two figures, and a quarter-hundred is as round)
	}
	d := new(big.Rat).Abs(new(big.Rat).Sub(sv, tv))
	return d.Cmp(big.NewRat(5, 1)) < 0 && new(big.Rat).Mul(d, big.NewRat(100, 1)).Cmp(sv) <= 0
}

// truncatedTime: a race or voyage time in seconds that a summary gives
// down to a larger part only, "64 days, 19 hours and 22 minutes" for
// 64 jours 19 heures 22 minutes et 49 secondes: the parts it keeps are
// the source's, the rest is less than its smallest part.
func truncatedTime(sv, tv *big.Rat, t Mention) bool {
	if t.Kind != Quantity || t.Unit != "s" || sv == nil || tv == nil || sv.Cmp(tv) <= 0 {
		return false
	}
	least := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(t.Raw), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if c := clockParts[w]; c > 0 && (least == 0 || c < least) {
			least = c
		}
	}
	d := new(big.Rat).Sub(sv, tv)
	return least > 0 && d.Cmp(big.NewRat(int64(least), 1)) < 0
}

// wholeYearsOfAge: a person's age the source gives in years and months,
// "à 17 ans et 4 mois", told in whole years as ages are, "Jade Lemoine,
// 17", "made his first start at 18" (a bare number: no noun of its own
// says it counts anything else): the years the months make, with less
// than a year left over.
func wholeYearsOfAge(s, t Mention) bool {
	sv, tv := s.Rat(), t.Rat()
	if !t.personAge && (nounHead(t.Head) != "" || t.Lang != English) || s.Head != "mois" || !strings.Contains(s.Raw, "ans") || sv == nil || tv == nil || !sv.IsInt() || !tv.IsInt() {
		return false
	}
	return new(big.Int).Quo(sv.Num(), big.NewInt(12)).Cmp(tv.Num()) == 0
}

// closeRounding: an unhedged percentage rounds within a point ("15,8 %"
// as "16%"); "16 %" told as "20%" is another figure, as "+20%" for a
// rise of 25 % is a wrong one.
func closeRounding(sv, tv *big.Rat) bool {
	d, _ := new(big.Rat).Sub(tv, sv).Float64()
	return d >= -1 && d <= 1
}

// writtenDigits is the precision a figure claims by its digits: "8.0
// million" gives two (it is no rounding of 7.8), "4,000" one.
func writtenDigits(raw string) int {
	first, last, dot := -1, -1, false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '.' && first >= 0:
			dot = true
		case c >= '1' && c <= '9' || c == '0' && first >= 0 && dot:
			if first < 0 {
				first = i
			}
			last = i
		case c == '0' && first >= 0:
		case c == ',' || c == ' ':
		default:
			if first >= 0 {
				i = len(raw) // the number ended: "8.0 million"
			}
		}
	}
	if first < 0 {
		return 0
	}
	n := 0
	for i := first; i <= last; i++ {
		if raw[i] >= '0' && raw[i] <= '9' {
			n++
		}
	}
	return n
}

// shownTermsDerived: t is the exact sum or difference of two source
// figures, one of which the bullet shows beside it or names as t's whole
// ("38 of the 112 starting crews", 112 less 74; "31 of her 40 matches",
// 31 and 9).
func (r *check) shownTermsDerived(src []*atom, t *atom) string {
	if src == nil {
		return ""
	}
	why, a, b := derived(src, *t.m)
	if !strings.HasPrefix(why, "sum of") && !strings.HasPrefix(why, "difference of") || a == nil || b == nil {
		return ""
	}
	if r.lineSays(a) || r.lineSays(b) || t.m.wholeTold != "" && (t.m.wholeTold == a.m.Value || t.m.wholeTold == b.m.Value) {
		return why
	}
	return ""
}

func (r *check) roundedFrom(src []*atom, s, t *atom) {
	if s.row >= 0 && r.Rows[s.row].Status == RowOmitted {
		r.Rows[s.row].Status, r.Rows[s.row].English = RowMatched, t.m.Raw
	}
	if t.m.Comparator == CmpNone && !t.m.bracketed && r.givenExactly(s, t) {
		if why := r.shownTermsDerived(src, t); why != "" {
			// "by 38.4 seconds ..., as 38 of the 112 starting crews failed
			// to finish": no rounding of 38,4, which the bullet gives as it
			// is, but 112 less the 74 that finished
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
			return
		}
		// "averaged 78 µg/m³ ..., close to the 80 µg/m³ alert level": the
		// bullet already gives 78; the 80 is another figure
		r.add(s, t, verdict{true, "added", Error, "N20", "the summary already gives " + s.m.Raw + " as it is; this is another figure the source does not give"})
		return
	}
	switch {
	case truncatedTime(s.m.Rat(), t.m.Rat(), *t.m) || wholeYearsOfAge(*s.m, *t.m):
		if t.pair == nil {
			t.pair = s // the same figure in whole units: it anchors its bullet sentence in s's, as a match does
		}
	case t.m.Comparator == CmpNone && (s.m.rangeEnd == 1 || s.m.rangeEnd == 2) && t.m.rangeEnd == 0 && t.m.Kind != Range:
		// "coûtera entre 18 et 22 millions" told "will cost €20 million":
		// an estimate's span made one exact figure (N10: ranges compare by their ends)
		r.add(s, t, verdict{true, "modified", Error, "N10", "the source gives only the range " + s.m.Raw + "; one exact figure inside it is not given"})
	case t.m.Comparator == CmpNone:
		r.add(s, t, verdict{true, "modified", Warning, "N20", "rounded without a hedge; write \"about\" or \"nearly\""})
	case t.m.Comparator == CmpExact:
		// "exactly 70" for 65 is no rounding: the bullet insists on a figure the source does not give
		r.add(s, t, verdict{true, "modified", Error, "N20", "the source gives " + s.m.Raw + "; \"" + hedgeWord[CmpExact] + "\" claims a figure it does not give"})
	}
	if why := boundedWrongWay(*s.m, *t.m); why != "" {
		r.add(s, t, verdict{true, "hedge", Error, "N20", why})
	}
}

// roundSig rounds v to sig significant figures.
func roundSig(v *big.Rat, sig int) *big.Rat {
	f, _ := v.Float64()
	if f == 0 {
		return new(big.Rat)
	}
	digits := len(new(big.Int).Quo(new(big.Int).Abs(v.Num()), v.Denom()).String())
	e := digits - sig
	p := pow10(abs(e))
	if v.Sign() < 0 {
		return new(big.Rat).Neg(roundSig(new(big.Rat).Neg(v), sig)) // -17 rounds to -20: the halves go away from zero on both sides
	}
	q := new(big.Rat).Set(v)
	if e >= 0 {
		q.Quo(q, p)
	} else {
		q.Mul(q, p)
	}
	n := new(big.Int).Quo(new(big.Int).Add(new(big.Int).Mul(q.Num(), big.NewInt(2)), q.Denom()), new(big.Int).Mul(q.Denom(), big.NewInt(2)))
	out := new(big.Rat).SetInt(n)
	if e >= 0 {
		return out.Mul(out, p)
	}
	return out.Quo(out, p)
}

// truncSig cuts a positive v down to sig significant figures.
func truncSig(v *big.Rat, sig int) *big.Rat {
	whole := new(big.Int).Quo(new(big.Int).Abs(v.Num()), v.Denom())
	e := len(whole.String()) - sig
	if e <= 0 {
		return new(big.Rat).SetInt(whole)
	}
	p := pow10(e).Num() // (an integer power of ten)
	return new(big.Rat).SetInt(whole.Mul(whole.Quo(whole, p), p))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// givenExactly: another figure of t's bullet already says s as it is.
func (r *check) givenExactly(s, t *atom) bool {
	for _, u := range r.line {
		if u != t && (u.pair == s || u.pair == nil && u.m.Start > t.m.Start && class(u.m.Kind) == class(s.m.Kind)) && u.m.Value == s.m.Value {
			return true // (a figure after t is not yet paired: "won ten of their 12 matches")
		}
	}
	// an earlier bullet gave it as it is ("some 4,600 people still work"):
	// a round "5,000 people" of another site is another figure
	for _, u := range r.all {
		if u != t && u.pair == s && u.m.Value == s.m.Value && u.m.Paragraph < t.m.Paragraph {
			return true
		}
	}
	return false
}

// fewerDecimals: tv is sv rounded half up to fewer decimal places, and
// sv has some to lose (56.55 -> 56.6 or 57; never 56 -> 60, which
// roundSig judges).
func fewerDecimals(sv, tv *big.Rat) bool {
	if sv.IsInt() || sv.Cmp(tv) == 0 {
		return false
	}
	scale := big.NewRat(1, 1)
	for d := 0; d < 4; d++ {
		x := new(big.Rat).Mul(new(big.Rat).Abs(sv), scale)
		x.Add(x, big.NewRat(1, 2))
		q := new(big.Int).Quo(x.Num(), x.Denom())
		r := new(big.Rat).SetFrac(q, new(big.Int).Set(scale.Num()))
		if sv.Sign() < 0 {
			r.Neg(r)
		}
		if r.Cmp(tv) == 0 {
			return true
		}
		if r.Cmp(sv) == 0 {
			return false // sv has no more decimals than this
		}
		scale.Mul(scale, big.NewRat(10, 1))
	}
	return false
}

// boundRounded: tv drops digits of sv toward the side its bound
// leaves the truth on, "just under 7,963" or "nearly 7,963" for
// 7 962,35, "just over 7,962" for it, "nearly 4,930" for 4 925: the
// next round figure beyond the source figure, at a power of ten that
// keeps two digits or more, within a percent, so the bound stays true.
func boundRounded(sv, tv *big.Rat, c Comparator) bool {
	side := boundSide(c)
	if side == 0 || sv.Sign() <= 0 || sv.Cmp(tv)*side <= 0 {
		return false // (the truth, sv, must lie on the bound's side of tv)
	}
	if gap := new(big.Rat).Abs(new(big.Rat).Sub(sv, tv)); gap.Mul(gap, big.NewRat(100, 1)).Cmp(sv) > 0 {
		return false // within a percent: "nearly 2 GW" bounds no 1,1 GW
	}
	tenth := new(big.Rat).Quo(sv, big.NewRat(10, 1))
	for step := big.NewRat(1, 1000); step.Cmp(tenth) <= 0; step.Mul(step, big.NewRat(10, 1)) {
		x := new(big.Rat).Quo(sv, step)
		q := new(big.Int).Quo(x.Num(), x.Denom()) // floor, sv > 0
		if side < 0 && !x.IsInt() {
			q.Add(q, big.NewInt(1))
		}
		if new(big.Rat).Mul(new(big.Rat).SetInt(q), step).Cmp(tv) == 0 {
			return true
		}
	}
	return false
}

// wonCount: a count the bullet says was won ("won nearly 14,000 votes"),
// which "won" marks as a gain only to tell it from one lost: it is the
// level the source gives ("a obtenu 13 874 voix"), and may be rounded.
func wonCount(t Mention) bool {
	return class(t.Kind) == Cardinal && t.Unit == "" && slices.ContainsFunc(t.ctx, func(w string) bool { return winWords[w] })
}

var winWords = map[string]bool{"won": true, "win": true, "wins": true, "winning": true}

// newCount: a source count of new things ("4 870 000 nouvelles
// inscriptions"), which a bullet says were gained: the level of the
// gain ("gained nearly 5 million sign-ups").
func newCount(m Mention) bool {
	return class(m.Kind) == Cardinal && m.Unit == "" && slices.ContainsFunc(m.ctx, func(w string) bool { return newWords[w] })
}

var newWords = map[string]bool{"nouveaux": true, "nouvelles": true, "nouvel": true, "supplémentaires": true}

// lossAmount: a source amount told as a loss ("une perte de 89,7
// millions"), which a bullet says was lost: the level of the loss, not
// a fall of anything ("lost almost £90m").
func lossAmount(m Mention) bool {
	return m.Kind == Money && slices.ContainsFunc(m.ctx, func(w string) bool { return lossNouns[w] })
}

var lossNouns = map[string]bool{"perte": true, "pertes": true, "déficit": true}

// hedgedRoundingOf: the hedged t rounds o, an exact figure of the noun
// the bullet tells, the way its hedge says: "nearly 20,000 fans" of "19
// 650 spectateurs", though "20 000 places" gives the round number itself.
func hedgedRoundingOf(o *atom, t Mention) bool {
	if t.Comparator == CmpNone || t.Comparator == CmpExact || hedged(*o.m) || o.m.Value == t.Value {
		return false
	}
	return rounded([]*atom{o}, t, false) == o && boundedWrongWay(*o.m, t) == ""
}
