package figures

import (
	"slices"
	"strings"
)

// Summary figures that name another source figure: points for a percent,
// the same letters with another number, a unit said before, a noun's
// other value (N20).

// pointsForPercent finds a source figure with t's value in the other of
// percent and percentage points: "turnout fell 9%" when the source says
// "en baisse de 9 points" (N5).
func pointsForPercent(src []*atom, t Mention) *atom {
	if t.Kind != Percent && t.Kind != PercentPoint {
		return nil
	}
	var other *atom
	for _, s := range src {
		if s.m.Kind == t.Kind && s.m.Value == t.Value && (s.m.rangeEnd == 0 || t.rangeEnd != 0) {
			return nil // "0,8 point" is there too, beside Spain's "+0,8 %": the bullet says it in its unit (an end of "de 3 à 4 %" says no "rose 4%")
		}
		if (s.m.Kind == Percent || s.m.Kind == PercentPoint) && s.m.Kind != t.Kind && s.m.Value == t.Value && other == nil {
			other = s
		}
	}
	return other
}

// sameLettersOtherNumber finds a source name of t's letters and as many
// digits with another number: "A380s" where the source orders A350s.
func sameLettersOtherNumber(src []*atom, t Mention) *atom {
	if t.Kind != Identifier || letters(t.Value) == "" {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Identifier && s.m.Value != t.Value && letters(s.m.Value) == letters(t.Value) &&
			len(digitsOnly(s.m.Value)) == len(digitsOnly(t.Value)) && digitsOnly(t.Value) != "" {
			return s
		}
		if n := strings.Trim(digitsOnly(t.Value), "-"); s.m.Kind == Cardinal && !s.m.Word && s.m.Value != n && len(s.m.Value) == len(n) && afterLabel(*s.m, letters(t.Value)) {
			return s // "la ligne 5", lower-case in French, is a number after its label
		}
	}
	return nil
}

// afterLabel: the French figure follows a label noun that the English
// name's letters translate: "ligne 5" for LINE, "vol 447" for FLIGHT.
func afterLabel(s Mention, name string) bool {
	en := namePrefixFr[strings.ToLower(name)]
	if en == "" || len(s.ctx) == 0 {
		return false
	}
	for _, w := range s.ctx {
		if w == en {
			return true
		}
	}
	return false
}

// namePrefixFr: English words that open a name with a number, and the French
// noun said before the number in its place.
var namePrefixFr = map[string]string{"line": "ligne", "flight": "vol", "platform": "quai", "gate": "porte",
	"terminal": "terminal", "track": "voie", "room": "salle", "route": "route"}

// unitBefore is t read in the unit of the figure before it in its line,
// when t is a bare number that leaves its unit to that figure ("69
// hectares, 14 more than in 2010", "€16bn, 4bn more"); nil otherwise.
func (r *check) unitBefore(t *atom) *atom {
	if m := measuredBefore(aheadIn(r.line, t), t); m != nil {
		return &atom{m: m, row: -1}
	}
	return nil
}

// saidOfItself: another figure of the summary gives o's own value and
// is said of what only o's clause says, not of what s's says. The
// summary then told o's fact in its place, so t, which shares some of
// o's words, is no stand-in for it ("inflation eased to 2.3% ... food
// inflation slowed to 0.5%"). In a swap the other figure is said of s's
// words, and the error stands.
func (r *check) saidOfItself(src []*atom, s, o, t *atom) bool {
	for _, u := range r.all {
		if u == t || class(u.m.Kind) != class(o.m.Kind) || !exact(*o.m, *u.m) && !lenient(*o.m, *u.m, ModeSummary).ok {
			continue
		}
		if clauseConflict(src, o, *u.m) != nil {
			continue
		}
		sw, ow := s.m.clause(), o.m.clause()
		forO, forS := discriminate(ow, sw, ow, sw, u.m.clause())
		aO, aS := discriminate(o.m.actors(), s.m.actors(), o.m.actors(), s.m.actors(), u.m.actors())
		if forO+aO > 0 && forS+aS == 0 {
			return true
		}
	}
	return false
}

