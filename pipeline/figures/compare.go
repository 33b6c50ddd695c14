package figures

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

var ratThree = big.NewRat(3, 1)

// exact reports the same fact: kind class, value and unit (figures.md,
// Matching 2, exact key match).
func exact(s, t Mention) bool {
	return class(s.Kind) == class(t.Kind) && s.Value == t.Value && sameUnit(s, t) && sameWeekday(s.Date, t.Date) && !periodsClash(s, t) &&
		(s.qual == "" || t.qual == "" || s.qual == t.qual) && !periodClash(s, t) && !eachTotal(s, t) && !perWhoClash(s, t) && bothFits(s, t) && roomsFit(s, t) && !densityClash(s, t) && roundFits(s, t) && zonesAgree(s, t) &&
		!periodWordClash(s, t) && !periodWordClash(t, s)
}

// periodWordClash: a is a length of time whose one word holds its unit
// ("a fortnight", "a decade"), b a count of something else: "deux prises
// par jour" is not "a fortnight", though both are two.
func periodWordClash(a, b Mention) bool {
	if !a.Word || b.Head == "" || periodUnit[b.Head] != "" {
		return false
	}
	raw := strings.ToLower(a.Raw)
	return strings.Contains(raw, "fortnight") || strings.Contains(raw, "decade") || strings.Contains(raw, "décennie")
}

// roundFits: a runoff is the second round of a vote, no other second:
// "the presidential runoff" is not "son second quinquennat".
func roundFits(s, t Mention) bool {
	if s.style != "runoff" && t.style != "runoff" || s.style == t.style {
		return true
	}
	o := s
	if s.style == "runoff" {
		o = t
	}
	return roundWords[o.Head] || roundWords[strings.ToLower(o.Raw)]
}

// roundWords name the rounds of a vote or a contest.
var roundWords = map[string]bool{"tour": true, "tours": true, "round": true, "rounds": true, "ballot": true, "scrutin": true, "vote": true}

// sameWeekday: a weekday or a part of the day said on both sides agrees.
func sameWeekday(a, b *DateValue) bool {
	return a == nil || b == nil || weekdaysAgree(a, b)
}

func sameUnit(s, t Mention) bool {
	if s.Unit == t.Unit {
		return true
	}
	switch s.Kind {
	case Ordinal:
		return (s.Unit == fromEnd) == (t.Unit == fromEnd) // "avant-dernier" is no "second"
	case Date, Year, Time, Identifier:
		return true
	}
	// a vague plural answers a plain number, never a collective: "une
	// dizaine" is about ten, "dozens" several tens (N8)
	return s.Unit == "vague" && t.Unit == "" && t.Kind != Approx || t.Unit == "vague" && s.Unit == "" && s.Kind != Approx
}

// verdict is the outcome of a lenient comparison.
type verdict struct {
	ok       bool
	kind     string
	severity Severity
	rule     string
	why      string
}

// lenient accepts the same fact written another way and says whether it
// deserves a finding (figures.md, Matching 2, lenient matches).
func lenient(s, t Mention, mode Mode) verdict {
	if s.qual != "" && t.qual != "" && s.qual != t.qual || periodClash(s, t) || eachTotal(s, t) || perWhoClash(s, t) || !roomsFit(s, t) && !roomsAsBedrooms(s, t) {
		return verdict{} // the early 20th century is not its end; a month's rent not a week's
	}
	if rainDepth(s, t) || rainDepth(t, s) {
		return verdict{ok: s.Value == t.Value && s.Comparator == t.Comparator}
	}
	if densityClash(s, t) && s.Value == t.Value {
		return verdict{true, "unit", Error, "N17", "counted per " + rateUnits[t.rateOf] + ", the source per " + rateUnits[s.rateOf] + ": the rate was not converted"}
	}
	if isYearish(s) && s.Kind == Cardinal && t.Kind == Date {
		s.Kind = Year // "à partir de 2008" -> "since the beginning of 2008"
	}
	if isYearish(t) && t.Kind == Cardinal && s.Kind == Date {
		t.Kind = Year
	}
	if s.Alt == "both" || t.Alt == "both" {
		return verdict{ok: exact(s, t)} // "both" answers "les deux" as it is, or nothing
	}
	if decadesAsYears(s, t) || decadesAsYears(t, s) {
		return verdict{ok: true} // "les années 2000-2010": the 2000s and 2010s, or the years 2000 to 2010
	}
	if levelComplement(s, t) {
		return verdict{ok: true} // "à 87 % de leur niveau de 2019": "13% below their 2019 level"
	}
	if clockDigits(s, t) || clockDigits(t, s) {
		return verdict{ok: true} // "À 11 h 15": "At 1115"
	}
	if s.Kind == PerMille && class(t.Kind) == Cardinal && t.Unit == "" && s.Value == t.Value && t.prior {
		// "5,6 décès pour 1 000 naissances, contre 3,9 ‰": "5.6 deaths
		// per 1,000 births against 3.9", the rate said once for both
		return verdict{ok: true}
	}
	if v, on := lenientPhrasing(s, t); on {
		return v
	}
	if hoursAsClock(s, t) || hoursAsClock(t, s) {
		return verdict{ok: true} // "entre dix heures et onze heures", "10 heures - 13 heures": "from 10 a.m. to 1 p.m."
	}
	var sv, tv *big.Rat
	if numericValue(s.Value) && numericValue(t.Value) {
		sv, tv = s.Rat(), t.Rat()
	}
	// English "3.101" is three point one: French grouping left in only
	// when the French wrote a dot too, or when no English writer would
	// put three zeros after a point ("12.000 people"); "€3.101 billion"
	// for "3 101 milliards" is a value error (N3).
	if oneMoreNamed(s, t, sv, tv) {
		return verdict{true, "modified", Info, "M2", "counts the one the source names beside its figure too"} // "cette mesure et trois autres": "four measures including this one"
	}
	if t.Format == "dot-group" && (strings.Contains(s.Raw, ".") || strings.Contains(t.Raw, ".000")) && sv != nil && tv != nil && new(big.Rat).Mul(tv, big.NewRat(1000, 1)).Cmp(sv) == 0 {
		return verdict{true, "format", Warning, "N3", "French digit grouping left in: write \"" + groupThousands(s.Value) + "\""}
	}
	if sv != nil && tv != nil && sameCharacters(s, t, sv, tv) {
		return verdict{true, "format", Warning, "N3", "the number copies the source's characters, which French and English read differently: check \"" + t.Raw + "\""}
	}
	if sv != nil && tv != nil && s.Kind != Money && s.Unit == t.Unit && strings.Contains(s.Raw, ",") && englishComma(s.Raw) && new(big.Rat).Mul(sv, big.NewRat(1000, 1)).Cmp(tv) == 0 {
		// "à 5,000 années-lumière" for "5,000 light years": a source
		// translated from English kept its thousands comma, which the
		// English reads as the writer meant (not a price: "1,689 €" the litre is French)
		return verdict{true, "format", Warning, "N3", "the source writes " + s.Raw + " with an English thousands comma; in French it reads " + s.Value + ": check it"}
	}
	if sv != nil && tv != nil && class(s.Kind) == class(t.Kind) && s.Unit == t.Unit && (roundedWords(s, t, sv, tv) || roundedWords(t, s, tv, sv)) {
		return verdict{ok: true} // "3,33 p. 100": "three and a third per cent"
	}
	if carriedMatch(s, t) {
		return verdict{true, "unit", Info, "N17", "the unit is carried over from an earlier figure of the sentence"}
	}
	if scaleCarried(s, t) {
		return verdict{true, "scale", Warning, "N4", "the scale word is left to an earlier figure of the sentence; write it"}
	}
	if v, matched := lenientKind(s, t, mode); matched {
		return v
	}
	return lenientValue(s, t, mode, sv, tv)
}

