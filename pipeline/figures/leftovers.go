package figures

import (
	"cmp"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// modifiedUnit pairs what is left after matching: first in the aligned
// sentence, then, for figures that are facts on both sides, in the
// neighbouring sentences.
func (r *check) modifiedUnit(u unit) {
	r.modifiedScope(u, 0, false)
	r.modifiedScope(u, 1, false)
}

// modifiedScope pairs a source and a target figure left over in nearby
// sentences that are one figure changed, reported with its diff class
// (figures.md, Matching 2). strict asks for the evidence of a change
// before the wider search: the same kind and unit in the same sentence.
// Figures that may not be figures at all are paired only inside their
// own sentence.
func (r *check) modifiedScope(u unit, dist int, strict bool) {
	for _, s := range u.src {
		if s.used {
			continue
		}
		var best *atom
		bestScore := -1 << 30
		for _, t := range candidates(u, s, dist) {
			if t.used || unsaid(*t.m) || fixed(*t.m) && !(t.m.label && s.m.label) || !related(*s.m, *t.m, strict) {
				continue // (two labels of a document, "annexe II" and "annex III", may be one changed)
			}
			if dist > 0 && (soft(*s.m) || soft(*t.m)) || s.m.style == "homograph" && !t.m.Word {
				continue // "un hôpital neuf ... 2021" is no nine changed
			}
			if fixed(*s.m) && (s.m.Value == t.m.Value || (s.m.style == "period") != (t.m.style == "period")) {
				continue // "d'abord" refused for "the first term": a set phrase of that value changed nothing; "des deux côtés de la frontière" is no "every day"
			}
			if s.m.Word && t.m.label && !t.m.Word {
				continue // "les deux articles" is no "Articles 81 and 82" changed: a count against a name
			}
			if sc := pairScore(s, t); sc > bestScore {
				best, bestScore = t, sc
			}
		}
		if best != nil && (r.differenceTold(u, s, best) || r.othersTold(s, best) || r.otherSideTold(u, s, best)) {
			continue
		}
		if best != nil {
			r.modified(s, best)
		}
	}
}

// differenceTold: the translation gives t, a gap, where the source
// gives s, a level next to another level it kept: "278 000 spectateurs
// ... 265 000 personnes l'an dernier" told "278,000 people ... 13,000
// more than last year". The meaning is kept, the figure is not: a
// warning.
func (r *check) differenceTold(u unit, s, t *atom) bool {
	if s.m.label || t.m.label || t.m.Paragraph >= len(r.target) || t.m.End > len(r.target[t.m.Paragraph]) {
		return false
	}
	after := strings.Fields(strings.ToLower(r.target[t.m.Paragraph][t.m.End:]))
	if len(after) == 0 || after[0] != "more" && after[0] != "fewer" && after[0] != "less" {
		return false // "13,000 more", "11 fewer": a gap said as one
	}
	sv, tv := s.m.Rat(), t.m.Rat()
	if sv == nil || tv == nil || tv.Sign() <= 0 || !numeric(*s.m) {
		return false
	}
	for _, a := range u.src {
		if a == s || !a.used || class(a.m.Kind) != class(s.m.Kind) || a.m.Unit != s.m.Unit || a.m.Paragraph != s.m.Paragraph || abs(a.m.Sentence-s.m.Sentence) > 1 {
			continue
		}
		if av := a.m.Rat(); av != nil && new(big.Rat).Abs(new(big.Rat).Sub(av, sv)).Cmp(tv) == 0 {
			bind(s, t)
			r.add(s, t, verdict{true, "modified", Warning, "M2", "is told by its difference from " + a.m.Raw + ": check it"})
			return true
		}
	}
	return false
}

// othersTold: "parmi 37 candidats" told "beat 36 rivals": the field
// less the one who won it.
func (r *check) othersTold(s, t *atom) bool {
	if !fieldLessOne(*s.m, *t.m) {
		return false
	}
	bind(s, t)
	r.add(s, t, verdict{true, "modified", Info, "M2", "counts the others: the source's " + s.m.Raw + " less the one it is told of"})
	return true
}

// fieldLessOne: others counts the rivals of one member of field, a count
// one greater: "parmi 37 candidats" and "36 rivals".
func fieldLessOne(field, others Mention) bool {
	fv, ov := field.Rat(), others.Rat()
	return fv != nil && ov != nil && class(field.Kind) == Cardinal && class(others.Kind) == Cardinal && (othersNouns[others.Head] || otherBefore(others)) &&
		new(big.Rat).Sub(fv, ov).Cmp(big.NewRat(1, 1)) == 0
}

// otherBefore: "other" opens the noun phrase of the English figure m,
// "ahead of 459 other dog-and-owner pairs".
func otherBefore(m Mention) bool {
	np := m.np()
	return m.Lang == English && len(np) > 0 && np[0] == "other"
}

// othersNouns count a field less one of its members.
var othersNouns = map[string]bool{"rivals": true, "opponents": true, "competitors": true, "challengers": true, "others": true, "other": true}

// related kinds can be one figure changed: same class, or percent and
// points, or a cardinal that lost its unit.
func related(s, t Mention, strict bool) bool {
	if strict {
		return s.Kind == t.Kind && s.Unit == t.Unit || class(s.Kind) == class(t.Kind) && class(s.Kind) == Cardinal && s.Unit == t.Unit
	}
	if _, on := ordinalFraction(s, t); on || class(s.Kind) == class(t.Kind) {
		return true // un deuxième essai -> a third experiment
	}
	if shareLike(s) && shareLike(t) {
		return true // trois fois moins (a third as many) -> a quarter as many
	}
	if rowCount(s, t) || rowCount(t, s) {
		return true // "une quatrième défaite de suite" -> "four in a row"
	}
	if numberLabelled(s) && numberLabelled(t) {
		return true // "Numéro 2" -> "Number three": one numbered item for another
	}
	num := map[Kind]bool{Cardinal: true, Decimal: true, Approx: true, Percent: true, PercentPoint: true,
		PerMille: true, Money: true, Quantity: true}
	dates := map[Kind]bool{Date: true, Year: true}
	return num[s.Kind] && num[t.Kind] && !soft(s) && !soft(t) || dates[s.Kind] && dates[t.Kind]
}

// rowCount: a is a rank in a row ("the fourth day in a row"), which
// counts like b, a plain number ("four in a row", "quatre jours
// d'affilée").
func rowCount(a, b Mention) bool {
	if a.Kind != Ordinal || class(b.Kind) != Cardinal || b.Unit != "" {
		return false
	}
	// "la troisième fois" = "on 3 occasions"; "pour la troisième
	// année" = "three years in a row": the Nth of a run counts N
	return a.style == "row" || b.style == "row" || timesNoun[a.Head] && timesNoun[b.Head]
}

// timesNoun: nouns that count occurrences, so the Nth of them is N of them.
var timesNoun = map[string]bool{"fois": true, "time": true, "times": true, "occasion": true, "occasions": true, "reprise": true, "reprises": true}

// shareLike: a fraction, or a factor below one ("trois fois moins" is a
// third as much), which a translation may write either way.
func shareLike(m Mention) bool {
	if m.Kind == Fraction {
		return true
	}
	v := m.Rat()
	return m.Kind == Multiplier && v != nil && v.Sign() > 0 && v.Cmp(big.NewRat(1, 1)) < 0
}

func (r *check) modified(s, t *atom) {
	bind(s, t)
	if s.row >= 0 {
		r.Rows[s.row].English = t.m.Raw
	}
	tm := *t.m
	if poundsOfWeight(*s.m, tm) {
		tm.Kind, tm.Unit = Quantity, "lb" // "a 2,032 pound pumpkin" for "922 kg": a weight, converted
	}
	sev := Error
	why := diffClass(*s.m, tm)
	kind := "modified"
	switch {
	case why == "scale word wrong" || why == "unit prefix wrong":
		kind = "scale"
	case (hedgedRounding(*s.m, tm) && !periodsClash(*s.m, tm) || hedgedPeriod(*s.m, tm)) && !periodClash(*s.m, tm):
		kind, sev, why = "rounded", Warning, "rounded with a hedge; the exact figure is lost"
	case s.m.bracketed && tm.bracketed && s.m.Kind == Quantity && tm.Kind == Quantity && s.m.Unit == tm.Unit && roundedConversion(*s.m, tm):
		// "18 pouces (45,72 cm)" written "18 inches (46 cm)": the
		// figure kept, its conversion rounded
		kind, sev, why = "rounded", Warning, "a conversion in brackets, rounded"
	case why == "score order reversed" && r.setTurnedInList(*s.m, tm):
		why = setTurned // "6-4, 3-6, 7-5" written "6-4, 6-3, 7-5"
	case why == "score order reversed" && s.m.style != "votes" && tm.style != "votes":
		sev = Warning // home and away may be written either way; votes for and against may not
	case s.m.Kind == Percent && tm.Kind == PercentPoint || s.m.Kind == PercentPoint && tm.Kind == Percent:
		kind = "unit"
	case s.m.Kind == Quantity && tm.Kind == Quantity && s.m.Unit != tm.Unit && sameFamily(*s.m, tm):
		kind, why = "scale", "unit prefix wrong ("+s.m.Unit+" written "+tm.Unit+")"
	case s.m.Kind == Quantity && tm.Kind == Quantity && s.m.Unit != tm.Unit:
		v := unitChange(*s.m, tm)
		kind, sev, why = v.kind, v.severity, v.why
		if v.severity == Warning && tm.parenthetical && !tm.bracketed {
			// "several (17 miles)": the conversion a translator adds in
			// brackets stayed, the figure it converted was dropped
			sev, why = Error, "only its conversion is left, in brackets after words that replaced the figure"
		}
	}
	r.add(s, t, verdict{true, kind, sev, "M2", why})
	if s.row >= 0 && sev == Warning {
		r.raise(s.row, Warning, true)
	}
}

// leftovers reports unmatched figures: removed from the source, added in
// the target (figures.md, Matching 2). Only a figure that is a fact is
// an error on its own; one that may not be a figure at all, or that
// repeats a source figure said once, is a warning (N7).
func (r *check) leftovers(us []unit) {
	for _, u := range us {
		r.unmatchedSource(u)
		r.unmatchedTarget(u)
	}
}

// unmatchedSource: the unit's source figures no English one took, each
// missing unless a range, a set phrase or a kept conversion covers it.
func (r *check) unmatchedSource(u unit) {
	for _, s := range u.src {
		if s.used {
			continue
		}
		if o := cmp.Or(insideRange(u.tgt, s), insideYears(u.tgt, s), insideRanks(u.tgt, s), insideRun(u.src, u.tgt, s), insideDecade(u.src, s)); o != nil {
			// "les 12, 13 et 14 juillet" = "July 12-14": covered, the
			// range keeps its own partner
			s.used, s.pair = true, o
			if s.row >= 0 && r.Rows[s.row].Status == RowMissing {
				r.Rows[s.row].Status, r.Rows[s.row].English = RowMatched, o.m.Raw
			}
			continue
		}
		if toldApart(u.tgt, s) {
			continue
		}
		if fixed(*s.m) || r.cadenceSaid(s) || r.zeroSaid(s) || r.keptAsWritten(s) || r.asManyTold(u.src, s) || r.firstAsSuperlative(s) || factorTold(u.src, u.tgt, s) || ratioTold(u.src, u.tgt, s) || r.millenniumTold(s) || r.coinTold(s) || citedIn(u.src, u.tgt, s) || r.relativeYearSaid(u, s) || r.yearsLaterSaid(u, s) || r.aYearSaid(s) {
			continue // ("tous les trois mois": "quarterly")
		}
		sev, why := Error, "is missing from the translation"
		if droppable(*s.m) && (s.m.Alt != "night" || otherEndUsed(u.src, s)) {
			sev = Warning // "la nuit du 11 au 12 août" may be "the night of August 11", not nothing
		}
		group := inGroups(u.src, s.grp, 0, s.idx)
		if glossedRank(group, s) {
			sev, why = Warning, "glosses in brackets a figure the translation kept"
		}
		if keptConversion(group, s) {
			// "environ 16 km (10 milles)": "about 10 miles" kept one
			sev, why = Warning, "is dropped where its conversion in brackets was kept"
		}
		tg := inGroups(u.tgt, s.grp, 0, s.idx)
		if (twinSaid(group, s) || r.phraseRepeated(group, s) || r.bothTold(group, s) || r.billTwice(group, s) || r.namedAgain(group, s) || r.labelTwice(group, tg, s) || saidTwice(group, tg, s) || yearInDate(group, tg, s) || fullDateTwice(group, tg, s) || decimalTwice(inGroups(u.src, s.grp, 1, s.idx), tg, s)) && !r.vagueStandIn(s) {
			// "à 15 m du sommet et 15 m du sol": "50ft from the top and
			// bottom" says the one value once
			sev, why = Warning, "repeats a figure of its sentence that the translation says once"
		}
		if stageRestated(u.src, s) {
			// "qualifié pour les demi-finales ... n'avaient plus atteint le
			// dernier carré depuis 2021": "had not got that far since 2021"
			sev, why = Warning, "names again a stage of the competition its paragraph gives, which the translation keeps"
		}
		if totalOfParts(group, s) && !r.vagueForTotal(s) {
			// "Parmi ces 11 cas, il y avait 8 marins, 1 femme au foyer, 1 étudiant et 1 enfant": the parts kept tell the total
			sev, why = Warning, "is the total of the parts its sentence lists, which the translation keeps"
		}
		if spanChange(group, s) {
			// "une augmentation de 0,15 p. 100, de 5,85 à 6 p. 100": "the increase from 5.85 to 6%"
			sev, why = Warning, "is the change between the two ends its sentence gives, which the translation keeps"
		}
		if daysSpanned(group, s) {
			// "une visite de deux jours, les 3 et 4 novembre": "visited on 3 and 4 November"
			sev, why = Warning, "is the span of the dates it is told with, which the translation keeps"
		}
		if r.oneAsArticle(*s.m) && allPaired(tg) {
			// "5 bataillons, 1 unité d'intervention": "5 battalions, a quick reaction unit"
			sev, why = Warning, "is a count of one, which English may say \"a\": check it"
		}
		if r.oneCoinAsArticle(*s.m) {
			// "un dollar de plus": "an extra dollar"
			sev, why = Warning, "is one of its currency, which English may say with \"a\" (\"an extra dollar\"): check it"
		}
		if r.namedCount(s) {
			sev, why = Warning, "is told by the names listed after it, which the translation gives: check the count"
		}
		if r.wholeTold(s) {
			sev, why = Warning, "is told as a whole (\"the whole\", \"all of\"): check it"
		}
		if r.relativeCentury(s) {
			sev, why = Warning, "is said as a century counted from the time of writing (\"the next century\"): check the date"
		}
		r.add(s, nil, verdict{true, "removed", sev, "M2", why})
	}
}

// millenniumTold: "l'an 2000" or "les années 2000" told "the new
// millennium" or "by the millennium", as the late 1990s called it, in
// the paragraph's translation.
func (r *check) millenniumTold(s *atom) bool {
	decade := s.m.Kind == Date && s.m.Date != nil && s.m.Date.Decade && s.m.Date.Year == 2000 && s.m.Date.Qualifier == "" // "à l'aube des années 2000"
	if (s.m.Value != "2000" || s.m.Kind != Year && !isYearish(*s.m)) && !decade || s.m.Paragraph >= len(r.target) {
		return false
	}
	en := strings.ReplaceAll(r.target[s.m.Paragraph], "millenium", "millennium") // (a common misspelling)
	for at := strings.Index(en, "millennium"); at >= 0; {
		if before := strings.TrimRight(en[:at], " "); hasSuffixFold(before, "new") || hasSuffixFold(before, "next") || hasSuffixFold(before, "by the") || hasSuffixFold(before, "until the") || hasSuffixFold(before, "before the") {
			return true
		}
		next := strings.Index(en[at+1:], "millennium")
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return false
}

// hasSuffixFold is strings.HasSuffix without regard to case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// wholeTold: a source 100 % its translation says as a whole, "paie 100
// p. 100 du déficit" written "picks up the whole tab", "100 p. 100
// Québécois" written "a Quebecker through and through".
func (r *check) wholeTold(s *atom) bool {
	if s.m.Kind != Percent || s.m.Value != "100" || r.Mode != ModeTranslation || s.m.Paragraph >= len(r.target) {
		return false
	}
	return saysWord(r.target[s.m.Paragraph], enWholeWords) || saysWords(r.target[s.m.Paragraph], "through and through", "to the core")
}

// enWholeWords say "all of it" in English, the mirror of wholeWords.
var enWholeWords = map[string]bool{"whole": true, "entire": true, "entirely": true, "fully": true, "full": true,
	"totally": true, "completely": true, "all": true}

// toldApart pairs s with English figures that tell it in other words:
// "au 10e rang sur 17" as "out of 17 ..., the 10th", "à la 88e minute"
// as "two minutes from time".
func toldApart(tgt []*atom, s *atom) bool {
	if rank, total := rankSplit(tgt, s); rank != nil {
		s.used, s.pair, rank.used, total.used = true, rank, true, true
		return true
	}
	if t := clockTold(tgt, s); t != nil {
		s.used, s.pair, t.used = true, t, true
		return true
	}
	if part, whole := ratioAsCounts(tgt, s); part != nil {
		s.used, s.pair, part.used, whole.used = true, part, true, true // "deux mois sur douze": "two of the twelve months"
		return true
	}
	if lo, hi := quarterAsMonths(tgt, s); lo != nil {
		s.used, s.pair, lo.used, hi.used = true, lo, true, true // "au troisième trimestre": "in July-September"
		return true
	}
	if t := marginTold(tgt, s); t != nil {
		bind(s, t) // "Menés 0-2 à la pause": "two goals down at half-time"
		return true
	}
	return false
}

// unmatchedTarget: the unit's English figures with no source partner,
// each added unless the source's words or a derivation support it.
func (r *check) unmatchedTarget(u unit) {
	for k, t := range u.tgt {
		if t.used || unsaid(*t.m) || fixed(*t.m) || r.conversionNote(u, t) || restated(u, t) || insideRange(u.src, t) != nil || insideDecades(u.src, t) != nil || r.weekendDay(t) || r.namedCompound(t) || r.startOfYear(t) || r.schoolStartMonth(t) || r.collectiveCount(t) || weekdayOfDate(u, t) ||
			r.Mode == ModeTranslation && (r.inSourceText(t.m.Raw) || r.oneUnitSaid(*t.m)) {
			continue
		}
		gloss := ""
		if !soft(*t.m) && !t.m.artList && !repeats(u, t) {
			if gloss = glossDerived(u, t); gloss == "" {
				gloss = r.relativeYearTold(u, t)
			}
			if gloss == "" {
				gloss = r.relativeDayTold(u, t)
			}
		}
		switch {
		case otherNations(*t.m):
			r.add(nil, t, verdict{true, "modified", Error, "M2", "names no people: only the First Nations are called so"})
		case r.roughAlternative(u.tgt, t):
			r.add(nil, t, verdict{true, "added", Warning, "M2", "is an alternative the translation adds to a rough source figure (\"une dizaine\": \"ten or twelve\"): check it"})
		case r.reElected(u, t):
			r.add(nil, t, verdict{true, "added", Warning, "M2", "of the translation says the \"again\" of the source (réélu, relisais, à nouveau): check it"})
		case r.relativeCenturyTold(t):
			r.add(nil, t, verdict{true, "added", Warning, "M2", "numbers a century the source counts from the time of writing (\"le prochain siècle\"): check the date"})
		case t.m.nameWord != "" && slices.ContainsFunc(strings.Fields(t.m.nameWord), r.inSourceText):
			// "Fathom Six National Marine Park" where the source kept "Fathom Five National"
			r.add(nil, t, verdict{true, "added", Error, "M2", "of the translation is not in the source, which keeps the name it is part of"})
		case soft(*t.m) || t.m.artList || t.m.style == "item":
			// (an item's number the source sets as a letter, "b)": added, a warning; dropped, an error)
			// an added article number weighs as its list's first, an identifier
			r.add(nil, t, verdict{true, "added", Warning, "M2", "of the translation is not in the source"})
		case repeats(u, t):
			r.add(nil, t, verdict{true, "added", Warning, "M2", "repeats a source figure the French says once"})
		case gloss != "":
			r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + gloss})
		case countOfList(u.tgt, k):
			r.add(nil, t, verdict{true, "derived", Info, "N20", "counts the items of the list that follows it"})
		default:
			if r.rateError(u.tgt, t) {
				continue
			}
			r.add(nil, t, verdict{true, "added", Error, "M2", "of the translation is not in the source"})
		}
	}
}

