package figures

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// periodUnit maps the nouns of periods to a family, so that "dix ans" =
// "a decade", "18 mois" = "a year and a half" and "une heure et quart" =
// "75 minutes" compare as one duration. Calendar periods are counted in
// months, clock periods in seconds; the two do not mix.
var periodUnit = map[string]string{
	"an": "month", "ans": "month", "année": "month", "années": "month", "year": "month", "years": "month",
	"mois": "month", "month": "month", "months": "month", "décennie": "month", "décennies": "month",
	"décade": "month", "décades": "month", // (the anglicism: ten years, as news copy uses it)
	"decade": "month", "decades": "month", "siècle": "month", "siècles": "month", "century": "month",
	"centuries": "month", "semestre": "month", "semestres": "month", "trimestre": "month", "trimestres": "month",
	"quarters": "month", // (the plural heads a count of them: "172 quarters" of contributions; "every quarter of an hour" is no period of three months)
	"jour":     "sec", "jours": "sec", "day": "sec", "days": "sec", "semaine": "sec", "semaines": "sec",
	"week": "sec", "weeks": "sec", "heure": "sec", "heures": "sec", "hour": "sec", "hours": "sec",
	"minute": "sec", "minutes": "sec", "seconde": "sec", "secondes": "sec", "second": "sec", "seconds": "sec",
	"fortnight": "sec", "sec": "sec", "secs": "sec",
	// a summary's abbreviations: "over 15 yrs", "€270m/yr", "6 hrs"
	"yr": "month", "yrs": "month", "wk": "sec", "wks": "sec", "hr": "sec", "hrs": "sec", "min": "sec", "mins": "sec",
	// an age said as an adjective: "an 11-month-old baby", "a 45-year-old man"
	"year-old": "month", "years-old": "month", "month-old": "month", "months-old": "month",
	"week-old": "sec", "weeks-old": "sec", "day-old": "sec", "days-old": "sec",
}

// periodSize is the length of one period in its family's unit.
var periodSize = map[string]int64{
	"an": 12, "ans": 12, "année": 12, "années": 12, "year": 12, "years": 12, "mois": 1, "month": 1,
	"months": 1, "décennie": 120, "décennies": 120, "décade": 120, "décades": 120, "decade": 120, "decades": 120, "siècle": 1200,
	"siècles": 1200, "century": 1200, "centuries": 1200, "semestre": 6, "semestres": 6, "trimestre": 3,
	"trimestres": 3, "quarters": 3, "jour": 86400, "jours": 86400, "day": 86400, "days": 86400, "semaine": 604800,
	"semaines": 604800, "week": 604800, "weeks": 604800, "heure": 3600, "heures": 3600, "hour": 3600,
	"hours": 3600, "minute": 60, "minutes": 60, "seconde": 1, "secondes": 1, "second": 1, "seconds": 1,
	"fortnight": 1209600, "sec": 1, "secs": 1, "yr": 12, "yrs": 12, "wk": 604800, "wks": 604800, "hr": 3600, "hrs": 3600, "min": 60, "mins": 60,
	"year-old": 12, "years-old": 12, "month-old": 1, "months-old": 1, "week-old": 604800, "weeks-old": 604800,
	"day-old": 86400, "days-old": 86400,
}

// sameDuration: two counts of periods are the same length of time.
func sameDuration(s, t Mention) bool {
	a, fa := duration(s)
	b, fb := duration(t)
	return a != nil && b != nil && fa == fb && a.Cmp(b) == 0
}

// roughDuration: two exact lengths of time, one in weeks or days, the
// other in months or years, that agree within a tenth: "six dernières
// semaines" told "the last month and a half", a translator's rounding
// across units no whole number converts. Within one family ("six
// weeks", "seven weeks"; "un demi-siècle", "53 years") they are
// compared as they are.
func roughDuration(s, t Mention) bool {
	a, fa := duration(s)
	b, fb := duration(t)
	if a == nil || b == nil || fa == fb || a.Sign() <= 0 || b.Sign() <= 0 || hedged(s) && s.Comparator != CmpApprox || hedged(t) && t.Comparator != CmpApprox {
		return false // ("about six weeks ago" for "il y a un mois et demi" is rough too; "more than" bounds it)
	}
	a = acrossFamilies(a, fa)
	x, _ := a.Float64()
	y, _ := b.Float64()
	return x != y && x >= 0.9*y && x <= 1.1*y
}

func duration(m Mention) (*big.Rat, string) {
	if m.Kind == Quantity && m.Unit == "s" {
		return m.Rat(), "sec" // a race time
	}
	if v := clockLength(m); v != nil {
		return v, "sec"
	}
	if class(m.Kind) != Cardinal || m.Vague {
		return nil, ""
	}
	f := periodUnit[m.Head]
	if f == "" {
		return nil, ""
	}
	v := m.Rat()
	if v == nil {
		return nil, ""
	}
	return v.Mul(v, big.NewRat(periodSize[m.Head], 1)), f
}

