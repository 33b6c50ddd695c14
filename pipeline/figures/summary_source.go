package figures

import (
	"slices"
	"strings"
)

// The source figure behind a summary figure: the same fact, preferably
// with the same attribution and noun, or the day a date was rounded from.

// bestSource picks the source figure that is the same fact, preferring
// one with the same attribution and head noun.
func bestSource(src []*atom, t Mention) (*atom, verdict) {
	var best *atom
	var bestV verdict
	bestScore, bestFar := -1, false
	told := 0 // lengthOfUnit(src, t) once asked, 1 or -1: few figures ask, and it reads the whole source
	toldInUnit := func() bool {
		if told == 0 {
			told = -1
			if lengthOfUnit(src, t) {
				told = 1
			}
		}
		return told > 0
	}
	for _, s := range src {
		if (s.m.Unit == "regnal") != (t.Unit == "regnal") && t.Kind == Ordinal {
			continue // a bullet's "4th" is no "Henri-IV" (a name); "the Second Vatican Council" is translation's
		}
		if _, r := roman(s.m.Raw); r && t.Kind != Ordinal {
			if _, tr := roman(t.Raw); !tr {
				continue // "Saturn V" names a rocket; "a five-month delay" is no figure of it
			}
		}
		if t.Kind == Multiplier && s.m.Kind != Multiplier && periodUnit[s.m.Head] != "" {
			continue // "twice as many" is no "deux ans"
		}
		if s.m.idiom && s.m.Head != "" && t.Head != "" && !sameHead(s.m.Head, t.Head) && s.m.Head != t.Head {
			continue // "400 m quatre nages" (the medley) holds no "four gold medals"
		}
		if lengthForCount(*s.m, t) || lengthForCount(t, *s.m) && !periodLike[s.m.Head] && toldInUnit() {
			continue // "35 heures par semaine" are no "about forty mayors"; "4 contres" no "four years" where the source tells years
		}
		if s.m.Kind == Identifier && t.Kind == Ordinal && namedIdent(s.m.Raw) {
			continue // "Sur France 2" names a channel: no "came second" ("tête de série n° 12" is the 12th seed)
		}
		v := verdict{ok: exact(*s.m, t)}
		if !v.ok {
			v = lenient(*s.m, t, ModeSummary)
		}
		if !v.ok {
			continue
		}
		sc := 0
		if t.Attr != "" && s.m.Attr == t.Attr {
			sc += 8
		}
		if headAgrees(s.m.Head, t.Head) {
			sc += 4
		}
		if v.kind == "" {
			sc++
		}
		if s.m.dir != 0 && s.m.dir == t.dir {
			sc += 2 // "baissera de 15 %" and "une hausse de 15 %": the rise is the rise
		}
		if s.m.dir != 0 && t.dir != 0 && s.m.dir != t.dir {
			sc -= 2 // "baissera de 15 % ... avait augmenté de 10 % et de 15 %": a rise is no fall of the same size
		}
		if cmpFamily(s.m.Comparator) == cmpFamily(t.Comparator) {
			sc++
		}
		if t.style == "place" && s.m.style == "place" {
			sc++ // "is third" is the source's "le Cala Gogo, troisième", not "complète le podium"
		}
		if e := fromToEnd(t); e != 0 && fromToEnd(*s.m) == e {
			sc += 2 // "rose from 12% to 20%" starts where "passée de 12 % à 20 %" starts, not where "de 8 à 12 %" ends
		}
		far := otherPlace(*s.m, t) // "the quarter-final against Hungary" is the source's last "quart de finale", not the one won against Sweden
		if sc > bestScore || best != nil && sc == bestScore && (bestFar && !far || bestFar == far && betterTie(s, best, t)) {
			best, bestV, bestScore, bestFar = s, v, sc, far
		}
	}
	return best, bestV
}

// betterTie: of two source figures alike for t, s is said of more of the
// bullet's words ("dix" men or "10 points"), or, as alike there, is of
// t's kind: "over half" is "plus de la moitié", not "plus de deux fois
// moins" before it.
func betterTie(s, best *atom, t Mention) bool {
	a, b := ctxSim(s.m.ctx, t.ctx), ctxSim(best.m.ctx, t.ctx)
	return a > b || a == b && s.m.Kind == t.Kind && best.m.Kind != t.Kind
}