// countOfList: the target at k, a small count in words, is followed at
// once by a list of exactly that many figures: "the three Starred
// Question Nos. 13, 14 and 58" counts what the source lists.
func countOfList(ts []*atom, k int) bool {
	t := ts[k]
	if !t.m.Word || class(t.m.Kind) != Cardinal || t.m.Unit != "" || periodUnit[t.m.Head] != "" || k+1 >= len(ts) || ts[k+1].m.Start-t.m.End > 40 {
		return false
	}
	n, err := strconv.Atoi(t.m.Value)
	if err != nil || n < 2 || n > 9 {
		return false
	}
	listed := 0
	for _, a := range ts[k+1:] {
		if !a.m.listed || a.m.Sentence != t.m.Sentence || a.m.Word || class(a.m.Kind) != Cardinal && a.m.Kind != Identifier {
			break
		}
		listed++
	}
	return listed == n
}

// insideRange finds the matched range of the other side, near a day of a
// list, that runs over that day: the days of "les 12, 13 et 14 juillet"
// are all in "July 12-14", and those of "12, 13 and 14 July" in "du 12
// au 14 juillet".
func insideRange(other []*atom, a *atom) *atom {
	d := a.m.Date
	if a.m.Kind != Date || d == nil || d.Day == 0 {
		return nil
	}
	return matchedSpan(inGroups(other, a.grp, 1, a.idx*len(other)/max(len(other), 1)), func(lo, hi *atom) bool {
		a0, b0 := lo.m.Date, hi.m.Date
		return lo.m.Kind == Date && hi.m.Kind == Date && a0 != nil && b0 != nil && a0.Month == d.Month && b0.Month == d.Month &&
			a0.Day < d.Day && d.Day < b0.Day && (d.Year == 0 || d.Year == a0.Year)
	})
}

