package figures

// changeBases reads the period a rate of change is counted over, said
// after it in its clause: "de 0,3 % en mars sur un mois et de 2,1 % sur
// un an", "0.3% month-on-month and 2.1% year-on-year", "en hausse de
// 27 % sur sept jours", "up 27% week on week". Two rates that trade
// their periods are two errors a value check cannot see. A count of days
// that says the period ("sur sept jours") is the rate's basis, which
// English writes "week on week" as often: its count is compared when
// paired and may be left out.
func (p *parser) changeBases(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Percent && m.Kind != PercentPoint {
			continue
		}
		j := p.tokenAfter(m.End)
		for n := 0; n < 6 && j+n < len(p.toks); n++ {
			i := j + n
			if p.num(i) != nil || p.sym(i) == ";" || p.sym(i) == "." || p.sym(i) == "," && n > 0 || p.word(i) == "et" || p.word(i) == "and" {
				break
			}
			if b := p.basisAt(i); b != 0 {
				m.basis = b
				break
			}
			if b, counted := p.daysBasisAt(i); b != 0 {
				m.basis = b
				if k+1 < len(ms) && ms[k+1].Start == p.toks[counted].start && ms[k+1].style == "" {
					ms[k+1].style = "fixed" // compared when paired, dropped silently when not
				}
				break
			}
		}
	}
}

// Periods a rate of change is counted over, in days.
const (
	basisWeek    = 7
	basisMonth   = 30
	basisQuarter = 90
	basisYear    = 365
)

// basisAt is the period of the phrase at i, in days, or 0.
func (p *parser) basisAt(i int) int16 {
	if p.lang == French {
		switch {
		case p.words(i, "sur", "un", "mois"), p.words(i, "en", "rythme", "mensuel"), p.words(i, "en", "variation", "mensuelle"), p.words(i, "sur", "le", "mois"):
			return basisMonth
		case p.words(i, "sur", "un", "an"), p.words(i, "sur", "douze", "mois"), p.words(i, "sur", "l'", "année"), p.words(i, "en", "glissement", "annuel"), p.words(i, "en", "rythme", "annuel"):
			return basisYear
		case p.word(i) == "sur" && p.num(i+1) != nil && p.toks[i+1].text == "12" && p.word(i+2) == "mois":
			return basisYear
		case p.words(i, "sur", "une", "semaine"), p.words(i, "en", "rythme", "hebdomadaire"), p.words(i, "sur", "la", "semaine"):
			return basisWeek
		case p.words(i, "sur", "un", "trimestre"), p.words(i, "sur", "le", "trimestre"), p.words(i, "en", "rythme", "trimestriel"):
			return basisQuarter
		}
		return 0
	}
	switch {
	case p.word(i) == "month-on-month", p.words(i, "month", "on", "month"), p.words(i, "on", "the", "month"), p.words(i, "from", "the", "previous", "month"):
		return basisMonth
	case p.word(i) == "year-on-year", p.words(i, "year", "on", "year"), p.words(i, "on", "the", "year"), p.words(i, "over", "twelve", "months"), p.words(i, "from", "a", "year", "earlier"), p.words(i, "on", "a", "year", "earlier"):
		return basisYear
	case p.word(i) == "over" && p.num(i+1) != nil && p.toks[i+1].text == "12" && p.word(i+2) == "months":
		return basisYear
	case p.word(i) == "quarter-on-quarter", p.words(i, "quarter", "on", "quarter"), p.words(i, "on", "the", "quarter"), p.words(i, "from", "the", "previous", "quarter"):
		return basisQuarter
	case p.word(i) == "week-on-week", p.words(i, "week", "on", "week"), p.words(i, "on", "the", "week"), p.words(i, "from", "the", "previous", "week"), p.words(i, "over", "a", "week"):
		return basisWeek
	}
	return 0
}

// daysBasisAt reads "sur sept jours", "sur 7 jours", "over seven days",
// "over the past seven days", "sur trois mois", "over three months": the
// basis in days and the token of its count, or 0.
func (p *parser) daysBasisAt(i int) (int16, int) {
	if p.word(i) != "sur" && p.word(i) != "over" {
		return 0, 0
	}
	c := i + 1
	if p.words(c, "the", "past") || p.words(c, "the", "last") || p.words(c, "les", "derniers") {
		c += 2
	}
	v, k := p.ratioTerm(c, false)
	size := basisNounDays[p.word(c+k)]
	if k == 0 || v < 2 || v > 31 || size == 0 || size == 30 && v >= 12 {
		return 0, 0 // ("sur douze mois" is a year: basisAt's)
	}
	return int16(v * size), c
}

// basisNounDays are the days of the periods a basis counts.
var basisNounDays = map[string]int64{"jours": 1, "days": 1, "semaines": 7, "weeks": 7, "mois": 30, "months": 30}

// basisCheck: a rate paired with one counted over another period,
// "0,3 % sur un mois" written "0.3% year-on-year".
func basisCheck(s, t Mention) verdict {
	if s.basis == 0 || t.basis == 0 || s.basis == t.basis {
		return verdict{}
	}
	return verdict{true, "modified", Error, "N18", "the rate is counted over another period (" + basisName(s.basis) + " against " + basisName(t.basis) + ")"}
}

// basisName says a basis in words: a week, a month, a year, 8 days.
func basisName(b int16) string {
	switch b {
	case basisWeek:
		return "a week"
	case basisMonth:
		return "a month"
	case basisYear:
		return "a year"
	case basisQuarter:
		return "a quarter"
	}
	return itoa(int(b)) + " days"
}