// otherDay finds a source date in the month of the summary's date t
// with another day (and t's weekday, when both give one): the day t
// should have had, where a looser match took the month alone.
func otherDay(src []*atom, t Mention) (*atom, string) {
	d := t.Date
	if t.Kind != Date || d == nil || d.Month == 0 || d.Day == 0 {
		return nil, ""
	}
	var found *atom
	for _, s := range src {
		sd := s.m.Date
		if s.m.Kind != Date || sd == nil || sd.Month != d.Month || sd.Day == 0 {
			continue
		}
		if sd.Day == d.Day {
			if d.Weekday != 0 && sd.Weekday != 0 && sd.Weekday != d.Weekday {
				return s, "the source gives this date another weekday"
			}
			return nil, ""
		}
		if d.Weekday != 0 && sd.Weekday == d.Weekday {
			found = s // the same weekday of the month: surely the day meant
		}
		if found == nil && t.rangeEnd != 0 && s.m.rangeEnd != 0 && s.m.rangeEnd%2 == t.rangeEnd%2 {
			found = s // "8-13 September" of "du 8 au 12 septembre": the same end of a span of days (odd ends open a range, even ends close it, whatever its form)
		}
	}
	if found != nil {
		return found, "the source gives this month another day"
	}
	return nil, ""
}

// wholeDate finds a source date with the month (and day) of the
// summary's date t in another year.
func wholeDate(src []*atom, t Mention) *atom {
	d := t.Date
	if t.Kind != Date || d == nil || d.Month == 0 || d.Year == 0 {
		return nil
	}
	for _, s := range src {
		sd := s.m.Date
		if s.m.Kind == Date && sd != nil && sd.Month == d.Month && sd.Year != 0 && sd.Year != d.Year && (d.Day == 0 || sd.Day == 0 || sd.Day == d.Day) {
			return s
		}
	}
	return nil
}

// everyOne: "every day", "each week": a frequency with no number in it.
func everyOne(m Mention) bool { return m.Alt == "every" && m.Value == "1" }

// lengthForCount: s counts a length of time (heures, jours, ans) and t
// counts things that are none ("mayors"): not one fact, whatever their
// values. ("les 18-34 ans" are "18-34 year-olds", "enfants de 3 ans"
// "three-year-olds": ages.)
func lengthForCount(s, t Mention) bool {
	return class(s.Kind) == Cardinal && s.Unit == "" && !s.personAge && periodUnit[s.Head] != "" &&
		class(t.Kind) == Cardinal && t.Unit == "" && !t.personAge && periodUnit[t.Head] == "" && countNoun(t.Head) && !strings.Contains(t.Head, "year") && !strings.HasSuffix(t.Head, "olds")
}

// periodLike are counted things that each last a period, which a bullet
// may count in years: "en trois saisons" for "in three years".
var periodLike = map[string]bool{"saisons": true, "exercices": true, "éditions": true, "mandats": true, "rentrées": true,
	"législatures": true, "quinquennats": true, "campagnes": true, "récoltes": true, "vendanges": true, "millésimes": true, "promotions": true, "classes": true, "journées": true, "journée": true}

// lengthOfUnit: the source tells a length of time in t's unit ("en trois
// ans"), not an age, which a bullet's length is to be read against.
func lengthOfUnit(src []*atom, t Mention) bool {
	return slices.ContainsFunc(src, func(a *atom) bool {
		return !a.m.personAge && a.m.Head != "" && periodUnit[a.m.Head] == periodUnit[t.Head] && class(a.m.Kind) == Cardinal
	})
}

// namedIdent: an identifier that is a name with its number, "France 2",
// "Canal 9", not a number said as such ("n° 12") nor a league's level
// ("Ligue 2" is the second division).
func namedIdent(raw string) bool {
	f := strings.Fields(raw)
	if len(f) != 2 || len(f[0]) <= 2 || !capitalWord(f[0]) {
		return false
	}
	w := strings.ToLower(f[0])
	return !strings.HasPrefix(w, "n°") && !strings.HasPrefix(w, "no") && !leagueLevels[w]
}

// leagueLevels name a tier by its number: "Ligue 2", "National 3".
var leagueLevels = map[string]bool{"ligue": true, "division": true, "national": true, "nationale": true, "liga": true, "serie": true, "league": true, "régionale": true, "fédérale": true, "elite": true, "élite": true}