// lenientWeights: a bare French count whose noun is a unit of the
// street ("livres", "bornes"), and pounds read as a weight.
func lenientWeights(s, t Mention, mode Mode) (verdict, bool) {
	if class(s.Kind) == Cardinal && s.Unit == "" && (s.Head == "livres" || s.Head == "livre") && t.Kind == Quantity && t.Unit == "lb" {
		return verdict{ok: s.Value == t.Value}, true // "88 livres d'uranium": "88 pounds of uranium"
	}
	if s.Kind == Money && s.Unit == "GBP" && t.Kind == Quantity && t.Unit == "lb" && strings.Contains(strings.ToLower(s.Raw), "livre") && !strings.Contains(strings.ToLower(s.Raw), "sterling") {
		return verdict{ok: s.Value == t.Value}, true // "321 millions de livres de toxines": "321 million pounds", a weight the French word also names
	}
	if class(s.Kind) == Cardinal && s.Unit == "" && (s.Head == "bornes" || s.Head == "borne") && t.Kind == Quantity && t.Unit == "km" {
		return verdict{ok: s.Value == t.Value}, true // "faire 60 bornes": 60 km, as a French speaker says it
	}
	if class(s.Kind) == Cardinal && s.Unit == "" && t.Kind == Quantity && t.Unit == "bbl" && s.Head != "" {
		return verdict{ok: s.Value == t.Value}, true // "798 pièces de vin": "798 barrels", casks counted, no volume of oil
	}
	if poundsOfWeight(s, t) {
		t.Kind, t.Unit = Quantity, "lb"
		return lenient(s, t, mode), true // "272 millions de kg": "600 million pounds" of sweets
	}
	return verdict{}, false
}

// lenientForms: one value in two forms of figure: a clock and its hour
// in words, a decimal and a fraction, a count of times and the rank of
// the last.
func lenientForms(s, t Mention) (verdict, bool) {
	switch {
	case s.Kind == Time && t.Kind == Cardinal && t.Word && t.Unit == "" && bareHour(s, t):
		// "un cappuccino à 7h du matin" -> "a cappuccino at seven"
		return verdict{true, "format", Warning, "N15", "the time is said as a bare number; write it as a clock"}, true
	case s.Kind == Time && t.Kind == Decimal && dottedClock(s, t):
		return verdict{ok: true}, true // "à 12 h 30": "at 12.30", the British clock
	case s.Value == t.Value && (s.Kind == Fraction && t.Kind == Decimal || s.Kind == Decimal && t.Kind == Fraction):
		return verdict{ok: true}, true // "0,5 habitant" = "half a person", "0,01" = "one-hundredth"
	case s.Value == t.Value && (nthTime(s, t) || nthTime(t, s)):
		return verdict{ok: true}, true // "reportée quatre fois" = "delayed for the fourth time"
	case s.Alt == "split" && s.Value == "50-50" && (t.Kind == Percent && t.Value == "50" || t.Kind == Fraction && t.Value == "0.5") ||
		t.Alt == "split" && t.Value == "50-50" && (s.Kind == Percent && s.Value == "50" || s.Kind == Fraction && s.Value == "0.5"):
		return verdict{ok: true}, true // "un partage à parts égales": "50% funding", each side's share
	case s.Kind == Percent && !s.listed && t.Kind == Score && t.style == "split" && splitSide(t.Value, s.Value):
		return verdict{true, "modified", Warning, "N5", "is one side of the split the translation gives: check which"}, true // "leur part de 40 p. 100": "the standard 60:40"
	case s.Kind == Cardinal && s.Word && s.Unit == "" && t.Kind == Multiplier && strings.HasSuffix(strings.ToLower(t.Raw), "fold") && s.Value == t.Value && t.Head != "" && dirOf(t.Head) == 0:
		return verdict{ok: true}, true // "une stratégie à trois volets": "a threefold strategy", parts, no growth
	case s.Value == t.Value && (nthPeriod(s, t) || nthPeriod(t, s)):
		return verdict{ok: true}, true // "avant dix semaines" = "up until the tenth week"
	case bareYearsOf(s, t) || bareYearsOf(t, s):
		return verdict{ok: true}, true // "partir à 62 ans et 6 mois": "leave at 62 and a half"
	}
	return verdict{}, false
}

