package figures

import (
	"math/big"
	"slices"
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
func (p *parser) clauseWords(m *Mention, lo, hi int, first bool) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	var out, actors []string
	what, elliptic := 0, false
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
	for j := i1; j < len(p.toks) && j < i1+reach && p.toks[j].start < hi && (!p.clauseBreak(j) || joins && andOr[p.toks[j].low]); j++ {
		take(j)
		if w := p.clauseWord(j); w != "" && len(np) < 2 && j-i1 < 4 {
			np = append(np, w)
		}
	}

	j := i0 - 1
	for ; j >= 0 && j >= i0-clauseReach && p.toks[j].end > lo && (!p.clauseBreak(j) || p.ageOfPerson(j)); j-- {
		take(j)
	}
	// Who or where may open the sentence before a comma: "Au Brésil, 82 %
	// des ménages", "Selon l'Insee, ..."; first: no figure before it in
	// its sentence, whose clause the words would be.
	for k := j; first && k >= 0 && k >= i0-2*clauseReach && p.toks[k].end > lo && !endMark(p.sym(k)) && p.toks[k].kind != tNum; k-- {
		if a := p.actorWord(k); a != "" && k < j {
			actors = append(actors, a)
		}
	}
	p.clauseBefore(j, lo, take)
	out, actors = p.clauseEdges(*m, i1, out, actors)
	// "la Banque de France seulement 1,5 %": said of what the clause before says
	elliptic = elliptic || what == 0 && len(actors) > 0
	m.cl = &clauseInfo{words: out, actors: actors, np: np, elliptic: elliptic}
}

// refersBack: the word at j stands for a noun said before: "celles de
// diesel", "those of the banks", "la Pologne en a accueilli 950 000"
// (before the figure at i0).
func (p *parser) refersBack(j, i0 int) bool {
	nx := p.word(j + 1)
	if anaphors[p.word(j)] && (nx == "de" || nx == "du" || nx == "des" || nx == "d'" || nx == "of") {
		return true
	}
	return j < i0 && p.word(j) == "en" && enVerbs[nx]
}

// enVerbs follow the pronoun "en" that stands for the noun a figure
// counts: "en a accueilli", "n'en compte plus que".
var enVerbs = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "aurait": true,
	"auraient": true, "compte": true, "comptait": true, "comptent": true, "comptaient": true, "recense": true,
	"dénombre": true, "revendique": true, "revendiquait": true, "revendiquaient": true, "attend": true}

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
	if t.kind != tWord || len(t.low) < 2 || len(t.low) == 2 && strings.ToUpper(t.text) != t.text {
		return "" // words of two letters only as acronyms: US, UK, EU
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
	if a := attributionNouns[t.low]; a != "" {
		return a
	}
	if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) && !p.sentenceInitial(j) && !ctxStop[t.low] && !frFunction[t.low] {
		return stripAccents(strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")) // Farmer's concert: Farmer
	}
	return ""
}

// actorNouns map who acts in news clauses, in both languages, to one key.
var actorNouns = map[string]string{
	"parquet": "prosecution", "procureur": "prosecution", "procureure": "prosecution", "accusation": "prosecution",
	"prosecutors": "prosecution", "prosecutor": "prosecution", "prosecution": "prosecution", "requis": "prosecution",
	"sought": "prosecution", "requested": "prosecution",
	"tribunal": "court", "cour": "court", "juges": "court", "juge": "court", "court": "court", "judge": "court",
	"judges": "court", "jury": "court", "condamné": "court", "sentenced": "court", "prononcé": "court",
	"condamnée": "court", "jailed": "court", "réclamé": "prosecution", "demanded": "prosecution",
	"écopé": "court", "écope": "court", "écopent": "court", "demandé": "prosecution", "asked": "prosecution",
	"défense": "defense", "defence": "defense", "defense": "defense", "avocat": "defense", "avocats": "defense",
	"lawyer": "defense", "lawyers": "defense",
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
	"français": "france", "french": "france", "allemands": "germany", "germans": "germany", "german": "germany",
	"britanniques": "britain", "british": "britain", "chinois": "china", "chinese": "china",
	"espagnols": "spain", "spanish": "spain", "italiens": "italy", "italian": "italy", "italians": "italy",
}

