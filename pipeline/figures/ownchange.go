package figures

import (
	"slices"
	"strings"
)

// ownChange judges a change told as a fraction or a percent against the
// from-to range of its own bullet, which the source gives: "shrank by a
// quarter, from CHF318m to CHF212m" says a third. Read before any other
// source figure, which might hold the fraction's value for another fact
// (a 25% fall of sales in China).
func (r *check) ownChange(src []*atom, t *atom) (v verdict, ok bool) {
	if t.m.Kind != Fraction && t.m.Kind != Percent || t.m.dir == 0 || t.m.rangeEnd != 0 {
		return verdict{}, false
	}
	var to *atom
	for _, u := range r.line {
		if u.m.rangeEnd == 4 && u.m.Kind != Percent && u.m.Kind != Year && u.m.Kind != Date && !isYearish(*u.m) && sourceGives(src, *u.m) {
			to = u // (rates from 7.2% to 7.4% change by points, which a percent may not say; "from 2021 to 2023" dates it)
			break
		}
	}
	if to == nil || r.otherClause(t.m, to.m) || saidAsIs(src, t, false) || r.ownLevelAfter(t, to) {
		return verdict{}, false
	}
	ch, why := changeOf(r.line, to) // the same reading the source's own changes get
	if ch == nil || ch.Sign() != int(t.m.dir) {
		return verdict{}, false // (a change the other way is the direction check's)
	}
	pct := ch.Abs(ch)
	fits := shareFits(pct, *t.m)
	if t.m.Kind == Percent {
		// (a bound must hold: "more than 11%" is no rise of 10.5%)
		fits = near(pct, t.m.Rat()) && boundedWrongWay(Mention{Value: canonical(pct)}, *t.m) == "" || hedgedRound(*t.m, pct, t.m.Rat())
	}
	if fits {
		return verdict{true, "derived", Info, "N20", "is derived from the source: " + why}, true
	}
	f, _ := pct.Float64()
	return verdict{true, "modified", Error, "N20", "does not fit the bullet's own figures: " + why + " is a change of " + formatPercent(f)}, true
}

// ownLevelAfter: t leads to a level of its own, not the range's end:
// "from €7,000 to €4,200 for the poorest and halved to €2,000 for others"
// halves another amount, which the source gives elsewhere.
func (r *check) ownLevelAfter(t, to *atom) bool {
	if t.m.End > len(r.text) || !strings.HasPrefix(strings.TrimLeft(r.text[t.m.End:], " "), "to ") {
		return false
	}
	for _, u := range r.line {
		if u != to && u.m.Start > t.m.End && u.m.rangeEnd == 0 {
			return strings.TrimSpace(r.text[t.m.End:u.m.Start]) == "to"
		}
	}
	return false
}

// otherClause: a and b stand in two clauses of the bullet, "down 5%,
// while the number of deals fell from 891 to 712": two facts.
func (r *check) otherClause(a, b *Mention) bool {
	lo, hi := a.End, b.Start
	if b.Start < a.Start {
		lo, hi = b.End, a.Start
	}
	if lo > hi || hi > len(r.text) {
		return false
	}
	between := strings.ToLower(r.text[lo:hi])
	if strings.Contains(between, ";") || strings.Contains(between, ", and ") && len(strings.Fields(between)) > 3 {
		return true // "up 12%, and plans to go from four to six": another verb, another fact
	}
	if _, after, ok := strings.Cut(between, " and "); ok && slices.ContainsFunc(strings.Fields(after), func(w string) bool { return dirOf(w) != 0 }) {
		return true // "fell from 148 to 121 and rush-hour traffic dropped 6.5%": a verb of change of its own after "and"
	}
	for _, w := range strings.Fields(strings.Trim(between, ",")) {
		switch strings.Trim(w, ",") {
		case "while", "whereas", "but", "although", "after", "as", "because", "with": // "from €84.10 to €86.40, after a 12% rise last year": an earlier change; "cut payroll by 40% as TV income drops from €6.5m": its cause; "up 3.8%, ..., with the average price rising from €3.05": another noun
			return true
		}
	}
	return false
}