// sameNounOtherValue finds a source figure of the same kind counting the
// same noun as t, with another value.
func (r *check) sameNounOtherValue(src []*atom, t Mention) *atom {
	if r.namedPeriod(t) || t.style == "since" {
		return nil // "in a week" where the source says "la semaine dernière"; "a first title since 2009" is no rank the source gives otherwise
	}
	for _, s := range src {
		if class(s.m.Kind) != class(t.Kind) || s.m.Unit != t.Unit || s.m.Value == t.Value || s.m.Lang == English || s.m.personAge && !t.personAge {
			continue // (nor a figure the bullet derived: only the source gives figures; nor a man's age a length of time)
		}
		if t.style == "name" && (t.Word || underAgeRaw(t.Raw) || underAgeLimit(t.Raw)) && !sameHead(s.m.Head, t.Head) {
			continue // "the Six Nations" names a tournament: only "Tournoi des Six Nations" may be told otherwise, no count of points
		}
		if seasonOnly(t) && weekdayOnly(*s.m) && !seasonOnly(*s.m) || seasonOnly(*s.m) && weekdayOnly(t) && !seasonOnly(t) {
			continue // "the winter season" for "la saison hivernale" is no changed "vendredi"
		}
		if headTold(s.m.Head, t.Head) && !shareOfWhole(t) || (soft(t) || t.Kind == Multiplier) && t.Kind == s.m.Kind && (ctxSim(s.m.ctx, t.ctx) > 0 || t.Kind == Multiplier && t.style == "factor" && s.m.style == "factor" && ctxSim(s.m.clause(), t.clause()) > 0) {
			return s // "premier tour" summarised as "the second round"
		}
		if refWords[t.Head] && refWords[s.m.Head] && ctxSim(s.m.ctx, t.ctx) > 0 {
			return s // "à six longueurs de Toulouse" told "four behind leaders Toulouse": a gap in the standings
		}
		if weekdayOnly(t) && weekdayOnly(*s.m) && seasonOnly(t) == seasonOnly(*s.m) && !fixed(t) || sameChange(*s.m, t) {
			// (a season said as a modifier, "a winter storm", is no
			// changed weekday: "entre samedi et lundi")
			return s
		}
	}
	return r.otherMeasure(src, t)
}

// headTold: en is the English of fr as a figure's noun, by the
// attribution nouns, a cognate or the news lexicon ("joueurs", "players").
func headTold(fr, en string) bool {
	return sameHead(fr, en) || fr != "" && lexTranslates(fr, en)
}

// otherHead: another source figure counts what the summary says this
// one counts, so the summary bound the figure to the wrong noun.
func otherHead(src []*atom, s *atom, t Mention) bool {
	for _, o := range src {
		if o != s && headAgrees(o.m.Head, t.Head) {
			return true
		}
	}
	return false
}

func headConflict(s, t Mention) bool {
	return knownHead(s.Head, t.Head) && !headAgrees(s.Head, t.Head) && !peopleOf(s.Head, t.Head) && !peopleDid(s, t) && !sameDead(s.Head, t.Head) &&
		!(t.Head == "people" && personNoun(nounHead(s.Head))) // "emploie 7 800 agents": "employs 7,800 people"
}

// sameDead: a toll's dead go by many nouns: "deux tiers des décès" are
// "two-thirds of the victims", "of the dead", "of the deaths".
func sameDead(fr, en string) bool {
	if nounFamilies[fr] != 1 {
		return false
	}
	for w, f := range nounFamilies {
		if f == 1 && headAgrees(w, en) {
			return true
		}
	}
	return false
}

// peopleDid: "17 people were arrested" for "17 interpellations": the
// people counted by what was done to them, the verb the source's noun.
func peopleDid(s, t Mention) bool {
	return (t.Head == "people" || t.Head == "persons") && slices.ContainsFunc(t.ctx, func(w string) bool { return w != t.Head && headAgrees(s.Head, w) })
}

// otherYear: a bullet's date adds a year that no source figure gives
// while the source names a year ("du 26 juillet au 3 août" of "Le Tour
// 2025" written "July 26 to August 3, 2028"); it returns that source year.
func otherYear(src []*atom, t Mention) *atom {
	y := yearOf(t)
	if t.Kind == Range && len(t.Parts) == 2 {
		y = yearOf(t.Parts[1])
	}
	if y == 0 {
		return nil
	}
	var seen *atom
	for _, s := range src {
		switch sy := yearOf(*s.m); {
		case sy == y:
			return nil
		case sy != 0 && seen == nil:
			seen = s
		}
	}
	return seen
}

// shareOfWhole: a share "of the total" names the whole, not what the
// share is of: "about a fifth of the total" for one programme and "a
// little over a quarter of the total" for two countries are two facts.
func shareOfWhole(t Mention) bool {
	return (t.Kind == Fraction || t.Kind == Percent) && (t.Head == "total" || t.Head == "whole" || t.Head == "ensemble")
}

// saidOfOwnWords: a source figure of t's kind said of two or more of the
// bullet's own words, when neither term of t's derivation is said of
// any: "about 13% of regional GDP" is no share of visitors (400 000 of
// 3,1 millions) where the source gives "environ 31 % du PIB régional".
func saidOfOwnWords(src []*atom, a, b *atom, t Mention) *atom {
	if a == nil || b == nil || ctxSim(a.m.ctx, t.ctx) > 0 || ctxSim(b.m.ctx, t.ctx) > 0 {
		return nil
	}
	for _, o := range src {
		if o.m.Kind == t.Kind && o.m.Unit == t.Unit && o.m.Value != t.Value && ctxSim(o.m.ctx, t.ctx) >= 2 {
			return o
		}
	}
	return nil
}