// insideRanks: the source ranks of "ses 13e à 14e et 15e séances" are
// all in "its 13th to 15th meetings": a lies between the matched ends of
// a span of ranks.
func insideRanks(other []*atom, a *atom) *atom {
	v := atoiSafe(a.m.Value)
	if a.m.Kind != Ordinal || v <= 0 {
		return nil
	}
	return matchedSpan(inGroups(other, a.grp, 0, a.idx*len(other)/max(len(other), 1)), func(lo, hi *atom) bool {
		return lo.m.Kind == Ordinal && hi.m.Kind == Ordinal && atoiSafe(lo.m.Value) < v && v < atoiSafe(hi.m.Value)
	})
}

// insideRun: the source lists a run of numbers one by one, "les motions
// nos 8, 9, 10, 11, 13", which English joins into a span, "Motions Nos.
// 8, 9 to 11, 13": a listed number between the span's matched ends, whose
// ends the source lists too.
func insideRun(src, other []*atom, a *atom) *atom {
	v := atoiSafe(a.m.Value)
	if a.m.Kind != Cardinal || !a.m.listed || a.m.Word || v <= 0 {
		return nil
	}
	listed := func(w int) bool {
		return slices.ContainsFunc(src, func(b *atom) bool {
			return b != a && b.m.listed && b.m.Kind == Cardinal && atoiSafe(b.m.Value) == w && sameSentence(a, b)
		})
	}
	return matchedSpan(inGroups(other, a.grp, 0, a.idx*len(other)/max(len(other), 1)), func(lo, hi *atom) bool {
		l, h := atoiSafe(lo.m.Value), atoiSafe(hi.m.Value)
		return lo.m.Kind == Cardinal && hi.m.Kind == Cardinal && l < v && v < h && h-l <= 20 && listed(l) && listed(h)
	})
}