// lenientKind: two kinds of figure that may say the same fact (a date
// and a year, a multiplier and a fraction, an ordinal and its label...).
// matched says a rule took the pair, even when it refuses it.
func lenientKind(s, t Mention, mode Mode) (verdict, bool) {
	if v, matched := lenientDated(s, t, mode); matched || s.Kind == Date && t.Kind == Cardinal && t.Alt != "" {
		return v, matched // (a listed day that is no date stops here too)
	}
	if v, matched := lenientWeights(s, t, mode); matched {
		return v, true
	}
	if v, matched := lenientForms(s, t); matched {
		return v, true
	}
	switch {
	case s.Kind == Quantity && t.Kind == Quantity && seaMiles(s.Unit, t.Unit):
		return verdict{ok: s.Value == t.Value}, true // sailing copy says "miles" or "nm" for the sea's miles
	case s.guessedUnit && t.Unit == "" && class(t.Kind) == Cardinal && s.Value == t.Value && (s.Scale == "") == (t.Scale == ""):
		return verdict{ok: true}, true // the bare figure as the French wrote it, its unit guessed
	case yearPartAsFraction(s, t) || yearPartAsFraction(t, s):
		return verdict{ok: true}, true // "d'un trimestre" told "by one quarter": a quarter of a year
	case t.compUnit && s.Word && s.Unit == "" && class(s.Kind) == Cardinal && s.Value == t.Value && (s.Scale == "") == (t.Scale == ""):
		return verdict{ok: true}, true // "supérieur à 9 %, contre trente-cinq" told "above 9%, compared with 35": the English unit is the guess
	case millionAsMetres(s, t):
		return verdict{ok: true}, true // "5 millions" = "5m", which also reads as five metres
	case (s.Kind == Multiplier) != (t.Kind == Multiplier) && s.Value == t.Value && countOfTimes(s, t):
		if s.Word || t.Word {
			return verdict{ok: true}, true // à deux reprises = twice
		}
		// "poser 25 demandes" = "negotiate 25 times": the same number,
		// counted as times on one side only
		return verdict{true, "modified", Warning, "M2", "counted as times on one side only"}, true
	case shareAsOdds(s, t) || shareAsOdds(t, s):
		return verdict{ok: true}, true // "quatre députés sur cinq", "four to one in favour"
	case centuryHundreds(s, t) || centuryHundreds(t, s):
		return verdict{ok: true}, true // "au XIXe siècle", "in the 1800s"
	case s.Kind == Multiplier && t.Kind == Score && t.Value == s.Value+"-1" || t.Kind == Multiplier && s.Kind == Score && s.Value == t.Value+"-1":
		// "ils ont dépensé treize fois plus" and "they outspent them 13 to 1"
		return verdict{ok: true}, true
	case centsOfDollar(s, t) || centsOfDollar(t, s):
		return verdict{ok: true}, true
	case splitFor(s, t) || splitFor(t, s):
		return verdict{ok: true}, true // "la division par quatre de la valeur nominale": a four-for-one split
	case riseAsPercent(s, t) || riseAsPercent(t, s):
		return verdict{ok: true}, true // "a doublé le nombre" = "increased the number by 100%"
	case s.Kind == Multiplier && t.Kind == Fraction || s.Kind == Fraction && t.Kind == Multiplier:
		// trois fois moins = a third as much; divisé par trois = fell by two-thirds
		// ("fallen by a third" leaves two-thirds, "risen by half" is 1.5 times)
		return verdict{ok: s.Value == t.Value && s.dir == 0 && t.dir == 0 || fellBy(s, t) || fellBy(t, s) || roseBy(s, t) || roseBy(t, s)}, true
	}
	if v, matched := lenientRank(s, t); matched {
		return v, true
	}
	if v, matched := lenientPoints(s, t); matched {
		return v, true
	}
	switch {
	case s.Kind == Quantity && t.Kind == Quantity && s.Unit == "°" && t.Unit == "°" && s.Value != t.Value && fahrenheitOf(s, t):
		// "26 degrés" is Celsius; an American text says "80 degrees"
		return verdict{true, "unit", Warning, "N17", "converted from °C to °F; keep the original figure"}, true
	case sameMetric(s, t):
		return verdict{ok: true}, true // 1 500 MW = 1.5 GW
	case sameDuration(s, t):
		return verdict{ok: true}, true // 18 mois = one and a half years
	case roughDuration(s, t):
		return verdict{true, "modified", Warning, "M2", "a length of time told in another unit, within a tenth (six weeks, a month and a half): check it"}, true
	case s.Alt == "straight" || t.Alt == "straight":
		// "in straight sets" is two sets of two or three of five
		return verdict{ok: (s.Head == "sets" || t.Head == "sets") && (s.Value == "2" || s.Value == "3") && (t.Value == "2" || t.Value == "3")}, true
	case s.Unit == "age" || t.Unit == "age":
		return verdict{ok: s.Unit == t.Unit && s.Value == t.Value || inDecade(s, t) || ageCollective(s, t)}, true
	case (s.style == "bac") != (t.style == "bac") && (s.Kind == Decimal || t.Kind == Decimal) && s.Unit+t.Unit == "%":
		// "80 milligrammes par 100 millilitres" of blood is the ".08" of English law
		return verdict{ok: s.Value == t.Value}, true
	}
	return verdict{}, false
}

