package figures

import (
	"math/big"
	"slices"
	"strings"
)

// VerifySummary checks that every figure of the summary lines is
// supported by a figure of the source, or derived from source figures
// (N20); omissions are fine.
func VerifySummary(source, summary []string) *Report {
	r := &check{Report: &Report{Mode: ModeSummary}, periods: periodNouns(source), source: source, bullets: summary}
	r.srcToks = tokenizeAll(source, French)
	lineToks := tokenizeAll(summary, English)
	r.known = midSentenceNames(source, r.srcToks, French, midSentenceNames(summary, lineToks, English, nil))
	jobs := r.sourceJobs(source)
	for i, line := range summary {
		jobs = append(jobs, paraJob{text: line, lang: English, clauses: true, known: r.known, toks: lineToks[i]})
	}
	paraMs := extractParas(jobs)
	var src []*atom
	for _, p := range r.sourceSide(source, paraMs[:len(source)]).atoms {
		src = append(src, p...)
	}
	for k := range r.Rows {
		r.Rows[k].Status = RowOmitted
	}
	lines := make([][]*atom, len(summary))
	for i := range summary {
		ms := paraMs[len(source)+i]
		for _, m := range ms {
			if !weekdayOnly(m) && m.Alt != "both" { // as the rows: figures, not date fields
				r.Counts.Target++
			}
		}
		for k := range ms {
			ms[k].Paragraph = i
		}
		lines[i] = atomsOf(ms, nil)
		r.all = append(r.all, lines[i]...)
	}
	readAsSource(src, r.all)
	for i, ts := range lines {
		r.line, r.text = ts, summary[i]
		lineSrc := src
		for _, t := range ts {
			if unsaid(*t.m) {
				continue
			}
			n := len(r.Findings)
			if len(lineSrc) > len(src) && !valueInSource(src, *t.m) {
				r.support(lineSrc, t)
			} else {
				r.support(src, t) // a figure the source gives is judged against the source alone
			}
			if derivedOnly(r.Findings[n:]) && numeric(*t.m) {
				// "a gap of 5.7 years, down from 7.9 (2.2 years
				// narrower)": a later figure of the bullet may be
				// derived from one the bullet derived
				lineSrc = append(slices.Clip(lineSrc), &atom{m: t.m, row: -1})
			}
		}
		r.yearSwap(src)
		r.pointsAsPercent(src)
		r.swapCheck(ts)
		r.movedName(src, ts, func(*atom) string { return summary[i] })
		r.movedClause(src, ts, func(*atom) string { return summary[i] })
		r.ageTiedSwap(src, ts)
		r.rankTieMoved(src, ts)
		r.priorSwap(ts)
		r.anchored(src, ts)
		r.boundElsewhere(src, ts)
		r.rangeByOneEnd(src, ts)
		r.spanEndElsewhere(src, ts)
		r.apposedAge(ts)
		r.partAdded(ts)
		r.oneTermSide(src, ts)
		r.comparedOtherwise(src, ts)
		r.levelAsChange(src, ts)
		r.levelAgainstPrior(ts)
		r.changeAsLevel(src, ts)
		r.respectivelySwapped(ts)
		r.winnerCheck(ts)
		r.resultReversed(ts)
		r.loserNamedWinner(ts)
		r.groupCheck(ts)
		r.eraCheck(ts)
		r.rankDropped(src, ts)
	}
	r.matesSwapped()
	r.finish()
	return r.Report
}

// ownFigures judges t by the figures of its own bullet, before any pair
// of the source may seem to explain it.
func (r *check) ownFigures(src []*atom, t *atom) (verdict, bool) {
	if v, ok := r.recordTotal(src, t); ok {
		return v, true // "21 wins, 15 draws and 22 defeats in 58 games"
	}
	if v, ok := r.ownMultiple(src, t); ok {
		return v, true // "42%, less than twice the 20%"
	}
	if v, ok := r.ownMultipleLevel(src, t); ok {
		return v, true // "tripled in five years, to 2,300" against "contre 1 150"
	}
	if v, ok := r.ownMultipleAgo(src, t); ok {
		return v, true // "1.4 million users, more than twice as many as two years ago" against "contre 600 000"
	}
	if v, ok := r.ageGap(src, t); ok {
		return v, true // "Gilles Perrot, 33 years his senior" of "19 ans" and "52 ans"
	}
	if v, ok := r.ownMultipleDated(src, t); ok {
		return v, true // "3.6 million visits in October, half as many again as September's 2.4 million"
	}
	if v, ok := r.ownMonthGap(t); ok {
		return v, true // "to April 2026 from September 2025, a five-month delay": seven
	}
	if v, ok := r.ownPercentFrom(src, t); ok {
		return v, true // "12 million users, up 50% from 8 million"
	}
	if v, ok := r.ownChange(src, t); ok {
		return v, true // "shrank by a quarter, from CHF318m to CHF212m": a third
	}
	if v, ok := r.ownShareRest(src, t); ok {
		return v, true // "keep 18%, leaving 10%" after "a 72% stake"
	}
	if v, ok := r.ownRemainder(src, t); ok {
		return v, true // "keeps 186 of the 274 staff, leaving 98": 88
	}
	return r.ownSum(src, t) // "€22m, €18m and €12m, €48m combined"
}

// support finds the source figure behind a summary figure, in order:
// the same fact, a rounding, a derivation; else it is unsupported.
func (r *check) support(src []*atom, t *atom) {
	if w := r.nameNumber(t); w == strings.ToLower(t.m.Raw) {
		return // "the Final Four" where the source writes "le Final Four": a name, no figure
	} else if w != "" {
		r.add(nil, t, verdict{true, "modified", Error, "M2", "the source names it with " + w})
		return
	}
	if r.aggregate(src, t) || r.tallyJudged(src, t) || r.winLossRecord(src, t) || r.seasonOfMonths(src, t) {
		return
	}
	if why := r.ownRangeGap(t); why != "" {
		r.add(nil, t, verdict{true, "modified", Error, "N20", why}) // before any pair of source figures that happens to make it
		return
	}
	if r.restatedOr(t) {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "restates the figure before it in another unit"})
		return
	}
	if why := r.fractionRestated(src, t); why != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "restates the share before it as an amount: " + why})
		return
	}
	if o := pointsForPercent(src, *t.m); o != nil && ctxSim(o.m.ctx, t.m.ctx) > 0 && !saidAsIs(src, t, false) && !pointsOfGDP(*o.m, *t.m) {
		// "relevé de 1,3 point sa prévision d'inflation" told "raised its
		// inflation forecast by 1.3%": the same words, the other unit, not
		// a rounding of another rate (1,25 %)
		r.add(o, t, verdict{true, "unit", Error, "N5", "the source gives " + o.m.Raw + ": percentage points and percent differ"})
		return
	}
	if why := r.pointsGap(src, t); why != "" {
		if rest, ok := strings.CutPrefix(why, pointsNotPercent); ok {
			r.add(nil, t, verdict{true, "unit", Error, "N5", rest})
			return
		}
		if rest, ok := strings.CutPrefix(why, oppositeWays); ok {
			r.add(nil, t, verdict{true, "modified", Error, "N18", rest})
			return
		}
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return
	}
	if v, ok := r.ownFigures(src, t); ok {
		r.add(nil, t, v)
		return
	}
	if s, v := bestSource(src, *t.m); s != nil {
		r.supportFrom(src, s, t, r.addedCurrency(*s.m, *t.m, r.setOrder(*s.m, *t.m, v)))
		return
	}
	if fixed(*t.m) && seasonOnly(*t.m) && slices.ContainsFunc(r.line, func(u *atom) bool {
		return u != t && u.m.Date != nil && u.m.Date.Year != 0 && u.m.Date.Season == t.m.Date.Season
	}) {
		return // "the 2030 Winter Olympics": the year took the season, checked with it
	}
	if everyOne(*t.m) && !slices.ContainsFunc(src, func(a *atom) bool { return a.m.Alt == "every" }) {
		return // "smoke every day" for "fument quotidiennement": how often, not a figure
	}
	if r.yearAgo(t) && !slices.ContainsFunc(src, func(a *atom) bool { return periodUnit[a.m.Head] == "month" && r.timeBack(a) }) {
		return // "6% more than a year earlier" for "(+6 %)": the base of a yearly change, not a figure
	}
	if o := otherCountedShare(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N7", "the source counts this share as " + o.m.Raw})
		return // before any pair of other figures may seem to explain it
	}
	if s := r.rankReachedOtherwise(src, t); s != nil {
		r.add(s, t, verdict{true, "modified", Error, "N11", "the source gives " + s.m.Raw + " as the rank reached after this change"})
		return // "climbed four places to 7th" for "au 11e rang, soit un gain de quatre places"
	}
	if r.earlyDerivation(src, t) {
		return
	}
	if o := durationWrongSide(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "hedge", Error, "N9", "the source's " + o.m.Raw + " lies on the other side of this bound"})
		return
	}
	if r.quarterMonths(src, t) || r.changedFigure(src, t) || r.seasonFromMonths(src, t) || r.firstMonthsOf(src, t) || r.sinceYearStart(t) || r.shareOfBefore(src, t) || r.closeDerivation(src, t) {
		return
	}
	r.derivedOrUnsupported(src, t)
}

