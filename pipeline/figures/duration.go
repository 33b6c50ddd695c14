package figures

import (
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
	"decade": "month", "decades": "month", "siècle": "month", "siècles": "month", "century": "month",
	"centuries": "month", "semestre": "month", "semestres": "month", "trimestre": "month", "trimestres": "month",
	"jour": "sec", "jours": "sec", "day": "sec", "days": "sec", "semaine": "sec", "semaines": "sec",
	"week": "sec", "weeks": "sec", "heure": "sec", "heures": "sec", "hour": "sec", "hours": "sec",
	"minute": "sec", "minutes": "sec", "seconde": "sec", "secondes": "sec", "second": "sec", "seconds": "sec",
	"fortnight": "sec",
}

// periodSize is the length of one period in its family's unit.
var periodSize = map[string]int64{
	"an": 12, "ans": 12, "année": 12, "années": 12, "year": 12, "years": 12, "mois": 1, "month": 1,
	"months": 1, "décennie": 120, "décennies": 120, "decade": 120, "decades": 120, "siècle": 1200,
	"siècles": 1200, "century": 1200, "centuries": 1200, "semestre": 6, "semestres": 6, "trimestre": 3,
	"trimestres": 3, "jour": 86400, "jours": 86400, "day": 86400, "days": 86400, "semaine": 604800,
	"semaines": 604800, "week": 604800, "weeks": 604800, "heure": 3600, "heures": 3600, "hour": 3600,
	"hours": 3600, "minute": 60, "minutes": 60, "seconde": 1, "secondes": 1, "second": 1, "seconds": 1,
	"fortnight": 1209600,
}

// sameDuration: two counts of periods are the same length of time.
func sameDuration(s, t Mention) bool {
	a, fa := duration(s)
	b, fb := duration(t)
	return a != nil && b != nil && fa == fb && a.Cmp(b) == 0
}

func duration(m Mention) (*big.Rat, string) {
	if class(m.Kind) != Cardinal || m.Vague {
		return nil, ""
	}
	f := periodUnit[m.Head]
	v := m.Rat()
	if f == "" || v == nil {
		return nil, ""
	}
	return v.Mul(v, big.NewRat(periodSize[m.Head], 1)), f
}

// periodAt reads periods said in words: une décennie, un demi-siècle, une
// demi-heure, un quart d'heure, trois quarts d'heure; a decade, half a
// century, half an hour, a quarter of an hour, a year and a half.
func (p *parser) periodAt(i int) (Mention, int) {
	w := p.word(i)
	period := func(v *big.Rat, head string, n int) (Mention, int) {
		return Mention{Kind: Cardinal, Value: canonical(v), Head: head, Word: true, style: "period"}, n
	}
	if p.lang == French {
		switch {
		case (w == "un" || w == "une") && (p.word(i+1) == "décennie" || p.word(i+1) == "siècle"):
			return period(big.NewRat(1, 1), p.word(i+1), 2)
		case (w == "un" || w == "une") && strings.HasPrefix(p.word(i+1), "demi-") && periodUnit[p.word(i + 1)[len("demi-"):]] != "":
			return period(big.NewRat(1, 2), p.word(i + 1)[len("demi-"):], 2)
		case (w == "un" || w == "une") && periodUnit[p.word(i+1)] != "":
			if h, head, k := p.halfAfter(i + 1); k > 0 {
				return period(h.Add(h, big.NewRat(1, 1)), head, 1+k) // une heure et quart
			}
		case w == "un" && p.words(i+1, "quart", "de", "siècle"):
			return period(big.NewRat(1, 4), "siècle", 4) // a quarter of a century
		case w == "trois" && p.words(i+1, "quarts", "de", "siècle"):
			return period(big.NewRat(3, 4), "siècle", 4)
		case w == "un" && p.words(i+1, "quart", "d'", "heure"):
			return period(big.NewRat(1, 4), "heure", 4)
		case w == "trois" && p.words(i+1, "quarts", "d'", "heure"):
			return period(big.NewRat(3, 4), "heure", 4)
		}
		return Mention{}, 0
	}
	if w != "a" && w != "an" && w != "one" && w != "half" {
		return Mention{}, 0
	}
	switch {
	case w == "half" && (p.word(i+1) == "a" || p.word(i+1) == "an") && periodUnit[p.word(i+2)] != "":
		return period(big.NewRat(1, 2), p.word(i+2), 3)
	case (w == "a" || w == "one") && p.words(i+1, "quarter", "of", "a", "century"):
		return period(big.NewRat(1, 4), "century", 5)
	case (w == "a" || w == "one") && p.words(i+1, "quarter-century"):
		return period(big.NewRat(1, 4), "century", 2)
	case (w == "a" || w == "one") && p.words(i+1, "quarter", "of", "an", "hour"):
		return period(big.NewRat(1, 4), "hour", 5)
	case w != "half" && periodUnit[p.word(i+1)] != "":
		if h, head, k := p.halfAfter(i + 1); k > 0 {
			return period(h.Add(h, big.NewRat(1, 1)), head, 1+k) // a year and a half
		}
		if w == "a" && (p.word(i+1) == "decade" || p.word(i+1) == "century") {
			return period(big.NewRat(1, 1), p.word(i+1), 2)
		}
	}
	return Mention{}, 0
}