// insideDecades: an English decade that fills a source span of decades
// whose ends are both told, "les années 1920 à 1940" as "the 1920s,
// 1930s and 1940s": the decade between is the span's, no new fact.
func insideDecades(other []*atom, a *atom) *atom {
	d := a.m.Date
	if a.m.Kind != Date || d == nil || !d.Decade {
		return nil
	}
	return matchedSpan(inGroups(other, a.grp, 1, a.idx*len(other)/max(len(other), 1)), func(lo, hi *atom) bool {
		a0, b0 := lo.m.Date, hi.m.Date
		return a0 != nil && b0 != nil && a0.Decade && b0.Decade && a0.Year < d.Year && d.Year < b0.Year
	})
}

// matchedSpan is the low end of the first range of list whose two ends
// are both matched and for which holds is true.
func matchedSpan(list []*atom, holds func(lo, hi *atom) bool) *atom {
	for k := 0; k+1 < len(list); k++ {
		lo, hi := list[k], list[k+1]
		if lo.m.rangeEnd != 0 && hi.m.rangeEnd == lo.m.rangeEnd+1 && lo.m.Start == hi.m.Start && lo.used && hi.used && holds(lo, hi) {
			return lo
		}
	}
	return nil
}

// insideYears: the source years of "la crise de 1990, 1991 et 1992" are
// all in "the 1990-92 crisis": a lies between the matched ends of a span
// of years. (Not the other way: a year the English adds inside a source
// span is a new fact.)
func insideYears(other []*atom, a *atom) *atom {
	y := yearOf(*a.m)
	if y == 0 || a.m.Date != nil {
		return nil
	}
	return matchedSpan(inGroups(other, a.grp, 0, a.idx*len(other)/max(len(other), 1)), func(lo, hi *atom) bool {
		a0, b0 := yearOf(*lo.m), yearOf(*hi.m)
		return a0 != 0 && a0 < y && y < b0
	})
}