// lenientPoints: points of a rate, of an agenda, of GDP, basis points.
func lenientPoints(s, t Mention) (verdict, bool) {
	switch {
	case s.Kind == PercentPoint && (s.Word || t.dir != 0 && !t.Word) && class(t.Kind) == Cardinal && t.Unit == "" && s.Value == t.Value:
		// "deux points la préoccupent": "two concerns", points of an
		// agenda as likely as of a rate; "perd 1,5 point": "on 27.8%,
		// down 1.5", the unit left to the rate beside it
		return verdict{true, "unit", Warning, "N5", "points written as a plain number"}, true
	case s.Unit == "bp" || t.Unit == "bp":
		if on, ok := basisPoints(s, t); on {
			return verdict{ok: ok}, true // 50 points de base = half a percentage point
		}
		return verdict{}, true
	case s.Kind == PercentPoint && countsPoints(t) || t.Kind == PercentPoint && countsPoints(s):
		return verdict{ok: s.Value == t.Value || sizeOfFall(s, t) || sizeOfFall(t, s)}, true // "2 points" said once with, once without the rate
	case pointsOfGDP(s, t):
		return verdict{ok: s.Value == t.Value}, true // "5,5 points de PIB" = "5.5% of GDP"
	case s.Kind == Percent && t.Kind == PercentPoint && s.Value == t.Value && slices.Contains(s.ctx, "taux"):
		// "réduire de 3 p. 100 le taux d'impôt", "three percentage points":
		// French writes a rate's change in percent where it means points
		return verdict{true, "unit", Warning, "N5", "the source's percent of a rate is written as percentage points: check which it means"}, true
	}
	return verdict{}, false
}

// sizeOfFall: a is a negative figure, "moins 6 points", and b its size
// with a word of fall beside it, "down 6 points".
func sizeOfFall(a, b Mention) bool {
	return negationOf(a, b) && b.negCue
}

// negationOf: a is negative and b its size, "-3" and "3".
func negationOf(a, b Mention) bool {
	av, bv := a.Rat(), b.Rat()
	return av != nil && bv != nil && av.Sign() < 0 && new(big.Rat).Neg(av).Cmp(bv) == 0
}

// lenientDated: a date, a year or a score against a figure of another
// kind or order.
func lenientDated(s, t Mention, mode Mode) (verdict, bool) {
	switch {
	case s.Kind == Date && t.Kind == Date || s.Kind == Year && t.Kind == Date || s.Kind == Date && t.Kind == Year:
		return lenientDate(s, t, mode), true
	case mode == ModeSummary && s.Kind == Score && t.Kind == Score && reverse(s.Value) == t.Value && s.style != "votes" && t.style != "votes":
		return reversedScore(s, t), true
	case s.Kind == Date && t.Kind == Cardinal && t.Alt != "":
		if d, ok := listDay(t); ok {
			return lenientDate(s, d, mode), true // "March 12 and 13 rail workers"
		}
		return verdict{}, false
	case s.Kind == Year && t.Kind == Cardinal && s.Value == t.Value:
		if strings.Contains(t.Raw, ",") {
			return verdict{true, "format", Error, "N14", "a year must not take a thousands separator"}, true
		}
		return verdict{ok: true}, true
	case s.Kind == Cardinal && t.Kind == Year && s.Value == t.Value:
		return verdict{ok: true}, true
	case s.Kind == Cardinal && (t.Kind == Year || isYearish(t)) && shortYearOf(s, t):
		return verdict{ok: true}, true // "les révolutions de 56 et 68": "the 1956 and 1968 revolutions"
	case s.Kind == Cardinal && s.Alt == "day" && t.Kind == Date && t.Date != nil && t.Date.Month != 0 && itoa(t.Date.Day) == s.Value:
		// "a augmenté ses taux le 10": "on May 10", the month the
		// English adds from the article's context
		return verdict{true, "modified", Warning, "N13", "a day of the month, its month added"}, true
	}
	return verdict{}, false
}

