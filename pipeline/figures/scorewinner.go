package figures

import (
	"math/big"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who won a score (N19, M3): "Lyon s'est imposé 3-1 face à Nantes"
// written "Nantes beat Lyon 3-1" keeps the score and reverses the
// result. The sides are read from the verb before the score and the
// names around it; a score whose sentence says neither is left alone.

// winVerbs make their subject the winner; loseVerbs the loser. A
// passive ("a été battu", "was beaten") turns a win verb round.
var winVerbs = map[string]bool{
	"battu": true, "bat": true, "battent": true, "battue": true, "imposé": true, "imposée": true, "imposés": true,
	"imposées": true, "impose": true, "imposent": true, "emporté": true, "emporte": true, "dominé": true,
	"domine": true, "écrasé": true, "écrase": true, "vaincu": true, "surclassé": true, "étrillé": true, "gagné": true, "remporté": true,
	"beat": true, "beats": true, "defeated": true, "defeats": true, "edged": true, "thrashed": true,
	"crushed": true, "routed": true, "overcame": true, "downed": true, "outclassed": true, "hammered": true, "won": true, "wins": true,
	"beating": true, "defeating": true, "edging": true, "thrashing": true, "crushing": true, "routing": true, "downing": true, "overcoming": true,
	"dominant": true, "battant": true, "écrasant": true, "dominating": true,
	"imposant": true, "imposer": true, "battre": true, "remportant": true, "gagnant": true,
	"beaten": true, "vainqueur": true, "vainqueure": true, "vainqueurs": true, "victorieux": true, "victorieuse": true, // "Chambéry, vainqueur de Nantes (25-22)"
}

var loseVerbs = map[string]bool{
	"incliné": true, "inclinée": true, "inclinés": true, "inclinées": true, "incline": true, "inclinent": true,
	"incliner": true, "inclinant": true, "perdre": true,
	"perdu": true, "perd": true, "lost": true, "loses": true, "losing": true, "perdant": true, "lose": true, // "went on to lose 2-1"
}

// runNouns follow "losing", "winning" used as adjectives of a run.
var runNouns = map[string]bool{"streak": true, "streaks": true, "run": true, "runs": true, "sequence": true, "spell": true, "record": true, "margin": true, "bonus": true, "side": true, "team": true, "position": true}

// scoreSides fills m.sides for a score: the winner's and the loser's
// first names, lower-case and without accents.
func (p *parser) scoreSides(m *Mention) {
	if m.Kind != Score && !fallingPair(*m) {
		return
	}
	lo, hi := p.sentenceTokens(m.Start)
	i0 := p.tokenAfter(m.Start)
	v := -1
	for j := i0 - 1; j >= lo && j >= i0-10; j-- {
		if w := p.word(j); (winVerbs[w] || loseVerbs[w]) && !runNouns[p.word(j+1)] {
			v = j // ("ended a four-match losing streak with a 27-20 win": an adjective, no result)
			break
		}
	}
	if v < 0 {
		p.nounResult(m, lo, hi, i0)
		return
	}
	if home, away, ok := p.hostsOrVisitors(lo, i0, p.tokenAfter(m.End)); ok {
		m.result, m.sides = 1, [2]string{home, away} // "entre Saint-Nazaire et Cholet, remporté 25-22 par les visiteurs": Cholet won
		return
	}
	passive := p.word(v-1) == "été" || p.word(v-1) == "was" || p.word(v-1) == "were" || p.bareParticiple(v) && !p.lostAgainst(v, hi) ||
		p.lang == English && p.word(p.tokenAfter(m.End)) == "by" && p.agentName(p.tokenAfter(m.End), hi) != "" || // "the derby, won 2-1 by Metz"
		p.word(v) == "beaten" && !enPerfect[p.word(v-1)] // "Chambéry, beaten 25-22 by Nantes"; "have beaten Nantes" is active
	if passive && matchWon[p.word(v)] && p.agentName(v+1, hi) == "" {
		// a match "remporté 2-1" with no agent: won by the side the
		// sentence sets against the one "face à" names ("organisé par le
		// FC Lorient, remporté 2-1 face à Brest"; "Pour son match face au
		// Stade Brestois, remporté 2-1 samedi, le FC Lorient")
		if loser := p.rivalName(lo, hi); loser != "" {
			if winner := p.otherTeam(lo, hi, loser); winner != "" {
				m.result = 1
				setSides(m, winner, loser)
			}
			return
		}
	}
	m.result = 1
	if loseVerbs[p.word(v)] != passive {
		m.result = -1
	}
	// the subject stands after an opening phrase ("Sur fond de
	// contestation en Iran, les États-Unis se sont imposés"), unless an
	// apposition took the clause ("Lyon, leader, s'est imposé")
	from := lo
	for j := v - 1; j > lo; j-- {
		if p.sym(j) == "," {
			from = j + 1
			break
		}
	}
	subject, other := p.nameBefore(from, v), p.rivalName(v+1, hi)
	if subject == "" && p.gerund(v) {
		subject = p.subjectName(lo, v) // "Delapierre a remporté le match race de Marseille en battant Harding": the sentence's subject
	}
	if subject == "" {
		subject = p.teamName(from, v)
	}
	if other == "" {
		other = p.teamName(v+1, hi)
	}
	if subject == "" && lo >= 2 && (clubAnaphors[p.word(lo+1)] && (p.word(lo) == "le" || p.word(lo) == "la" || p.word(lo) == "l'" || p.word(lo) == "the") || resultPronoun(p.word(from))) {
		// "Le Chambéry Savoie Handball tient son projet. Le club, vainqueur
		// de Nantes (25-22), ...", "Nérée a décroché le titre. En finale,
		// il a battu 2-1 ...": the side the sentence before names
		prevLo, _ := p.sentenceTokens(p.toks[lo-2].start)
		subject = p.teamName(prevLo, lo-1)
		if subject != "" && resultPronoun(p.word(from)) {
			m.owner = subject // the verb's subject, which no name of the sentence gives: "Menées 2-0, elles se sont inclinées 3-2"
		}
	}
	if subject == "" {
		subject = p.teamName(p.afterColon(lo, v), v) // ("La finale ... a duré 49 minutes : la tête de série, Manon Etcheverry, a battu": the clause after the colon)
	}
	if passive {
		if winner := p.agentName(v+1, hi); winner != "" {
			// the agent won: "Battue 24-31 par le Stade toulousain, l'UBB
			// ...", "le derby remporté 31-17 par l'Aviron bayonnais face
			// au Biarritz olympique", where the subject is the match
			loser := p.rivalName(v+1, hi)
			if loser == "" && !matchWon[p.word(v)] {
				loser = p.openingSubject(v, m, lo, hi)
			}
			if loser != "" && !sameName(loser, winner) {
				m.result = 1
				if !matchWon[p.word(v)] {
					m.result = -1 // the subject lost
				}
				setSides(m, winner, loser)
				return
			}
		}
	}
	if subject == "" || other == "" || subject == other {
		return
	}
	if m.result < 0 {
		subject, other = other, subject
	}
	setSides(m, subject, other)
}

// lostAgainst: a bare "perdu" at v with its rival named after it and no
// agent, "le derby perdu 25-27 face à Dole": lost by the side the
// sentence names, an active result, not a win turned round.
func (p *parser) lostAgainst(v, hi int) bool {
	return loseVerbs[p.word(v)] && p.rivalName(v+1, hi) != "" && p.agentName(v+1, hi) == ""
}

// afterColon is the token after the last colon in [lo, v), else lo: a
// colon opens a clause with a subject of its own.
func (p *parser) afterColon(lo, v int) int {
	for j := v - 1; j > lo; j-- {
		if p.sym(j) == ":" {
			return j + 1
		}
	}
	return lo
}

// otherTeam is the first side named in [lo, hi) that is not loser.
func (p *parser) otherTeam(lo, hi int, loser string) string {
	for j := lo; j < hi; {
		name, next := p.teamNameAt(j, hi)
		if name == "" {
			return ""
		}
		if !sameName(name, loser) {
			return name
		}
		j = max(next, j+1)
	}
	return ""
}

// setSides gives the score m its winner and loser, and each end of a
// range the same: a range is compared end by end.
func setSides(m *Mention, winner, loser string) {
	m.sides = [2]string{winner, loser}
	for k := range m.Parts {
		m.Parts[k].sides = m.sides
	}
}

// bareParticiple: a French past participle at v with no auxiliary
// before it is passive, "Marseille, battu 1-0 à Brest": an active past
// needs one ("a battu", "s'est imposé", "après avoir dominé"). No English
// verb of winning ends so, and a French one left in an English line
// reads the same.
func (p *parser) bareParticiple(v int) bool {
	w := p.word(v)
	if !strings.HasSuffix(w, "u") && !strings.HasSuffix(w, "ue") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ues") &&
		!strings.HasSuffix(w, "é") && !strings.HasSuffix(w, "ée") && !strings.HasSuffix(w, "és") && !strings.HasSuffix(w, "ées") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-5; k-- { // (adverbs may part them: "a tout de même battu")
		if frAuxiliaries[p.word(k)] {
			return false
		}
		if p.sym(k) == "," && k < v-1 {
			break // ("Lyon a, sans forcer, battu Nantes" is rare; the comma ends the search)
		}
	}
	return true
}

// frAuxiliaries make a French past participle active.
var frAuxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "aura": true, "auront": true,
	"avoir": true, "ayant": true, "est": true, "sont": true, "était": true, "étaient": true, "s'": true, "se": true, "eu": true, "aurait": true}