// repeats: an English figure with no partner of its own that says again
// a source figure of its sentence or the neighbouring ones, already
// matched ("the 20th century ... the 20er Haus").
func repeats(u unit, t *atom) bool {
	for _, s := range inGroups(u.src, t.grp, 1, t.idx*len(u.src)/max(len(u.tgt), 1)) {
		if !s.used || (t.m.Head == "them" || t.m.Head == "whom") && s.m.Head != "" && s.m.Head != "entre" {
			continue // "two of them to intensive care" counts the children, not the "deux doses" said once
		}
		if _, isRoman := roman(s.m.Raw); isRoman && !t.m.Word && t.m.Kind != Identifier {
			continue // "Action 6: article VI": the article's numeral names it; a 6 in digits is another figure
		}
		if exact(*s.m, *t.m) || lenient(*s.m, *t.m, ModeTranslation).ok || sameDigits(*s.m, *t.m) {
			return true
		}
	}
	return false
}

// sameDigits: the number inside a name is a source figure (20er, 787-8).
func sameDigits(s, t Mention) bool {
	if t.Kind != Identifier || s.Kind != Cardinal && s.Kind != Ordinal && s.Kind != Identifier {
		return false
	}
	d := digitsOnly(t.Value)
	return d != "" && (d == s.Value+"-" || digitsOnly(s.Value) == d)
}

// sameFamily: both units are metric prefixes of one base (MW, GW).
func sameFamily(s, t Mention) bool {
	a, b := metricBase[s.Unit], metricBase[t.Unit]
	return a.base != "" && a.base == b.base
}

// glossDerived: a translator's gloss worked out from the source, "496
// megawatts, or 8 MW each" (62 turbines), "€24 for two people, or €12
// per person", "in 1970, 57 years before its planned closure" (2027), a
// rank before the places gained ("rising to 21st, from 24th"), a multiple
// of one sentence's two figures or of a rise ("tripled", "more than
// doubling" for +125 %), or
// a sum, difference or change told in brackets or after a dash ("from
// 2,661 in 1911 — a drop of about 70%"), or the difference of one
// sentence's two figures told as a rise or a drop ("from €3.10, a drop of
// 70 cents"). Other added figures stay added.
func glossDerived(u unit, t *atom) string {
	if why := glossReading(u, *t.m); why != "" {
		return why
	}
	if why := remainingShare(u.src, *t.m); why != "" {
		return why // "the remaining 35%" of a source's 65 %
	}
	if why := remainingAmount(u.src, *t.m); why != "" {
		return why
	}
	bare := measuredBefore(aheadIn(u.tgt, t), t)
	if bare != nil && t.m.prior {
		if why := priorFromChange(u.src, *bare); why != "" {
			return why // "tripling its output to 45,000 hectolitres, up from 15,000"
		}
	}
	told := t.m.parenthetical || t.m.bracketed || t.m.dashed
	how := glossHow(*t.m)
	if !told && t.m.dir == 0 && !t.m.totalSaid && !how.gap && t.m.levelTo == "" && !how.shareOfWhole && !how.reference {
		return "" // (a change told before its level, "cut by half a point to 4.4%", says it is one)
	}
	why, a, b := derived(u.src, *t.m)
	if why == "" && told && bare != nil {
		why, a, b = derived(u.src, *bare) // "taking 0.04 seconds off the mark set in 2015 (9.90)"
	}
	switch {
	case why == "" || strings.HasPrefix(why, pointsNotPercent):
		return ""
	case !told:
		return untoldGloss(why, *t.m, a, b, how)
	case strings.HasPrefix(why, "percent change") && sameSentence(a, b):
		return why // "up from €21 in 2019 — a rise of nearly 30%": the change of one sentence's two figures
	case valueDigits(t.m.Value) >= 2:
		return why // one digit meets some sum or difference of a paragraph by chance
	}
	return ""
}

// glossCues are the words that let an added figure be a worked-out gloss.
type glossCues struct{ gap, shareOfWhole, reference bool }

func glossHow(t Mention) glossCues {
	return glossCues{
		gap: gapWord[t.Head] || slices.Contains(t.ctx, "margin") || // "25 points short of the 80% average", "by a margin of 95 votes"
			slices.ContainsFunc(t.ctx, func(w string) bool { return glossChangeNouns[w] }), // "a reduction of more than €62bn", "a 1.4-point improvement"
		shareOfWhole: t.Kind == Percent && t.ofWhat, // "15% of $6 billion"
		reference:    slices.ContainsFunc(t.ctx, func(w string) bool { return referenceNouns[strings.TrimSuffix(w, "'s")] }) || t.Head == "it" && slices.Contains(t.ctx, "front"),
	}
}

// untoldGloss: a derivation of an added figure told in its own sentence,
// not set apart by brackets or a dash, that a translator would write.
func untoldGloss(why string, t Mention, a, b *atom, how glossCues) string {
	if strings.HasPrefix(why, "difference of") && !t.totalSaid && sameSentence(a, b) {
		return why // "from €3.10 in 2022, a drop of 70 cents": the change of one sentence's two figures
	}
	if strings.HasPrefix(why, "sum of") && t.totalSaid && sameSentence(a, b) {
		return why // "4.1 million ... and 3.9 million, 8 million passengers in all"
	}
	if strings.Contains(why, " as a share of ") && t.totalSaid && a.m.Paragraph == b.m.Paragraph && abs(a.m.Sentence-b.m.Sentence) <= 1 {
		return why // "658,000 of them, nearly 30% of the total", told of two sentences the English joined
	}
	if (strings.HasPrefix(why, "difference of") || strings.HasPrefix(why, "sum of")) && how.reference && a.m.Paragraph == b.m.Paragraph && abs(a.m.Sentence-b.m.Sentence) <= 1 {
		// "0.3C above the previous peak of 28.4C", "five short of Giroud's
		// record of 57", "€70m, €60m of it up front and €10m in add-ons":
		// the level a gap is told from, worked out
		return why
	}
	if strings.Contains(why, " as a share of ") && how.shareOfWhole && sameSentence(a, b) {
		return why // "15% of $6 billion ..., for a total of $900 million": the share of one sentence's two amounts, its whole told after it
	}
	if strings.HasPrefix(why, "difference of") && how.gap && sameSentence(a, b) {
		return why // "55% full, 25 points short of the 80% average"
	}
	return ""
}

// referenceNouns name the level a gap of the source is measured from,
// which a translation may work out: "the previous peak of 28.4C".
var referenceNouns = map[string]bool{"record": true, "peak": true, "previous": true, "mark": true, "high": true, "best": true}

// glossChangeNouns name the change between two figures a translation
// may add: "narrowed to €99.6bn from €162bn, a reduction of more than €62bn".
var glossChangeNouns = map[string]bool{"reduction": true, "improvement": true, "deterioration": true, "increase": true,
	"decrease": true, "rise": true, "fall": true, "drop": true, "decline": true, "gain": true, "narrowing": true, "widening": true}