// saidOfOther judges t, matched to s, whose words the source says of
// o: a rounding of o when t's hedge rounds it ("nearly 20,000 fans" of
// 19 650 spectateurs, not the 20 000 seats), else an attribution error.
func (r *check) saidOfOther(s, o, t *atom) {
	if hedgedRoundingOf(o, *t.m) {
		r.roundedFrom(nil, o, t) // (a hedged t: never given exactly)
		return
	}
	r.add(s, t, verdict{true, "attribution", Error, "M4",
		"the summary says this figure of what the source says " + o.m.Raw + " of"})
}

// supportFrom judges t against s, the source figure of its value: the
// same fact, unless the words around them say it is said of another.
func (r *check) supportFrom(src []*atom, s, t *atom, v verdict) {
	if o := otherRankedPlace(src, s, *t.m); o != nil && !countAsRank(*s.m, *t.m) {
		r.add(o, t, verdict{true, "modified", Error, "N11", "the source gives this place as " + o.m.Raw + "; " + s.m.Raw + " is another rank"})
		return
	}
	if o := r.rankOfOtherNoun(src, r.line, s, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N11", "the source ranks this " + t.m.Head + " " + o.m.Raw + "; " + s.m.Raw + " ranks something else"})
		return
	}
	if o := periodElsewhere(src, s, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N13", "the source gives this length of time in " + o.m.Head + " (" + o.m.Raw + " " + o.m.Head + "), not in " + t.m.Head})
		return
	}
	if o := unitElsewhere(src, s, *t.m, v); o != nil {
		if why := derivedInUnit(src, *t.m); why != "" {
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
			return
		}
		r.add(o, t, verdict{true, "modified", Error, "N20", "the source gives " + o.m.Raw + " in this unit; the bare " + s.m.Raw + " it matches says nothing of it"})
		return
	}
	if headConflict(*s.m, *t.m) && !(periodUnit[s.m.Head] != "" && periodUnit[t.m.Head] != "") {
		// (two lengths of time the comparison found alike, "une quinzaine de jours", "a fortnight")
		if rs := rounded(src, *t.m, true); rs != nil {
			r.roundedFrom(src, rs, t)
			return
		}
		if otherHead(src, s, *t.m) && !translatedIn(s.m.clause(), t.m.Head) && !r.changeInstead(src, t) && !r.partOfNext(t) && !jobsAsPeople(*s.m, *t.m) {
			r.add(s, t, verdict{true, "attribution", Error, "M4",
				"the source says this figure of \"" + s.m.Head + "\", not \"" + t.m.Head + "\""})
			return
		}
	}
	if v.kind == "added" && r.dateConflict(src, s, t) {
		return
	}
	if r.unitConfused(src, s, t, v) {
		return
	}
	if r.toldOfOther(src, s, t) {
		return
	}
	if o := r.priorAgainst(src, s, t); o != nil {
		r.add(s, t, verdict{true, "modified", Error, "N18", "the source compares it with " + o.m.Raw + ": a " + dirName(-t.m.levelDir) + ", not a " + dirName(t.m.levelDir)})
		return
	}
	if own, told := r.respectiveOwner(src, s, t); own != "" {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source gives this figure to " + own + " (\"respectivement\"), not to " + told})
		return
	}
	if o := r.sentenceMoved(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the rest of this bullet sentence tells the source sentence that gives " + o.m.Raw + "; " + s.m.Raw + " is said of another fact"})
		return
	}
	if o := clauseConflict(src, s, *t.m); o != nil && !r.partOfWholeIn(s, o, t) && !r.lineGives(s, t, o) && !partWhole(o, s) && !r.lineShareOf(o, s) && !totalAfterParts(src, s, o, t) && !r.partOfWhole(o, t) && !durationParts(s, o) && !changeAndLevel(o, s) && !(changeAndLevel(s, o) && t.m.dir == s.m.dir) && !r.respective(s) && o.m.Value != t.m.levelTo && !r.saidOfItself(src, s, o, t) && !r.changeInstead(src, t) && !r.yearsAgree(src, s, o, t) && !r.yearGivenTo(src, o, t) && !r.yearDatesBoth(s, o, t) && !r.dateNamesOwn(src, s, o, t) && !r.wholeOfTold(s, o, t) && !r.ownSentenceSays(s, o, t) && !r.restatedBySoit(s, o) && !r.earlierOfSame(s, o) && !r.mateOfOwnSentence(src, s, o, t) && !r.restatementTold(src, o, t) {
		r.saidOfOther(s, o, t)
		return
	}
	if l := r.otherLevel(src, t); l != nil && l != s && s.m.Value != l.m.Value {
		// "plunged 37% in August to 22,029": the source's 37 % leads to 27 024; 22 029 follows another change
		r.add(l, t, verdict{true, "attribution", Error, "M4", "the source gives the level after this change as " + l.m.Raw + "; " + s.m.Raw + " follows another"})
		return
	}
	if o := r.phraseMateOf(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4",
			"the figure beside it in the bullet stands in the source with " + o.m.Raw + ", not with " + s.m.Raw})
		return
	}
	if toldSide(*t.m) {
		if side := lineTwin(src, r.line, s); side.m.ofPrev && !r.lineSaysTwice(t) {
			if why := termSideSwapped(*side.m, *t.m, "summary"); why != "" {
				r.add(side, t, verdict{true, "attribution", Error, "M4", why})
				return
			}
		}
	}
	if span := r.spreadOverSpan(src, s, t); span != "" {
		r.add(s, t, verdict{true, "modified", Error, "N18", "the source gives this total over " + span + ", not per period"})
		return
	}
	if b := basisCheck(*s.m, *t.m); b.kind != "" {
		r.add(s, t, b)
		return
	}
	if o := r.yearEventMoved(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source dates this event " + o.m.Raw + "; " + s.m.Raw + " is the year of another"})
		return
	}
	if o := dateMoved(src, s, t); o != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source gives this date to " + namesSaid(s.m.actors()) + "; the one it gives to " + namesSaid(t.m.actors()) + " is " + o.m.Raw})
		return
	}
	if o := r.weekdayConflict(src, s, *t.m); o != nil {
		r.add(s, t, verdict{true, "modified", Error, "N13",
			"the source gives this weekday to another event; the one told here is on " + o.m.Raw})
		return
	}
	if r.rankedOtherwise(src, s, t) {
		return
	}
	if o := r.nounAgeMoved(src, s, t); o != nil {
		r.add(o, t, verdict{true, "attribution", Error, "M4", "the source gives this age to another person; the one it names is " + o.m.Raw})
		return
	}
	if o := r.sinceMoved(src, s, t); o != nil {
		r.add(o, t, verdict{true, "attribution", Error, "M4", "the source dates " + upperFirst(t.m.owner) + " from " + o.m.Raw + " (\"depuis\"); " + s.m.Raw + " is said of another fact"})
		return
	}
	if o, name := r.namedAgeMoved(src, s, t); o != nil {
		r.add(o, t, verdict{true, "attribution", Error, "M4", "the source gives " + name + " the age " + o.m.Raw + "; " + s.m.Raw + " is another's"})
		return
	}
	if o, name := r.namedRankMoved(src, s, t); o != nil {
		why := "the source ranks " + name + " " + o.m.Raw + "; " + s.m.Raw + " is another's place"
		if o == s {
			why = "the source gives this place to " + name
		}
		r.add(o, t, verdict{true, "modified", Error, "N11", why})
		return
	}
	if o := predicateConflict(src, s, *t.m); o != nil && !r.lineGives(s, t, o) && !durationParts(s, o) && !totalAfterParts(src, s, o, t) && !r.respective(s) && !r.changeInstead(src, t) {
		r.saidOfOther(s, o, t)
		return
	}
	if p := r.partWholeSwapped(s, t); p != nil {
		r.add(s, t, verdict{true, "attribution", Error, "M3",
			"the bullet tells " + s.m.Raw + " and " + p.m.Raw + " as part and whole the other way round"})
		return
	}
	if p := r.wholeAsPart(src, s, t); p != nil {
		r.add(p, t, verdict{true, "modified", Error, "M3",
			"the bullet tells the whole, " + s.m.Raw + ", as its own part; the source's part is " + p.m.Raw})
		return
	}
	if was, told := otherToll(*s.m, *t.m); was != "" && numeric(*t.m) {
		r.add(s, t, verdict{true, "attribution", Error, "M4", "the source counts these as " + was + ", not " + told})
		return
	}
	if n := r.rivalTold(s, t); n != "" {
		r.add(s, t, verdict{true, "attribution", Error, "M4",
			"the source says this figure of " + namesSaid(s.m.actors()) + ", ahead of " + n})
		return
	}
	r.supported(src, s, t, v)
}

