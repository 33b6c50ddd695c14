package figures

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseReach bounds the words read on each side of a figure for its
// clause, so that a long sentence costs no more than a short one.
const clauseReach = 10

// clauseWords are the common content words of a figure's clause, up to
// the punctuation around it: what the figure is said of ("le déficit
// public a atteint 3,2 %", "growth reached 3.2%"). Names are left out:
// a city or a company is said of every figure around it.
func (p *parser) clauseWords(m *Mention, lo, hi int, first, countsBefore bool) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	var out, actors []string
	what, elliptic := 0, false
	subjectRef, otherRef := false, false
	var tolls []string
	take := func(j int) {
		if w := p.clauseWord(j); w != "" {
			out = append(out, w)
			if p.actorWord(j) == "" {
				what++
			}
		}
		if a := p.actorWord(j); a != "" {
			actors = append(actors, a)
		}
		if p.refersBack(j, i0) {
			elliptic = true
			if p.subjectRefersBack(j, i0) {
				subjectRef = true
			} else {
				otherRef = true
			}
		}
	}
	var np []string
	// "dead or missing": past "and", "or" only when no figure follows in
	// the clause ("12 morts et 85 blessés": the words after "et" are 85's)
	joins := hi >= len(p.text) || strings.ContainsAny(p.text[min(m.End, hi):hi], ",;.:!?")
	reach := clauseReach
	if p.partitive(i0) {
		// "1,900 of the 3,000 job cuts will fall outside France": the
		// predicate is the part's; the whole keeps only its noun
		reach, lo = 3, m.Start
	}
	start := p.shareOfWhole(*m, i1)
	stop := p.ownerBefore(i1, hi)
	inParticiple := p.afterParticiple(i0)
	for j := start; j < stop && j < start+reach && p.toks[j].start < hi && (!p.clauseBreak(j) || andOr[p.toks[j].low] && (joins || p.tollPair(j))); j++ {
		if p.tollPair(j) {
			tolls = []string{p.word(j - 1), p.tollAfter(j)}
		}
		if inParticiple && frAuxiliaries[p.word(j)] {
			break // "Les 300 chalets répartis sur une quinzaine de places ont généré": the verb is the subject's
		}
		if reach == 3 && enVerbish(p.word(j)) {
			break // "14 of the 54 councillors voted against": the vote is the part's
		}
		if comparedFrom[p.word(j)] && p.numWithin(j+1, 4) {
			break // "to $121.3 billion from a record $161.1 billion": the record is the next figure's
		}
		if p.lang == English && (p.word(j) == "a" || p.word(j) == "an") && p.word(j+1) == "single" {
			break // "two drivers managed a single podium": the podium is counted by its own "un seul"
		}
		take(j)
		if j == i1 && entityWords[p.word(j)] {
			out = append(out, p.word(j)) // "312 jeunes de 38 pays": what 38 counts, though a country is who elsewhere
			what++
		}
		if w := p.clauseWord(j); w != "" && len(np) < 2 && j-i1 < 4 {
			np = append(np, w)
		}
	}

	if k := p.apposedPredicate(i0, i1); k > 0 {
		// "La recette, 18 400 euros, sera reversée à la caisse de grève":
		// the verb after the apposition is said of the figure too
		for j := k; j < k+clauseReach && j < len(p.toks) && p.toks[j].start < hi && !p.clauseBreak(j); j++ {
			take(j)
		}
	}
	np = append(np, p.coordinatedNoun(i1, np)...)
	np = append(np, p.outnumberedTerms(i0)...)
	np = append(np, p.thanTerm(i1)...)

	j, back := i0-1, clauseReach
	if p.sym(j) == "(" && p.sym(i1) == ")" {
		j-- // "la liste écologiste (16,5 %)": the bracket gives the figure of the words before it
	}
	complement := false
	beyondWith := false // past the comma of the figure's "avec" phrase: only who the main clause names
	prevNoun := -1
	if countsBefore {
		prevNoun = p.nounOfFigureBefore(lo, i0) // (not "the sixth seed in the second round": the seed went out in that round)
	}
	for ; j >= 0 && j >= i0-back && p.toks[j].end > lo; j-- {
		if j == prevNoun {
			continue // "scored 11 goals in 97 appearances": the goals are 11's
		}
		if open := p.asideShutAt(j); open >= 0 {
			// "La consommation des ménages, moteur traditionnel de la
			// croissance, a augmenté de 0,6 %": the aside describes the
			// subject, which lies before it and is what the figure counts
			back += j - open
			j = open
			continue
		}
		if p.toks[j].kind == tNum && p.toks[j].end > lo && (frMonths[p.word(j+1)] != 0 || enMonths[p.word(j+1)] != 0) {
			continue // "a réuni dimanche 24 novembre 11 000 coureurs": the day is when, and bounds no clause
		}
		if p.lang == English && enSubordinators[p.word(j)] {
			break // "faces five lists after winning 53.3%": the words before "after" are another clause's
		}
		if p.complementAnd(j) {
			back += 4 // (the noun the two complements hang on lies further back)
		} else if p.tollPair(j) {
			tolls = []string{p.word(j - 1), p.tollAfter(j)}
		} else if p.clauseBreak(j) && !p.ageOfPerson(j) && !p.inAgeBand(j) && !p.nounYearTok(j, i0) && !p.yearAfterNoun(j) && !p.dislocated(j) {
			if !p.withPhrase(j, i0) && !p.forPhrase(j, i0) {
				break
			}
			beyondWith, complement = true, true
			continue
		}
		if beyondWith {
			if a := p.actorWord(j); a != "" {
				actors = append(actors, a)
			}
			continue
		}
		take(j)
	}
	if j < i0-back {
		p.countedNounBefore(i0, lo, take) // the reach ran out before the subject: "Le nombre de chômeurs au sens du BIT s'établit à"
	}
	var opening []string
	if first {
		before := len(actors)
		actors = p.openingActors(i0, j, lo, actors)
		opening = actors[before:len(actors):len(actors)]
		p.openingWords(i0, j, lo, take)
	} else {
		p.subjectBeforeRelative(i0, j, take)
	}
	p.relativeAntecedent(i0, j, take)
	actors = append(actors, p.participleAntecedent(i0, j)...)
	p.clauseBefore(j, lo, j == i0-1 && p.sym(i1) == ",", take)
	actors = append(actors, p.apposedRankOwner(*m, i0)...)
	out, actors = p.clauseEdges(*m, i1, out, actors)
	// "la Banque de France seulement 1,5 %": said of what the clause before says;
	// "et 42 ont dû passer la nuit": the figure stands for its noun said before
	borrows := m.nounElided || what == 0 && len(actors) > 0 || p.lang == French && class(m.Kind) == Cardinal && m.Unit == "" && subjectVerbs[p.word(i1)]
	bySubject := subjectRef && !otherRef && !borrows
	elliptic = elliptic || borrows
	m.cl = &clauseInfo{words: out, actors: actors, np: np, elliptic: elliptic, bySubject: bySubject, ofWhole: start != i1, tolls: tolls, complement: complement, opening: opening}
}

