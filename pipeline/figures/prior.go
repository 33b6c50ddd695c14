package figures

import "slices"

// priorMarkers introduce the earlier or compared figure of a comparison:
// "14 heures, contre 12 auparavant" and "14 hours, compared with 12
// before" say which is now and which was.
var priorMarkers = append([][]string{
	{"contre"}, {"against"}, {"compared", "with"}, {"compared", "to"}, {"versus"}, {"vs"}, {"up", "from"},
	{"down", "from"}, {"par", "rapport", "à"}, {"comparé", "à"}, {"après"}, {"from"},
}, insteadMarkers...)

// insteadMarkers introduce what a figure replaces: "1 200 tonnes au lieu
// de 3 000", "vingt-deux mois au lieu des quinze prévus", "à 6 h 30 au
// lieu de 7 heures".
var insteadMarkers = [][]string{{"au", "lieu", "de"}, {"au", "lieu", "des"}, {"au", "lieu", "d'"}, {"instead", "of"}}

// insteadOf: one of insteadMarkers stands right before m.
func (p *parser) insteadOf(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	return slices.ContainsFunc(insteadMarkers, func(ws []string) bool { return p.words(i-len(ws)+1, ws...) })
}

// priorOf: the words right before m mark it as the compared figure.
func (p *parser) priorOf(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	if p.sym(i) == "," {
		i--
	}
	if (p.word(i) == "de" || p.word(i) == "d'" || p.word(i) == "of") && comparedLevels[p.word(i-1)] && levelArticles[p.word(i-2)] {
		i -= 3 // "contre une moyenne de 560", "against an average of 560": the level named, then its figure
	}
	if usualWords[p.word(i)] && levelArticles[p.word(i-1)] {
		i -= 2 // "down from the usual 1,500": the level it used to be
	}
	w := p.word(i)
	if w == "" || !priorLast[w] || w == "après" && p.word(i-1) == "d'" {
		return false // ("l'accord d'après 2012": the post-2012 agreement, no earlier level)
	}
	if w == "après" && periodUnit[p.word(p.tokenAfter(m.End))] != "" {
		return false // "après près de dix ans de présence": a length of time, no level before
	}
	if p.contreNow(m) {
		return false // "au pic de 2021, contre 700 aujourd'hui": the figure of now; the other was, or will be ("30 % en 2027, contre 22 % aujourd'hui")
	}
	for _, ws := range priorMarkers {
		if p.words(i-len(ws)+1, ws...) {
			after := p.tokenAfter(m.End)
			return ws[0] != "from" || p.word(after) != "to" && !p.words(after+1, "to") && !spreadVerbs[p.word(i-1)] && p.word(after) != "x" && p.sym(after) != "×" // ("600 MW from 46 x 13 MW turbines": made of, no level before)
		}
	}
	return false
}

// usualWords say a level was the usual one, "the usual 1,500".
var usualWords = map[string]bool{"usual": true, "normal": true, "customary": true, "typical": true, "previous": true}

// comparedLevels name the level a figure is compared with, "contre une
// moyenne de 560", "against a record of 45".
var comparedLevels = map[string]bool{"moyenne": true, "normale": true, "record": true, "pic": true, "niveau": true,
	"average": true, "norm": true, "peak": true, "level": true}

// levelArticles open a compared level's noun.
var levelArticles = map[string]bool{"un": true, "une": true, "la": true, "le": true, "l'": true, "a": true, "an": true, "the": true}

// priorListed: m goes on a list of earlier levels, "contre 10,7 en 1987
// et 14,7 en 2007": after "et", past at most a date, a figure of its kind
// that is a level before.
func (p *parser) priorListed(out []Mention, m Mention) bool {
	if w := p.word(p.tokenAfter(m.Start) - 1); w != "et" && w != "and" {
		return false
	}
	for k := len(out) - 1; k >= 0 && k >= len(out)-2; k-- {
		o := out[k]
		if o.prior && class(o.Kind) == class(m.Kind) && o.Unit == m.Unit && !o.otherPlace {
			return true
		}
		if o.Kind != Year && o.Kind != Date && !isYearish(o) {
			return false
		}
	}
	return false
}

// otherPlace: m is compared with "contre" and said of a place, "17
// appareils par million d'habitants, contre 35 en Allemagne": another
// place, not an earlier time, so neither figure is the level before.
func (p *parser) otherPlace(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	if p.sym(i) == "," {
		i--
	}
	switch p.word(i) {
	case "contre", "against", "vs", "versus":
		return p.placeAfter(p.tokenAfter(m.End))
	}
	return false
}

// placeAfter: a place named at j, "en Allemagne", "au Japon", "in
// Germany", "aux Pays-Bas": a preposition, then a capitalised word that
// is no month.
func (p *parser) placeAfter(j int) bool {
	switch p.word(j) {
	case "en", "au", "aux", "in", "à", "pour", "for": // ("contre 3,3 millions pour Toulouse": another town's)
	default:
		return false
	}
	k := j + 1
	if p.word(k) == "the" || p.word(k) == "la" || p.word(k) == "le" || p.word(k) == "l'" {
		k++
	}
	if (p.word(j) == "pour" || p.word(j) == "for") && placeCommonNouns[p.word(k)] {
		return true // "contre 8,7 % pour la capitale vaudoise": another town, named by what it is
	}
	return p.capital(k) && !p.isMonth(k) && p.num(k) == nil
}