// unitElsewhere: t matched s, a number that names a thing, only by its
// value, while the source gives another figure in t's very unit: "a
// 12-nautical-mile zone" is no "zone 12" when the source says "une zone
// de 20 milles marins".
func unitElsewhere(src []*atom, s *atom, t Mention, v verdict) *atom {
	if v.kind != "unit" || s.m.Unit != "" || t.Unit == "" || t.Kind != Quantity || !s.m.label && s.m.Kind != Identifier {
		return nil // (a bare figure that takes its unit from its sentence, "qui n'en comptait que 380", is one)
	}
	for _, o := range src {
		if o != s && o.m.Kind == Quantity && o.m.Unit == t.Unit && o.m.Value != t.Value {
			return o
		}
	}
	return nil
}

// respective: the bullet and the source both pair a list of figures
// with a list of things in order ("Cholet et Vannes, qui emploient
// respectivement 1 254 et 589 salariés", "(1,254 and 589
// respectively)"): each figure's clause names all the things.
func (r *check) respective(s *atom) bool {
	if !strings.Contains(strings.ToLower(r.text), "respectively") || s.m.Paragraph >= len(r.source) {
		return false
	}
	if r.respectivement == nil {
		r.respectivement = map[int]bool{} // a paragraph is lowered once, not per pair
	}
	said, ok := r.respectivement[s.m.Paragraph]
	if !ok {
		said = strings.Contains(strings.ToLower(r.source[s.m.Paragraph]), "respectivement")
		r.respectivement[s.m.Paragraph] = said
	}
	return said
}

// ownNounFigure: rs, the figure t may round, counts another noun or a
// general one ("128 personnes" employed beside "une cinquantaine de
// salariés" who marched), while a hedged source figure of t's noun and of its
// order of size (within a factor of two) is the figure t tells, its
// hedge turned into another number ("une vingtaine de patients" told
// "about thirty patients" beside "32 lits"); else nil.
func ownNounFigure(src []*atom, rs *atom, t Mention) *atom {
	if !hedged(t) {
		return nil
	}
	// Both of t's noun ("people"): the clause decides. "Around twenty
	// people were arrested" tells "une trentaine de personnes ont été
	// interpellées", not the "dix-neuf personnes" brought before a judge.
	tv := t.Rat()
	if tv == nil {
		return nil
	}
	sameNoun, rsSim := -1, 0 // read once, and only when a candidate of t's size needs them
	for _, o := range src {
		if o == rs || !hedged(*o.m) || class(o.m.Kind) != class(t.Kind) || o.m.Unit != t.Unit || !sameHead(o.m.Head, t.Head) {
			continue
		}
		if ov := o.m.Rat(); ov == nil || ov.Sign() <= 0 || !withinFactor(ov, tv, 2) {
			continue
		}
		if sameNoun < 0 {
			sameNoun = boolInt(t.Head == "people" || t.Head == "persons" || sameHead(rs.m.Head, t.Head) || translatedIn(rs.m.clause(), t.Head))
			if sameNoun == 1 {
				rsSim = ctxSim(rs.m.ctx, t.ctx)
			}
		}
		if sameNoun == 1 && ctxSim(o.m.ctx, t.ctx) <= rsSim {
			continue
		}
		return o
	}
	return nil
}

// withinFactor: a and b, positive, are at most f times each other.
func withinFactor(a, b *big.Rat, f int64) bool {
	k := big.NewRat(f, 1)
	return new(big.Rat).Mul(a, k).Cmp(b) >= 0 && new(big.Rat).Mul(b, k).Cmp(a) >= 0
}

// closeDerivation judges a summary figure no source figure gives as it
// is but one or two explain: a rounding, a ratio, a difference of
// years, a per-head amount, or a known confusion (points for percent, a
// model number changed). It reports whether it judged t.
func (r *check) closeDerivation(src []*atom, t *atom) bool {
	if a, b := hedgedMadeExact(src, *t.m); a != nil {
		r.add(a, t, verdict{true, "hedge", Error, "N20", "adds up " + a.m.Raw + " and " + b.m.Raw + ", which the source gives as estimates, into an exact figure"})
		return true
	}
	if rs := rounded(src, *t.m, false); rs != nil {
		if o := ownNounFigure(src, rs, *t.m); o != nil {
			// "about thirty patients" rounds the 32 beds, while the
			// source counts its patients as "une vingtaine"
			if why, a, b := derived(src, *t.m); strings.HasPrefix(why, "sum of") && (a == o || b == o) {
				// "about 60 residents and staff": the residents' "une
				// quarantaine" and the staff's "une vingtaine" together
				r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
				return true
			}
			r.add(o, t, verdict{true, "modified", Error, "N20",
				"the source gives " + rawAndHead(*o.m) + ", not this figure"})
			return true
		}
		if t.m.Comparator == CmpNone && !t.m.bracketed && r.givenExactly(rs, t) {
			if why := priorFromChange(src, *t.m); why != "" {
				// "rose 8% to €648m, up from €600m": the level before the
				// change, not a rounding of the 648 the bullet also gives
				r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
				return true
			}
			if why, a, b := derived(src, *t.m); (totalCue(*t.m) || a != nil && b != nil && (addedTo(*a.m) || addedTo(*b.m))) && strings.HasPrefix(why, "sum of") || changeVerbTold(*t.m) && strings.HasPrefix(why, "difference of") {
				// "€35m plus €5m in bonuses, €40m in all": a total the
				// bullet says it adds, not a rounding of the 35; "Debt was
				// cut by €7 million to €97 million": 104 less 97, not the
				// €6.7 million surplus rounded
				r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
				return true
			}
		}
		r.roundedFrom(src, rs, t)
		return true
	}
	switch why, o, what := fractionOfChange(src, *t.m); {
	case why != "":
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return true
	case o != nil:
		tc := *t.m
		tc.style = "change" // "an increase of more than half": told as a change by the words around it
		if w, a, b := derived(src, tc); strings.HasPrefix(w, "percent change") && (r.lineSays(a) || r.lineDates(src, a, t)) && (r.lineSays(b) || r.lineDates(src, b, t)) {
			// "€1,444 per resident, more than a third above the €1,050
			// average": the change of the two figures the bullet shows
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + w})
			return true
		}
		r.add(o, t, verdict{true, "modified", Error, "N20", "the source gives " + what + ", not this fraction"})
		return true
	}
	if rs := ratioSource(src, r.line, *t.m); rs != nil {
		t.pair = rs // "35 of its 86 articles" from "35 articles sur 86"
		return true
	}
	if w := r.derivation(src, *t.m); w != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + w})
		return true
	}
	if u := r.unitBefore(t); u != nil {
		if w := r.derivation(src, *u.m); w != "" {
			// "took 26 weeks instead of the planned 20": the bare 20
			// counts the weeks said before it
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + w})
			return true
		}
	}
	if o := pointsForPercent(src, *t.m); o != nil {
		if why, _, _ := derived(src, *t.m); why != "" && !strings.HasPrefix(why, pointsNotPercent) && gapTold(*t.m) {
			return false // "30 points behind girls" (55 % and 25 %), though the source has a 30 % target: the last look derives it
		}
		r.add(o, t, verdict{true, "unit", Error, "N5", "the source gives " + o.m.Raw + ": percentage points and percent differ"})
		return true
	}
	if o := sameLettersOtherNumber(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N16", "the source names " + o.m.Raw + ", not this"})
		return true
	}
	return false
}

// nounOf is the noun m counts: its head, or "points" for a score read
// as points by its size ("198,64 points", where "67,02 points" keeps
// the word as its head).
func nounOf(m Mention) string {
	if m.Head == "" && m.Unit == "pts" {
		return "points"
	}
	return m.Head
}

// periodPartMoved: t ranks a part of the year ("first-quarter") that no
// source figure gives, and a source ordinal of its rank ranks another
// part ("premier semestre").
func periodPartMoved(src []*atom, t Mention) *atom {
	if t.Kind != Ordinal || partSize[t.Head] == 0 {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Ordinal && s.m.Value == t.Value && partSize[s.m.Head] != 0 && periodsClash(*s.m, t) {
			return s
		}
	}
	return nil
}

