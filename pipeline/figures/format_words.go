package figures

import (
	"math/big"
	"strconv"
	"strings"
)

// formatSpecial writes the figures whose English is a phrase rather than
// a number: lengths of time, how often, scores, factors below one, title
// counts, ages, and words that hold a number. ok is false for the rest.
func formatSpecial(m Mention) (string, bool) {
	if s, ok := formatMerged(m); ok {
		return s, true
	}
	switch {
	case m.Kind == Percent && wholeWords[strings.ToLower(m.Raw)]:
		return wholeEnglish(strings.ToLower(m.Raw)), true // "entièrement refaites": "fully", not "100% refaites", which would lend its percent to the "contre 11" after it
	case m.style == "runoff":
		return "run-off", true // an English word a French text quotes; "second" alone would be a place
	case m.inDecades:
		v := m.Rat()
		if v == nil {
			return m.Raw, true
		}
		d := m
		d.Value, d.inDecades = canonical(v.Quo(v, big.NewRat(10, 1))), false
		return formatCore(d), true // the count of decades its noun goes on to name
	case m.Kind == Score && m.style == "odds":
		return m.Value + " odds", true // "coté à 67 contre 1": read back as odds, not a score
	case m.Kind == Score && m.style == "votes":
		a, b, _ := strings.Cut(m.Value, "-")
		return a + " votes to " + b, true
	case m.Kind == Score && m.Alt == "split":
		return strings.Replace(m.Value, "-", ":", 1), true // "moitié-moitié": 50:50
	case m.Kind == Score && lowFirstGoals(m):
		a, b, _ := strings.Cut(m.Value, "-")
		return a + " goals to " + b, true // "0 buts à 21": "0-21" alone reads as a range from 0 to 21
	case m.Kind == Score:
		return m.Value, true
	case m.Alt == "rooms":
		return m.Value + "-room flat", true // "un T3": a 3-room flat
	case m.Kind == Fraction && m.style == "odds" && strings.HasPrefix(m.Value, "0/"):
		return "zero out of " + strings.TrimPrefix(m.Value, "0/"), true // "zéro sur huit"
	case m.Kind == Fraction && m.style == "odds":
		return "1 in " + groupThousands(strings.TrimPrefix(m.Value, "1/")), true
	case m.Kind == Fraction && m.style == "ratio" && len(m.Parts) == 2:
		return m.Parts[0].Value + " out of " + groupThousands(m.Parts[1].Value), true // ("1 out of 1,000": odds read a large number grouped)
	case m.style == "period" && periodUnit[m.Head] != "":
		return formatPeriod(m), true
	case m.Unit == "age":
		return "in their " + decadeWord(m.Value), true
	case m.Kind == Multiplier && m.style == "title":
		return englishWords(atoiSafe(m.Value)) + "-time", true
	case m.Kind == Multiplier && m.Word && m.Value == "0.5" && m.style == "":
		return "half as much", true // "moitié moins"
	case m.Kind == Multiplier && m.style == "factor":
		if v := m.Rat(); v != nil && v.Sign() > 0 && v.Cmp(big.NewRat(1, 1)) < 0 {
			f, _ := new(big.Rat).Inv(v).Float64()
			if n := int(f + 0.5); n >= 2 && n < 100 && f-float64(n) < 1e-6 && float64(n)-f < 1e-6 {
				return englishWords(n) + " times less", true // trois fois moins
			}
		}
	}
	if en := impliedEnglish[strings.ToLower(m.Raw)]; en != "" {
		return en, true
	}
	return "", false
}

// enPeriods are the English nouns of the period families, singular and
// plural.
var enPeriods = map[string][2]string{
	"an": {"year", "years"}, "ans": {"year", "years"}, "année": {"year", "years"}, "années": {"year", "years"},
	"mois": {"month", "months"}, "semaine": {"week", "weeks"}, "semaines": {"week", "weeks"},
	"jour": {"day", "days"}, "jours": {"day", "days"}, "heure": {"hour", "hours"}, "heures": {"hour", "hours"},
	"minute": {"minute", "minutes"}, "minutes": {"minute", "minutes"}, "seconde": {"second", "seconds"}, "secondes": {"second", "seconds"}, "décennie": {"decade", "decades"},
	"décennies": {"decade", "decades"}, "décade": {"decade", "decades"}, "décades": {"decade", "decades"}, "siècle": {"century", "centuries"}, "siècles": {"century", "centuries"},
	"trimestre": {"quarter", "quarters"}, "semestre": {"half-year", "half-years"},
}