// glossReading tries the glosses read from the figure alone, in turn.
func glossReading(u unit, t Mention) string {
	told := t.dashed || t.bracketed || t.parenthetical || t.totalSaid
	for _, why := range []func() string{
		func() string { return perUnit(u.src, u.tgt, t) },
		func() string { return yearsBetween(u.src, t) },
		func() string { return daysBetween(u.src, t) },      // "du 3 au 17 janvier": "a fortnight later"
		func() string { return rankMoved(u.src, t, false) }, // "gagne trois places ... au 21e rang": "from 24th"
		func() string { return riseMultiple(u.src, t) },     // "bondi de 125 %": "more than doubling"
		func() string {
			if t.Kind != Multiplier {
				return ""
			}
			return sentenceRatio(u.src, t) // "passée de 1 400 à 4 200 euros": "has tripled"
		},
		func() string { return fallTold(u.src, t) },        // "ramené de 18 à 9": "halved to 9"
		func() string { return exactDerived(u.src, t) },    // "57 min 12 s, améliorant de 18 secondes l'ancienne marque": "the previous best of 57:30"
		func() string { return priorFromChange(u.src, t) }, // "812 000 visiteurs, soit 6 % de moins qu'en 2022": "(roughly 864,000)"
		func() string {
			if !told {
				return ""
			}
			return perPeriodTotal(u.src, t) // "€130 million a year for a decade — €1.3 billion in total"
		},
		func() string {
			if !t.totalSaid {
				return ""
			}
			return productTotal(u.src, t) // "80 turbines, each rated at 6MW for a total of 480MW"
		},
	} {
		if w := why(); w != "" {
			return w
		}
	}
	return ""
}

// sentenceRatio explains a multiple as the ratio of two figures of one
// source sentence: any two figures of a paragraph make some ratio.
func sentenceRatio(src []*atom, t Mention) string {
	for _, sent := range sentenceRuns(src) {
		if why, _, _ := derived(sent, t); strings.HasPrefix(why, "ratio of") {
			return why
		}
	}
	return ""
}

// sentenceRuns cuts figures in the text's order into the runs of one
// sentence each.
func sentenceRuns(atoms []*atom) [][]*atom {
	var out [][]*atom
	for i := 0; i < len(atoms); {
		j := i + 1
		for j < len(atoms) && sameSentence(atoms[i], atoms[j]) {
			j++
		}
		out = append(out, atoms[i:j])
		i = j
	}
	return out
}

// factorTold: the start of a from-to range whose end the translation
// keeps, told by the factor between them: "passé de 9 à 18" written
// "doubled to 18", "ramené de 18 à 9" written "halved to 9". The end
// and the factor give the start, exactly.
func factorTold(src, tgt []*atom, s *atom) bool {
	if s.m.rangeEnd != 3 {
		return false
	}
	i := slices.IndexFunc(src, func(o *atom) bool { return o.m.rangeEnd == 4 && o.m.Start == s.m.Start && o.used && o.pair != nil })
	if i < 0 {
		return false
	}
	end := src[i]
	from, to := s.m.Rat(), end.m.Rat()
	if from == nil || to == nil || from.Sign() == 0 || !numeric(*s.m) {
		return false
	}
	factor := new(big.Rat).Quo(to, from)
	change, _ := changeOf(src, end)
	return slices.ContainsFunc(tgt, func(t *atom) bool {
		v := t.m.Rat()
		if !sameSentence(t, end.pair) || v == nil || t.m.Comparator != CmpNone {
			return false
		}
		return t.m.Kind == Multiplier && v.Cmp(factor) == 0 ||
			t.m.Kind == Fraction && t.m.style == "change" && change != nil && new(big.Rat).Mul(v, big.NewRat(100, 1)).Cmp(new(big.Rat).Abs(change)) == 0
	})
}

// ratioTold: a figure the translation tells by its ratio to a matched
// figure shortly before it in the source: as a multiple, "une amende de
// 4 millions ... l'amende peut atteindre 8 millions" written "the fine
// can be double that"; or as a share, "trois ans de prison, dont
// dix-huit mois avec sursis" written "three years in prison, half of it
// suspended" (lengths of time in one unit). The English multiplier or
// fraction says the ratio right after the earlier figure's partner.
func ratioTold(src, tgt []*atom, s *atom) bool {
	if !numeric(*s.m) || hedged(*s.m) || isYearish(*s.m) {
		return false
	}
	for k := s.idx - 1; k >= 0 && k >= s.idx-3; k-- {
		a := src[k]
		if !a.used || a.pair == nil || a.m.Paragraph != s.m.Paragraph || s.m.Sentence-a.m.Sentence > 1 || isYearish(*a.m) {
			continue
		}
		x, y := *s.m, *a.m
		if isDuration(x) && isDuration(y) {
			x, y = inPeriodUnits(x), inPeriodUnits(y)
		}
		sv, av := x.Rat(), y.Rat()
		if sv == nil || av == nil || av.Sign() == 0 || class(x.Kind) != class(y.Kind) || x.Unit != y.Unit {
			continue
		}
		ratio := new(big.Rat).Quo(sv, av)
		for _, t := range tgt {
			if !t.used && t.m.Start >= a.pair.m.End && t.m.Paragraph == a.pair.m.Paragraph && ratioFits(t, ratio, sameSentence(a, s), t.m.Sentence-a.pair.m.Sentence) {
				t.used, t.pair, s.used, s.pair = true, s, true, t
				return true
			}
		}
	}
	return false
}

// ratioFits: t says the ratio, as a multiplier within a sentence of the
// earlier figure's partner, or as a share of it in that sentence when
// the source gives both in one.
func ratioFits(t *atom, ratio *big.Rat, oneSentence bool, apart int) bool {
	v := t.m.Rat()
	switch {
	case v == nil || t.m.Comparator != CmpNone && t.m.Comparator != CmpExact:
		return false
	case t.m.Kind == Multiplier:
		return apart <= 1 && v.Cmp(ratio) == 0
	case t.m.Kind == Fraction && t.m.style != "change":
		return oneSentence && apart == 0 && nearly(ratio, v)
	}
	return false
}

// fallTold explains a fraction told as a change ("halved", "cut by a
// third") by a from-to range of one source sentence.
func fallTold(src []*atom, t Mention) string {
	if t.Kind != Fraction || t.style != "change" {
		return ""
	}
	for _, sent := range sentenceRuns(src) {
		if why, _, _ := fractionOfChange(sent, t); strings.HasPrefix(why, "the change from") {
			return why
		}
	}
	return ""
}