// derivedOrUnsupported is the last look: a sum or difference of two
// source figures, else a changed figure of a counted noun, else
// unsupported (a warning for a soft word, nothing for a set phrase).
func (r *check) derivedOrUnsupported(src []*atom, t *atom) {
	if t.m.idiom {
		return // a set phrase counts nothing, "4 of 22 three-pointers": no other value of its noun ("au moins huit points") is its own changed
	}
	if t.m.Date != nil && t.m.Date.Alias {
		r.unsupported(src, t, "") // "the D-Day beaches": a name, no count the source gives otherwise
		return
	}
	if o := periodPartMoved(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "M2", "the period differs (" + o.m.Head + " vs " + t.m.Head + ")"})
		return // "first-quarter sales" for "au premier semestre": the same rank of another part of the year
	}
	if t.m.style == "grade" || r.firstInSpan(src, t) || r.secondAfter(t) {
		return // "fourth-graders" names a school year, unpaired: nothing to derive it from; "the first ... since 1997" is no rank; "second after Paris" is "le plus ... après Paris"
	}
	if why := r.asManyTwice(src, *t.m); why != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return // (before a count of the same noun may seem changed: "215 prisonniers" is no "430 prisoners")
	}
	if r.rateError(r.line, t) {
		return
	}
	if r.convertedInLine(t) {
		r.add(nil, t, verdict{true, "unit", Info, "N17", "is a conversion kept next to the original figure"})
		return
	}
	if t.m.Word && r.oneUnitSaid(*t.m) {
		return // "a one-year option" for "une année en option", not a changed "25 ans"
	}
	setWhy, wrong := r.setOfMatch(src, *t.m)
	if wrong {
		r.add(nil, t, verdict{true, "modified", Error, "N20", setWhy})
		return // ("in four sets" for a list of five set scores: no difference of a tiebreak's points)
	}
	if setWhy != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + setWhy})
		return // ("in four sets": the sets listed, not the difference of one set's points)
	}
	why, a, b := r.derivedOrUnitBefore(src, t)
	if why == "" {
		if w := placesMoved(src, *t.m); w != "" {
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + w})
			return // "dropped ten places to 14th" of "la 4e place ... au 14e rang", not a changed "gagne deux places" of another
		}
	}
	if why == "" {
		if o := r.restOfShare(src, t); o != nil {
			r.add(o, t, verdict{true, "derived", Info, "N20", "is derived from the source: the rest of " + o.m.Raw})
			return // "70% of sales come from abroad" for "30 % des ventes, le reste provenant de Norvège"
		}
	}
	if o := r.shareRetold(src, t, why); o != nil {
		// "nearly a quarter of costs" where the source says "près d'un
		// tiers des charges": the share the bullet retells, not the ratio
		// of two other figures that happens to make a quarter
		r.add(o, t, verdict{true, "modified", Error, "N18", "the source gives this share as " + o.m.Raw})
		return
	}
	if strings.HasPrefix(why, "difference of") && saidTogether(*t.m) {
		why, a, b = "", nil, nil // "the US and the UK together bought €6.9 billion": a total, which no difference makes
	}
	if (strings.HasPrefix(why, "sum of") || strings.HasPrefix(why, "difference of") && !r.afterBy(t) && t.m.dir == 0) && r.saysAge(t) {
		why, a, b = "", nil, nil // an age is no sum: "Deux enfants de 6 et 9 ans" make no 8-year-old ("the age has risen by half a year", "fell four years to 41" are differences)
	}
	if why := r.podiumPlace(t); why != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", why})
		return // "took third" of "l'a emporté devant A et B", not a changed "premier podium"
	}
	if o := tallyOrdinal(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "derived", Info, "N20", "is derived from the source: the " + o.m.Raw + " " + o.m.Head + " makes as many so far"})
		return // "leur quatrième victoire en six matches": "four wins from six games", not a changed "trois succès"
	}
	o := r.sameNounOtherValue(src, *t.m)
	if o != nil {
		if a, _ := r.aggregateMargin(src, *t.m); a != nil {
			o = nil // "by five goals on aggregate": the two legs' scores make it, not a changed "deux buts" of one leg
		} else if scoreMargin(src, *t.m) != nil || setWhy != "" {
			o = nil // "beat Dunkerque by three goals" (33-30), "in five sets": read below, not a changed "187 buts"
		}
	}
	more := false // "14 suspects ... puis 9 autres": the others are more of o's noun
	if o != nil {
		// they add to o before any other pair that happens to make the
		// bullet's figure ("deux" and 21)
		if others := withOthers(src, o); others != nil {
			if w, a2, b2 := derived(others, *t.m); strings.HasPrefix(w, "sum of") {
				why, a, b, more = w, a2, b2, true
			}
		}
	}
	if o == nil && why != "" {
		o = saidOfOwnWords(src, a, b, *t.m)
	}
	if o != nil && why != "" && !headTold(nounOf(*a.m), t.m.Head) && !headTold(nounOf(*b.m), t.m.Head) {
		// "8 minutes faster" may also be 10 seats less two summers: the
		// pair of its own noun (14 and 6 minutes) explains it first
		if w, a2, b2 := derived(ofHead(src, t.m.Head), *t.m); w != "" {
			why, a, b = w, a2, b2
		}
	}
	if o != nil && o.m.Head != "" && nounHead(t.m.Head) == "" && (why == "" || a != o && b != o) {
		// "11 medals, two more than Switzerland" of "11 médailles ... neuf
		// médailles": a bullet figure with no noun of its own is first a
		// gap of o and a figure of o's noun, not a changed o
		if w, a2, b2 := derived(ofHead(src, o.m.Head), *t.m); w != "" && (a2 == o || b2 == o) && r.gapOfLevelBefore(t, a2, b2) {
			why, a, b = w, a2, b2
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
			return
		}
	}
	if o != nil && why == "" && r.perHeadFirst(src, t) {
		return
	}
	if o != nil && why == "" && r.shownArithmetic(t) {
		r.unsupported(src, t, setWhy) // "6 weeks × 4 days/week = 24 hearing days": the bullet shows its product, whatever the noun
		return
	}
	measured := why != "" && t.m.Unit != "" && (a.m.Unit == t.m.Unit || b.m.Unit == t.m.Unit) // ("2:05:25": the winner's 2 h 05 min 04 s and 21 seconds)
	// "1.31 seconds behind winners Jamaica": the gap of two race times, not a changed "0,87 seconde" of another gap
	measured = measured || why != "" && inSeconds(*a.m) && inSeconds(*b.m) && inSeconds(*t.m)
	// "€1,444 per resident, more than a third above the €1,050 average": the bullet shows its terms
	shown := why != "" && r.lineSays(a) && r.lineSays(b)
	// (a hedged count of the noun the source hedges otherwise is that count
	// retold, not a difference taken from it: "some forty researchers" for
	// "une cinquantaine de chercheurs", less a "huit" of posts; but
	// "quelque 240 000 foyers" less the 30 000 foyers still cut off is
	// the 210,000 restored)
	retold := o != nil && strings.HasPrefix(why, "difference of") && hedged(*o.m) && hedged(*t.m) && (a == o && !ownNounTerm(b, o) || b == o && !ownNounTerm(a, o))
	// "78 of the 790 posts went unfilled": the rest of a whole the bullet
	// names right after it, 790 less the 712 filled
	ofWhole := strings.HasPrefix(why, "difference of") && t.m.Kind != Fraction && t.m.wholeTold != "" && (t.m.wholeTold == a.m.Value || t.m.wholeTold == b.m.Value)
	peopleOfKinds := why != "" && peopleOfKind(*a.m, *t.m) && peopleOfKind(*b.m, *t.m) && sameSentence(a, b) // "172 people": 32 players and staff and 140 supporters, whatever the airport's 850 000 passengers
	// "48,600 students in bachelor's and master's combined": the bullet
	// calls its figure the total of two counts of one sentence that name
	// no noun of their own (*Les effectifs de licence atteignent 32 700,
	// ceux de master 15 900*), so nothing says they count another thing
	unnamedTotal := strings.HasPrefix(why, "sum of") && totalInClause(*t.m) && nounOf(*a.m) == "" && nounOf(*b.m) == "" && sameSentence(a, b)
	if o != nil && (why == "" || retold || !headTold(nounOf(*a.m), t.m.Head) && !headTold(nounOf(*b.m), t.m.Head) && !measured && !shown && !more && !ofWhole && !peopleOfKinds && !unnamedTotal) && !r.changeTold(why, a, b, t) {
		// "3,500 Americans" where the source counts 2 500 Américains is a
		// changed figure, even if 3,500 happens to be derivable from
		// figures that count something else.
		r.add(o, t, verdict{true, "modified", Error, "N20",
			"the source gives " + rawAndHead(*o.m) + ", not this figure"})
		return
	}
	if own := restToldAsPart(why, a, b, t, r.lineMates(t)); own != "" && !allBut(r.text, t.m.Start) {
		r.add(nil, t, verdict{true, "modified", Error, "N20", own})
		return
	}
	if own := r.shareToldOwn(why, a, b, t); own != "" {
		r.add(nil, t, verdict{true, "modified", Error, "N20", own})
		return
	}
	if rest, ok := strings.CutPrefix(why, pointsNotPercent); ok {
		r.add(nil, t, verdict{true, "unit", Error, "N5", rest})
		return
	}
	if why != "" {
		if strings.HasPrefix(why, "difference of") {
			if why := oppositeWhy(a, b); why != "" && (t.m.Kind == PercentPoint || countsPoints(*t.m)) {
				r.add(nil, t, verdict{true, "modified", Error, "N18", why})
				return
			}
			if from := r.gapFromApposed(src, t, a, b); from != nil {
				r.add(from, t, verdict{true, "modified", Error, "N18", "the bullet tells it as the gap from " + from.m.Raw + ", which no source figure makes (" + strings.TrimPrefix(why, "difference of ") + " are another pair)"})
				return
			}
			// (the first test that answers is enough: the others read sentences)
			wrong := r.gapWrongWay(t, a, b)
			if wrong == "" {
				if level, side := r.gapOfLevel(t); level != nil && (level.m.Value == a.m.Value || level.m.Value == b.m.Value) {
					// "1,779 votes, 95 fewer": whichever came first in time,
					// told from the level's side
					wrong = levelSideWrong(t, level, side, a, b)
				} else {
					wrong = changeWrongWay(t, a, b)
				}
			}
			if wrong == "" {
				wrong = r.pastWrongWay(t, a, b)
			}
			if wrong != "" {
				r.add(nil, t, verdict{true, "modified", Error, "N18", wrong})
				return
			}
		}
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return
	}
	// the last readings, in order: a rank, or a figure the bullet shows
	// how it made
	for _, last := range [...]struct {
		said string
		why  func() string
	}{
		{"is the source's rank, ", func() string { return rankOfTotal(src, *t.m) }},
		{"is derived from the source: ", func() string { return eachTimesNamed(src, *t.m) }},
		{"is the source's rank, ", func() string { return rankFromEnd(src, *t.m) }},
		{"is derived from the source: ", func() string { return r.sumWithShown(src, t) }},
		{"is derived from the source: ", func() string { return r.gapFromLevel(src, t) }},
		{"is derived from the source: ", func() string { return r.sumOfJoined(src, t) }},
		{"is derived from the source: ", func() string { return averageTimesCount(src, *t.m) }},
	} {
		if why := last.why(); why != "" {
			r.add(nil, t, verdict{true, "derived", Info, "N20", last.said + why})
			return
		}
	}
	r.unsupported(src, t, setWhy)
}