// lenientValue: the same value in another form (a share as a fraction,
// a 12-hour time, a duration as a clock, a sign, a unit).
func lenientValue(s, t Mention, mode Mode, sv, tv *big.Rat) verdict {
	switch {
	case sv != nil && tv != nil && lossSigned(s, t, sv, tv) || sv != nil && tv != nil && lossSigned(t, s, tv, sv):
		return verdict{ok: true} // "Orange en a perdu 28 000" = "Orange −28,000"
	case s.Kind == Fraction && s.style == "ratio" && t.Kind == Fraction && t.Word && t.Comparator != CmpNone && mode == ModeSummary && sv != nil:
		return verdict{ok: shareFits(new(big.Rat).Mul(sv, big.NewRat(100, 1)), t)} // "96 communes sur 364" summarised as "about a quarter"
	case s.Kind == Percent && t.Kind == Fraction && mode == ModeSummary:
		return verdict{ok: shareFits(s.Rat(), t)} // "52 %" summarised as "over half"
	case s.Kind == Percent && t.Kind == Fraction || s.Kind == Fraction && t.Kind == Percent:
		return verdict{ok: sameShare(s, t)} // "50 %" = "half"
	case s.Kind == Identifier && t.Kind == Identifier && (dotGrouped(s.Raw, t.Raw) || dotGrouped(t.Raw, s.Raw)):
		return verdict{ok: true} // "la loi n° 18.561" = "Act No. 18561": a thousands dot
	case s.Kind == Identifier && plainNumber(t.Kind) || t.Kind == Identifier && plainNumber(s.Kind):
		if sameIdent(s, t) && !spelledOrdinalOfOther(s, t) && !isDuration(s) && !isDuration(t) { // ("France 3" names no three minutes)
			return verdict{ok: true}
		}
	case s.Kind == Time && t.Kind == Time && t.Alt == "12h":
		return verdict{ok: s.Value == t.Value || s.Value == plus12(t.Value)}
	case s.Kind == Time && t.Kind == Time && s.Alt == "12h":
		return verdict{ok: s.Value == t.Value || t.Value == plus12(s.Value)} // "à trois heures"
	case s.Kind == Time && t.Kind == Quantity && t.Unit == "s" || t.Kind == Time && s.Kind == Quantity && s.Unit == "s":
		return verdict{ok: sameClockDuration(s, t) && !s.clockSaid && !t.clockSaid} // "a duré 2 h 15" = 2 hours 15 minutes
	case s.Kind == Time && hoursCount(t) && !s.clockSaid:
		return verdict{ok: sameClockDuration(s, t)} // "perdre 2 h 30" = two and a half hours
	case quinzeJours(s) && t.Value == "2" && (t.Head == "weeks" || t.Alt == "weeks" || t.Head == "weekends" || t.Head == "week" && (t.Alt == "every" || strings.HasSuffix(t.Raw, "-week"))):
		return verdict{ok: true} // ("a two-week recess")
	case quinzeJours(s) && t.Value == "1" && (t.Head == "fortnight" || t.Head == "fortnights"):
		return verdict{ok: true} // "tous les quinze jours", "every fortnight"
	case s.Alt == "week" && t.Value == "1" && (t.Head == "week" || t.Head == "semaine"):
		return verdict{ok: true} // huit jours = a week
	case t.style == "half" && strings.HasPrefix(strings.ToLower(s.Raw), "semestriel"):
		// "un chiffre d'affaires semestriel": "H1 revenue", the half the
		// results are published for
		return verdict{true, "modified", Warning, "N11", "a half-year told as the first or second half: check which"}
	case s.Head == "pièces" && (t.Head == "bedroom" || t.Head == "bedrooms") && class(t.Kind) == Cardinal:
		// un deux-pièces is a one-bedroom flat: the living room counts in French
		sv, tv := s.Rat(), t.Rat()
		return verdict{ok: sv != nil && tv != nil && new(big.Rat).Sub(sv, tv).Cmp(big.NewRat(1, 1)) == 0}
	case negationOf(s, t) && class(s.Kind) == class(t.Kind):
		if t.negCue {
			return verdict{ok: true}
		}
		return verdict{true, "modified", Error, "N18", "the minus sign was dropped"}
	case sv != nil && tv != nil && sv.Cmp(tv) == 0 && s.Unit != t.Unit:
		return lenientUnit(s, t)
	case sv != nil && tv != nil && integerBound(s, t, sv, tv):
		return verdict{ok: true}
	case dozenForTen(s, t):
		return verdict{true, "rounded", Warning, "N8", "\"" + s.Raw + "\" counts tens; \"" + t.Raw + "\" counts twelves"}
	case sv != nil && tv != nil && rescaledRound(s, t, sv, tv):
		return verdict{true, "rounded", Warning, "N3", "rounded where the scale word changed"}
	}
	return verdict{}
}

// rescaledRound: the English took a larger scale word than the French
// and rounded to the digits it kept, as a paper writes "3 228 milliards
// d'euros" "€3.23 trillion". Two digits at least, the same unit.
func rescaledRound(s, t Mention, sv, tv *big.Rat) bool {
	if class(s.Kind) != class(t.Kind) || s.Unit != t.Unit || scaleExp(s) >= scaleExp(t) || scaleExp(s) < 3 || t.Comparator != CmpNone && t.Comparator != CmpExact {
		return false
	}
	d := valueDigits(t.Value)
	return d >= 2 && d < valueDigits(s.Value) && roundSig(sv, d).Cmp(tv) == 0
}

// scaleExp is the power of ten of m's scale word, 0 for none.
func scaleExp(m Mention) int {
	w := strings.ToLower(m.Scale)
	if m.Lang == French {
		if e, ok := frScale[w]; ok {
			return e
		}
		return frScaleAbbr[w]
	}
	if e, ok := enScale[w]; ok {
		return e
	}
	return enScaleAbbr[w]
}

// plainNumber kinds may stand for the number inside a name (A380, 21er
// Haus, 49.3); dates and amounts may not.
func plainNumber(k Kind) bool {
	return k == Identifier || k == Cardinal || k == Decimal || k == Ordinal
}

// numericValue: a value string big.Rat can read (not a date, a time, a
// range or a name), checked without allocating.
func numericValue(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < '0' || c > '9') && c != '.' && !(c == '-' && i == 0) {
			return false
		}
	}
	return true
}

// anniversary: a count of years, or of the candles on the cake ("souffler
// ses 70 bougies"), and the ordinal of the anniversary or birthday that
// marks them.
func anniversary(a, b Mention) bool {
	return class(a.Kind) == Cardinal && (periodSize[a.Head] == 12 || candleNouns[a.Head]) && b.Kind == Ordinal && anniversaryNouns[b.Head]
}

var candleNouns = map[string]bool{"bougies": true, "candles": true}

var anniversaryNouns = map[string]bool{"birthday": true, "anniversary": true, "anniversaire": true, "birthdays": true, "wedding": true, "jubilee": true} // ("70th wedding anniversary")