// frPeriodAt reads the French periods of periodAt: une décennie, un
// demi-siècle, une demi-heure, un quart d'heure, une heure et quart.
func (p *parser) frPeriodAt(i int, period func(*big.Rat, string, int) (*Mention, int)) (*Mention, int) {
	w := p.word(i)
	if m, n := p.frHalfUnit(i); n > 0 {
		return m, n
	}
	if rest, ok := strings.CutPrefix(w, "demi-"); ok && periodUnit[rest] != "" && halfPeriodLead[p.word(i-1)] {
		// "lors du dernier demi-siècle", "la première demi-heure": a
		// stretch named more than counted, compared when paired
		m, n := period(big.NewRat(1, 2), rest, 1)
		m.style = "fixed"
		return m, n
	}
	if p.word(i-1) == "sous" && (w == "quinzaine" || w == "huitaine") {
		// "sous quinzaine", "sous huitaine": within a fortnight, within a
		// week, as "quinze jours" and "huit jours" say them
		if w == "quinzaine" {
			return &Mention{Kind: Cardinal, Value: "15", Head: "jours", Alt: "fortnight", Word: true}, 1
		}
		return &Mention{Kind: Cardinal, Value: "8", Head: "jours", Word: true}, 1
	}
	if w == "quinzaine" && frMonthHalf[p.word(i-1)] && (p.word(i+1) == "de" || p.word(i+1) == "d'") && frMonths[p.word(i+2)] != 0 {
		// "la dernière quinzaine d'août": the month's last two weeks,
		// which English may count ("the last two weeks of August") or
		// name ("the last fortnight of August"): compared when paired
		return &Mention{Kind: Cardinal, Value: "15", Head: "jours", Alt: "fortnight", Word: true, style: "fixed"}, 1
	}
	if w == "moitié" && frMonthHalf[p.word(i-1)] {
		if k := p.halfOfPeriodAfter(i + 1); k > 0 {
			// "la première moitié de ce siècle": fifty years, which
			// English may count ("the first 50 years of this century") or
			// not ("the first half"): compared when paired
			m, n := period(big.NewRat(1, 2), p.word(i+1+k), k+2)
			m.style = "fixed"
			return m, n
		}
	}
	switch w {
	case "avant-hier", "après-demain", "surlendemain", "avant-veille":
		// two days from today or from the day told, which English counts
		// ("two days ago", "two days later") as often as it names them
		// ("the day before yesterday"): compared when paired
		return &Mention{Kind: Cardinal, Value: "2", Head: "jours", Word: true, style: "fixed"}, 1
	}
	if n := p.word(i + 1); (w == "un" || w == "une") && oneNounHalf(n) && p.word(i+2) == "et" && (p.word(i+3) == "demi" || p.word(i+3) == "demie") {
		// "il gagne un point et demi", "à un match et demi du play-in", as
		// "deux points et demi", "deux matches et demi"
		return &Mention{Kind: Cardinal, Value: "1.5", Head: pluralOf(n), Word: true}, 4
	}
	if (w == "un" || w == "une") && periodUnit[p.word(i+1)] != "" {
		if h, head, k := p.halfAfter(i + 1); k > 0 {
			return period(h.Add(h, big.NewRat(1, 1)), head, 1+k) // une heure et quart, un siècle et demi
		}
	}
	switch {
	case (w == "un" || w == "une") && (p.word(i+1) == "décennie" || p.word(i+1) == "siècle"):
		return period(big.NewRat(1, 1), p.word(i+1), 2)
	case w == "la" && p.word(i+1) == "décennie" && decadeNeighbours[p.word(i+2)]:
		return period(big.NewRat(1, 1), "décennie", 3) // "au cours de la décennie précédente": the previous ten years
	case w == "la" && p.word(i+1) == "décennie" && (p.word(i-1) == "sur" || p.words(i-2, "au", "cours")) && !p.yearFollows(i+2):
		return period(big.NewRat(1, 1), "décennie", 2) // "10 000 tonnes en moyenne sur la décennie": over ten years
	case w == "la" && decadeNeighbours[p.word(i+1)] && p.word(i+2) == "décennie":
		return period(big.NewRat(1, 1), "décennie", 3) // "la dernière décennie"
	case (w == "un" || w == "une") && strings.HasPrefix(p.word(i+1), "demi-") && periodUnit[p.word(i + 1)[len("demi-"):]] != "":
		return period(big.NewRat(1, 2), p.word(i + 1)[len("demi-"):], 2)
	case (w == "un" || w == "une") && p.word(i+1) == "demi-journée":
		return period(big.NewRat(1, 2), "jour", 2) // a half day
	case w == "une" && p.words(i+1, "journée", "et", "demie"):
		return period(big.NewRat(3, 2), "jour", 4) // "une journée et demie": a day and a half
	case (w == "un" || w == "une") && p.word(i+1) == "demi" && periodUnit[p.word(i+2)] != "":
		return period(big.NewRat(1, 2), p.word(i+2), 3) // "un demi siècle", unhyphenated
	case nounDeterminers[w] && p.words(i+1, "quart", "de", "siècle"):
		return period(big.NewRat(1, 4), "siècle", 4) // a quarter of a century; "le quart de siècle de son entrée en vigueur"
	case nounDeterminers[w] && p.words(i+1, "tiers", "de", "siècle"):
		return period(big.NewRat(1, 3), "siècle", 4) // a third of a century
	case w == "trois" && p.words(i+1, "quarts", "de", "siècle"):
		return period(big.NewRat(3, 4), "siècle", 4)
	case w == "un" && p.words(i+1, "quart", "d'", "heure"):
		return period(big.NewRat(1, 4), "heure", 4)
	case (w == "premier" || w == "dernier") && p.words(i+1, "quart", "d'", "heure"):
		return period(big.NewRat(1, 4), "heure", 4) // "dans le dernier quart d'heure": the last 15 minutes of a match
	case w == "trois" && p.words(i+1, "quarts", "d'", "heure"):
		return period(big.NewRat(3, 4), "heure", 4)
	}
	return nil, 0
}

// decadeNeighbours put a decade just before or after now: "la décennie
// précédente", "la dernière décennie".
var decadeNeighbours = map[string]bool{"précédente": true, "passée": true, "écoulée": true, "dernière": true, "suivante": true, "prochaine": true}