// derivedOrUnitBefore is derivedInLineFirst, else the derivation of the
// measure t counts by the unit said before it: "69 hectares, 14 more
// than in 2010", the bare 14 counts the hectares.
func (r *check) derivedOrUnitBefore(src []*atom, t *atom) (string, *atom, *atom) {
	why, a, b := r.derivedInLineFirst(src, t)
	if why == "" {
		if u := r.unitBefore(t); u != nil {
			why, a, b = derived(src, *u.m)
		}
	}
	return why, a, b
}

// unsupported is the last word on t when no source figure or derivation
// explains it: a rank, a set phrase or a figure its own bullet explains,
// else unsupported (a warning for a soft word).
func (r *check) unsupported(src []*atom, t *atom, setWhy string) {
	if r.rankedOtherwise(src, nil, t) || fixed(*t.m) || r.weekendDay(t) || r.schoolStartMonth(t) || r.collectiveCount(t) || r.namedCompound(t) || r.oneUnitSaid(*t.m) {
		return
	}
	if why := r.lineDerived(src, t); why != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", why})
		return
	}
	if why := r.countOfTop(src, *t.m); why != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
		return
	}
	if o := r.countSoFar(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "derived", Info, "N20", "is derived from the source: the " + o.m.Raw + " of a series counts as many so far"})
		return
	}
	if o := complementOf(src, *t.m); o != nil {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: the other share of " + o.m.Raw})
		return
	}
	if o := secondHalfScore(src, *t.m); o != nil {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + o.m.Raw + " less the half-time score"})
		return
	}
	if o := scoreMargin(src, *t.m); o != nil {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: the margin of " + o.m.Raw})
		return
	}
	if a, b := r.aggregateMargin(src, *t.m); a != nil {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: the aggregate margin of " + a.m.Raw + " and " + b.m.Raw})
		return
	}
	if o := otherShare(src, *t.m); o != nil {
		// "divisé par trois" briefed "cut to a quarter": a share the source
		// gives otherwise for the same words, a value error (N7)
		r.add(o, t, verdict{true, "modified", Error, "N18", "the source gives this share as " + o.m.Raw})
		return
	}
	if why := r.lineShareOtherwise(t); why != "" {
		r.add(nil, t, verdict{true, "modified", Error, "N20", why})
		return
	}
	if o := otherRooms(src, *t.m); o != nil {
		// "un T2" briefed "a two-bedroom flat": a flat of two rooms has one bedroom
		r.add(o, t, verdict{true, "modified", Error, "M2", "a flat of " + o.m.Value + " rooms (" + o.m.Raw + ") has one bedroom fewer"})
		return
	}
	if o := otherMagnitude(src, *t.m); o != nil {
		// "des milliers" briefed "hundreds": the crowd the source counts otherwise
		r.add(o, t, verdict{true, "modified", Error, "M2", "another order of magnitude"})
		return
	}
	if o := otherAgeDecade(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "M2", "the source gives the decade of age as " + o.m.Raw})
		return
	}
	if pairTold(src, *t.m) {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "gives two counts of one source sentence as \"N in M\""})
		return
	}
	if tallyTold(src, *t.m) {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "gives the two sides of a source vote as a tally"})
		return
	}
	if r.namesListed(*t.m) {
		r.add(nil, t, verdict{true, "unsupported", Warning, "N20", "counts names the source lists without a figure: check the count"})
		return
	}
	if o := otherAgeGroup(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N20", "the source's age group is " + o.m.Raw + " ans"})
		return
	}
	sev := Error
	if soft(*t.m) {
		sev = Warning
		r.softMisses = append(r.softMisses, t)
	}
	r.add(nil, t, verdict{true, "unsupported", sev, "N20", "of the summary is not supported by any source figure"})
}

// otherMagnitude: a vague count of the summary ("hundreds") where the
// source's only vague counts are of another order ("des milliers"),
// none of its own.
func otherMagnitude(src []*atom, t Mention) *atom {
	if !t.Vague || t.Kind != Approx {
		return nil
	}
	var other *atom
	for _, s := range src {
		if !s.m.Vague || s.m.Kind != Approx || s.m.Unit != t.Unit {
			continue
		}
		if s.m.Value == t.Value {
			return nil
		}
		other = s
	}
	return other
}

// fullDateOtherwise: t is a full date ("since August 1, 2023") that s,
// a year or a month of the source, supports only in part, while the
// source gives a full date of that year that differs ("depuis le 1er
// juillet 2023"): the date changed, not a field added. It returns that
// source date, or nil.
func fullDateOtherwise(src []*atom, s *atom, t Mention) *atom {
	td := dateOf(t)
	if td == nil || td.Day == 0 || td.Month == 0 || td.Year == 0 {
		return nil
	}
	if sd := dateOf(*s.m); sd != nil && sd.Day != 0 && sd.Month != 0 {
		return nil
	}
	for _, o := range src {
		if od := dateOf(*o.m); od != nil && od.Year == td.Year && od.Day != 0 && od.Month != 0 && (od.Month != td.Month || od.Day != td.Day) {
			return o
		}
	}
	return nil
}

// saidInLine are the source figures whose values the bullet gives.
func (r *check) saidInLine(src []*atom) []*atom {
	var out []*atom
	for _, s := range src {
		if r.lineSays(s) {
			out = append(out, s)
		}
	}
	return out
}

// lineSays: a figure of the bullet being checked has s's value.
func (r *check) lineSays(s *atom) bool {
	v := s.m.Rat()
	for _, u := range r.line {
		if w := u.m.Rat(); v != nil && w != nil && v.Cmp(w) == 0 {
			return true
		}
	}
	return false
}

// lineDates: the bullet names source figure s by its year after t,
// "about a third more than in 2019" for *1 640 euros en 2019*: the
// year right after s in its sentence.
func (r *check) lineDates(src []*atom, s, t *atom) bool {
	var y *atom
	for _, o := range src {
		if sameSentence(o, s) && o.m.Start >= s.m.End && (y == nil || o.m.Start < y.m.Start) {
			y = o
		}
	}
	if y == nil || y.m.Kind != Year {
		return false
	}
	for _, u := range r.line {
		if u.m.Start > t.m.End && u.m.Kind == Year && u.m.Value == y.m.Value {
			return true
		}
	}
	return false
}

// lineSaysTwice: another figure of t's bullet has t's value ("two
// behind bars and two suspended"), so either may be the source's.
func (r *check) lineSaysTwice(t *atom) bool {
	for _, u := range r.line {
		if u != t && u.m.Value == t.m.Value {
			return true
		}
	}
	return false
}