// hoursCount: a number of hours or minutes said as a count ("2.5 hours",
// "two and a half hours"), which a French clock-like "2 h 30" may mean.
func hoursCount(m Mention) bool {
	if class(m.Kind) != Cardinal && m.Kind != Multiplier || m.Unit != "" {
		return false
	}
	_, unit := duration(m)
	return unit == "sec" && (m.Head == "hours" || m.Head == "hour" || m.Head == "minutes")
}

// sameCharacters: a literal translation copied the number as written,
// "1,594 €" for "1,594 €", "5,829%" for "5,829%", or a French source wrote
// it the English way and the translation kept it ("6,000", "99.80$"):
// the same characters, which French and English read as values a power
// of ten apart. Real translations do it; a warning, since the figure is
// the source's but a reader may misread it. "€1,689" for "1,689 €" is
// written the English way: a thousand euros, an error; but no French
// writer gives three zero decimals, so a source's "30,000 GBP" written
// "£30,000" is the same thirty thousand.
func sameCharacters(s, t Mention, sv, tv *big.Rat) bool {
	// (the string tests first: they allocate nothing, and most pairs fail
	// them; comparing two big.Rat values allocates)
	n := writtenNumber(s.Raw)
	if sv.Sign() == 0 || tv.Sign() == 0 || !strings.ContainsAny(n, ",.") || n != writtenNumber(t.Raw) || scaleExp(s) != scaleExp(t) {
		return false // ("$ 2.7 milliards" written "$2.7 million" changed its scale word)
	}
	if _, ok := powerOfTen(sv, tv); !ok {
		return false
	}
	i := strings.IndexAny(t.Raw, "0123456789")
	return sv.Cmp(tv) > 0 || !strings.ContainsAny(t.Raw[:i], "€$£") || strings.HasSuffix(n, ",000")
}