// periodAt reads periods said in words: une décennie, un demi-siècle, une
// demi-heure, un quart d'heure, trois quarts d'heure; a decade, half a
// century, half an hour, a quarter of an hour, a year and a half.
func (p *parser) periodAt(i int) (*Mention, int) {
	w := p.word(i)
	period := func(v *big.Rat, head string, n int) (*Mention, int) {
		return &Mention{Kind: Cardinal, Value: canonical(v), Head: head, Word: true, style: "period"}, n
	}
	if m, n := p.everyAt(i); n > 0 {
		return m, n
	}
	if p.singlePeriod(i) {
		return period(big.NewRat(1, 1), p.word(i+1), 2) // un an de prison, for a year
	}
	if p.lang == French && p.word(i-1) == "sur" && (w == "un" || w == "une") && onePeriods[p.word(i+1)] && !p.words(i+2, "et", "demi") && !p.words(i+2, "et", "demie") {
		// "287 000 sur un an", "4 % sur un an": the basis a figure is
		// counted over, which English may say "in the 12 months to" or
		// not at all ("year on year"): compared only when paired ("sur un
		// an et demi" is a length of time, read whole below)
		m, n := period(big.NewRat(1, 1), p.word(i+1), 2)
		m.style = "fixed"
		return m, n
	}
	if p.lang == French {
		return p.frPeriodAt(i, period)
	}
	if m, n := p.enHyphenPeriod(i); n > 0 {
		return m, n
	}
	if (w == "past" || w == "last" || w == "next" || w == "previous" || w == "coming") && (p.word(i+1) == "decade" || p.word(i+1) == "century") {
		return period(big.NewRat(1, 1), p.word(i+1), 2) // over the past decade
	}
	if w == "this" && p.word(i+1) == "decade" && (p.word(i-1) == "in" || p.word(i-1) == "during") {
		// "for the seventh consecutive time in this decade", "depuis dix
		// ans": ten years, or the 2020s; compared when paired
		m, n := period(big.NewRat(1, 1), "decade", 2)
		m.style = "fixed"
		return m, n
	}
	if w == "the" && p.word(i+1) == "decade" && (decadeSpanAfter[p.word(i+2)] || decadeSpanBefore[p.word(i-1)]) {
		return period(big.NewRat(1, 1), "decade", 2) // "in the decade they were in power": ten years, not the 2020s
	}
	if (w == "quarter" || w == "third") && p.word(i+1) == "century" && (p.word(i-1) == "a" || p.word(i-1) == "last" || p.word(i-1) == "past" || p.word(i-1) == "the" && w == "quarter") {
		// ("the third century AD" is a rank, not a third of a century)
		return period(big.NewRat(1, int64(map[string]int{"quarter": 4, "third": 3}[w])), "century", 2) // "over the last quarter century"
	}
	if (w == "one-third" || w == "one-quarter") && p.words(i+1, "of", "a", "century") {
		return period(big.NewRat(1, int64(map[string]int{"one-third": 3, "one-quarter": 4}[w])), "century", 4) // "over one-third of a century old"
	}
	if k := boolInt(w == "three") + 1; (p.words(i, "three", "quarters") || w == "three-quarters") && p.word(i+k) == "of" && (p.word(i+k+1) == "a" || p.word(i+k+1) == "an") {
		if unit := p.word(i + k + 2); unit == "hour" || unit == "century" || unit == "decade" || unit == "year" {
			return period(big.NewRat(3, 4), unit, k+3) // "three-quarters of an hour": 45 minutes; "of a century": 75 years
		}
	}
	if w == "quarter" && matchEdge[p.word(i-1)] && p.words(i+1, "of", "an", "hour") {
		return period(big.NewRat(1, 4), "hour", 4) // "in the last quarter of an hour": le dernier quart d'heure
	}
	if w != "a" && w != "an" && w != "one" && w != "half" && w != "another" {
		return nil, 0
	}
	switch {
	case w == "half" && (p.word(i+1) == "a" || p.word(i+1) == "an") && periodUnit[strings.TrimSuffix(p.word(i+2), "'s")] != "":
		return period(big.NewRat(1, 2), strings.TrimSuffix(p.word(i+2), "'s"), 3) // ("half a year's pay": six months' pay)
	case w == "half" && (p.word(i+1) == "century" || p.word(i+1) == "decade") && (p.word(i-1) == "last" || p.word(i-1) == "past" || p.word(i-1) == "the"):
		return period(big.NewRat(1, 2), p.word(i+1), 2) // "in the last half century": fifty years
	case w == "half" && (p.word(i+1) == "hour" || p.word(i+1) == "day") && halfPeriodLeads[p.word(i-1)]:
		return period(big.NewRat(1, 2), p.word(i+1), 2) // "for the next half hour": une demi-heure; "every half hour": toutes les 30 minutes
	case w == "a" && p.word(i+1) == "half" && periodUnit[p.word(i+2)] != "" && !strings.HasSuffix(p.word(i+2), "s"):
		return period(big.NewRat(1, 2), p.word(i+2), 3) // "for a half hour"
	case (w == "a" || w == "one") && p.words(i+1, "quarter", "of", "a", "century"):
		return period(big.NewRat(1, 4), "century", 5)
	case (w == "a" || w == "one") && p.words(i+1, "quarter", "century"):
		return period(big.NewRat(1, 4), "century", 3) // "in more than a quarter century", without "of a"
	case (w == "a" || w == "one") && p.words(i+1, "third", "of", "a", "century"):
		return period(big.NewRat(1, 3), "century", 5) // "over a third of a century ago", "plus d'un tiers de siècle"
	case (w == "a" || w == "one") && p.words(i+1, "quarter", "of", "an", "hour"):
		return period(big.NewRat(1, 4), "hour", 5)
	case (w == "a" || w == "one") && oneSecondParts[p.word(i+1)] > 0 && p.words(i+2, "of", "a", "second"):
		return period(big.NewRat(1, oneSecondParts[p.word(i+1)]), "second", 5) // "a quarter of a second behind"
	case (w == "a" || w == "an") && fullPeriodWords[p.word(i+1)] && periodUnit[p.word(i+2)] != "":
		if h, head, k := p.halfAfter(i + 2); k > 0 {
			return period(h.Add(h, big.NewRat(1, 1)), head, 2+k) // "an entire year and a half"
		}
	case (w == "a" || w == "one") && oneNounHalf(p.word(i+1)) && p.words(i+2, "and", "a", "half"):
		// "a game and a half behind", as "un match et demi"
		return &Mention{Kind: Cardinal, Value: "1.5", Head: pluralOf(p.word(i + 1)), Word: true}, 5
	case w != "half" && periodUnit[p.word(i+1)] != "":
		if h, head, k := p.halfAfter(i + 1); k > 0 {
			return period(h.Add(h, big.NewRat(1, 1)), head, 1+k) // a year and a half, another month and a half
		}
		if (w == "a" || w == "another") && (p.word(i+1) == "decade" || p.word(i+1) == "century") {
			return period(big.NewRat(1, 1), p.word(i+1), 2) // ("prolongés de dix ans": "kept running for another decade")
		}
	}
	return nil, 0
}

// fullPeriodWords stand between "a" and its period without changing it.
var fullPeriodWords = map[string]bool{"entire": true, "whole": true, "full": true, "good": true}

// halfAfter reads the "et demi", "et quart" of "deux ans et demi", "une
// heure et quart", and the "and a half" of "two and a half years" or "a
// year and a half": the fraction to add and the tokens it takes, with the
// period noun when the fraction follows it.
// halfEnds may follow a bare "N et demi": the half closes the number.
var halfEnds = map[string]bool{"contre": true, "à": true, "en": true, "et": true, "sur": true, "pour": true, "dans": true, "chacun": true}