// lineShareOf: the bullet tells part o as its share of whole s ("six
// rookies, soit la moitié de son équipe de 12 joueurs" told "Half of the
// 12-man side were rookies"): o's noun there is the share's.
func (r *check) lineShareOf(o, s *atom) bool {
	if class(o.m.Kind) != Cardinal || class(s.m.Kind) != Cardinal || o.m.Unit != "" || s.m.Unit != "" {
		return false // counts only: two shares make no share of each other here
	}
	ov, sv := o.m.Rat(), s.m.Rat()
	if ov == nil || sv == nil || sv.Sign() == 0 || ov.Cmp(sv) >= 0 {
		return false
	}
	share := new(big.Rat).Quo(ov, sv)
	for _, u := range r.line {
		if u.m.Kind != Fraction && u.m.Kind != Percent {
			continue
		}
		if v := shareValue(*u.m); v != nil && v.Cmp(share) == 0 {
			return true
		}
	}
	return false
}

// lineCountPair: the two counts of t's bullet, the only pair there, that
// a share of t's bullet may share out, smaller first; nil when the bullet
// has no such pair.
func (r *check) lineCountPair(t *atom) (a, b *atom) {
	if t.m.Kind != Fraction && t.m.Kind != Percent {
		return nil, nil
	}
	var pair []*atom
	for _, u := range r.line {
		if u == t || !numeric(*u.m) || isYearish(*u.m) || class(u.m.Kind) != Cardinal || u.m.Unit != "" {
			continue
		}
		if periodUnit[u.m.Head] != "" || u.m.Word {
			return nil, nil // ("2 hours 10 minutes, less than half the former 4 hours 45": lengths, in parts)
		}
		pair = append(pair, u)
	}
	if len(pair) != 2 {
		return nil, nil
	}
	a, b = pair[0], pair[1]
	av, bv := a.m.Rat(), b.m.Rat()
	if av == nil || bv == nil || av.Sign() <= 0 || bv.Sign() <= 0 {
		return nil, nil
	}
	if av.Cmp(bv) > 0 {
		return b, a
	}
	return a, b
}

// lineShareOtherwise: an unsupported share of t's bullet beside the two
// counts it shares out, which give another share ("Of 47,800 households,
// 17,200 are single-person, more than half": 36%). The reader sees the
// contradiction; so does the check.
func (r *check) lineShareOtherwise(t *atom) string {
	a, b := r.lineCountPair(t)
	if a == nil {
		return ""
	}
	share := new(big.Rat).Mul(new(big.Rat).Quo(a.m.Rat(), b.m.Rat()), big.NewRat(100, 1))
	if shareFits(share, *t.m) || t.m.Kind == Percent && near(share, t.m.Rat()) {
		return ""
	}
	f, _ := share.Float64()
	return "is told as a share, but its bullet's own " + a.m.Raw + " and " + b.m.Raw + " give " + formatPercent(f)
}

// lineRestShare: a share of t's bullet that is the complement of its two
// counts, the smaller named as what is left ("190,000 lost power; about
// three-quarters reconnected, leaving 45,000 in the dark").
func (r *check) lineRestShare(t *atom) string {
	a, b := r.lineCountPair(t)
	if a == nil || !r.restTold() {
		return ""
	}
	rest := new(big.Rat).Mul(new(big.Rat).Quo(new(big.Rat).Sub(b.m.Rat(), a.m.Rat()), b.m.Rat()), big.NewRat(100, 1))
	if shareFits(rest, *t.m) || t.m.Kind == Percent && near(rest, t.m.Rat()) {
		return "the share of " + b.m.Raw + " beyond the " + a.m.Raw + " left"
	}
	return ""
}

// restTold: the bullet names one of its counts as what is left of the
// other ("leaving 45,000 in the dark", "the remaining 12").
func (r *check) restTold() bool {
	return saysWord(r.text, restWords)
}

// saysWord: one of the words stands in text, whatever its case and the
// punctuation after it.
func saysWord(text string, words map[string]bool) bool {
	for _, w := range strings.Fields(text) {
		if words[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return true
		}
	}
	return false
}

// otherShare: a source share or factor below one said with the words of
// the bullet's share t, of another value.
func otherShare(src []*atom, t Mention) *atom {
	if !shareLike(t) {
		return nil
	}
	for _, s := range src {
		if shareLike(*s.m) && s.m.Value != t.Value && (ctxSim(s.m.ctxCore, t.ctxCore) > 0 || ctxSim(s.m.clause(), t.clause()) > 0) {
			return s
		}
	}
	return nil
}

// supported marks the row and reports attribution, hedge and date issues.
func (r *check) supported(src []*atom, s, t *atom, v verdict) {
	t.pair = s
	if s.row >= 0 && r.Rows[s.row].Status == RowOmitted {
		r.Rows[s.row].Status, r.Rows[s.row].English = RowMatched, t.m.Raw
	}
	if t.m.Attr != "" && (t.m.attrNear || r.soleAttributed(src, s, t)) && s.m.Attr != "" && s.m.Attr != t.m.Attr && numeric(*t.m) && !r.organisedBy(s, t.m.Attr) {
		r.add(s, t, verdict{true, "attribution", Error, "M4",
			"the source attributes this figure to " + s.m.Attr + ", not " + t.m.Attr})
		return
	}
	if o := attributedOther(src, s, t); o != nil && (t.m.attrNear || r.attrLeads(t)) {
		r.add(o, t, verdict{true, "attribution", Error, "M4",
			"the source gives " + t.m.Attr + " another figure, " + o.m.Raw + "; this one is said by others"})
		return
	}
	if v.kind != "" {
		r.add(s, t, v)
	}
	if d := directionCheck(*s.m, *t.m); d.kind != "" {
		if v, ok := r.levelChange(src, t); ok && !((t.m.Unit != "" || t.m.Kind == PercentPoint) && sameWordsAs(s, t)) {
			r.add(nil, t, v) // "nineteen trophies, three fewer than in 2019": the change of the line's own level, not the play's three trophies
			return
		}
		r.add(s, t, d)
	}
	if c := complementCheck(*s.m, *t.m); c.kind != "" {
		r.add(s, t, c)
	}
	if h := hedgeCheck(*s.m, *t.m); h.kind != "" && h.severity == Warning && t.m.Comparator == CmpNone {
		r.add(s, t, h)
	} else if h.severity == Error {
		r.add(s, t, h)
	}
}

// yearAgo: "a year earlier", "a year ago", the base a change is counted
// from.
func (r *check) yearAgo(t *atom) bool {
	if t.m.Value != "1" || t.m.Head != "year" {
		return false
	}
	next := r.nextWord(t)
	return next == "earlier" || next == "ago" || next == "before"
}

// timeBack: the source period a counts back from the time of its
// figures, "il y a six mois", "deux ans plus tôt", "trois mois
// auparavant": what "a year earlier" may have changed. A length, "de 10 à
// 14 jours" of a detour, is none.
func (r *check) timeBack(a *atom) bool {
	if a.m.Paragraph >= len(r.source) || a.m.End > len(r.source[a.m.Paragraph]) {
		return false
	}
	par := r.source[a.m.Paragraph]
	before := strings.ToLower(strings.TrimSpace(par[:a.m.Start]))
	after := strings.ToLower(strings.TrimSpace(par[a.m.End:]))
	after = strings.Map(func(c rune) rune {
		if strings.ContainsRune(",.;:!?)", c) {
			return ' '
		}
		return c
	}, after) + " "
	if h := a.m.Head; h != "" {
		after = strings.TrimLeft(strings.TrimPrefix(after, h+" "), " ") // "six mois plus tôt": past the noun the figure counts
	}
	return strings.HasSuffix(before, "il y a") || strings.HasSuffix(before, "voici") ||
		hasWordPrefix(after, []string{"plus tôt", "auparavant", "avant", "plus tard", "earlier", "ago", "before"})
}

// nextWord is the word of the bullet right after t, lowered, without the
// punctuation that ends it: "more" of "500,000 more than".
func (r *check) nextWord(t *atom) string {
	if t.m.End > len(r.text) {
		return ""
	}
	next, _, _ := strings.Cut(strings.TrimSpace(r.text[t.m.End:])+" ", " ")
	return strings.ToLower(strings.Trim(next, ",.;:"))
}

// prevWord is the word of the bullet right before t, lowered: "the" of
// "The 2024 filing season".
func (r *check) prevWord(t *atom) string {
	if t.m.Start > len(r.text) {
		return ""
	}
	before := strings.TrimRight(r.text[:t.m.Start], " ")
	return strings.ToLower(before[strings.LastIndexAny(before, " \n")+1:])
}