// tollPair: the "ou", "et", "or", "and" at j joins two tolls, "tuées ou
// blessées", "killed or injured": one count of both, whatever follows.
func (p *parser) tollPair(j int) bool {
	return andOr[p.toks[j].low] && casualtyWords[p.word(j-1)] != "" && casualtyWords[p.tollAfter(j)] != ""
}

// tollAfter is the word after the conjunction at j, past a verb that
// carries it: "died or went missing", "tués ou portés disparus".
func (p *parser) tollAfter(j int) string {
	switch p.word(j + 1) {
	case "went", "were", "was", "are", "is", "been", "sont", "ont", "été", "porté", "portés", "portée", "portées":
		return p.word(j + 2)
	}
	return p.word(j + 1)
}

// countedNounBefore takes the noun of "le nombre de chômeurs", "the
// number of", further back in the clause of the figure at i0 than the
// clause's reach: what the figure counts.
func (p *parser) countedNounBefore(i0, lo int, take func(int)) {
	within := func(j int) bool { return p.toks[j].end > lo && !p.clauseBreak(j) }
	if k := p.countedNounAt(i0, within); k >= 0 {
		take(k)
		return
	}
	// "Le taux de réussite aux mandats d'aspirant n'a pourtant été que de
	// 27 %": the rate and what it measures
	for j := i0 - 1; j >= 0 && j >= i0-16 && within(j); j-- {
		if w := p.word(j); (w == "taux" || w == "rate") && (p.word(j+1) == "de" || p.word(j+1) == "d'" || p.word(j+1) == "of") {
			take(j)
			take(j + 2)
			return
		}
	}
}

// complementAnd: the "et" at j joins two complements of one noun, "le
// budget de l'enseignement supérieur et de la recherche", so the noun
// before it is the figure's too: a "de" in the four words before, none
// of them a figure, and a "de" right after.
func (p *parser) complementAnd(j int) bool {
	if p.lang != French || p.word(j) != "et" || !partitives[p.word(j+1)] {
		return false
	}
	for k := j - 1; k >= max(0, j-4); k-- {
		if p.toks[k].kind != tWord {
			return false
		}
		if partitives[p.word(k)] {
			return true
		}
	}
	return false
}

// comparedFrom open the figure a change or a comparison starts from.
var comparedFrom = map[string]bool{"from": true, "than": true, "against": true, "contre": true, "versus": true}

// numWithin: a number among the n tokens from i, before any punctuation
// but a currency sign.
func (p *parser) numWithin(i, n int) bool {
	for k := i; k < i+n && k < len(p.toks); k++ {
		if p.num(k) != nil {
			return true
		}
		if p.toks[k].kind == tSym && currencyWords[p.sym(k)] == "" {
			return false
		}
	}
	return false
}

// dislocated: the token at j is part of ", lui," set off after the
// subject it takes up, "Le marché global, lui, a reculé de 11 %": the
// subject before it is the figure's.
func (p *parser) dislocated(j int) bool {
	if p.lang != French {
		return p.sym(j) == "," && p.asideComma(j)
	}
	switch {
	case stressedPronouns[p.word(j)]:
		return p.sym(j-1) == "," && p.sym(j+1) == ","
	case p.sym(j) == ",":
		return stressedPronouns[p.word(j-1)] && p.sym(j-2) == "," || stressedPronouns[p.word(j+1)] && p.sym(j+2) == "," || p.asideComma(j)
	}
	return false
}

// asideComma: the comma at j opens or closes a short aside between the
// subject and its verb, "La Russie, troisième, a augmenté son budget",
// "Nice, cinquième du classement, reste à 41 points", "Germany, the
// second-biggest contributor, raised": the clause runs on past it to the
// subject.
func (p *parser) asideComma(j int) bool {
	open, shut := -1, -1
	for k := j + 1; k <= j+6 && k < len(p.toks); k++ {
		if p.sym(k) == "," {
			open, shut = j, k
			break
		}
	}
	if open < 0 || !p.asideVerb(shut+1) {
		open, shut = -1, -1
		for k := j - 1; k >= 0 && k >= j-6; k-- {
			if p.sym(k) == "," {
				open, shut = k, j
				break
			}
		}
	}
	if open < 1 || shut-open < 2 || !p.asideVerb(shut+1) || p.word(open-1) == "" || !p.capital(open-1) && !strings.HasSuffix(p.word(open-1), "s") {
		return false
	}
	for k := open + 1; k < shut; k++ {
		if p.toks[k].kind == tSym && p.sym(k) != "'" || clauseOpeners[p.word(k)] {
			return false // ("qui", "et": a clause of its own, not an aside)
		}
	}
	return true
}