// otherEndUsed: the other date of s's night ("la nuit du 2 au 3 mars")
// is in the translation.
func otherEndUsed(src []*atom, s *atom) bool {
	for _, o := range src {
		if o != s && o.m.Alt == "night" && sameSentence(o, s) && o.used {
			return true
		}
	}
	return false
}

// measuredBefore is a bare number read in the unit of the nearest amount
// or measure before it in its sentence, which it leaves its unit to
// (dates and ranks aside); nil when it has a unit or a noun of its own.
// before are the figures ahead of t in its text, nearest last.
// Translations ("(9.90)") and summaries ("69 hectares, 14 more than in
// 2010") both read a bare figure so.
func measuredBefore(before []*atom, t *atom) *Mention {
	if t.m.Kind != Cardinal && t.m.Kind != Decimal || t.m.Unit != "" || t.m.Word || knownNoun(t.m.Head) {
		return nil
	}
	for k := len(before) - 1; k >= 0; k-- {
		o := before[k].m
		switch {
		case o.Paragraph != t.m.Paragraph || o.Sentence != t.m.Sentence:
			return nil
		case o.Kind == Year || o.Kind == Date || o.Kind == Ordinal || isYearish(*o):
			continue
		case o.Kind == Cardinal && o.Unit == "" && o.Scale != "" && t.m.Scale != "":
			continue // "the €400m investment, 190 million ... the remaining 210 million": both carry the amount's unit
		}
		m := *t.m
		switch _, unit := duration(*o); {
		case o.Kind == Quantity || o.Kind == Money:
			m.Kind, m.Unit = o.Kind, o.Unit
		case unit == "sec" && periodSize[o.Head] <= 3600 && m.Rat() != nil:
			v := m.Rat() // "0.04 seconds ... (9.90)": seconds too
			m.Kind, m.Unit, m.Value = Quantity, "s", canonical(v.Mul(v, big.NewRat(periodSize[o.Head], 1)))
		case class(o.Kind) == Cardinal && o.Kind != Ordinal && periodUnit[o.Head] != "" && nounHead(t.m.Head) == "":
			m.Head = o.Head // "took 26 weeks instead of the planned 20": weeks too
		default:
			return nil
		}
		return &m
	}
	return nil
}

// aheadIn are the figures of list before t, or nil when t is not there.
func aheadIn(list []*atom, t *atom) []*atom {
	if t.idx < len(list) && list[t.idx] == t {
		return list[:t.idx]
	}
	if k := slices.Index(list, t); k >= 0 {
		return list[:k]
	}
	return nil
}

// twinSaid: another measure of s's sentence with the same value and unit
// is matched, or the same count of another period just before it, so the
// translation may have said the two at once. near is s's aligned group
// (inGroups), so a long paragraph is not walked whole.
func twinSaid(near []*atom, s *atom) bool {
	for _, o := range near {
		if o != s && o.used && sameSentence(o, s) && s.m.Kind == Identifier && o.m.Kind == Identifier && o.m.Value == s.m.Value {
			return true // "l'article 51 ... une interprétation de l'article 51": "that article" names it again
		}
		if o != s && o.used && sameSentence(o, s) && s.m.Kind == Ordinal && o.m.Kind == Ordinal && o.m.Value == s.m.Value && s.m.Head != "" && oneNoun(o.m.Head, s.m.Head) {
			return true // "le chef du 22e arrondissement ... dans la rue Kossuth du 22e arrondissement": "his district" names it again
		}
		if o != s && o.used && sameSentence(o, s) && o.m.Value == s.m.Value && o.m.Unit == s.m.Unit && s.m.Unit != "" && o.m.Kind == s.m.Kind && numeric(*s.m) {
			return true
		}
		if o != s && o.used && o.m.Value == s.m.Value && o.m.Kind == s.m.Kind && s.m.Head != o.m.Head && twinPeriod(s.m.Head) && twinPeriod(o.m.Head) &&
			s.m.Start > o.m.End && s.m.Start-o.m.End <= 12 {
			return true // "quatre jours et quatre nuits": "four days and nights"
		}
		if o != s && o.used && o.m.Raw == s.m.Raw && o.m.Head == s.m.Head && s.m.Head != "" && s.m.Start > o.m.End &&
			(s.m.Start-o.m.End <= len(s.m.Head)+5 || s.m.Start-o.m.End <= len(s.m.Head)+16 && sameSentence(o, s) && sentenceFigures(near, s) == 2) {
			// "mes deux enfants, deux enfants en pleine santé", "sept provinces
			// démunies, sept provinces qui reçoivent": the count said
			// again to dwell on it; "de quatre ans en quatre ans": every four years
			return true
		}
	}
	return false
}

// sentenceFigures counts the figures of s's sentence among near: two
// alike alone in it restate one fact; among a list ("6 bureaux régionaux,
// 6 bureaux desservant plusieurs pays, 48 bureaux de pays") they count two.
func sentenceFigures(near []*atom, s *atom) int {
	n := 0
	for _, o := range near {
		if sameSentence(o, s) {
			n++
		}
	}
	return n
}

// billTwice: s numbers a bill its sentence has already named, "le projet
// de loi C-43 ... dont le projet de loi C-43 ne serait qu'une étape",
// which English names once, then "this bill".
func (r *check) billTwice(near []*atom, s *atom) bool {
	if !r.billCode(s) {
		return false
	}
	for _, o := range near {
		if o != s && o.used && sameSentence(o, s) && o.m.Value == s.m.Value && o.m.Start < s.m.Start && r.billCode(o) {
			return true
		}
	}
	return false
}

// billCode: the source writes a's number after "C-" or "S-", a bill's.
func (r *check) billCode(a *atom) bool {
	if a.m.Paragraph < 0 || a.m.Paragraph >= len(r.source) {
		return false
	}
	text, at := r.source[a.m.Paragraph], a.m.Start
	return at >= 2 && at <= len(text) && (text[at-2:at] == "C-" || text[at-2:at] == "S-")
}

// twinPeriod: a noun of time a count may share with another, "quatre
// jours et quatre nuits".
func twinPeriod(w string) bool {
	return periodUnit[w] != "" || w == "nuits" || w == "nuit" || w == "nights" || w == "night"
}

// reElected: "for a second time", "a second term" for the source's
// "réélu", "réélection" (elected again) or "relisais" (reading again),
// which count the second time in their prefix; one such phrase only ("elected for the second time in
// 2000 and for a second time in 2004" says one of them wrong).
func (r *check) reElected(u unit, t *atom) bool {
	secondTime := func(a *atom) bool {
		return !a.used && a.m.Kind == Ordinal && a.m.Value == "2" && (a.m.Head == "time" || a.m.Head == "term" || a.m.Head == "mandate")
	}
	if !secondTime(t) || countFunc(u.tgt, secondTime) > 1 {
		return false
	}
	return slices.ContainsFunc(r.source, func(p string) bool {
		p = strings.ToLower(p)
		return slices.ContainsFunc(reVerbs, func(stem string) bool { return strings.Contains(p, stem) })
	})
}