// earlyDerivation judges a figure derived from dates, clock times, ranks
// or many terms before it is taken for a changed figure of the same noun
// ("17 days earlier" is no changed "72 heures"). The readers run in turn
// and the first that explains t wins. It reports whether it judged t.
func (r *check) earlyDerivation(src []*atom, t *atom) bool {
	for _, why := range []func() string{
		func() string { return daysBetween(src, *t.m) },
		func() string { return monthsBetween(src, *t.m) },
		func() string { return hoursBetween(src, *t.m) },
		func() string { return r.startToldAfter(src, *t.m) },
		func() string { return yearsOn(src, *t.m) },
		func() string { return eraOfYear(src, *t.m) },
		func() string { return r.dateShiftedUntold(src, t) },
		func() string { return clockShifted(src, *t.m) },
		func() string { return clockNear(src, *t.m) },
		func() string { return raceTimeGap(src, *t.m) },
		func() string { return unitGap(src, *t.m) },
		func() string { return durationBound(src, *t.m) },
		func() string { return rankMoved(src, *t.m, lastWord(r.text[:min(t.m.Start, len(r.text))]) == "to") },
		func() string { return r.rankBesideRival(src, t) },
		func() string { return r.placeBehind(src, t) },
		func() string { return r.ageInYear(src, t) },
		func() string { return r.ageApart(src, t) },
		func() string { return r.ageAtStart(src, t) },
		func() string { return r.ageAfterSpent(src, t) },
		func() string { return totalOfMany(src, *t.m) },
		func() string { return r.countedListTotal(src, t) },
		func() string { return r.eachCountTotal(src, t) },
		func() string { return listTotal(src, *t.m) },
		func() string { return sourceRecordGames(src, *t.m) },
		func() string { return digitSize(src, *t.m) },
		func() string { return exactDerived(src, *t.m) },
		func() string { return matchMinute(src, *t.m) },
		func() string { return r.lineRestShare(t) },
		func() string { return r.scoreOfCounts(src, *t.m) },
		func() string { return r.nthAfterCount(src, *t.m) },
		func() string { return r.minorsAge(*t.m) },
	} {
		if w := why(); w != "" {
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + w})
			return true
		}
	}
	return false
}

// derivedOnly: the findings on a summary figure say only that it is
// derived from the source.
func derivedOnly(fs []Finding) bool {
	for _, f := range fs {
		if f.Kind != "derived" || f.Severity != Info {
			return false
		}
	}
	return len(fs) > 0
}

// valueInSource: some source figure of t's kind has t's value.
func valueInSource(src []*atom, t Mention) bool {
	for _, s := range src {
		if s.m.Value == t.Value && class(s.m.Kind) == class(t.Kind) {
			return true
		}
	}
	return false
}

// gapOfLevelBefore: when the bullet tells t right after a level of its
// own ("with 11, two more than Switzerland"), that level is one of the
// two figures t is the gap of; a bullet with a changed level ("with 14,
// two more") has its gap from no pair of the source.
func (r *check) gapOfLevelBefore(t, a, b *atom) bool {
	prev := r.figureBefore(t)
	if prev == nil || prev.m.End > t.m.Start || t.m.Start > len(r.text) || len(strings.TrimSpace(r.text[prev.m.End:t.m.Start])) > 1 {
		return true
	}
	return prev.m.Value == a.m.Value || prev.m.Value == b.m.Value
}

// ofHead are the source figures that count the noun head.
func ofHead(src []*atom, head string) []*atom {
	var out []*atom
	for _, a := range src {
		if sameHead(a.m.Head, head) {
			out = append(out, a)
		}
	}
	return out
}

// dateConflict: an added bullet date the source gives otherwise (its
// weekday on another day, its month in another year, a year never
// given) is an error, told here.
func (r *check) dateConflict(src []*atom, s, t *atom) bool {
	if o, why := otherDay(src, *t.m); o != nil {
		// "Sunday, Aug. 24" where the source's Sunday in August is the
		// 25th; "Thursday, September 10" for "mardi 10 septembre"
		r.add(o, t, verdict{true, "modified", Error, "N13", why})
		return true
	}
	if o := otherMonth(src, *t.m); o != nil {
		// "Sunday, July 3" where the source's Sunday the 3rd is in August
		r.add(o, t, verdict{true, "modified", Error, "N13", "the source gives this day and weekday in another month"})
		return true
	}
	if o := yearsOtherMonth(src, *t.m); o != nil {
		// "until June 2028" where the source's 2028 is "juillet 2028" and
		// the bare year of a name ("l'Euro 2028")
		r.add(o, t, verdict{true, "modified", Error, "N13", "the source gives this year's month as " + o.m.Raw})
		return true
	}
	if o := wholeDate(src, *t.m); o != nil {
		// "March 2024" where the source says "mars 2023" and 2024 of
		// something else: a date matches as a whole (N13)
		r.add(o, t, verdict{true, "modified", Error, "N13", "the source gives this month in another year"})
		return true
	}
	if o := otherYear(src, *t.m); o != nil {
		r.add(s, t, verdict{true, "modified", Error, "N13", "the bullet adds a year the source never gives; its year is " + o.m.Raw})
		return true
	}
	return false
}

// yearsOtherMonth finds a source date in t's year with another month,
// when the source gives t's month in that year nowhere.
func yearsOtherMonth(src []*atom, t Mention) *atom {
	d := t.Date
	if t.Kind != Date || d == nil || d.Month == 0 || d.Year == 0 {
		return nil
	}
	var other *atom
	for _, s := range src {
		sd := s.m.Date
		if s.m.Kind != Date || sd == nil || sd.Year != d.Year || sd.Month == 0 {
			continue
		}
		if sd.Month == d.Month {
			return nil
		}
		other = s
	}
	return other
}

// otherMonth finds a source date with t's day and weekday, both given,
// in another month.
func otherMonth(src []*atom, t Mention) *atom {
	d := t.Date
	if t.Kind != Date || d == nil || d.Day == 0 || d.Weekday == 0 || d.Month == 0 {
		return nil
	}
	for _, s := range src {
		if sd := s.m.Date; s.m.Kind == Date && sd != nil && sd.Day == d.Day && sd.Weekday == d.Weekday && sd.Month != 0 && sd.Month != d.Month {
			return s
		}
	}
	return nil
}

// derivation: how the bullet's figure m follows from source figures, by
// the first of the derivations that finds a way ("" when none does).
func (r *check) derivation(src []*atom, m Mention) string {
	for _, why := range []func() string{
		func() string { return derivedMore(src, m) },
		func() string { return byMultiplier(src, m) },
		func() string { return riseMultiple(src, m) },
		func() string { return priorFromChange(src, m) },
		func() string { return levelAfterChange(src, m) },
		func() string { return shareOfPrior(src, m) },
		func() string { return labelSpan(src, m) },
		func() string { return changeAmount(src, m) },
		func() string { return changePercent(src, m) },
		func() string { return netChange(src, m) },
		func() string { return scoreSide(src, m) },
		func() string { return percentOf(src, r.line, m) },
		func() string { return perPeriodTotal(src, m) },
		func() string { return rateTotal(src, m) },
		func() string { return perPeriodAverage(src, m) },
		func() string { return ratePerOtherPeriod(src, m) },
		func() string { return intervalOfRate(src, m) },
		func() string { return yearBefore(src, r.line, m) },
		func() string { return r.yearByPhrase(src, m) },
		func() string { return yearAcross(src, r.line, m) },
		func() string { return yearLater(src, r.line, m) },
		func() string { return countTimesEach(src, m) },
		func() string { return amountPerUnit(src, m) },
		func() string { return toOne(src, m) },
		func() string { return fractionOf(src, m) },
		func() string { return perUnit(src, r.line, m) },
		func() string { return yearsBetween(src, m) },
		func() string { return remainingShare(src, m) },
		func() string { return remainingAmount(src, m) },
		func() string { return tallySide(src, m) },
		func() string { return ratioPart(src, m) },
		func() string { return placesMoved(src, m) },
		func() string { return splitOfShares(src, m) },
		func() string { return r.wholeOfOtherPart(src, m) },
		func() string { return r.ratioRetold(src, m) },
		func() string { return r.timesPer(src, m) },
		func() string { return recordBefore(src, m) },
		func() string { return productTotal(src, m) },
		func() string { return othersOfField(src, m) },
		func() string { why, _, _ := minuteLater(src, m); return why },
	} {
		if w := why(); w != "" {
			return w
		}
	}
	return ""
}

// gapTold: the bullet calls its figure a gap between two others ("30
// points behind girls", "a lead of 4 points"), or a change.
func gapTold(t Mention) bool {
	return t.dir != 0 || gapWord[t.Head] || slices.ContainsFunc(t.ctx, func(w string) bool {
		return gapWord[w] || w == "behind" || w == "ahead" || w == "gap" || w == "lead" || w == "than" || w == "lag" || w == "lags"
	})
}

// partWhole: o is the part counted from s, said just before it ("60 de
// ses 150 ruches pillées"): the part's predicate is no rival for the whole.
func partWhole(o, s *atom) bool {
	return o.m.partOf && sameSentence(o, s) && o.m.End <= s.m.Start && s.m.Start-o.m.End <= 80 // ("32 écoles ont été livrées ou sont en chantier, sur les 188")
}