// asideShutAt: the comma at j closes a short aside of plain words
// between a subject and its verb; the index of the comma that opens it,
// or -1.
func (p *parser) asideShutAt(j int) int {
	if p.sym(j) != "," || !p.asideVerb(j+1) {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if p.sym(k) == "," {
			if j-k < 2 || !p.asideComma(k) || !p.asideComma(j) {
				return -1
			}
			for a := k + 1; a < j; a++ {
				if p.toks[a].kind != tWord || p.capital(a) && !asidePlacePreps[p.word(k+1)] {
					return -1 // ("Les Rémois, 15es de Ligue 1,", "Son directeur, Marc Levasseur,": a rank or a name tells who; "Malteurop, à Reims," where)
				}
			}
			return k
		}
	}
	return -1
}

// inAside: m stands in a short aside between a subject and its verb,
// "La Russie, troisième, a augmenté": it does not bound the clause of the
// figure after it, whose subject lies before the aside.
func (p *parser) inAside(m Mention) bool {
	for k := p.tokenAfter(m.End); k < len(p.toks) && k <= p.tokenAfter(m.End)+4; k++ {
		if p.sym(k) == "," {
			return p.asideComma(k) && p.asideVerb(k+1)
		}
	}
	return false
}

// asideVerb: the word at j opens a predicate: a French verb (frVerb),
// with or without a clitic before it; "raised", "is", "has" in English.
func (p *parser) asideVerb(j int) bool {
	if p.lang == French {
		return frVerb(p.word(j)) || verbClitics[p.word(j)] && frVerb(p.word(j+1)) // "en a expédié": a clitic, then the verb
	}
	return enVerbish(p.word(j))
}

// withPhrase: the comma at j opens the "avec", "with" phrase the figure
// at i0 stands in, "Cebu a été la plus touchée, avec 21 victimes",
// "Leyte worst hit, with 21 dead": the figure is the main clause's.
func (p *parser) withPhrase(j, i0 int) bool {
	if p.sym(j) != "," || p.word(j+1) != "avec" && p.word(j+1) != "with" {
		return false
	}
	for k := j + 2; k < i0; k++ {
		if p.toks[k].kind == tSym && p.sym(k) != "'" || p.toks[k].kind == tNum {
			return false // (another figure or clause between: "avec 12 morts, dont 3 enfants")
		}
	}
	for k := j - 1; k >= 0 && !endMark(p.sym(k)); k-- {
		if p.toks[k].kind == tNum || p.sym(k) == "," {
			return false // the main clause has a figure of its own, whose words they are ("passed 11,000 residents, with 11,842")
		}
	}
	return true
}

// forPhrase: the comma at j opens the French "pour" phrase the figure at
// i0 stands in, "La Baule a comptabilisé 1,2 million de nuitées, pour
// environ 310 000 visiteurs": who the main clause names, it names of
// this figure too, though the main clause has a figure of its own.
func (p *parser) forPhrase(j, i0 int) bool {
	if p.sym(j) != "," || p.word(j+1) != "pour" {
		return false
	}
	for k := j + 2; k < i0; k++ {
		if p.toks[k].kind != tWord {
			return false
		}
	}
	return true
}

// asideVerbs open the predicate right after a French aside.
var asideVerbs = map[string]bool{"a": true, "ont": true, "est": true, "sont": true, "reste": true, "restent": true, "demeure": true,
	"compte": true, "comptent": true, "affiche": true, "affichent": true, "avait": true, "avaient": true, "totalise": true, "pointe": true}

// openingActors: who or where may open the sentence before a comma: "Au
// Brésil, 82 % des ménages", "Selon l'Insee, ..."; read for the first
// figure of its sentence (i0), whose clause ends at j.
func (p *parser) openingActors(i0, j, lo int, actors []string) []string {
	for k := j; k >= 0 && k >= i0-2*clauseReach && p.toks[k].end > lo && !endMark(p.sym(k)) && p.toks[k].kind != tNum; k-- {
		if a := p.actorWord(k); a != "" && k < j {
			actors = append(actors, a)
		}
	}
	return actors
}

// openingWords takes the words that open the sentence of its first
// figure (i0), whose clause ends at the comma at j: a fronted place, or
// the subject an aside parts from its level verb.
func (p *parser) openingWords(i0, j, lo int, take func(int)) {
	for k := p.frontedPhrase(j, lo); k >= 0 && k < j; k++ {
		take(k) // "Dans la voie générale, 96,1 % des élèves sont reçus": the track is the share's
	}
	if p.lang == French && i0-j <= 4 && p.sym(j) == "," && p.levelVerbBefore(i0) {
		p.subjectBeforeAside(j, lo, take)
	}
}

// subjectBeforeAside takes the sentence's subject when only its verb
// stands between the comma at j and the figure: "Le solde touristique,
// c'est-à-dire la différence entre ..., s'établit à 15,6 milliards".
// The subject is the sentence's opening words up to its first comma.
func (p *parser) subjectBeforeAside(j, lo int, take func(int)) {
	start := j
	for start > 0 && p.toks[start-1].end > lo && !endMark(p.sym(start-1)) && p.toks[start-1].kind != tNum {
		start--
	}
	for k := start; k < j && k < start+clauseReach && p.sym(k) != ","; k++ {
		take(k)
	}
}

// subjectBeforeRelative takes the subject a relative clause parts from
// the verb of the figure at i0, whose clause ends at the comma at j:
// "L'écart entre les sexes, qui était de 7,9 ans en 1990, s'est réduit
// à 5,7 ans": the gap is 5.7's as much as 7.9's. The figure in the
// relative clause bounds the clause, so the words are read past it.
func (p *parser) subjectBeforeRelative(i0, j int, take func(int)) {
	if p.sym(j) != "," || i0-j > 6 {
		return
	}
	for k := j + 1; k < i0; k++ {
		if p.toks[k].kind != tWord && p.sym(k) != "'" {
			return // (only the verb between: "s'est réduit à")
		}
	}
	open := -1
	for k := j - 1; k > 0 && !endMark(p.sym(k)); k-- {
		if p.sym(k) == "," {
			if relativeOpeners[p.word(k+1)] {
				open = k
			}
			break
		}
	}
	if open > 0 {
		p.takeBackFrom(open, take)
	}
}