func (p *parser) halfAfter(j int) (*big.Rat, string, int) {
	if p.lang == French {
		if p.word(j) == "et" && (p.word(j+1) == "demi" || p.word(j+1) == "demie") && p.frPercentLen(j+2) > 0 {
			return big.NewRat(1, 2), "", 2 // "deux et demi pour cent": the unit after the half
		}
		if p.word(j) == "et" && p.word(j+1) == "demi" && (p.word(j+2) == "" || halfEnds[p.word(j+2)]) && p.toks[j-1].kind == tNum {
			return big.NewRat(1, 2), "", 2 // "par 15 et demi contre 7 et demi": a count of cantons, halves included
		}
		a := boolInt(orderAdjectives[p.word(j)] && periodUnit[p.word(j+1)] != "") // "les deux dernières années et demie"
		head := p.word(j + a)
		noun := a == 0 && pluralNounLike(head) && unitWords[head] == "" && !timesNoun[head] && currencyWords[head] == ""
		for noun && a < 2 && adjectiveLike(p.word(j+a+1)) {
			a++ // "deux procédures accélérées et demie": the noun's adjectives before its half
		}
		if periodUnit[head] != "" && a == 0 {
			if k := 1 + boolInt(p.word(j+1) == "et"); p.words(j+k, "trois", "quarts") && !partitives[p.word(j+k+2)] {
				// "12 ans trois quarts", an age to the quarter year; "quatre
				// heures trois quarts" ("deux ans trois quarts des salariés"
				// is a period, then a share)
				return big.NewRat(3, 4), head, k + 2
			}
		}
		if periodUnit[head] == "" && !noun || p.word(j+a+1) != "et" {
			return nil, "", 0 // ("quatre Canadiens et demi": any plural noun takes the half)
		}
		switch p.word(j + a + 2) {
		case "demi", "demie":
			return big.NewRat(1, 2), head, a + 3
		case "quart":
			return big.NewRat(1, 4), head, a + 3
		}
		return nil, "", 0
	}
	k, head := 0, ""
	if periodUnit[p.word(j)] != "" {
		k, head = 1, p.word(j)
	}
	if k == 0 && shareVerbAfter[p.word(j+3)] {
		return nil, "", 0 // "over 50 and a quarter are over 60", "60 and a half of them", "under 30 and a quarter come from Germany": a share of its own
	}
	if p.words(j+k, "and", "a", "half") || p.words(j+k, "and", "one", "half") || p.words(j+k, "and", "a", "half's") {
		return big.NewRat(1, 2), head, k + 3
	}
	if p.words(j+k, "and", "one-half") {
		return big.NewRat(1, 2), head, k + 2 // "two and one-half per cent", as Hansard writes it
	}
	nx := p.word(j + k + 3)
	ranked := k == 1 && len(nx) > 3 && !afterPeriod[nx] && !strings.HasSuffix(nx, "ing") // "seven years and a third defendant": a rank of the noun after it ("an hour and a quarter defending" is none)
	// "40 hours a week and a third are under 25": a share of its own
	ranked = ranked || k == 1 && shareVerbAfter[nx]
	if !ranked && p.words(j+k, "and", "a", "quarter") {
		return big.NewRat(1, 4), head, k + 3
	}
	if !ranked && p.words(j+k, "and", "a", "third") {
		return big.NewRat(1, 3), head, k + 3 // "one and a third metres"
	}
	if p.words(j+k, "and", "three", "quarters") || p.words(j+k, "and", "three", "quarter") {
		return big.NewRat(3, 4), head, k + 3 // ("one and three quarter million")
	}
	if p.words(j+k, "and", "three-quarter") || p.words(j+k, "and", "three-quarters") {
		return big.NewRat(3, 4), head, k + 2 // "19 and three-quarter hours"
	}
	if _, scaled := p.scaleOf(p.word(j + k + 2)); p.words(j+k, "and", "half") && (k == 1 || scaled || periodUnit[p.word(j+k+2)] != "") {
		return big.NewRat(1, 2), head, k + 2 // "two and half million", without its "a"
	}
	return nil, "", 0
}

// hyphenHMS reads a length of time said as one adjective, "a
// 3-hour-18-minute trip": hours then minutes joined by hyphens.
func (p *parser) hyphenHMS(i int) (*Mention, int) {
	h, m := p.num(i), p.num(i+4)
	if h == nil || m == nil || h.decimal || m.decimal || h.grouped || clockParts[p.word(i+2)] != 3600 || clockParts[p.word(i+6)] != 60 {
		return nil, 0
	}
	for k := i + 1; k <= i+6; k++ {
		if !p.glued(k) || (k == i+1 || k == i+3 || k == i+5) && p.sym(k) != "-" {
			return nil, 0
		}
	}
	mins, err := strconv.Atoi(p.toks[i+4].text)
	if err != nil || mins >= 60 {
		return nil, 0
	}
	return &Mention{Kind: Quantity, Unit: "s", Value: itoa(int(h.val.Num().Int64())*3600 + mins*60)}, 7
}

// hyphenPart: the token at k is the hyphen of an English compound
// adjective, "10-minute", before the unit of a part of a length of time.
func (p *parser) hyphenPart(k int) bool {
	return p.lang == English && p.sym(k) == "-" && p.glued(k) && p.glued(k+1) && clockParts[p.word(k+1)] != 0
}

// clockParts are the words of the parts of a race or working time, by
// their length in seconds.
var clockParts = map[string]int{
	"jours": 86400, "jour": 86400, "days": 86400, "day": 86400, // "3 jours 13 heures 42 minutes"
	"hours": 3600, "hour": 3600, "h": 3600, "hr": 3600, "hrs": 3600, "heures": 3600, "heure": 3600,
	"minutes": 60, "minute": 60, "min": 60, "mins": 60, "mn": 60,
	"seconds": 1, "second": 1, "s": 1, "sec": 1, "secs": 1, "secondes": 1, "seconde": 1,
}

// hmsAt reads a length of time given in parts, "19 hours 37 minutes",
// "19 heures et 37 minutes", "3 min 20 s": one duration in seconds,
// compared as a whole (N15). One part alone is a count of its unit.
func (p *parser) hmsAt(i int) (*Mention, int) {
	if p.lang == French && p.num(i) != nil && p.itIsClock(i) {
		return nil, 0 // "Comme il est 17 heures 30": the hour of the day
	}
	total, parts, n, last, first := 0, 0, 0, 1<<30, 0
	frac := new(big.Rat)
	for j := i; ; {
		if nb := p.num(j); last == 60 && nb != nil && nb.decimal && !nb.grouped && nb.intLen <= 2 && secondsWord(p.word(j+1)) {
			frac.Set(nb.val) // "1min 58.12sec": seconds with hundredths
			parts, n = parts+1, j+2-i
			break
		}
		v, w := p.clockCount(j)
		if w == 0 {
			break
		}
		hy := 0
		if p.hyphenPart(j + w) {
			hy = 1 // "the 10-minute-21-second flight": English joins the parts of a compound adjective
		}
		size := p.clockPartSize(j+w+hy, v, last)
		if size == 86400 && parts == 0 && (p.word(j) == "a" || p.word(j) == "an") && p.sym(j+w+hy+1) == "," && !durationLeads[p.word(j-1)] {
			break // "3 hours of TV a day, 12 minutes less": a rate after its noun, and the next figure another ("by a day, nine hours" is one)
		}
		if size == 0 || size >= last || parts > 0 && size == 3600 && last != 86400 || size == 86400 && !p.partFollows(j+w+hy+1) || parts > 0 && v*size >= last {
			// ("one day, 24 hours notice": 24 hours restate the day, no part of it)
			break // (days only before hours or minutes: "3d 13h 42m", never "3 jours" alone)
		}
		total, parts, last, n = total+v*size, parts+1, size, j+w+hy+1-i
		first = max(first, size)
		j += w + hy + 1
		if hy == 1 && p.sym(j) == "-" && p.glued(j) && p.glued(j+1) && p.num(j+1) != nil {
			j++ // on to the next part of the compound
		}
		if p.sym(j) == "," {
			if _, w2 := p.clockCount(j + 1); w2 > 0 && p.word(j+1+w2+1) == "of" {
				break // "about an hour, ten minutes of it for the draw": a part of the hour
			}
			if w := p.word(j + 1); parts == 1 && (w == "and" || w == "et") {
				break // "up to 3 hours, and 15 minutes beyond": two figures; a serial comma needs three parts
			}
			j++
		}
		if w := p.word(j); w == "and" || w == "et" {
			j++
		}
	}
	hourWord := p.word(i + n - 1)
	if parts == 1 && last == 3600 && (p.lang == French && strings.HasPrefix(hourWord, "heure") || p.lang == English && (hourWord == "hr" || hourWord == "hrs" || p.twoDigitMinutes(i+n))) {
		// "deux heures quarante", "3 hr 40": the minutes go without their word
		if mins, k := p.bareMinutes(i + n); k > 0 && !p.clockCue(i-1) {
			total, parts, n = total+60*mins, 2, n+k // "deux heures quarante"
		}
	}
	if parts == 1 && last == 60 && (p.lang == French || hourWord == "min" || hourWord == "mins" || hourWord == "minute" || hourWord == "minutes") {
		// "après 1 min 40 de golden score", "1min 40", "from 1 minute 40
		// in 2022": the seconds go without their word
		if secs, k := p.bareSeconds(i + n); k > 0 {
			total, parts, n = total+secs, 2, n+k
		}
	}
	if parts == 1 && last == 1 && p.lang == French && p.tokText(i+n-1) == "s" {
		if f := p.secFraction(i+n, 1); f != nil {
			// "deuxième à 8 s 6": 8.6 seconds, the tenths after the "s"
			return &Mention{Kind: Quantity, Unit: "s", Value: canonical(f.Add(f, big.NewRat(int64(total), 1)))}, n + 1
		}
	}
	if parts < 2 {
		return p.hundredthsAt(i)
	}
	if first == 3600 && total < 86400 && p.lang == French && p.clockCue(i-1) && !clockGapWords[p.word(i+n)] {
		// "franchi la ligne à 8 h 24 min 49 s": a time of day to the
		// second, which English gives to the minute, "8:24am"
		return &Mention{Kind: Time, Value: fmt.Sprintf("%02d:%02d", total/3600, total%3600/60)}, n
	}
	v := new(big.Rat).Add(big.NewRat(int64(total), 1), frac)
	if last == 1 && p.lang == French {
		if f := p.secFraction(i+n, 1); f != nil {
			v.Add(v, f) // 1 min 54 s 06, 3 min 21 s 447
			n++
		}
	}
	return &Mention{Kind: Quantity, Unit: "s", Value: canonical(v)}, n
}