// shareRetold: the source word share said with the words and hedge of
// t, a word share the bullet explains only as a ratio of two other
// figures (why); nil when why is no such ratio.
func (r *check) shareRetold(src []*atom, t *atom, why string) *atom {
	if !t.m.Word || !strings.Contains(why, " as a share of ") {
		return nil // (the cheap tests first: otherShare weighs every source figure's words)
	}
	if o := otherShare(src, *t.m); o != nil && o.m.Word && cmpFamily(o.m.Comparator) == cmpFamily(t.m.Comparator) {
		return o
	}
	return nil
}

// perHeadFirst reports t as an amount per head when one explains it, before
// a figure of its noun is called changed: "one GP for every 1,220
// residents" is the 115 000 residents over the 94 doctors.
func (r *check) perHeadFirst(src []*atom, t *atom) bool {
	w := perUnit(src, r.line, *t.m)
	if w != "" {
		r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + w})
	}
	return w != ""
}

// durationParts: s and o are the two parts of one length of time, "2 ans
// et 4 mois": side by side in their sentence, each with a unit of time.
// A bullet that keeps both says each of what the other is said of.
func durationParts(s, o *atom) bool {
	if periodUnit[s.m.Head] == "" || periodUnit[o.m.Head] == "" || !sameSentence(s, o) {
		return false
	}
	a, b := s.m, o.m
	if a.Start > b.Start {
		a, b = b, a
	}
	return b.Start-a.End <= 14
}

// ownNounTerm: the other term of a difference names o's own noun.
func ownNounTerm(other, o *atom) bool {
	h := nounHead(o.m.Head)
	return h != "" && nounHead(other.m.Head) == h
}

// changeAndLevel: o is a change and s the level it led to, told in one
// sentence ("a relevé de 25 millions son budget, désormais fixé à 70
// millions"): said of the same thing, whichever clause names it.
func changeAndLevel(o, s *atom) bool {
	// (rates left out: "bondi de 12 % ... progressé, sur la même période, de
	// 3 %" are two changes, the second's verb too far to read)
	// ("redresser 16,7 milliards d'euros en 2024, un montant record, en
	// hausse de 1,5 milliard": the level, then its change a few words on)
	order := o.m.Start < s.m.Start || o.m.Start-s.m.End < 80
	return o.m.dir != 0 && s.m.dir == 0 && sameSentence(o, s) && order && class(o.m.Kind) == class(s.m.Kind) && o.m.Unit == s.m.Unit &&
		class(s.m.Kind) != Percent
}

// attributedOther: the bullet gives t to a source of figures in its own
// clause ("The health ministry says ... 47 days"), the source figure of
// its value is said by no one named ("selon le baromètre des
// radiologues"), and another source figure of its kind and noun is the
// one that source gives ("Le ministère, lui, avance 38 jours").
func attributedOther(src []*atom, s, t *atom) *atom {
	if t.m.Attr == "" || s.m.Attr != "" || !numeric(*t.m) {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Attr == t.m.Attr && o.m.Paragraph == s.m.Paragraph && class(o.m.Kind) == class(s.m.Kind) && o.m.Unit == s.m.Unit &&
			o.m.Value != t.m.Value && (o.m.Head == s.m.Head || s.m.Head == "" && o.m.Head != "" && o.m.End < s.m.Start && s.m.enPronoun || periodUnit[o.m.Head] != "" && periodUnit[o.m.Head] == periodUnit[s.m.Head]) {
			return o
		}
	}
	return nil
}

// attrLeads: a word naming t's source opens the bullet's clause before
// t with no other figure or stop between: "The health ministry says
// patients ... wait 47 days".
func (r *check) attrLeads(t *atom) bool {
	if t.m.Start > len(r.text) {
		return false
	}
	before := strings.ToLower(r.text[:t.m.Start])
	if k := strings.LastIndexAny(before, ".;:0123456789"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range strings.Fields(before) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",()"), "'s"), "’s") // "Mécaplast's", "(ministry)"
		if attributionNouns[w] == t.m.Attr {
			return true
		}
	}
	return false
}

// tallyTold: the bullet's tally "149 to 12" gives the two sides of a
// vote the source counts in one sentence, "par 149 voix pour, 12 contre".
func tallyTold(src []*atom, t Mention) bool {
	a, b, ok := strings.Cut(t.Value, "-")
	if t.Kind != Score || !ok {
		return false
	}
	// a vote "contre"; "58 victoires et 35 défaites" as "58-35"; "Nice
	// compte 58 points ... Monaco, deuxième avec 52 unités" as "(58 to
	// 52)"; "80 sièges ..., contre 78 pour le Parti socialiste" as "80 to
	// 78", the first count's noun said for both: two tallies of one
	// sentence, in order
	return countsInOrder(src, a, b, func(x, y *atom) bool {
		return slices.Contains(y.m.ctx, "contre") || sideBySide[y.m.Head] || sideBySide[x.m.Head] && strings.Contains(t.Raw, " to ")
	}) || b == "0" && slices.ContainsFunc(src, func(s *atom) bool { return everyOneOf(*s.m, a) })
}

// everyOneOf: m is the count n said as all of its whole, "15 voix sur
// 15", which a bullet may tell as the unanimous tally "15-0".
func everyOneOf(m Mention, n string) bool {
	return m.Kind == Cardinal && m.Value == n && (strings.Contains(m.Raw, " sur "+n) || strings.Contains(m.Raw, " out of "+n))
}

// sideBySide are the nouns a table or a record sets side by side.
var sideBySide = map[string]bool{"points": true, "unités": true, "pts": true, "voix": true, "sièges": true, "buts": true,
	"victoires": true, "défaites": true, "essais": true}

// afterBy: the bullet's figure follows "by", the size of a change.
func (r *check) afterBy(t *atom) bool {
	return t.m.Start <= len(r.text) && hasSuffixFold(strings.TrimRight(r.text[:t.m.Start], " "), " by")
}

// withOthers is o with the source counts of "others", to add to it;
// nil when the source counts none.
func withOthers(src []*atom, o *atom) []*atom {
	var out []*atom
	for _, a := range src {
		if a != o && countsOthers(*a.m) {
			if out == nil {
				out = []*atom{o}
			}
			out = append(out, a)
		}
	}
	return out
}

// countsOthers: a count of "others" ("puis 9 autres mercredi") adds to
// the noun counted before it.
func countsOthers(m Mention) bool {
	np := m.np()
	return len(np) > 0 && (np[0] == "autres" || np[0] == "others") || m.Head == "autres" || m.Head == "others"
}

// otherRankedPlace: t is a place in a ranking ("came second") matched to a rank
// of another kind (the "second tour"), or any rank matched to a count,
// while the source gives a place of another value in t's sentence of the
// bullet's subject ("Arrivé troisième au premier tour"); it returns that
// place.
func otherRankedPlace(src []*atom, s *atom, t Mention) *atom {
	count := t.Kind == Ordinal && s.m.Kind != Ordinal // "are 16th" matched to "16 rencontres": a rank no count gives
	if t.style != "place" && !count || s.m.style == "place" || placeNouns[s.m.Head] || t.Kind != Ordinal || strings.EqualFold(s.m.Raw, "en tête") {
		return nil // ("termine au deuxième rang", "arrive en tête" are places too)
	}
	for _, o := range src {
		if o != s && o.m.Kind == Ordinal && (o.m.style == "place" && !count || count && (o.m.style == "place" || placeNouns[o.m.Head] || rankOfNamed(o, s, t)) && sameSentence(o, s)) && o.m.Value != t.Value && o.m.Paragraph == s.m.Paragraph {
			return o // (for a count, the place its own sentence gives: "pointe à la 13e place, avec 17 points en 16 rencontres"; "his 100th game" is no place the next sentences give)
		}
	}
	return nil
}

// rankOfNamed: o ranks the place the bullet names beside a group of
// places the source gives, "Castres, 12e, figurent aussi dans le top 15"
// briefed "Castres (15th)": the top 15 is no place of Castres.
func rankOfNamed(o, s *atom, t Mention) bool {
	return s.m.style == "rankgroup" && o.m.owner != "" && t.owner != "" && sameName(o.m.owner, t.owner)
}

// sameWordsAs: s, the source figure of t's value and unit, is said of
// t's own words ("a reculé de 0,6 point" in Pas-de-Calais, "rose 0.6
// point" in Pas-de-Calais): its way is the one to compare, not that of a
// gap two other rates happen to make.
func sameWordsAs(s, t *atom) bool {
	return s.m.Kind == t.m.Kind && s.m.Value == t.m.Value && ctxSim(s.m.ctx, t.m.ctx) > 0
}

// rawAndHead names a figure with its noun, unless its words end on it
// already: "6 800 étudiants", but "une semaine", not "une semaine semaine".
func rawAndHead(m Mention) string {
	if m.Head == "" || strings.HasSuffix(strings.ToLower(m.Raw), strings.ToLower(m.Head)) {
		return m.Raw
	}
	return m.Raw + " " + m.Head
}