// takeBackFrom takes the words before the comma at j back to the comma,
// the sentence start or the figure before them: the noun a relative
// clause hangs on.
func (p *parser) takeBackFrom(j int, take func(int)) {
	for k := j - 1; k >= 0 && k >= j-clauseReach; k-- {
		if p.sym(k) == "," || endMark(p.sym(k)) || p.toks[k].kind == tNum || antecedentPreps[p.word(k)] {
			break // ("1 500 places dans la ville, qui accueille": the relative hangs on "la ville", not on the places)
		}
		take(k)
	}
}

// afterParticiple: the French figure at i0 is the object of a
// preposition after a past participle, "répartis sur une quinzaine de
// places", "installés dans 12 villes": a phrase that describes the noun
// before it, so no verb after it has the figure for subject.
func (p *parser) afterParticiple(i0 int) bool {
	if p.lang != French || i0 < 2 || !participlePreps[p.word(i0-1)] {
		return false
	}
	return participle(p.word(i0 - 2))
}

// participlePreps open the phrase after a participle that places its noun.
var participlePreps = map[string]bool{"sur": true, "dans": true, "parmi": true, "entre": true, "chez": true, "en": true}

// relativeAntecedent takes the noun a relative clause hangs on when the
// figure at i0 stands in that clause, whose words end at the comma at j:
// "Le site, qui comptait 1 200 salariés en 2018, n'en emploie plus que
// 480": 1 200 is the site's staff as much as 480 is.
func (p *parser) relativeAntecedent(i0, j int, take func(int)) {
	if j < 1 || p.sym(j) != "," || !relativeOpeners[p.word(j+1)] || i0-j > 6 {
		return
	}
	for k := j + 2; k < i0; k++ {
		if p.toks[k].kind != tWord && p.sym(k) != "'" {
			return // (only the relative's verb between: "qui comptait")
		}
	}
	p.takeBackFrom(j, take)
}

// participleAntecedent: the figure ends a participle set off by a comma
// after its noun, "la moyenne nationale, établie à 7,3 %": it gives that
// noun's level, so who the noun names (the nation) is the figure's. Its
// words stay out: "les visites, limitées à 12 personnes" counts no
// visitors.
func (p *parser) participleAntecedent(i0, j int) (actors []string) {
	if j < 1 || p.lang != French || p.sym(j) != "," || i0-j < 2 || i0-j > 3 || !participle(p.word(j+1)) && !irParticiple(p.word(j+1)) || i0-j == 3 && p.word(i0-1) != "à" {
		return nil
	}
	p.takeBackFrom(j, func(k int) {
		if a := p.actorWord(k); a != "" {
			actors = append(actors, a) // (who the noun names: "la moyenne nationale")
		}
	})
	return actors
}

// irParticiple: a past participle of a verb in -ir, "établie", "fini".
func irParticiple(w string) bool {
	for _, suf := range [...]string{"i", "ie", "is", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// antecedentPreps end the noun a relative clause hangs on: its
// antecedent is the object of the preposition, not what stands before.
var antecedentPreps = map[string]bool{"dans": true, "à": true, "au": true, "aux": true, "en": true, "sur": true, "pour": true,
	"avec": true, "chez": true, "vers": true, "par": true, "sous": true, "in": true, "at": true, "on": true, "for": true, "with": true}

// relativeOpeners open a relative clause on its subject.
var relativeOpeners = map[string]bool{"qui": true, "which": true, "who": true}

// levelVerbBefore: a verb that gives its subject's level stands right
// before the figure at i0, "s'établit à", "atteint", "est de".
func (p *parser) levelVerbBefore(i0 int) bool {
	w := p.word(i0 - 1)
	if w == "à" || w == "de" {
		w = p.word(i0 - 2)
	}
	return subjectLevelVerbs[w]
}

var subjectLevelVerbs = map[string]bool{"établit": true, "établissait": true, "élève": true, "élevait": true, "chiffre": true,
	"monte": true, "situe": true, "atteint": true, "atteignait": true, "est": true, "était": true, "reste": true,
	"totalise": true, "représente": true, "dépasse": true}

// yearAfterNoun: the token at j is a year that names the noun before
// it, "le taux de réussite au baccalauréat 2024 s'établit à 91,4 %": the
// clause reads past it to its subject.
func (p *parser) yearAfterNoun(j int) bool {
	t := p.toks[j]
	if t.kind != tNum || len(t.text) != 4 || !isYearish(Mention{Kind: Cardinal, Value: t.text}) {
		return false
	}
	w := p.word(j - 1)
	return len(w) > 3 && !frFunction[w] && !ctxStop[w] && periodUnit[w] == "" && !p.isMonth(j-1) && p.num(j-1) == nil
}

// nounYearTok: the token at j is the year of the noun whose amount starts
// at i0, "un budget 2025 de 512 millions": the clause reads past it.
func (p *parser) nounYearTok(j, i0 int) bool {
	return p.toks[j].kind == tNum && len(p.toks[j].text) == 4 && j+2 == i0 && (p.word(j+1) == "de" || p.word(j+1) == "d'") && isYearish(Mention{Kind: Cardinal, Value: p.toks[j].text})
}

// shareOfWhole: where the words of a share begin. "58 % des 4 300
// participants", "71% of the 4,300 people": a share of a counted whole
// is said of the whole's noun and clause, past its number.
func (p *parser) shareOfWhole(m Mention, i1 int) int {
	if m.Kind != Percent && m.Kind != Fraction {
		return i1
	}
	k := i1
	switch p.word(k) {
	case "des", "of":
		k++
	default:
		return i1
	}
	if w := p.word(k); w == "the" || w == "its" || w == "their" || w == "ses" || w == "leurs" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].kind != tNum {
		return i1
	}
	for k < len(p.toks) && (p.toks[k].kind == tNum || (p.sym(k) == "," || p.sym(k) == ".") && k+1 < len(p.toks) && p.toks[k+1].kind == tNum && p.glued(k+1)) {
		k++
	}
	return k
}

// subjectVerbs: finite verbs right after a bare French figure make it
// the subject, its noun left out ("42 ont dû", "une dizaine sont").
var subjectVerbs = map[string]bool{"ont": true, "sont": true, "avaient": true, "étaient": true, "seront": true,
	"auront": true, "doivent": true, "devront": true, "devaient": true, "restent": true, "resteront": true,
	"pourront": true, "peuvent": true, "vont": true, "viennent": true, "ont-ils": true, "ont-elles": true}

// refersBack: the word at j stands for a noun said before: "celles de
// diesel", "those of the banks", "la Pologne en a accueilli 950 000"
// (before the figure at i0).
func (p *parser) refersBack(j, i0 int) bool {
	nx := p.word(j + 1)
	if anaphors[p.word(j)] && (nx == "de" || nx == "du" || nx == "des" || nx == "d'" || nx == "of") {
		return true
	}
	if j > i0 && p.words(j, "d'", "entre") && (p.word(j+2) == "eux" || p.word(j+2) == "elles") {
		return true // "la production de 25 d'entre elles": of the molecules said before
	}
	if p.subjectRefersBack(j, i0) {
		return true // "Il est inférieur de 4,6 milliards aux prévisions": said of the last sentence's subject
	}
	return j < i0 && p.word(j) == "en" && enVerbs[nx]
}

// subjectRefersBack: the pronoun at j, before the figure at i0, opens
// its sentence and takes up what the sentence before was about.
func (p *parser) subjectRefersBack(j, i0 int) bool {
	return j < i0 && subjectPronouns[p.word(j)] && p.sentenceInitial(j)
}

// subjectPronouns open a sentence about what the one before was about.
var subjectPronouns = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true, "celui-ci": true,
	"celle-ci": true, "ceux-ci": true, "celles-ci": true, "it": true, "they": true}