// twoDigitMinutes: English after "hours" gives the minutes without
// their word only as two digits, "4 hours 15", "2 hours 05", as the
// French "4 h 15" it renders; "3 hours 20 people" stays two figures, for
// bareMinutes refuses a noun after the number.
func (p *parser) twoDigitMinutes(j int) bool {
	return p.num(j) != nil && len(p.tokText(j)) == 2 && strings.HasPrefix(p.word(j-1), "hour")
}

// clockPartSize is the length in seconds of the part of a duration whose
// unit stands at k, v of it after a part of length last; 0 if none.
func (p *parser) clockPartSize(k, v, last int) int {
	size := clockParts[p.word(k)]
	if (p.toks[min(k, len(p.toks)-1)].text == "d" && p.glued(k) || p.lang == French && p.word(k) == "j") && p.num(k+1) != nil && clockParts[p.word(k+2)] == 3600 {
		size = 86400 // "3d 13h 42m 10s", "74 j 3 h 35 min"
	}
	if p.word(k) == "m" && p.glued(k) && p.num(k+1) != nil && p.glued(k+2) && secondsWord(p.word(k+2)) {
		size = 60 // "1m 35s": minutes before seconds, not metres
	}
	if p.word(k) == "m" && p.glued(k) && last == 3600 && v < 60 {
		size = 60 // "49h26m", "2h 05m": minutes after hours, not metres
	}
	return size
}

// clockGapWords after "à 2 h 03 min" make it a gap, "à 2 h 03 min du
// vainqueur", not a time of day.
var clockGapWords = map[string]bool{"du": true, "de": true, "d'": true, "des": true, "derrière": true}

// secondsWord names seconds: the "s" of "35s".
func secondsWord(w string) bool { return clockParts[w] == 1 }

// clockCue: the word at j makes the hours after it a time of day ("à
// deux heures quarante"), not a length of time.
func (p *parser) clockCue(j int) bool {
	w := p.word(j)
	return w == "à" || w == "vers" || w == "dès" || w == "jusqu'à"
}

// bareMinutes reads the minutes French gives after hours with no unit,
// "le débat a duré deux heures quarante", "à trois heures vingt": a
// number under 60 that ends the phrase.
func (p *parser) bareMinutes(j int) (int, int) {
	v, k := p.clockCount(j)
	if k == 0 {
		if nb := p.num(j); nb == nil && p.word(j) != "" {
			if sv, sk := p.spelled(j); sk > 0 && sv.IsInt() {
				v, k = int(sv.Num().Int64()), sk
			}
		}
	}
	if k == 0 || v <= 0 || v >= 60 || clockParts[p.word(j+k)] != 0 {
		return 0, 0
	}
	if nx := p.toks; j+k < len(nx) && nx[j+k].kind == tWord && !frFunction[nx[j+k].low] && !ctxStop[nx[j+k].low] && !notNoun[nx[j+k].low] &&
		!(p.lang == English && (nx[j+k].low == "a" || nx[j+k].low == "an" || nx[j+k].low == "the")) && !p.spelledAt(j+k) { // ("4 hours 15 a year earlier": an article opens the next phrase; "3 hours 25 two years ago" a number)
		return 0, 0 // "deux heures, trente joueurs": a count of its own
	}
	return v, k
}

// spelledAt: a number in words starts at j.
func (p *parser) spelledAt(j int) bool {
	_, k := p.spelled(j)
	return k > 0
}

// bareSeconds reads the seconds French sport gives after minutes with
// no unit, "après 1 min 40 de golden score": a number in digits under
// 60 that a link word or a stop follows, so "5 min 3 buts" stays two
// figures.
func (p *parser) bareSeconds(j int) (int, int) {
	nb := p.num(j)
	if nb == nil || nb.grouped || nb.decimal || nb.intLen != 2 {
		return 0, 0 // two digits, "1 min 05", as a clock writes them
	}
	v, err := strconv.Atoi(p.toks[j].text)
	if err != nil || v >= 60 {
		return 0, 0
	}
	if j+1 < len(p.toks) && p.toks[j+1].kind == tWord && !secondsLinks[p.word(j+1)] {
		return 0, 0
	}
	return v, 1
}

// secondsLinks may follow the bare seconds of a time.
var secondsLinks = map[string]bool{"de": true, "d'": true, "du": true, "des": true, "au": true, "aux": true, "en": true,
	"et": true, "pour": true, "sur": true, "sous": true, "dans": true, "avant": true, "après": true, "à": true,
	"of": true, "in": true, "and": true, "to": true, "for": true, "on": true, "under": true, "before": true, "after": true,
	// a time or a source after them: "2 minutes 30 l'an dernier", "1 minute 40 last year"
	"l'": true, "la": true, "le": true, "cette": true, "contre": true, "lors": true, "selon": true, "soit": true,
	"last": true, "this": true, "the": true}