// halfAfter reads the "et demi", "et quart" of "deux ans et demi", "une
// heure et quart", and the "and a half" of "two and a half years" or "a
// year and a half": the fraction to add and the tokens it takes, with the
// period noun when the fraction follows it.
func (p *parser) halfAfter(j int) (*big.Rat, string, int) {
	if p.lang == French {
		head := p.word(j)
		if periodUnit[head] == "" || p.word(j+1) != "et" {
			return nil, "", 0
		}
		switch p.word(j + 2) {
		case "demi", "demie":
			return big.NewRat(1, 2), head, 3
		case "quart":
			return big.NewRat(1, 4), head, 3
		}
		return nil, "", 0
	}
	k, head := 0, ""
	if periodUnit[p.word(j)] != "" {
		k, head = 1, p.word(j)
	}
	if p.words(j+k, "and", "a", "half") {
		return big.NewRat(1, 2), head, k + 3
	}
	if p.words(j+k, "and", "a", "quarter") {
		return big.NewRat(1, 4), head, k + 3
	}
	return nil, "", 0
}

// clockParts are the words of the parts of a race or working time, by
// their length in seconds.
var clockParts = map[string]int{
	"hours": 3600, "hour": 3600, "h": 3600, "hr": 3600, "hrs": 3600, "heures": 3600, "heure": 3600,
	"minutes": 60, "minute": 60, "min": 60, "mins": 60, "mn": 60,
	"seconds": 1, "second": 1, "s": 1, "sec": 1, "secs": 1, "secondes": 1, "seconde": 1,
}

// hmsAt reads a length of time given in parts, "19 hours 37 minutes",
// "19 heures et 37 minutes", "3 min 20 s": one duration in seconds,
// compared as a whole (N15). One part alone is a count of its unit.
func (p *parser) hmsAt(i int) (Mention, int) {
	total, parts, n, last := 0, 0, 0, 1<<30
	for j := i; ; {
		nb := p.num(j)
		if nb == nil || nb.grouped || nb.decimal || nb.intLen > 3 {
			break
		}
		size := clockParts[p.word(j+1)]
		if size == 0 || size >= last || parts > 0 && size == 3600 {
			break
		}
		v, _ := strconv.Atoi(p.toks[j].text)
		total, parts, last, n = total+v*size, parts+1, size, j+2-i
		j += 2
		if p.sym(j) == "," {
			j++
		}
		if w := p.word(j); w == "and" || w == "et" {
			j++
		}
	}
	if parts < 2 {
		return Mention{}, 0
	}
	return Mention{Kind: Quantity, Unit: "s", Value: itoa(total)}, n
}