func (p *parser) clauseBreak(j int) bool {
	t := p.toks[j]
	if t.kind == tNum || ctxBreak[t.low] || p.subordinate(j) {
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

// clauseWord is the content word at j, or "" for a name, a number, a
// function word or a word of time, which bind nothing.
func (p *parser) clauseWord(j int) string {
	t := p.toks[j]
	if t.kind != tWord || len(t.low) <= 3 || ctxStop[t.low] || notNoun[t.low] || frFunction[t.low] || periodUnit[t.low] != "" || genericWords[t.low] || entityWords[t.low] {
		return ""
	}
	return t.low // names too: a name both clauses share tells nothing apart (discriminate)
}

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

// clauseConflict finds a source figure that the summary figure t is said
// of instead of its own source figure s: t's clause says what another
// source figure's clause says and nothing that only s's clause says,
// either of what is counted ("Growth reached 3.2%" when 3,2 % is the
// deficit and the growth was 1,1 %) or of who gives it ("the court gave
// five years" when five years is what the prosecution sought). Words
// both source clauses share say nothing either way (figures.md,
// Matching 4); when in doubt, no error.
func clauseConflict(src []*atom, s *atom, t Mention) *atom {
	if len(figureWords(t)) == 0 && len(t.actors()) == 0 || !numeric(t) && t.Kind != Identifier || class(s.m.Kind) != class(t.Kind) {
		return nil
	}
	var best *atom
	bestSim, runnerUp, split := 0, 0, false
	for _, o := range src {
		if o == s || !mistakable(*o.m, t) {
			continue
		}
		if o.m.Value == s.m.Value {
			return nil // the same figure said twice: either may be meant
		}
		sim, said := saidOfOther(*s.m, *o.m, t)
		if !said {
			continue
		}
		if best != nil && best.m.Value != o.m.Value {
			split = true
			runnerUp = max(runnerUp, min(sim, bestSim))
		}
		if sim > bestSim || best == nil {
			best, bestSim = o, sim
		}
	}
	if split && bestSim > runnerUp+1 {
		// one of the other figures has clearly more of the bullet's
		// words ("seriously" and "pupils" for *trois élèves grièvement
		// blessés*, "pupils" alone for *48 collégiens*)
		return best
	}
	if split {
		// "births outnumbered deaths by 47,000": words of two other
		// figures, a comparison of them, and no evidence for either
		return nil
	}
	return best
}

// figureWords are the words a figure is said of: its clause, or for a
// name the names next to it (Airbus A350).
func figureWords(m Mention) []string {
	if m.Kind == Identifier {
		return m.ctx
	}
	return m.clause()
}

// saidOfOther: the bullet's figure t, supported by s, is said of what
// the other source figure o counts (what) or of who gives o (who); sim
// is how many of its words say so.
func saidOfOther(s, o, t Mention) (sim int, said bool) {
	sw, ow := figureWords(s), figureWords(o)
	sn, on := s.np(), o.np()
	if o.elliptic() {
		// "celles de diesel", "la Banque de France seulement 1,5 %":
		// said of what s's clause says
		ow, on = slices.Concat(ow, sw), slices.Concat(on, sn)
	}
	if s.elliptic() {
		sw, sn = slices.Concat(sw, ow), slices.Concat(sn, on)
	}
	own, other := discriminate(sw, ow, sw, ow, figureWords(t))
	npOwn, npOther := discriminate(sn, on, sw, ow, t.np())
	if compoundOwn(s, t) && !compoundOwn(o, t) {
		npOwn++ // "three-star chef" of "trois étoiles": its own noun says it
	}
	if npOwn > npOther && peopleOf(o.Head, t.Head) {
		npOther++ // "793 000 personnes" are visitors as much as "3,9 millions de visiteurs"
	}
	aOwn, aOther := discriminate(s.actors(), o.actors(), s.actors(), o.actors(), t.actors())
	// What is counted: the words right after the figures first, then the
	// whole clauses; who gives it: names, courts, officials. One
	// dimension may not contradict the other.
	what := (npOther >= 1 && npOwn == 0 || other >= 1 && own == 0 && npOwn == 0) && aOwn <= aOther
	who := aOther >= 1 && aOwn == 0 && len(s.actors()) > 0 && npOwn <= npOther
	return other + aOther, what || who
}

// mistakable: the summary's figure t could have been meant as the other
// source figure o, being of its kind and unit and not already its value.
func mistakable(o, t Mention) bool {
	if o.Value == t.Value || (class(o.Kind) != class(t.Kind) || o.Unit != t.Unit && t.Kind != Identifier) && !bareAmount(o, t) {
		return false
	}
	if t.Kind == Identifier && letters(o.Value) != letters(t.Value) {
		return false // an A350 for an A380, not for a CAC 40
	}
	if !comparable(o, t) {
		return false // 3 campsites are no mistake for some 3,500 people
	}
	if isYearish(o) && !isYearish(t) && !knownNoun(o.Head) {
		return false // "le creux de 2020": a year, not a count to mistake for 154,000
	}
	if a, _ := duration(o); (a != nil) != isDuration(t) && !bareFor(o, t) {
		return false // three weeks are no count of tickets
	}
	return !o.personAge // "un homme de 45 ans" is no term of prison
}

// discriminate counts the words of the summary's en that translate a word
// of s and none of oAll, the whole clause of the other source figure
// (own), and the other way round (other): the words that tell the two
// source figures apart.
func discriminate(s, o, sAll, oAll, en []string) (own, other int) {
	for _, e := range en {
		switch {
		case translatedIn(s, e) && !translatedIn(oAll, e):
			own++
		case translatedIn(o, e) && !translatedIn(sAll, e):
			other++
		}
	}
	return own, other
}

func translatedIn(fr []string, e string) bool {
	for _, f := range fr {
		if f == e || headAgrees(f, e) || translates(f, e) || cognate(f, e) {
			return true
		}
	}
	// a noun used as an adjective is singular: "pupil numbers", "job cuts"
	return len(e) > 2 && !strings.HasSuffix(e, "s") && translatedIn(fr, e+"s")
}

// clauseSim counts the words of a French clause that the English clause
// translates.
func clauseSim(fr, en []string) int {
	n := 0
	for _, f := range fr {
		for _, e := range en {
			if f == e || headAgrees(f, e) || translates(f, e) || cognate(f, e) {
				n++
				break
			}
		}
	}
	return n
}

// letters is the alphabetic part of an identifier key: A-380 -> A.
func letters(key string) string {
	out := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		if c := key[i]; c >= 'A' && c <= 'Z' {
			out = append(out, c)
		}
	}
	return string(out)
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

// changeNouns open a clause that says how the clause before changed:
// ", en baisse de 14,2 %".
var changeNouns = map[string]bool{"baisse": true, "hausse": true, "recul": true, "progression": true,
	"repli": true, "augmentation": true, "diminution": true, "chute": true}

// clauseBefore takes the words of the clause before the comma at j when
// the figure's clause only restates or changes it: "trois campings, soit
// environ 3 500 personnes"; "les mises en chantier sont tombées à 259 400
// sur douze mois, en baisse de 14,2 %", whose subject may lie further
// back, past the figures of that clause.
func (p *parser) clauseBefore(j, lo int, take func(int)) {
	if p.sym(j) != "," || p.word(j+1) != "soit" && p.word(j+1) != "i" && (p.word(j+1) != "en" || !changeNouns[p.word(j+2)]) {
		return
	}
	back, from := clauseReach, lo
	if p.word(j+1) == "en" {
		back, from = 2*clauseReach, -1
	}
	for k := j - 1; k >= 0 && k >= j-back && p.toks[k].end > from && (!p.clauseBreak(k) || from < 0 && p.toks[k].kind == tNum); k-- {
		take(k)
	}
}