// oneClock are the articles that count one hour or minute.
var oneClock = map[string]Lang{"un": French, "une": French, "an": English, "a": English, "one": English}

// clockCount reads the count of one part of a length of time, in digits
// or in words ("two hours and 40 minutes"), and the tokens it used.
func (p *parser) clockCount(j int) (int, int) {
	if nb := p.num(j); nb != nil {
		if nb.grouped || nb.decimal || nb.intLen > 3 {
			return 0, 0
		}
		v, _ := strconv.Atoi(p.toks[j].text)
		return v, 1
	}
	if p.word(j) == "" || !p.partWord(j+1) && !p.partWord(j+2) {
		return 0, 0 // not before a part: spare the spelled-number parse
	}
	if w := p.word(j); oneClock[w] == p.lang && clockParts[p.word(j+1)] != 0 && (w != "a" || periodUnit[p.word(j-1)] == "" && (clockParts[p.word(j+1)] < 86400 || p.partFollows(j+2))) {
		// "une heure cinquante", "an hour and 50 minutes", "a minute and
		// 30 seconds", "a day and nine hours" ("14 hours a day" is a rate)
		return 1, 1
	}
	v, k := p.spelled(j)
	if k == 0 || !v.IsInt() || v.Cmp(big.NewRat(1000, 1)) >= 0 {
		return 0, 0
	}
	return int(v.Num().Int64()), k
}

// hundredthsAt reads a French race time in seconds and hundredths or
// thousandths, "46 s 98", "9 s 58", "21 s 447": 46.98 seconds.
func (p *parser) hundredthsAt(i int) (*Mention, int) {
	if p.sym(i) == "+" && p.glued(i+1) && p.num(i+1) != nil && p.sym(i-1) == "(" {
		// "(+0 s 097)": a timing sheet's gap to the leader
		if m, n := p.hundredthsAt(i + 1); n > 0 {
			return m, n + 1
		}
		return nil, 0
	}
	a := p.num(i)
	if p.lang != French || a == nil || a.grouped || a.decimal || a.intLen > 2 || !secondsWord(p.word(i+1)) {
		return nil, 0
	}
	least := 2
	if w := p.word(i - 1); w == "de" || w == "en" {
		least = 1 // "devance de 3 s 6", "en 9 s 9": tenths after a gap or a time
	}
	f := p.secFraction(i+2, least)
	if f == nil {
		return nil, 0
	}
	return &Mention{Kind: Quantity, Unit: "s", Value: canonical(new(big.Rat).Add(a.val, f))}, 3
}

// partSize are the parts of a year an ordinal names: the second half
// (2e semestre) is not the second quarter (2e trimestre).
var partSize = map[string]int{"semestre": 6, "semestres": 6, "half": 6, "halves": 6, "trimestre": 3,
	"trimestres": 3, "quarter": 3, "quarters": 3}

// periodsClash: both figures count periods, of different lengths: "quatre
// semaines" is not "four months", "2e semestre" not "second quarter".
func periodsClash(s, t Mention) bool {
	if s.Head == "" || t.Head == "" || s.Head == t.Head {
		return false
	}
	if s.Kind == Ordinal && t.Kind == Ordinal {
		a, b := partSize[s.Head], partSize[t.Head]
		if a != 0 && b != 0 {
			return a != b
		}
		c, d := periodSize[s.Head], periodSize[t.Head] // "leur première semaine de vie" is no "first month"
		return c != 0 && d != 0 && c != d
	}
	a, b := periodSize[s.Head], periodSize[t.Head]
	return a != 0 && b != 0 && (a != b || periodUnit[s.Head] != periodUnit[t.Head])
}