// enVerbs follow the pronoun "en" that stands for the noun a figure
// counts: "en a accueilli", "n'en compte plus que".
var enVerbs = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "aurait": true,
	"auraient": true, "compte": true, "comptait": true, "comptent": true, "comptaient": true, "recense": true,
	"dénombre": true, "revendique": true, "revendiquait": true, "revendiquaient": true, "attend": true,
	"reçoit": true, "reçoivent": true, "recevait": true, "recevaient": true, "accueille": true, "accueillent": true,
	"accueillait": true, "accueillaient": true, "vend": true, "vendent": true, "produit": true, "produisent": true,
	"possède": true, "possèdent": true, "emploie": true, "emploient": true, "attendent": true, "prévoit": true,
	"prévoient": true, "totalise": true, "totalisent": true, "recensait": true, "dénombrait": true, "abrite": true, "abritent": true,
	// seats and votes won or kept: "Les socialistes en obtiennent 136"
	"obtient": true, "obtiennent": true, "remporte": true, "remportent": true, "décroche": true, "décrochent": true,
	"conserve": true, "conservent": true, "détient": true, "détiennent": true, "perd": true, "perdent": true, "gagne": true, "gagnent": true,
	// an infinitive after a verb of plan: "prévoit d'en recruter une cinquantaine"
	"recruter": true, "embaucher": true, "créer": true, "supprimer": true, "accueillir": true, "ouvrir": true, "fermer": true,
	"construire": true, "livrer": true, "vendre": true, "produire": true, "former": true, "installer": true, "planter": true}

// partitive: the figure at token i is the whole a part is taken from,
// "1,900 of the 3,000", "two of its five", "half of the 40".
func (p *parser) partitive(i int) bool {
	if p.lang != English {
		return false
	}
	k := i - 1
	if w := p.word(k); w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "these" || w == "those" {
		k--
	}
	if p.word(k) != "of" {
		return false
	}
	if p.num(k-1) != nil {
		return true
	}
	w := p.word(k - 1)
	if _, ok := enFraction[w]; ok || w == "half" {
		return true
	}
	v, n := p.spelled(k - 1)
	return n == 1 && v != nil && v.Sign() > 0
}