// reVerbs are stems of French verbs whose re- says "a second time":
// réélu, relisais, reconduit, renouvelé; "à nouveau" says it in a word.
var reVerbs = []string{"réél", "relis", "relire", " relu", "reconduit", "renouvel", "réitér", "recommenc", "à nouveau", "de nouveau", "une nouvelle fois"} // and the adverbs of "again"

// countFunc counts the atoms f holds for.
func countFunc(as []*atom, f func(*atom) bool) int {
	n := 0
	for _, a := range as {
		if f(a) {
			n++
		}
	}
	return n
}

// bothTold: s and the figure listed next to it give one value ("d'environ
// 18 et 18 pour cent") that the translation says once, for "both".
func (r *check) bothTold(near []*atom, s *atom) bool {
	if !s.m.listed || s.m.Paragraph >= len(r.target) {
		return false
	}
	for _, o := range near {
		if o != s && o.used && o.m.listed && sameSentence(o, s) && o.m.Value == s.m.Value {
			return saysWord(r.target[s.m.Paragraph], bothWords) // (the paragraph is read only for such a twin)
		}
	}
	return false
}

var bothWords = map[string]bool{"both": true}

// asManyTold: the translation says s "as many" after the same count of
// its sentence: "Trois positions en trois semaines", "Three positions in
// as many weeks".
func (r *check) asManyTold(src []*atom, s *atom) bool {
	if s.m.Paragraph >= len(r.target) || !strings.Contains(r.target[s.m.Paragraph], "in as many ") && !strings.Contains(r.target[s.m.Paragraph], "In as many ") {
		return false
	}
	for _, o := range src {
		if o != s && o.used && sameSentence(o, s) && o.m.End <= s.m.Start && o.m.Value == s.m.Value {
			return true
		}
	}
	return false
}

// roughAlternative: t follows an English figure by "or", and that figure
// tells a rough source one: "une dizaine de programmes", "some ten or
// twelve programs".
func (r *check) roughAlternative(tgt []*atom, t *atom) bool {
	if t.m.Paragraph >= len(r.target) {
		return false
	}
	text := r.target[t.m.Paragraph]
	for _, o := range tgt {
		if o == t || o.pair == nil || o.m.Paragraph != t.m.Paragraph || o.m.End > t.m.Start || t.m.Start > len(text) {
			continue
		}
		if strings.TrimSpace(text[o.m.End:t.m.Start]) == "or" && (o.pair.m.Kind == Approx || hedged(*o.pair.m)) {
			return true
		}
	}
	return false
}

// firstAsSuperlative: a first of its kind ("1er port de pêche français",
// "premier employeur de la région") told as the biggest, the leading one.
func (r *check) firstAsSuperlative(s *atom) bool {
	if s.m.Kind != Ordinal || s.m.Value != "1" || s.m.Head == "" || s.m.Paragraph >= len(r.target) {
		return false
	}
	words := strings.Fields(strings.ToLower(r.target[s.m.Paragraph]))
	for k, w := range words {
		if placeNouns[s.m.Head] && leadVerbs[strings.Trim(w, ",.;:")] {
			return true // "occupe la 1re place du classement": "top the standings"
		}
		if !firstWords[strings.Trim(w, ",.;:")] {
			continue
		}
		for _, e := range words[k+1 : min(len(words), k+4)] {
			if e = strings.Trim(e, ",.;:"); e == s.m.Head || cognate(s.m.Head, e) || translates(s.m.Head, e) {
				return true // "France's biggest fishing port"
			}
		}
	}
	return false
}

// leadVerbs tell the first place (placeNouns) in English without its
// number.
var leadVerbs = map[string]bool{"top": true, "tops": true, "topped": true, "topping": true, "lead": true, "leads": true,
	"led": true, "head": true, "heads": true, "headed": true, "leaders": true, "leader": true}

// firstWords tell a first of its kind in English.
var firstWords = map[string]bool{"biggest": true, "largest": true, "leading": true, "greatest": true,
	"foremost": true, "busiest": true, "highest": true, "best": true, "number-one": true}

// spanChange: s is the difference of the two ends of a span its sentence
// gives in its unit ("de 5,85 à 6 p. 100"), both told in the translation.
func spanChange(group []*atom, s *atom) bool {
	sv := s.m.Rat()
	if sv == nil || sv.Sign() <= 0 {
		return false
	}
	for _, lo := range group {
		if lo == s || !lo.used || lo.m.rangeEnd%2 != 1 || !sameSentence(lo, s) || lo.m.Unit != s.m.Unit && !(s.m.Kind == PercentPoint && lo.m.Kind == Percent) {
			continue
		}
		for _, hi := range group {
			if hi == lo || !hi.used || hi.m.rangeEnd != lo.m.rangeEnd+1 || hi.m.Start != lo.m.Start {
				continue
			}
			a, b := lo.m.Rat(), hi.m.Rat()
			if a != nil && b != nil && new(big.Rat).Abs(new(big.Rat).Sub(b, a)).Cmp(sv) == 0 {
				return true
			}
		}
	}
	return false
}

// otherNations: a capitalised rank before "Nations" other than the
// first, "the Second Nations": a name the translation changed, which no
// people bears (the source may say "autochtones" with no figure at all).
func otherNations(m Mention) bool {
	return m.Kind == Ordinal && (m.Head == "nations" || m.Head == "nation") && m.Value != "1" && m.Raw != "" && m.Raw[0] >= 'A' && m.Raw[0] <= 'Z'
}

// numberLabelled: a number given as such, "numéro 2", "No. 5", "number
// three", whether it was read as a name or as a rank.
func numberLabelled(m Mention) bool {
	label, number, ok := strings.Cut(m.Raw, " ")
	if !ok || strings.ContainsAny(number, " -") || m.Kind != Identifier && m.Kind != Ordinal && class(m.Kind) != Cardinal {
		return false
	}
	if strings.EqualFold(label, "number") {
		return true
	}
	for mark := range labelMarks {
		if strings.EqualFold(label, mark) {
			return true
		}
	}
	return false
}

// stageRestated: s is a stage of a competition ("le dernier carré") that
// another source figure of the paragraph names too ("les demi-finales"),
// and that one was paired.
func stageRestated(src []*atom, s *atom) bool {
	if s.m.style != "stage" {
		return false
	}
	for _, o := range src {
		if o != s && o.used && o.m.style == "stage" && o.m.Value == s.m.Value && o.m.Paragraph == s.m.Paragraph {
			return true
		}
	}
	return false
}
