package figures

// The time a figure is said of: the month or the year told right after
// it with a preposition, "68 % en juillet et 81 % en août", "120 000 en
// 2023". Parallel figures keep their times next to them in both
// languages, so two figures of one English sentence that each took the
// other's time ("81% in July and 68% in August") were swapped, whatever
// the words around them.

// whenOf reads the time n tells of m: n follows m in its sentence after
// a preposition of time, with at most three words of m's noun between.
// It returns "" for anything else.
func (p *parser) whenOf(m, n Mention) string {
	if n.Sentence != m.Sentence || n.Date == nil && n.Kind != Year || !numeric(m) && m.Kind != Fraction {
		return ""
	}
	i, j := p.tokenAfter(m.End), p.tokenAfter(n.Start)
	if j < i+1 || j > i+4 || !whenPreps[p.word(j-1)] {
		return ""
	}
	for k := i; k < j-1; k++ {
		if w := p.word(k); w == "" || clauseJoiners[w] || whenPreps[w] {
			return "" // a few words of its noun only: "9,1 % des actifs en 2015", "88% full in July"
		}
	}
	d := n.Date
	switch {
	case n.Kind == Year:
		return "y" + n.Value
	case d.Day == 0 && d.Weekday == 0 && d.Month > 0 && d.Season == "" && d.Part == "":
		return "m" + itoa(d.Month) // "en juillet 2023" is July's, as "in July" says it
	}
	return ""
}

// whenPreps put a figure in its time: "en juillet", "in 2023".
var whenPreps = map[string]bool{"en": true, "in": true, "during": true}

// whenCrossed: each English figure took the time of the other's source
// figure, the two source times apart.
func whenCrossed(s1, t1, s2, t2 Mention) bool {
	return s1.when != "" && s2.when != "" && s1.when != s2.when && t1.when == s2.when && t2.when == s1.when
}

// weekPart reads the part of the week told a few words after m, as
// whenOf reads a month: "7 allers-retours en semaine et 4 le week-end",
// "seven return trips a day on weekdays and four at weekends". A clause
// joiner, a mark or another number ends the search. "par semaine" is a
// rate and "fin de semaine" a weekend, so only "en semaine" is weekdays.
func (p *parser) weekPart(m Mention) string {
	i := p.tokenAfter(m.End)
	for k := i; k < i+7 && k < len(p.toks); k++ {
		if p.toks[k].kind != tWord {
			return ""
		}
		switch w := p.toks[k].low; {
		case clauseJoiners[w]:
			return ""
		case weekendWords[w] || w == "semaine" && p.word(k-2) == "fin" && p.word(k-1) == "de":
			return "we"
		case w == "weekday" || w == "weekdays" || w == "semaine" && p.word(k-1) == "en":
			return "wd"
		}
	}
	return ""
}

var weekendWords = map[string]bool{"week-end": true, "week-ends": true, "weekend": true, "weekends": true}