// onePeriods are the singular period nouns "un", "a", "one" count.
var onePeriods = map[string]bool{"an": true, "année": true, "mois": true, "semaine": true, "jour": true,
	"heure": true, "year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true}

// periodLeads are the words before "un an", "a year" that make it a
// length of time: "condamné à un an", "for a year", "within a month".
var periodLeads = map[string]bool{
	"pendant": true, "pour": true, "durant": true, "depuis": true, "après": true, "dans": true, "en": true,
	"à": true, "contre": true, "d'": true, "de": true, "a": true, "que": true, "environ": true, "moins": true,
	"for": true, "to": true, "within": true, "by": true, "in": true, "after": true, "over": true, "than": true,
	"about": true, "nearly": true, "almost": true, "around": true, "just": true, "under": true, "only": true, "least": true,
	"lasted": true, "lasts": true, "took": true, "takes": true, "spent": true, "served": true, "of": true,
	"take": true, "last": true, "lasting": true, "taking": true, "dure": true, "durent": true, "durera": true,
	"dureront": true, "duré": true, "durait": true, "prend": true, "prendra": true, "prendront": true, "pris": true,
	"faut": true, "faudra": true, "fallu": true, "mis": true, "met": true, "mettra": true, "mettre": true, // "avait mis un mois pour"
}

// periodTails follow a single period that is a length of time.
var periodTails = map[string]bool{"ago": true, "later": true, "earlier": true, "long": true, "plus": true}

// singlePeriod: "un an", "une semaine", "a year", "one month" as a length
// of time, not "par an" or "a year" after an amount ("€5 a day"). Such a
// figure is soft (N7): unpaired, a warning; paired, it is compared.
func (p *parser) singlePeriod(i int) bool {
	w := p.word(i)
	if p.lang == French && w == "une" && p.word(i+1) == "seconde" && p.word(i-1) == "d'" && (p.word(i-2) == "moins" || p.word(i-2) == "plus" || p.word(i-2) == "près") && !p.secondOfNoun(i+1) {
		return true // "à moins d'une seconde du record", "de près d'une seconde", as "less than a second" ("une seconde vague" is a rank)
	}
	if w != "un" && w != "une" && w != "a" && w != "an" && w != "one" || !onePeriods[p.word(i+1)] {
		return false
	}
	if p.lang == French && w == "a" || p.lang == English && (w == "un" || w == "une") {
		return false
	}
	if _, _, k := p.halfAfter(i + 1); k > 0 {
		return false // une heure et demie, a year and a half
	}
	if p.lang == English && periodKinds[p.word(i+2)] {
		return false // "take a day trip", "a week pass": a kind of trip, no length told ("pour la journée")
	}
	if nx := p.word(i + 2); (nx == "after" || nx == "before" || nx == "après" || nx == "avant") && p.word(i-1) == "" && p.num(i-1) == nil && p.sym(i-1) != "€" && p.sym(i-1) != "$" {
		return true // "A day after the earthquake", "Un an après sa mise en service", opening its clause
	}
	return periodLeads[p.word(i-1)] && p.num(i-1) == nil || periodTails[p.word(i+2)]
}

// periodKinds are nouns an English period may qualify as a kind: "a day
// trip", "a year pass".
var periodKinds = map[string]bool{"trip": true, "trips": true, "pass": true, "passes": true, "ticket": true, "tickets": true,
	"visit": true, "visits": true, "excursion": true, "excursions": true, "outing": true, "return": true, "visitor": true, "visitors": true}

// everyAt reads how often: "tous les deux ans", "toutes les semaines",
// "chaque année", "every two years", "every other year", "each week".
func (p *parser) everyAt(i int) (*Mention, int) {
	k := 0
	switch w := p.word(i); {
	case p.lang == French && (w == "tous" || w == "toutes") && p.word(i+1) == "les":
		k = 2
	case p.lang == French && w == "chaque", p.lang == English && (w == "every" || w == "each"):
		k = 1
	default:
		return nil, 0
	}
	v, n := big.NewRat(1, 1), 0
	if p.lang == English && p.word(i+k) == "other" {
		v, n = big.NewRat(2, 1), 1
	} else if p.lang == English && p.words(i+k, "couple", "of") && strings.HasSuffix(p.word(i+k+2), "s") {
		v, n = big.NewRat(2, 1), 2 // "every couple of months", as "tous les deux mois"
	} else if val, ok := p.valueAt(i+k, false); ok && val.v.Sign() > 0 {
		v, n = val.v, val.n
	}
	head := p.word(i + k + n)
	if q := p.word(i + k); p.lang == French && n == 0 && (q == "quart" || q == "quarts") && p.words(i+k+1, "d'", "heure") {
		// "tous les quarts d'heure", "chaque quart d'heure": every 15 minutes
		return &Mention{Kind: Cardinal, Value: "15", Head: "minutes", Word: true, style: "period", Alt: "every"}, k + 3
	}
	if q := p.word(i + k); p.lang == French && n == 0 && (q == "demi-heure" || q == "demi-heures") {
		// "toutes les demi-heures", "chaque demi-heure": every 30 minutes
		return &Mention{Kind: Cardinal, Value: "30", Head: "minutes", Word: true, style: "period", Alt: "every"}, k + 1
	}
	if p.lang == English && n == 0 && head == "quarter" && p.word(i+k+1) != "of" {
		// "every quarter", "each quarter": every three months, as "tous
		// les trois mois" and "chaque trimestre" say
		return &Mention{Kind: Cardinal, Value: "3", Head: "months", Word: true, style: "period", Alt: "every"}, k + 1
	}
	if periodUnit[head] == "" || n == 0 && p.lang == French && k == 2 && !strings.HasSuffix(head, "s") {
		return nil, 0
	}
	if h, _, hk := p.halfAfter(i + k + n); hk > 0 {
		v, n = new(big.Rat).Add(v, h), n+hk-1 // "toutes les deux minutes et demie": every two and a half minutes
	} else if part, pk := p.clockPartAfter(i+k+n+1, head); pk > 0 && n > 0 {
		v, n = new(big.Rat).Add(v, part), n+pk // "toutes les 3 min 30 s": every three and a half minutes
	}
	m := Mention{Kind: Cardinal, Value: canonical(v), Head: head, Word: n == 0 || p.num(i+k) == nil, style: "period", Alt: "every"}
	if p.lang == English && p.word(i+k) == "other" && p.word(i-1) == "in" {
		m.style = "idiom" // "in every other year": in all the other years, or every second one
	}
	if head == "jours" && m.Value == "15" {
		m.Alt = "fortnight" // tous les quinze jours: every two weeks
	}
	m.Comparator = p.onceHedge(i - 1)
	return ptr(m), k + n + 1
}

// clockPartAfter reads the smaller unit written after a period of
// minutes or hours, "3 min 30 s", "1 h 30", "3 minutes 30 seconds": its
// value in the larger unit and its tokens, or 0 tokens.
func (p *parser) clockPartAfter(j int, head string) (*big.Rat, int) {
	const per = 60
	var small map[string]bool
	switch head {
	case "min", "minutes":
		small = secondUnits
	case "h", "heure", "heures", "hour", "hours":
		small = minuteUnits
	default:
		return nil, 0
	}
	nb := p.num(j)
	if nb == nil || nb.decimal || nb.grouped || nb.intLen > 2 || !nb.val.IsInt() || nb.val.Num().Int64() >= per {
		return nil, 0
	}
	part := new(big.Rat).Quo(nb.val, big.NewRat(per, 1))
	if small[p.word(j+1)] {
		return part, 2
	}
	if p.lang == French && head != "min" && head != "minutes" && p.word(j+1) == "" {
		return part, 1 // "toutes les 1 h 30": the minutes' unit left out
	}
	if p.lang == French && head == "min" && (p.word(j+1) == "" || bareSecondsEnds[p.word(j+1)]) {
		return part, 1 // "d'une rame toutes les 2 min 40 à une toutes les 1 min 50": the seconds' unit left out
	}
	return nil, 0
}

// bareSecondsEnds may follow "2 min 40" whose seconds lack their unit.
var bareSecondsEnds = map[string]bool{"à": true, "aux": true, "au": true, "en": true, "et": true, "contre": true}

// secondUnits and minuteUnits write the smaller unit of a clock period.
var (
	secondUnits = map[string]bool{"s": true, "sec": true, "secondes": true, "seconds": true}
	minuteUnits = map[string]bool{"min": true, "minutes": true, "mins": true}
)

// durationDays is a length of time in days, months counted as 30.44
// days, to compare lengths of the two families.
func durationDays(m Mention) (float64, bool) {
	d, fam := duration(m)
	if d == nil {
		return 0, false
	}
	f, _ := d.Float64()
	if fam == "month" {
		return f * 30.44, true
	}
	return f / 86400, true
}

// onceHedge is the hedge of the "one" before how often: "about one
// every 24 seconds" is about every 24 seconds.
func (p *parser) onceHedge(j int) Comparator {
	if w := p.word(j); w != "one" && w != "once" && w != "un" && w != "une" {
		return CmpNone
	}
	for n := 1; n <= 3 && j-n >= 0; n++ {
		if c, k := p.hedgeAt(j - n); k == n {
			return c
		}
	}
	return CmpNone
}

// frHalfUnit reads half of a unit said as one word, "un demi-mètre",
// "d'un demi-litre", "le demi-kilo": 0.5 m, 0.5 l, as "half a metre".
func (p *parser) frHalfUnit(i int) (*Mention, int) {
	k := 0
	if w := p.word(i); w == "un" || w == "une" {
		k = 1
	}
	rest, ok := strings.CutPrefix(p.word(i+k), "demi-")
	unit := unitWords[rest]
	if rest == "mille" {
		unit = "nmi" // "à un demi-mille de chez mon frère": half a mile, as "milles" are read
	}
	if !ok || periodUnit[rest] != "" || unit == "" || k == 0 && !halfPeriodLead[p.word(i-1)] {
		return nil, 0
	}
	return &Mention{Kind: Quantity, Value: "0.5", Unit: unit, Word: true}, k + 1
}

// orderAdjectives may stand between a count and its period: "les deux
// dernières années", "les trois premiers mois".
var orderAdjectives = map[string]bool{"dernier": true, "derniers": true, "dernière": true, "dernières": true,
	"premier": true, "premiers": true, "première": true, "premières": true, "prochain": true, "prochains": true,
	"prochaine": true, "prochaines": true}

// halfPeriodLead: the words before a "demi-siècle", "demi-heure" said
// without "un": "le dernier demi-siècle", "cette demi-heure".
var halfPeriodLead = map[string]bool{"le": true, "la": true, "du": true, "de": true, "dernier": true, "dernière": true,
	"prochain": true, "prochaine": true, "premier": true, "première": true, "ce": true, "cette": true, "d'un": true,
	"son": true, "sa": true, "leur": true} // "fête son demi-siècle": its fiftieth anniversary

// partFollows: a smaller part of a length of time starts at k, past a
// comma or an "and": the "13 heures" of "3 jours, 13 heures".
func (p *parser) partFollows(k int) bool {
	comma := p.sym(k) == ","
	if comma {
		k++
	}
	if w := p.word(k); w == "et" || w == "and" {
		k++
	}
	_, w := p.clockCount(k)
	size := clockParts[p.word(k+w)]
	if comma && size != 3600 {
		return false // "over four days, 6 min 40 s ahead": after a comma only the hours go on the days
	}
	return w > 0 && size != 0 && size < 86400
}

// partWord: the word at k names a part of a length of time; a day only
// before hours or minutes ("trois jours treize heures"), so that "trois
// jours" alone is not parsed twice.
func (p *parser) partWord(k int) bool {
	c := clockParts[p.word(k)]
	return c != 0 && (c < 86400 || p.partFollows(k+1))
}

// decadeSpanAfter: words after "the decade" that make it a span of ten
// years told by what fills it, "the decade they were in power", "the
// decade since the war", not a calendar decade ("the decade's end").
// decadeSpanBefore: "rose 2.5 years over the decade": ten years, told as "en dix ans".
var decadeSpanBefore = map[string]bool{"over": true, "during": true, "across": true, "throughout": true}

var decadeSpanAfter = map[string]bool{"they": true, "we": true, "he": true, "she": true, "i": true, "you": true,
	"that": true, "since": true, "following": true, "after": true, "before": true, "when": true, "during": true}

// oneSecondParts are the fractions a gap of less than a second is told in.
var oneSecondParts = map[string]int64{"quarter": 4, "third": 3, "tenth": 10, "hundredth": 100, "thousandth": 1000}

// afterPeriod are words a length of time may be followed by.
var afterPeriod = map[string]bool{"later": true, "earlier": true, "after": true, "before": true, "since": true, "ago": true,
	"from": true, "with": true, "into": true, "over": true}

// halfPeriodLeads make "half hour", "half day" after them a length of time.
var halfPeriodLeads = map[string]bool{"the": true, "next": true, "last": true, "past": true, "first": true, "following": true,
	"every": true, "each": true, "per": true}

// frMonthHalf name a half of a month before "quinzaine".
var frMonthHalf = map[string]bool{"première": true, "dernière": true, "seconde": true, "deuxième": true}

// matchEdge name the first or last stretch of a match.
var matchEdge = map[string]bool{"last": true, "first": true, "final": true, "opening": true, "closing": true}

// shareVerbAfter: after "N and a quarter" a verb or "of" makes the
// fraction the subject of a clause of its own, a share.
var shareVerbAfter = map[string]bool{"are": true, "were": true, "have": true, "had": true, "of": true, "come": true, "came": true,
	"live": true, "lived": true, "say": true, "said": true, "work": true, "worked": true, "own": true, "want": true, "voted": true,
	"hold": true, "held": true, "use": true, "used": true, "think": true, "plan": true, "expect": true, "earn": true, "do": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "still": true, "also": true}

// halfOfPeriodAfter reads "du siècle", "de ce siècle", "de la décennie" at j: the
// tokens up to the period noun, 0 for none.
func (p *parser) halfOfPeriodAfter(j int) int {
	switch {
	case p.word(j) == "du" && p.word(j+1) == "siècle":
		return 1
	case p.word(j) == "de" && (p.word(j+1) == "ce" || p.word(j+1) == "cette" || p.word(j+1) == "la") && (p.word(j+2) == "siècle" || p.word(j+2) == "décennie"):
		return 2
	}
	return 0
}

// durationLeads may open a length of time told from "a day": "by a day,
// nine hours", "in a day, ten hours".
var durationLeads = map[string]bool{"": true, "by": true, "in": true, "for": true, "than": true, "almost": true, "nearly": true,
	"about": true, "around": true, "over": true, "under": true, "after": true, "within": true, "took": true, "lasted": true,
	"spent": true, "only": true, "just": true, "of": true}

// oneNounHalf: the word after "un" that "et demi" may make one and a half
// of: a noun, not a unit, a period, a currency or "fois" (read with their
// own halves), nor a number word.
func oneNounHalf(w string) bool {
	return len(w) > 2 && !timesNoun[w] && unitWords[w] == "" && periodUnit[w] == "" && currencyWords[w] == "" && !numberWord(w) && !frFunction[w]
}

// pluralOf is the French plural of a noun, as heads are compared.
func pluralOf(w string) string {
	if pluralWord(w) {
		return w
	}
	return w + "s"
}

// periodElsewhere: t counts periods ("three months later") and matches
// s, a count of something else ("trois partis"), while the source gives
// t's number with another period ("trois semaines plus tard"): the
// length of time was changed, whatever count shares its number.
func periodElsewhere(src []*atom, s *atom, t Mention) *atom {
	if periodUnit[t.Head] == "" || periodUnit[s.m.Head] != "" || s.m.Head == "" {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Value == t.Value && class(o.m.Kind) == class(t.Kind) && periodsClash(*o.m, t) {
			return o
		}
	}
	return nil
}

// bareYearsOf: months is a length in years and months read whole in
// months ("62 ans et 6 mois", 750), age a bare number with no noun that
// says the same in years ("at 62 and a half"), as an age is said.
func bareYearsOf(months, age Mention) bool {
	if months.style != "period" || periodUnit[months.Head] != "month" || periodSize[months.Head] != 1 || class(age.Kind) != Cardinal || age.Head != "" || age.Unit != "" {
		return false
	}
	m, a := months.Rat(), age.Rat()
	return m != nil && a != nil && a.Mul(a, big.NewRat(12, 1)).Cmp(m) == 0
}

// inSeconds: m is a length of time counted in seconds, a race time or a
// gap ("3 min 21 s 35", "1.31 seconds"), not years or an age.
func inSeconds(m Mention) bool {
	_, unit := duration(m)
	return unit == "sec" && !m.personAge
}