// placeCommonNouns name a place by what it is: "la capitale vaudoise",
// "la ville voisine", "the neighbouring region".
var placeCommonNouns = map[string]bool{"capitale": true, "ville": true, "région": true, "métropole": true, "commune": true,
	"département": true, "canton": true, "agglomération": true, "voisine": true, "voisin": true,
	"capital": true, "city": true, "region": true, "town": true, "county": true}

// spreadVerbs tell a spread, not a change: "density ranges from 63 in
// the Indre to 178 in Paris" puts neither figure before the other.
var spreadVerbs = map[string]bool{"range": true, "ranges": true, "ranged": true, "ranging": true,
	"vary": true, "varies": true, "varied": true, "varying": true}

// priorLast are the last words of the markers, for a quick test.
var priorLast = func() map[string]bool {
	out := map[string]bool{}
	for _, ws := range priorMarkers {
		out[ws[len(ws)-1]] = true
	}
	return out
}()

// priorSwap reports two figures of a comparison that changed places:
// the one the source gives as now is given as before, and the other way
// round (figures.md, Matching 3). Two English figures told alike ("from
// €29 ... and from €59", starting prices) compare nothing.
func (r *check) priorSwap(ts []*atom) {
	for a, t1 := range ts {
		s1 := t1.pair
		if s1 == nil || s1.m.prior == t1.m.prior {
			continue
		}
		for _, t2 := range ts[a+1:] {
			s2 := t2.pair
			if s2 == nil || s2 == s1 || s2.m.prior == t2.m.prior || t1.m.prior == t2.m.prior || t2.m.Sentence != t1.m.Sentence || t2.m.Paragraph != t1.m.Paragraph ||
				s1.m.Value == s2.m.Value || measuredClass(*s1.m) != measuredClass(*s2.m) || isYearish(*s1.m) != isYearish(*s2.m) || s1.m.Sentence != s2.m.Sentence || s1.m.Paragraph != s2.m.Paragraph {
				// (a year is no count: "ten launches a year from 2027, ... the four planned for 2025")
				continue
			}
			if ownersKept(*s1.m, *t1.m, *s2.m, *t2.m) {
				continue // "Stellantis sold 900,000, against 1.2 million for Renault": turned round with its names
			}
			if s1.m.otherPlace || s2.m.otherPlace {
				// "contre 35 en Allemagne", "contre 3,3 millions pour
				// Toulouse": another place, no earlier time; the comparison
				// may be turned round as long as the place keeps its figure
				if !placeMoved(s1, t1, t2) && !placeMoved(s2, t2, t1) {
					continue
				}
			}
			r.add(s1, t1, verdict{true, "attribution", Error, "M3",
				"swapped with " + t2.m.Raw + ": the source compares " + s1.m.Raw + " and " + s2.m.Raw + " the other way round"})
			break
		}
	}
}

// placeMoved: the place the source says s of is told with the other
// figure of the bullet, o, and not with its own, t.
func placeMoved(s, t, o *atom) bool {
	if !s.m.otherPlace {
		return false
	}
	for _, a := range s.m.actors() {
		if slices.Contains(o.m.clause(), a) && !slices.Contains(t.m.clause(), a) {
			return true
		}
	}
	return false
}

// nowWords after a compared figure make it today's: "contre 700
// aujourd'hui", "contre 12 actuellement".
var nowWords = map[string]bool{"aujourd'hui": true, "actuellement": true, "désormais": true, "maintenant": true, "now": true, "today": true, "currently": true}

// contreNow: m is compared with "contre" ("against") and called today's,
// or dated by a weekday of its own ("48 % vendredi, contre 31 %
// dimanche"): its day, not the word, says which came first.
func (p *parser) contreNow(m Mention) bool {
	w := p.word(p.tokenAfter(m.Start) - 1)
	j := p.tokenAfter(m.End)
	next := p.word(j)
	if forecastWords[next] {
		j++ // "contre 140 000 prévues cette année": the year's forecast
	}
	return (w == "contre" || w == "against" || w == "versus" || w == "vs") && (nowWords[next] || frWeekdays[next] > 0 || enWeekdays[next] > 0 ||
		(p.lastYearAfter(j) || p.words(j, "cette", "année")) && p.yearBefore(p.tokenAfter(m.Start)-1))
}

// forecastWords say a figure is expected, not reached.
var forecastWords = map[string]bool{"prévu": true, "prévue": true, "prévus": true, "prévues": true, "attendu": true, "attendue": true, "attendus": true, "attendues": true}

// lastYearAfter: "l'an dernier", "l'année dernière", "last year" at j.
func (p *parser) lastYearAfter(j int) bool {
	return p.words(j, "l'", "an", "dernier") || p.words(j, "l'", "année", "dernière") || p.words(j, "last", "year") // (the tokens fold "’")
}

// yearBefore: the figure before "contre" at i is dated by a year of its
// own ("120 000 tonnes en 2015, contre à peine 45 000 l'an dernier"): the
// year, earlier than last year's, makes it the level before.
func (p *parser) yearBefore(i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		if p.yearToken(k) && (p.word(k-1) == "en" || p.word(k-1) == "in") {
			return true
		}
	}
	return false
}