// coordinatedNoun: the figure's noun at i1 is joined by "and" or "or"
// to a second noun with no figure or determiner of its own, "36 nurses
// and emergency doctors": the figure counts both, though the clause stops
// at "and" when a figure follows later.
func (p *parser) coordinatedNoun(i1 int, np []string) []string {
	if len(np) == 0 || np[0] != p.clauseWord(i1) || !andOr[p.word(i1+1)] {
		return nil
	}
	var out []string
	for j := i1 + 2; j < i1+4 && j < len(p.toks); j++ {
		w := p.word(j)
		if p.toks[j].kind != tWord || w == "a" || w == "an" || w == "un" || w == "une" || determiners[w] || numberWord(w) {
			break
		}
		if c := p.clauseWord(j); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// andOr join what follows a figure to it ("dead or missing") when no
// other figure comes before the clause ends.
var andOr = map[string]bool{"et": true, "and": true, "ou": true, "or": true}

// anaphors stand for a noun said before: "celles de diesel" are the
// sales of the clause before.
var anaphors = map[string]bool{"celles": true, "celle": true, "ceux": true, "celui": true, "those": true}

// actorWord is the word at j when it says who gives or does the figure:
// a name (Banque de France), a court, the prosecution, the government.
func (p *parser) actorWord(j int) string {
	t := p.toks[j]
	if t.kind != tWord || len(t.low) < 2 || len(t.low) == 2 && strings.ToUpper(t.text) != t.text || strings.HasSuffix(t.low, "'") || strings.HasSuffix(t.low, "’") {
		return "" // words of two letters only as acronyms: US, UK, EU ("L'" is an article)
	}
	if (t.low == "avocat" || t.low == "avocate") && (p.word(j+1) == "général" || p.word(j+1) == "générale") {
		return "prosecution" // l'avocat général speaks for the prosecution at the assizes
	}
	if t.low == "ministère" && p.word(j+1) == "public" {
		return "prosecution" // le ministère public is the prosecution, not a ministry
	}
	if actorNouns[t.low] != "" {
		return actorNouns[t.low]
	}
	if a := p.attrAt(j); a != "" {
		return a
	}
	acronym := strings.ToUpper(t.text) == t.text // "US", "IMF": a name even when it opens the sentence
	if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) && (acronym || !p.sentenceInitial(j) || p.known[t.low] || p.namedSubject(j)) && !ctxStop[t.low] && !frFunction[t.low] {
		return stripAccents(strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")) // Farmer's concert: Farmer
	}
	return ""
}

// actorNouns map who acts in news clauses, in both languages, to one key.
var actorNouns = map[string]string{
	"parquet": "prosecution", "procureur": "prosecution", "procureure": "prosecution", "accusation": "prosecution",
	"prosecutors": "prosecution", "prosecutor": "prosecution", "prosecution": "prosecution", "requis": "prosecution",
	"sought": "prosecution", "requested": "prosecution", "fined": "court",
	"tribunal": "court", "cour": "court", "juges": "court", "juge": "court", "court": "court", "judge": "court",
	"judges": "court", "jury": "court", "condamné": "court", "sentenced": "court", "prononcé": "court",
	"condamnée": "court", "jailed": "court", "réclamé": "prosecution", "demanded": "prosecution",
	"écopé": "court", "écope": "court", "écopent": "court", "demandé": "prosecution", "asked": "prosecution",
	"défense": "defense", "defence": "defense", "defense": "defense", "avocat": "defense", "avocats": "defense",
	"lawyer": "defense", "lawyers": "defense",
	"national": "nation", "nationale": "nation", "nationwide": "nation", // the nation, set against a region or a town
	"fmi": "imf", "imf": "imf", "bce": "ecb", "ecb": "ecb", "otan": "nato", "nato": "nato", "onu": "un",
	"oms": "who", "ocde": "oecd", "oecd": "oecd", "ue": "eu", "eu": "eu", "fed": "fed", "insee": "insee",
	"brésil": "brazil", "brazil": "brazil", "allemagne": "germany", "germany": "germany", "espagne": "spain",
	"spain": "spain", "italie": "italy", "italy": "italy", "chine": "china", "china": "china", "japon": "japan",
	"japan": "japan", "russie": "russia", "russia": "russia", "inde": "india", "india": "india",
	"royaume-uni": "britain", "britain": "britain", "uk": "britain", "états-unis": "us",
	"mexique": "mexico", "mexico": "mexico", "maroc": "morocco", "morocco": "morocco", "algérie": "algeria",
	"algeria": "algeria", "tunisie": "tunisia", "tunisia": "tunisia", "belgique": "belgium", "belgium": "belgium",
	"suisse": "switzerland", "switzerland": "switzerland", "grèce": "greece", "greece": "greece",
	"pologne": "poland", "poland": "poland", "turquie": "turkey", "turkey": "turkey", "egypte": "egypt",
	"égypte": "egypt", "egypt": "egypt", "afrique": "africa", "africa": "africa", "amérique": "america",
	"america": "america", "asie": "asia", "asia": "asia", "europe": "europe",
	"américains": "us", "americans": "us", "american": "us", "canadiens": "canada", "canadians": "canada",
	"français": "france", "french": "france", "bleus": "france", "bleues": "france", "allemands": "germany", "germans": "germany", "german": "germany",
	"britanniques": "britain", "british": "britain", "chinois": "china", "chinese": "china",
	"espagnols": "spain", "spanish": "spain", "italiens": "italy", "italian": "italy", "italians": "italy",
}

func (p *parser) clauseBreak(j int) bool {
	t := p.toks[j]
	if t.kind == tNum && !p.codeDigits(j) || ctxBreak[t.low] || p.subordinate(j) {
		return true // another figure's words, "et", "while"
	}
	if t.kind != tSym {
		return false
	}
	switch t.low {
	case ",", ";", ":", ".", "!", "?", "(", ")", "«", "»", "\"", "—", "–":
		return true
	}
	return false
}

// codeDigits: the number at j is glued to the letters before it, the
// digits of a name ("CO2", "A380"), no figure that bounds a clause.
func (p *parser) codeDigits(j int) bool {
	return j > 0 && p.glued(j) && p.toks[j-1].kind == tWord
}

// clauseWord is the content word at j, or "" for a name, a number, a
// function word or a word of time, which bind nothing.
func (p *parser) clauseWord(j int) string {
	t := p.toks[j]
	if p.lang == French && t.low == "but" {
		return t.low // a goal, "0,87 but par rencontre", as the English "but" is no noun
	}
	if p.salesPoints(j) {
		return "points-de-vente" // shops, as the figure's head says
	}
	if t.kind != tWord || len(t.low) <= 3 && !shortContent[t.low] || ctxStop[t.low] || notNoun[t.low] || frFunction[t.low] || periodUnit[t.low] != "" || genericWords[t.low] || entityWords[t.low] || p.otherSideOfBreak(j) || p.compoundTail(j) {
		return ""
	}
	return t.low // names too: a name both clauses share tells nothing apart (discriminate)
}

// salesPoints: the French words at j are "points de vente", shops.
func (p *parser) salesPoints(j int) bool {
	return p.lang == French && p.words(j, "points", "de", "vente")
}

// shortContent are words of three letters that still say what a figure
// is of: "González won 67%", "the 850-bed hospital".
var shortContent = map[string]bool{"won": true, "bed": true, "tax": true, "job": true, "oil": true, "gas": true, "gaz": true, "aid": true, "fee": true, "war": true}

// genericWords say nothing of what a figure counts.
var genericWords = map[string]bool{
	"dernier": true, "dernière": true, "prochain": true, "prochaine": true, "last": true, "next": true,
	"environ": true, "about": true, "around": true, "nearly": true, "almost": true, "over": true, "under": true,
	"selon": true, "according": true, "said": true, "says": true, "déjà": true, "already": true, "only": true,
	"seulement": true, "also": true, "aussi": true, "encore": true, "still": true, "cette": true, "there": true,
	"which": true, "what": true, "where": true, "they": true, "them": true, "elle": true, "elles": true, "ils": true,
}

// entityWords name who or where rather than what is counted: the museum
// is the subject of every figure of a story about it.
var entityWords = map[string]bool{
	"musée": true, "museum": true, "club": true, "équipe": true, "team": true, "ville": true, "city": true,
	"town": true, "commune": true, "mairie": true, "municipalité": true, "council": true, "festival": true,
	"tribunal": true, "court": true, "gouvernement": true, "government": true, "entreprise": true,
	"company": true, "groupe": true, "group": true, "société": true, "firm": true, "pays": true, "country": true,
	"région": true, "region": true, "département": true, "county": true, "état": true, "state": true,
	"ministère": true, "ministry": true, "direction": true, "management": true, "municipal": true,
	"municipale": true, "national": true, "nationale": true, "régional": true, "régionale": true, "local": true,
}

func isDuration(m Mention) bool {
	d, _ := duration(m)
	return d != nil
}

// comparable: two amounts within a factor of 100 of each other, as
// figures a summary may confuse are.
func comparable(a, b Mention) bool {
	x, y := a.Rat(), b.Rat()
	if x == nil || y == nil || x.Sign() == 0 || y.Sign() == 0 {
		return true
	}
	q, _ := new(big.Rat).Quo(x, y).Float64()
	if q < 0 {
		q = -q
	}
	return q <= 100 && q >= 0.01
}

// changeNouns are the French nouns of rise and fall: they open a clause
// that says how the clause before changed (", en baisse de 14,2 %"), and
// give a copula's size its way ("la hausse n'est que de 3 %").
var changeNouns = map[string]bool{"baisse": true, "hausse": true, "recul": true, "progression": true,
	"repli": true, "augmentation": true, "diminution": true, "chute": true, "croissance": true, "bond": true,
	"envolée": true, "déclin": true, "accroissement": true, "réduction": true, "contraction": true,
	"redressement": true, "remontée": true}

// frontedPhrase: where a short phrase opening the sentence with a
// preposition begins, when it ends at the comma at j ("Dans la voie
// générale,", "Among under-25s,"), else -1. It says where or of whom
// the sentence's first figure is told.
func (p *parser) frontedPhrase(j, lo int) int {
	if j < 0 || p.sym(j) != "," {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-7 && p.toks[k].end > lo; k-- {
		if endMark(p.sym(k)) || p.toks[k].kind == tNum {
			return -1
		}
		if k == 0 || endMark(p.sym(k-1)) || p.toks[k-1].end <= lo {
			if frontPreps[p.word(k)] {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

var frontPreps = map[string]bool{"dans": true, "en": true, "au": true, "aux": true, "chez": true, "parmi": true,
	"in": true, "among": true, "at": true}

// clauseBefore takes the words of the clause before the comma at j when
// the figure's clause only restates or changes it: "trois campings, soit
// environ 3 500 personnes"; "les mises en chantier sont tombées à 259 400
// sur douze mois, en baisse de 14,2 %", whose subject may lie further
// back, past the figures of that clause. setOff: the figure itself
// stands between that comma and the next, "La plus lourde sanction,
// 80 000 euros, vise un vol", and is the noun's before it.
func (p *parser) clauseBefore(j, lo int, setOff bool, take func(int)) {
	apposed := p.lang == French && (p.word(j+1) == "de" || p.word(j+1) == "d'") && p.num(j+2) != nil                                      // "Un projet réduit, de 750 000 m³, est à l'étude"
	participle := p.lang == French && (apposedParticiples[p.word(j+1)] || apposedAdverbs[p.word(j+1)] && apposedParticiples[p.word(j+2)]) // "sa prévision pour 2024, désormais attendue entre 335 et 345 TWh"
	level := p.lang == French && p.word(j+1) == "à" && p.num(j+2) != nil                                                                  // "Le prix moyen du billet reste modeste, à 6,90 euros": the level of what the clause before tells
	if p.sym(j) != "," || p.word(j+1) != "soit" && p.word(j+1) != "i" && (p.word(j+1) != "en" || !changeNouns[p.word(j+2)]) && !apposed && !participle && !level && !setOff {
		return
	}
	back, from := clauseReach, lo
	if p.word(j+1) == "en" || participle {
		back, from = 2*clauseReach, -1
	}
	for k := j - 1; k >= 0 && k >= j-back && p.toks[k].end > from && (!p.clauseBreak(k) || from < 0 && p.toks[k].kind == tNum); k-- {
		take(k)
	}
}

// apposedPredicate: the French figure from i0 to i1 is set between
// commas after a noun and a verb follows, "La recette, 18 400 euros, sera
// reversée": the token the verb starts at, or 0.
func (p *parser) apposedPredicate(i0, i1 int) int {
	if p.lang != French || p.sym(i0-1) != "," || p.word(i0-2) == "" || p.sym(i1) != "," || !frAuxiliaries[p.word(i1+1)] && p.word(i1+1) != "sera" && p.word(i1+1) != "seront" {
		return 0
	}
	return i1 + 1
}

// apposedParticiples open a phrase set after a noun that gives its
// figure, "sa prévision, désormais attendue entre 335 et 345 TWh": the
// figure is the noun's.
var apposedParticiples = map[string]bool{"attendue": true, "attendu": true, "attendues": true, "attendus": true,
	"estimée": true, "estimé": true, "estimées": true, "estimés": true, "évaluée": true, "évalué": true,
	"prévue": true, "prévu": true, "fixée": true, "fixé": true, "chiffrée": true, "chiffré": true,
	"ramenée": true, "ramené": true, "portée": true, "porté": true, "relevée": true, "relevé": true, "abaissée": true, "abaissé": true}

var apposedAdverbs = map[string]bool{"désormais": true, "maintenant": true, "aujourd'hui": true, "dorénavant": true}

// enVerbish: an English word that opens a predicate, where a noun phrase
// ends: "voted", "will", "are".
func enVerbish(w string) bool {
	switch w {
	case "will", "would", "are", "is", "were", "was", "have", "has", "had", "be", "can", "could", "may":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// ownerBefore is where a possessive name standing just before the next
// figure (at hi) begins, "220 votes to Philippe Marchand's 207": the name
// owns that figure, not the one before it; len(p.toks) when there is none.
func (p *parser) ownerBefore(from, hi int) int {
	if p.lang != English || hi >= len(p.text) {
		return len(p.toks)
	}
	k := p.tokenAfter(hi) - 1
	if k < from || !strings.HasSuffix(p.word(k), "'s") || !p.capital(k) {
		return len(p.toks)
	}
	for k > from && p.capital(k-1) && p.word(k-1) != "" {
		k--
	}
	return k
}

// verbClitics stand between a French subject and its verb: "La France,
// premier exportateur mondial, en a expédié 1,4 million de tonnes".
var verbClitics = map[string]bool{"en": true, "y": true, "se": true, "s'": true, "ne": true, "n'": true}

// frVerb: w may be the finite verb after an aside: a verb of
// asideVerbs, an auxiliary, or a word with a verb's ending.
func frVerb(w string) bool {
	return asideVerbs[w] || frAuxiliaries[w] || frFiniteVerb(w)
}

// frFiniteVerb: w has the ending of a French verb in the third person,
// "transforme", "exploitent", "produisait", "réduit".
func frFiniteVerb(w string) bool {
	if strings.HasSuffix(w, "ième") || strings.HasSuffix(w, "ièmes") {
		return false // an ordinal ("Hugo Lemaire, deuxième,"): a rank in apposition, no verb
	}
	for _, e := range [...]string{"ent", "ait", "aient", "era", "eront", "ira", "iront", "it", "e"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+3 && !strings.HasSuffix(w, "ment") {
			return true
		}
	}
	return false
}

// asidePlacePreps open a French aside that tells where: "Malteurop, à
// Reims, transforme".
var asidePlacePreps = map[string]bool{"à": true, "en": true, "au": true, "aux": true, "dans": true, "près": true}

// namedSubject: the word at j opens its sentence and an aside follows
// it, "Malteurop, à Reims, transforme": a name, as French opens a
// sentence with a bare capitalised word before a comma only when it
// names the subject (adverbs and dates are left out: "Désormais,",
// "Mardi,").
func (p *parser) namedSubject(j int) bool {
	w := p.word(j)
	return p.lang == French && p.sym(j+1) == "," && p.asideComma(j+1) && !strings.HasSuffix(w, "ment") && frMonths[w] == 0 && frWeekdays[w] == 0 && !frFunction[w]
}

// apposedRankOwner: a rank set after a name and a comma is that name's,
// "devant le Français Hugo Lemaire, deuxième, et l'Australien Jack
// Turner, troisième": the capitalised words right before the comma.
func (p *parser) apposedRankOwner(m Mention, i0 int) []string {
	if m.Kind != Ordinal || p.lang != French || i0 < 2 || p.sym(i0-1) != "," {
		return nil
	}
	var out []string
	for k := i0 - 2; k >= 0 && k >= i0-5 && p.capital(k) && !p.sentenceInitial(k); k-- {
		if a := p.actorWord(k); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// enSubordinators open an English clause of their own: a figure after
// one is said of that clause, not of the words before it.
var enSubordinators = map[string]bool{"after": true, "before": true, "while": true, "when": true, "whereas": true, "although": true, "though": true, "because": true}

// otherSideOfBreak: the word at j is a match's break told as the time
// after it, "16 goals after the break": the second half, not the score
// at the break (la pause) that "before the break" would be.
func (p *parser) otherSideOfBreak(j int) bool {
	if p.lang != English || bodyKeys[p.word(j)] != "halftime" && p.word(j) != "break" {
		return false
	}
	k := j - 1
	if p.word(k) == "the" {
		k--
	}
	return p.word(k) == "after"
}

// compoundTail: the word at j ends a French compound noun whose parts
// mean nothing alone, "points de vente" (stores): "vente" there is no
// sale a bullet's "sales" speaks of.
func (p *parser) compoundTail(j int) bool {
	w := p.word(j)
	return p.lang == French && (w == "vente" || w == "ventes") && p.word(j-1) == "de" && (p.word(j-2) == "points" || p.word(j-2) == "point")
}

// nounOfFigureBefore is the token of the noun right after the figure that
// ends at lo, when another word stands between that noun and the figure
// at i0 but no word of its own ("11 goals in 97 appearances", "19 buts
// en 24 matchs"): the noun is what the figure before counts; -1 if none.
func (p *parser) nounOfFigureBefore(lo, i0 int) int {
	if lo <= 0 {
		return -1
	}
	k := p.tokenAfter(lo)
	if k < len(p.toks) && ofWords[p.toks[k].low] {
		k++
	}
	if k >= i0-1 || ofWords[p.word(i0-1)] || p.clauseBreak(k) || p.clauseWord(k) == "" {
		// ("vingt équipes de six coureurs": six counts the teams' riders)
		return -1
	}
	for j := k + 1; j < i0; j++ {
		if p.clauseWord(j) != "" {
			return -1 // "1 500 postes restent à pourvoir chaque année": the subject of a verb both share
		}
	}
	return k
}

// ofWords join a figure to the noun it counts.
var ofWords = map[string]bool{"of": true, "de": true, "d'": true, "des": true, "du": true}