// formatPeriod: "un an" -> "a year", "un demi-siècle" -> "half a
// century", "tous les deux ans" -> "every two years".
func formatPeriod(m Mention) string {
	names, ok := enPeriods[m.Head]
	if !ok {
		names = [2]string{m.Head, m.Head}
	}
	v := m.Rat()
	one := v != nil && v.Cmp(big.NewRat(1, 1)) == 0
	var s string
	switch {
	case one && m.Alt == "every":
		return "every " + names[0]
	case one && m.Word && m.Alt == "" && names[0] != "minute":
		s = "one " + names[0] // "condamné à un an": "one year" is a length in any sentence; "a year" reads as one only after "for", "within"...
	case one:
		s = article(names[0]) + " " + names[0]
	case v != nil && v.Cmp(big.NewRat(1, 2)) == 0:
		s = "half " + article(names[0]) + " " + names[0]
	case v != nil && v.Cmp(big.NewRat(1, 4)) == 0:
		s = "a quarter of " + article(names[0]) + " " + names[0]
	case v != nil && v.IsInt() && v.Num().Int64() < 100:
		s = englishWords(int(v.Num().Int64())) + " " + names[1]
	default:
		s = formatNumber(Mention{Value: m.Value}) + " " + names[1]
	}
	if m.Alt == "every" {
		return "every " + s
	}
	return s
}

func article(noun string) string {
	if strings.HasPrefix(noun, "hour") {
		return "an"
	}
	return "a"
}

func decadeWord(v string) string {
	for w, d := range enDecadeWords {
		if itoa(d) == v {
			return w
		}
	}
	return v + "s"
}

func atoiSafe(v string) int {
	if n, err := strconv.Atoi(v); err == nil {
		return n // the common case, without big.Rat's allocations
	}
	r, ok := new(big.Rat).SetString(v)
	if !ok || !r.IsInt() || !r.Num().IsInt64() {
		return 0
	}
	return int(r.Num().Int64())
}

// impliedEnglish are the English words of French words that hold a number.
var impliedEnglish = map[string]string{
	"quinquennat": "five-year term", "septennat": "seven-year term", "sexennat": "six-year term",
	"quinquennal": "five-year", "quinquennale": "five-year", "quinquennaux": "five-year", "quinquennales": "five-year",
	"triennal": "three-year", "triennale": "three-year", "biennal": "biennial", "biennale": "biennial",
	"bisannuel": "biennial", "bisannuelle": "biennial", "décennal": "ten-year", "décennale": "ten-year",
	"décennaux": "ten-year", "décennales": "ten-year", "centennal": "100-year", "centennale": "100-year",
	"centennaux": "100-year", "centennales": "100-year",
	"bimestriel": "two-monthly", "bimestrielle": "two-monthly", "trimestriel": "three-monthly",
	"trimestrielle": "three-monthly", "semestriel": "six-monthly", "semestrielle": "six-monthly",
	"bimensuel": "twice-monthly", "bimensuelle": "twice-monthly", "bihebdomadaire": "twice-weekly",
	"centenaire": "centenary", "bicentenaire": "bicentenary", "tricentenaire": "tercentenary",
	"cinquantenaire": "50th anniversary",
}

// wholeEnglish is how English says a French word for the whole: an
// adverb "fully", an adjective "full", a noun "whole" ("la totalité des
// salariés", "the whole of the staff").
func wholeEnglish(w string) string {
	switch {
	case strings.HasSuffix(w, "ment"):
		return "fully"
	case strings.HasPrefix(w, "intégral") && !strings.HasSuffix(w, "ité"):
		return "full"
	}
	return "whole"
}

// lowFirstGoals: a score told in goals whose first number is the lower,
// "0 buts à 21", which English reads back as a score only with its noun.
func lowFirstGoals(m Mention) bool {
	a, b, ok := strings.Cut(m.Value, "-")
	return ok && atoiSafe(a) < atoiSafe(b) && strings.Contains(strings.ToLower(m.Raw), "but")
}