// fallingPair: "27-20" read as a range that runs down, which ranges do
// not: after a verb of winning it is a score.
func fallingPair(m Mention) bool {
	if m.Kind != Range || len(m.Parts) != 2 {
		return false
	}
	a, b := m.Parts[0].Rat(), m.Parts[1].Rat()
	return a != nil && b != nil && a.IsInt() && b.IsInt() && a.Cmp(b) > 0 && a.Cmp(big.NewRat(300, 1)) < 0
}

// teamName is the first capitalised word in [from, to) that is no
// article or function word: "Le PSG", "Lyon", "the All Blacks".
func (p *parser) teamName(from, to int) string {
	name, _ := p.teamNameAt(from, to)
	return name
}

// teamNameAt is teamName and the token right after the name, where the
// words that may name the other side begin ("la victoire de l'OM à Nice").
func (p *parser) teamNameAt(from, to int) (string, int) {
	for j := from; j < to && j < len(p.toks); j++ {
		w := p.word(j)
		if nx := p.word(j + 1); clubPrefix[w] && p.capital(j) && j+1 < to && nx != "" && !teamSkip[nx] && !frFunction[nx] && !ctxStop[nx] && nx != "of" {
			w = nx // ("face au Sporting en Ligue des champions": the prefix is the name)
			return stripAccents(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")), p.nameEnd(j+2, to)
		}
		if w == "" || !p.capital(j) || ctxStop[w] || frFunction[w] || teamSkip[w] || frWeekdays[w] != 0 || enWeekdays[w] != 0 {
			continue
		}
		if p.venueBefore(j) {
			j = p.nameEnd(j+1, to) - 1
			continue // "disputé au stade Jean-Le Goff": a ground, no side
		}
		if (w == "xv" || w == "xiii" || w == "xi") && p.word(j+1) == "de" && p.capital(j+2) && j+2 < to {
			return stripAccents(p.word(j + 2)), p.nameEnd(j+3, to) // "le XV de France" is France's rugby side
		}
		if countryLead[w] && j+1 < to && p.capital(j+1) && p.lang == English {
			continue // "New Zealand", "South Africa": the second word names the side
		}
		if (p.word(j-1) == "le" || p.word(j-1) == "la") && j+1 < to && p.capital(j+1) && p.toks[j+1].kind == tWord && originWord(w) {
			continue // "la Niçoise Léa Roux", "le Néerlandais Bram de Vries": a description, then the name
		}
		return stripAccents(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")), p.nameEnd(j+1, to)
	}
	return "", to
}

// venueBefore: a common noun of a ground or hall stands right before
// the name starting at k, or before its "de la".
func (p *parser) venueBefore(k int) bool {
	b := k - 1
	for b >= 0 && k-b < 4 && (p.word(b) == "de" || p.word(b) == "du" || p.word(b) == "la" || p.word(b) == "l'" || p.word(b) == "des") {
		b--
	}
	return b >= 0 && !p.capital(b) && venueWords[p.word(b)]
}

// venueWords are the common nouns of grounds and halls.
var venueWords = map[string]bool{"stade": true, "salle": true, "gymnase": true, "palais": true, "complexe": true, "vélodrome": true,
	"hippodrome": true, "enceinte": true, "stadium": true, "arena": true, "ground": true, "hall": true, "velodrome": true, "racecourse": true}

// nameEnd is the token after the capitalised words that go on with a
// name from j: "l'Aviron Bayonnais face à Toulon" ends before "face",
// where the words that may name the other side begin.
func (p *parser) nameEnd(j, to int) int {
	for j < to && j < len(p.toks) && p.capital(j) && p.toks[j].kind == tWord && !teamSkip[p.word(j)] {
		j++
	}
	return j
}

// teamSkip are capitalised words that open a sentence or a clause
// without naming a side (weekdays too, from their own tables).
var teamSkip = map[string]bool{"le": true, "la": true, "l'": true, "the": true, "a": true, "an": true, "un": true,
	"une": true, "en": true, "in": true, "on": true, "au": true, "à": true, "lors": true, "during": true,
	"après": true, "after": true, "face": true, "at": true, "for": true, "with": true, "before": true, "avant": true}

// clubPrefix names a club by the word after it, capitalised or not: "le
// RC Strasbourg", "l'AS Monaco", "le Stade rennais".
var clubPrefix = map[string]bool{"rc": true, "fc": true, "as": true, "ogc": true, "sc": true, "aj": true, "stade": true,
	"olympique": true, "racing": true, "sporting": true, "afc": true, "cf": true, "ac": true, "sco": true, "estac": true,
	"aviron": true} // "l'Aviron bayonnais" is Bayonne

// winnerCheck reports paired scores whose sides traded places: the
// source's winner is the English loser and the other way round.
func (r *check) winnerCheck(ts []*atom) {
	for _, t := range ts {
		s := t.pair
		if s == nil || s.m.sides[0] == "" || t.m.rangeEnd%2 == 0 && t.m.rangeEnd != 0 {
			continue // a range's high end repeats what its low end said
		}
		a, b := s.m.sides, t.m.sides
		if a[0] == "" || b[0] == "" {
			continue
		}
		// both sides traded places, or one side plainly did while the
		// other goes by another name ("le LOSC", "Lille")
		both := sameName(a[0], b[1]) && sameName(a[1], b[0])
		one := sameTeam(a[0], b[1]) && !sameTeam(a[0], b[0]) && !sameTeam(a[1], b[1]) || sameTeam(a[1], b[0]) && !sameTeam(a[1], b[1]) && !sameTeam(a[0], b[0])
		if sameName(a[0], a[1]) {
			// "le derby entre Saint-Étienne et Lyon, remporté 2-1 par les
			// Verts": both sides read name the winner; only it is known
			both, one = false, sameTeam(a[0], b[1]) && !sameTeam(a[0], b[0])
		}
		if !both && !one {
			continue
		}
		r.add(s, t, verdict{true, "attribution", Error, "M3",
			"the source says " + upperFirst(a[0]) + " won, the English that " + upperFirst(b[0]) + " did"})
	}
}

// resultSwap reports two scores of one sentence whose results traded
// places: "s'est incliné 3-1 ..., après avoir dominé son premier
// adversaire 9-0" written "lost 9-0 ... after beating his first opponent
// 3-1". Both results reversed in one sentence with one subject tell a
// swap, where one reversed alone may be a change of subject ("Nantes
// beat Lyon 3-1" for "Lyon s'est incliné 3-1").
func (r *check) resultSwap(ts []*atom) {
	var scores []*atom // (few figures are scores with a verb of result: pair those only)
	for _, t := range ts {
		if t.m.Kind == Score && t.m.result != 0 && t.pair != nil {
			scores = append(scores, t)
		}
	}
	for i, t1 := range scores {
		for _, t2 := range scores[i+1:] {
			s1, s2 := t1.pair, t2.pair
			if !sameSentence(t1, t2) || !sameSentence(s1, s2) || t1.m.Value == t2.m.Value {
				continue
			}
			if s1.m.result == 0 || s1.m.result != -s2.m.result || t1.m.result != -s1.m.result || t2.m.result != -s2.m.result || t1.m.sides[0] != "" || s1.m.sides[0] != "" {
				continue // (sides read from names are winnerCheck's)
			}
			r.add(s1, t1, verdict{true, "attribution", Error, "M3",
				"swapped with " + t2.m.Raw + ": the source gives this score to the " + resultName(s1.m.result) + " and " + s2.m.Raw + " to the " + resultName(s2.m.result)})
		}
	}
}

// resultReversed reports a paired score whose side the source's verb
// says won (or lost) the English gives the other result: "Annecy s'est
// imposé 2-1" written "Annecy went on to lose 2-1", with one name in the
// sentence, the side the verb is said of; "Les Brestois se sont imposés
// 3-1" written "Nantes beat Brest 3-1", the English naming winner and
// loser. Sides the source reads from two names are winnerCheck's.
func (r *check) resultReversed(ts []*atom) {
	for _, t := range ts {
		s := t.pair
		if s == nil || t.m.Kind != Score || s.m.result == 0 || s.m.sides[0] != "" || s.m.owner == "" || r.hasError(t) {
			continue
		}
		if told := englishResultOf(s.m.owner, *t.m); told == -s.m.result {
			r.add(s, t, verdict{true, "attribution", Error, "M3",
				"the source gives " + upperFirst(s.m.owner) + " a " + resultName(s.m.result) + ", the English a " + resultName(told)})
		}
	}
}

// englishResultOf is the result the English score t gives the side
// owner: its verb's, when t names no sides and owner is its subject;
// won or lost, when t names winner and loser; else 0.
func englishResultOf(owner string, t Mention) int8 {
	switch {
	case t.sides[0] == "":
		if sameTeam(owner, t.owner) {
			return t.result
		}
	case t.sides[1] == "":
	case sameTeam(owner, t.sides[0]) && !sameTeam(owner, t.sides[1]):
		return 1
	case sameTeam(owner, t.sides[1]) && !sameTeam(owner, t.sides[0]):
		return -1
	}
	return 0
}

// loserNamedWinner reports a paired score the English gives, with one
// name and its verb of result, to the side the source has on the other
// end: "Le XV de France s'est imposé 32-19 face à l'Irlande" written "the
// match, which Ireland won 32-19".
func (r *check) loserNamedWinner(ts []*atom) {
	for _, t := range ts {
		s := t.pair
		if s == nil || t.m.Kind != Score || s.m.result == 0 || t.m.result != s.m.result || s.m.sides[0] == "" || s.m.sides[1] == "" || t.m.sides[0] != "" || r.hasError(t) {
			continue
		}
		names := slices.DeleteFunc(slices.Clone(t.m.names), func(n string) bool { return enWeekdays[n] != 0 || enMonths[n] != 0 }) // ("on Saturday" names no side)
		if len(names) == 0 && t.m.owner != "" {
			names = []string{t.m.owner} // "Montpellier won the opening match 27-20": the clause's subject, a few words off
		}
		if len(names) != 1 {
			continue
		}
		if n := names[0]; sameName(s.m.sides[1], n) && !sameTeam(s.m.sides[0], n) && r.subjectOfResult(n, t) {
			r.add(s, t, verdict{true, "attribution", Error, "M3",
				"the source gives the " + resultName(s.m.result) + " to " + upperFirst(s.m.sides[0]) + ", the English to " + upperFirst(n)})
		}
	}
}

// subjectOfResult: the name n, in the bullet before t, is followed by
// its verb of result, "Ireland won 32-19", not its object, "beat Nantes".
func (r *check) subjectOfResult(n string, t *atom) bool {
	if t.m.Start > len(r.text) {
		return false
	}
	before := strings.ToLower(r.text[:t.m.Start])
	k := strings.LastIndex(before, n)
	if k < 0 {
		return false
	}
	next := strings.Fields(before[k+len(n):])
	return len(next) > 0 && (winVerbs[next[0]] || loseVerbs[next[0]])
}

func resultName(r int8) string {
	if r > 0 {
		return "win"
	}
	return "defeat"
}

// sameTeam: two names of a side, or a town and its people ("rennais",
// "Rennes"; "lillois", "Lille"): four letters in common from the start.
func sameTeam(a, b string) bool {
	return sameName(a, b) || len(a) >= 5 && len(b) >= 5 && sharedStem(a, b) >= 4
}

// sameName: two names of a side, the same word or its cognate (Irlande,
// Ireland are not; Nantes, Nantes are).
func sameName(a, b string) bool {
	return a == b || cognate(a, b) || slices.Contains(sideNames[a], b) || slices.Contains(sideNames[b], a) || clubOf(a) == clubOf(b) ||
		slices.Contains(placeMetonyms[a], b) || slices.Contains(placeMetonyms[b], a) || // "les Bleus" are France
		townDemonym(a, b) || townDemonym(b, a) || demonymSide(a, b) || demonymSide(b, a)
}

// demonymSide: a side named by its nationality, "les Brésiliens", and
// by its English one, "the Brazilians", as teamName gives them unaccented.
func demonymSide(fr, en string) bool {
	base, ok := unaccentedDemonyms[fr]
	return ok && slices.Contains(demonymBases[base], en)
}

var unaccentedDemonyms = func() map[string]string {
	out := make(map[string]string, len(demonymForms))
	for form, base := range demonymForms {
		out[stripAccents(form)] = base
	}
	return out
}()

// sideNames are the country names of ctxLexicon under their unaccented
// keys, as teamName gives a side: "L'Écosse a battu l'Angleterre" is
// Scotland beating England.
var sideNames = unaccentedKeys(ctxLexicon)

func unaccentedKeys(lex map[string][]string) map[string][]string {
	out := make(map[string][]string, len(lex))
	for k, v := range lex {
		out[stripAccents(k)] = v
	}
	return out
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// enPerfect make an English past participle active: "have beaten".
var enPerfect = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true}

// clubAnaphors take up the team the sentence before named.
var clubAnaphors = map[string]bool{"club": true, "équipe": true, "formation": true, "team": true, "side": true}

// countryLead open English names of two words whose first names no side.
var countryLead = map[string]bool{"new": true, "south": true, "north": true, "saudi": true, "sri": true, "costa": true}

// hostsOrVisitors reads "un match entre A et B, remporté 25-22 par les
// visiteurs": the winner is B, the away side named second (A for "les
// locaux", "les hôtes"). It returns the winner, then the loser.
func (p *parser) hostsOrVisitors(lo, i0, after int) (string, string, bool) {
	if p.word(after) != "par" || p.word(after+1) != "les" {
		return "", "", false
	}
	away := false
	switch p.word(after + 2) {
	case "visiteurs", "visiteuses":
		away = true
	case "locaux", "hôtes", "locales":
	default:
		return "", "", false
	}
	for j := lo; j < i0; j++ {
		if p.word(j) != "entre" {
			continue
		}
		a, next := p.teamNameAt(j+1, i0)
		if a == "" || p.word(next) != "et" {
			return "", "", false
		}
		b := p.teamName(next+1, i0)
		if b == "" || b == a {
			return "", "", false
		}
		if away {
			return b, a, true
		}
		return a, b, true
	}
	return "", "", false
}

// matchWon are the participles whose passive subject is the match, not a
// side: "le derby remporté par Bayonne", "the game won by Lyon".
var matchWon = map[string]bool{"remporté": true, "remportée": true, "gagné": true, "gagnée": true, "emporté": true, "emportée": true, "won": true}

// resultPronoun: w takes up the side the sentence before named, one of
// clause.go's subject pronouns or a person's "he", "she".
func resultPronoun(w string) bool {
	return subjectPronouns[w] || w == "he" || w == "she"
}

// agentName is the side named after "par", "by" from j in the clause:
// the agent of a passive result, "battu 1-0 par Brest", "beaten by
// Nantes".
func (p *parser) agentName(j, hi int) string {
	for k := j; k < hi && k < j+6; k++ {
		if p.sym(k) != "" && p.sym(k) != "-" {
			return ""
		}
		if w := p.word(k); w == "par" || w == "by" {
			name, _ := p.teamNameAt(k+1, min(k+4, hi))
			return name
		}
	}
	return ""
}

// rivalName is the side named after "face à", "contre", "against" from
// j in the sentence: the other side of a result, whatever words stand
// between ("s'imposant 20-18 à Murrayfield, samedi, face à l'Écosse").
func (p *parser) rivalName(j, hi int) string {
	for k := j; k < hi; k++ {
		w, from := p.word(k), 0
		switch {
		case w == "face" && (p.word(k+1) == "à" || p.word(k+1) == "au" || p.word(k+1) == "aux"):
			from = k + 2
		case w == "contre" || w == "against":
			from = k + 1
		}
		if from > 0 {
			name, _ := p.teamNameAt(from, min(from+3, hi))
			return name
		}
	}
	return ""
}

// nameBefore is the name that ends right before the verb at v, in
// [from, v): "with Pau-Montardon beating Vic-en-Bigorre", where the
// first name of the sentence is somewhere else.
func (p *parser) nameBefore(from, v int) string {
	k := v - 1
	if k < from || !p.capital(k) {
		return ""
	}
	for k-1 >= from && (p.capital(k-1) || nameParticles[p.word(k-1)] && p.capital(k-2) && k-2 >= from) { // (summary_apposed.go's particles: "Bram de Vries")
		k--
	}
	return p.teamName(k, v)
}

// openingSubject: a result participle opening its sentence names the
// side after the first comma past the score: "Battue 24-31 par le Stade
// toulousain samedi, l'Union Bordeaux-Bègles a présenté ...".
func (p *parser) openingSubject(v int, m *Mention, lo, hi int) string {
	if v != lo {
		return ""
	}
	for k := p.tokenAfter(m.End); k < hi; k++ {
		if p.sym(k) == "," {
			name, _ := p.teamNameAt(k+1, min(k+4, hi))
			return name
		}
	}
	return ""
}

// originWord: a French word of nationality or of a town's people,
// "néerlandais", "niçoise", which describes a person named after it.
func originWord(w string) bool {
	if _, ok := demonymForms[w]; ok {
		return true
	}
	for _, suf := range townSuffixes {
		if strings.HasSuffix(w, suf) && len(w) >= 7 {
			return true
		}
	}
	return false
}

// gerund: the verb at v is a French gerund, "en battant", "en
// s'imposant", whose subject is its sentence's.
func (p *parser) gerund(v int) bool {
	return strings.HasSuffix(p.word(v), "ant") && (p.word(v-1) == "en" || p.word(v-1) == "s'" && p.word(v-2) == "en")
}

// subjectName is the first name in [lo, v) that no preposition puts in
// a complement: "Le skipper Quentin Delapierre a remporté le match race
// de Marseille" is Delapierre's.
func (p *parser) subjectName(lo, v int) string {
	for j := lo; j < v; j++ {
		if !p.capital(j) || teamSkip[p.word(j)] {
			continue
		}
		switch p.word(j - 1) {
		case "à", "de", "d'", "du", "au", "en", "dans", "sur":
			continue
		}
		return p.teamName(j, v)
	}
	return ""
}