// writtenNumber is the first number of raw as written: its digits and
// separators.
func writtenNumber(raw string) string {
	i := strings.IndexAny(raw, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(raw) && (raw[j] >= '0' && raw[j] <= '9' || raw[j] == ',' || raw[j] == '.') {
		j++
	}
	return strings.TrimRight(raw[i:j], ",.")
}

// fellBy: the factor m (below one) is what is left after the fall f
// tells: "divisé par trois" and "fallen by two-thirds".
func fellBy(m, f Mention) bool {
	k, x := m.Rat(), f.Rat()
	if m.Kind != Multiplier || f.Kind != Fraction || f.dir >= 0 || k == nil || x == nil || k.Cmp(big.NewRat(1, 1)) >= 0 {
		return false
	}
	left := new(big.Rat).Sub(big.NewRat(1, 1), x)
	return canonical(left) == canonical(k)
}

// riseAsPercent: the factor m above one told as the percent p: a rise
// by the factor less one ("a triplé", "up 200%"), or a level of the
// factor itself ("150 % des précipitations habituelles", "one and a half
// times its normal rainfall").
func riseAsPercent(m, p Mention) bool {
	if m.Kind != Multiplier || p.Kind != Percent || p.dir < 0 || m.dir < 0 {
		return false
	}
	// (floats: this runs for every pair of a factor and a percent, and
	// canonical values such as "1.5" and "150" compare exactly enough)
	k, err1 := strconv.ParseFloat(m.Value, 64)
	x, err2 := strconv.ParseFloat(p.Value, 64)
	if err1 != nil || err2 != nil || k <= 1 {
		return false
	}
	if p.dir == 0 {
		return math.Abs(k*100-x) < 1e-9
	}
	return math.Abs((k-1)*100-x) < 1e-9
}

// roseBy: the factor m above one is the rise by the fraction f,
// "multiplié par 1,5" and "risen by half".
func roseBy(m, f Mention) bool {
	k, x := m.Rat(), f.Rat()
	if m.Kind != Multiplier || f.Kind != Fraction || f.dir <= 0 || k == nil || x == nil || k.Cmp(big.NewRat(1, 1)) <= 0 {
		return false
	}
	return canonical(new(big.Rat).Add(big.NewRat(1, 1), x)) == canonical(k)
}

// seaMiles: two units sailing copy uses for the nautical mile, "milles"
// (nmi), "miles", "nm".
func seaMiles(a, b string) bool {
	return a != b && (a == "nmi" || b == "nmi") && (a == "nmi" || a == "mi" || a == "nm") && (b == "nmi" || b == "mi" || b == "nm")
}

// dozenForTen: "une dizaine" (about ten) translated "a dozen", "huit
// dizaines" translated "eight dozen", as real translators often do; both
// are rough counts, so a warning. Written "12" or "twenty", it is an
// error.
func dozenForTen(s, t Mention) bool {
	// (money too: "une dizaine de dollars", "around a dozen dollars")
	if s.Scale != "" || t.Scale != "" || !strings.Contains(strings.ToLower(s.Raw), "dizaine") || !strings.Contains(strings.ToLower(t.Raw), "dozen") {
		return false
	}
	a, err1 := strconv.Atoi(s.Value)
	b, err2 := strconv.Atoi(t.Value)
	return (t.Kind == Approx || t.Word) && (s.Kind == Approx || t.Unit == "" || t.Unit == s.Unit) && err1 == nil && err2 == nil && a > 0 && a%10 == 0 && a/10*12 == b
}

// poundsOfWeight: an English amount in "pounds", written with the word
// and no sign, is a weight when the source gives a mass: "un potiron de
// 922 kg" is "a 2,032 pound pumpkin", not £2,032. (A predicate: it runs
// for every pair compared, and a Mention is too big to return.)
func poundsOfWeight(s, t Mention) bool {
	if s.Kind != Quantity || t.Kind != Money || t.Unit != "GBP" || s.Unit != "kg" && s.Unit != "t" && s.Unit != "g" {
		return false
	}
	return !strings.Contains(t.Raw, "£") && strings.Contains(strings.ToLower(t.Raw), "pound")
}

// bigOrdinal: a rank of ten or more, which a number may name (a minute,
// an opus, a district) where a small one counts.
func bigOrdinal(v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && n >= 10
}

// lenientRank: a rank said as a label, a count, an anniversary or a
// fraction on the other side.
func lenientRank(s, t Mention) (verdict, bool) {
	switch {
	case gradeTold(s, t) || gradeTold(t, s):
		return verdict{ok: true}, true // "redoubler leur seconde": "repeat their first year of upper secondary school"
	case rowCount(s, t) || rowCount(t, s):
		return verdict{ok: s.Value == t.Value}, true // "une quatrième défaite de suite": "four in a row"
	case s.Kind == Ordinal && tallyRank[s.Head] && t.Kind == Multiplier || t.Kind == Ordinal && tallyRank[t.Head] && s.Kind == Multiplier:
		return verdict{ok: s.Value == t.Value}, true // "sa quatrième victoire": "has now won four times"
	case roundsPlayed(s, t) || roundsPlayed(t, s):
		return verdict{ok: s.Value == t.Value}, true // "à l'issue de la 20e journée": "after 20 rounds"
	case nthOfCount(s, t):
		return verdict{ok: true}, true // "portant à 27 le nombre de foyers" = the 27th outbreak
	case (s.Kind == Ordinal && t.Kind == Cardinal || s.Kind == Cardinal && t.Kind == Ordinal) && (s.label || t.label):
		return verdict{ok: s.Value == t.Value}, true // 37e District = District 37
	case s.Kind == Ordinal && t.Alt == "ordinal" || t.Kind == Ordinal && s.Alt == "ordinal":
		same, _ := ordinalFraction(s, t)
		return verdict{ok: same}, true // un troisième essai = a third experiment
	case anniversary(s, t) || anniversary(t, s):
		return verdict{ok: s.Value == t.Value}, true // fête ses 90 ans = its 90th birthday
	case milestoneOrdinal(s, t) && (s.Scale != "" || t.Scale != ""):
		return verdict{ok: true}, true // "le cap des 10 millions de visiteurs": "its 10 millionth visitor"
	case (s.Kind == Ordinal && t.Kind == Cardinal || s.Kind == Cardinal && t.Kind == Ordinal) && s.Value == t.Value && s.Unit == "" && t.Unit == "" &&
		(bigOrdinal(s.Value) && periodUnit[s.Head] == "" && periodUnit[t.Head] == "" && !s.personAge && !t.personAge && !countsPlural(s, t) || bareRank(s, t)) &&
		!refWords[s.Head] && !refWords[t.Head]:
		// ("18 clear of second-placed Bordeaux" is a gap, no "18e journée")
		// "le 199e opus" = "number 199", "(53e')" = "(53')": a high rank
		// names its thing like a number does (but "le 46e candidat" is no
		// "forty-six year old"); a small one only when neither side counts
		// a noun: "dans la 2" = "in the 2nd", "questions 1 et 2" = "#1 and 2"
		return verdict{true, "modified", Warning, "N11", "ordinal written as a number, or a number as an ordinal"}, true
	}
	return verdict{}, false
}

// bareRank: neither side counts a noun ("trois buts" is no "third
// goal"), or the English rank is a "#1" that labels like a number.
func bareRank(s, t Mention) bool {
	if strings.HasPrefix(t.Raw, "#") || strings.HasPrefix(s.Raw, "#") {
		return true
	}
	card := s
	if t.Kind == Cardinal {
		card = t
	}
	// (in words, "one" is a pronoun as often: "the second one")
	return !card.Word && !countsNoun(s.Head) && !countsNoun(t.Head) && !s.personAge && !t.personAge
}

// countsNoun: the word after a figure may be what it counts; a verb, a
// pronoun or a link word is not ("dans la 2 c'était", "the 2nd it was").
func countsNoun(head string) bool {
	h := strings.ToLower(head)
	if h == "" || strings.ContainsAny(h, "'’") || subjectPronoun[h] {
		// (an elided article or pronoun opens what comes next: "dans la 3 l'intrigue")
		return false
	}
	return !notNoun[h] && !ctxStop[h] && !ctxBreak[h] && !frFunction[h] && !notPlural[h]
}

// shortYearOf: s, two digits with no unit or noun it counts, is the last
// two digits of the year t, as speech shortens years ("de 90 à 93").
func shortYearOf(s, t Mention) bool {
	if s.Word || s.Unit != "" || s.Scale != "" || pluralNounLike(nounHead(s.Head)) || s.personAge || periodUnit[s.Head] != "" {
		return false // "56 personnes" is no "1956 people", "Âgé de 27 ans" no "2026-27"
	}
	y := atoiSafe(t.Value)
	return len(s.Value) == 2 && y >= 1900 && y < 2100 && itoa(y%100) == strings.TrimPrefix(s.Value, "0")
}

// clockDigits: "1115", four digits the other side gives as the clock
// "11 h 15" (the military clock of reports: "At 1115, a soldier was
// wounded"). Only against that clock: alone, "at 1115" may be a count.
func clockDigits(c, t Mention) bool {
	if c.Kind != Time || class(t.Kind) != Cardinal || t.Kind == Year || len(t.Raw) != 4 || t.Unit != "" || t.Scale != "" {
		return false
	}
	return strings.ReplaceAll(c.Value, ":", "") == t.Raw
}

// hoursAsClock: a count of hours, "dix heures", "13 heures" read as a
// length, is the hour of the day the other side gives, "10 a.m.", "1
// p.m.": French names the hour and the length with the same words. A
// hedge must be the same on both sides ("environ 21 heures", "about 9
// p.m."), but "bientôt deux heures" is "approaching 2 p.m.", whose hedge
// is no hedge word.
func hoursAsClock(c, t Mention) bool {
	if class(c.Kind) != Cardinal || c.Comparator != CmpNone && c.Comparator != t.Comparator && c.Comparator != CmpNearly || t.Kind != Time || c.Head != "heures" && c.Head != "heure" {
		return false
	}
	h, err := strconv.Atoi(c.Value)
	// ("il sera bientôt deux heures": "approaching 2 p.m.", the spoken
	// clock of twelve hours, in words only)
	return err == nil && h >= 0 && h <= 24 && (t.Value == timeMention(h, 0, false).Value || c.Word && h < 12 && t.Value == timeMention(h+12, 0, false).Value)
}

// pointsOfGDP: French says a share of a country's output in points,
// "5,5 points de PIB", where English says "5.5% of GDP". Not the other
// way: English "percentage points of GDP" tell a change, not a level.
func pointsOfGDP(p, q Mention) bool {
	return p.Kind == PercentPoint && q.Kind == Percent && (p.Head == "pib" || p.Head == "gdp") && (q.Head == "pib" || q.Head == "gdp")
}

// centuryHundreds: c is the Nth century and h the hundreds that English
// also names it by, "the 1800s" for the 19th.
func centuryHundreds(c, h Mention) bool {
	if c.Kind != Ordinal || c.Unit != "century" || h.Kind != Date || h.Date == nil || !h.Date.Decade || h.Date.Year%100 != 0 {
		return false
	}
	return h.Date.Year == (atoiSafe(c.Value)-1)*100
}

// shareAsOdds: the share f counted "n of d" is the split o, "n to d-n":
// four members in five are four to one.
func shareAsOdds(f, o Mention) bool {
	if f.Kind != Fraction || f.style != "ratio" || len(f.Parts) != 2 || o.Kind != Score {
		return false
	}
	n, d := atoiSafe(f.Parts[0].Value), atoiSafe(f.Parts[1].Value)
	return n > 0 && d > n && o.Value == itoa(n)+"-"+itoa(d-n)
}

// quinzeJours: fifteen days, which French says for two weeks; the
// context marks it "fortnight" only when no other reading took its Alt
// ("tous les quinze jours" is marked "every").
func quinzeJours(m Mention) bool {
	return m.Alt == "fortnight" || m.Value == "15" && (m.Head == "jours" || m.Head == "jour")
}

// splitSide: v is one side of the split a-b whose sides make a hundred.
func splitSide(split, v string) bool {
	a, b, ok := strings.Cut(split, "-")
	return ok && atoiSafe(a)+atoiSafe(b) == 100 && (a == v || b == v)
}

// yearPartAsFraction: a is a French quarter or half of a year said
// without a number ("un trimestre", "le semestre": three or six months)
// and b the English word that names it as a share, "one quarter".
func yearPartAsFraction(a, b Mention) bool {
	return a.style == "fixed" && a.Head == "mois" && b.Kind == Fraction && b.Word && !b.ofWhat &&
		(a.Value == "3" && b.Value == "0.25" || a.Value == "6" && b.Value == "0.5") // ("a quarter of revenue" is a share of something)
}

// decadesAsYears: d is an end of a span of two decades, "les années
// 2000-2010", and y the same end of the span of years written out,
// "2000-2010": French says both alike, so the years read it too.
func decadesAsYears(d, y Mention) bool {
	return d.Date != nil && d.Date.Decade && d.rangeEnd != 0 && y.rangeEnd == d.rangeEnd && isYearish(y) && strconv.Itoa(d.Date.Year) == y.Value
}

// roundedWords: d, in digits, rounds w, a value in words that no decimal
// writes exactly: "3,33 p. 100" for "three and a third per cent". The
// words' value keeps twelve decimals when it does not end (thirds,
// sixths, sevenths); the digits may differ from it by half their last
// place.
func roundedWords(d, w Mention, dv, wv *big.Rat) bool {
	if !w.Word || d.Word || !strings.Contains(d.Value, ".") {
		return false // (tested first: lenient asks this of every pair)
	}
	_, frac, _ := strings.Cut(d.Value, ".")
	_, wfrac, _ := strings.Cut(w.Value, ".")
	if len(frac) > 3 || len(wfrac) < 12 {
		return false
	}
	half := new(big.Rat).Quo(big.NewRat(1, 2), pow10(len(frac)))
	return new(big.Rat).Abs(new(big.Rat).Sub(dv, wv)).Cmp(half) < 0
}

// splitFor: a division by n, "la division par quatre de la valeur
// nominale", told as the share split it makes, "four-for-one".
func splitFor(s, t Mention) bool {
	if s.Kind != Multiplier || class(t.Kind) != Cardinal || !strings.Contains(strings.ToLower(t.Raw), "-for-") {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && new(big.Rat).Mul(sv, tv).Cmp(big.NewRat(1, 1)) == 0
}

// countsPlural: the English cardinal told for a source rank counts a
// plural noun ("climbs 14 places" for "au 14e rang"), which no rank is
// ("72 sélections" told "his 72nd cap" is the count's last, a rank).
func countsPlural(s, t Mention) bool {
	return s.Kind == Ordinal && t.Kind == Cardinal && t.Head != "" && pluralNounLike(t.Head) && !strings.HasSuffix(t.Head, "ss")
}
