package figures

import "strings"

// Scores said with the goals (N19): "2 buts à 1", "par trois buts à
// zéro", "by two goals to one", "3 goals to 1": the score 2-1, home
// side first.

// goalsAt reads "N buts à M" (French) or "N goals to M" (English).
func (p *parser) goalsAt(i int) (*Mention, int) {
	if p.lang == English && p.toks[i].kind == tWord {
		if m, ok := p.nilScore(i); ok {
			return ptr(m), 1
		}
	}
	if m, n := p.allScore(i); n > 0 {
		return m, n
	}
	if !p.goalsAhead(i) {
		return nil, 0 // spare the number parse
	}
	a, n1 := p.ratioTerm(i, true)
	most := int64(20)
	if g := p.word(i + n1); g == "buts" || g == "goals" {
		most = 99 // "un cumul de 55 buts à 54": handball counts its goals by the dozen
	}
	if n1 == 0 || a > most {
		return nil, 0
	}
	if p.lang == French && p.words(i+n1, "tirs", "au", "but") {
		n1 += 2 // "5 tirs au but à 4": a shoot-out's score, counted in shots
	}
	noun, link := p.word(i+n1), p.word(i+n1+1)
	ok := p.lang == French && scoreNoun(noun, French) && link == "à" ||
		p.lang == English && scoreNoun(noun, English) && link == "to"
	if !ok {
		return nil, 0
	}
	b, n2 := p.ratioTerm(i+n1+2, true)
	if n2 == 0 && (p.word(i+n1+2) == "zéro" || p.word(i+n1+2) == "nil" || p.word(i+n1+2) == "zero") {
		b, n2 = 0, 1
	}
	if n2 == 0 || b > most {
		return nil, 0
	}
	if after := p.word(i + n1 + 2 + n2); periodUnit[after] != "" || unitWords[after] != "" {
		return nil, 0 // "menés de quatre buts à dix minutes de la fin": a lead, then a time
	}
	return &Mention{Kind: Score, Value: itoa(int(a)) + "-" + itoa(int(b))}, n1 + 2 + n2
}

// scoreNouns are what a score counts: goals, and the sets, games or
// rounds of tennis, volleyball or e-sport ("3 manches à 1", "3 sets to
// 1"), the wins of a series ("une finale remportée trois victoires à une"),
// the penalties of a shoot-out; a best-of series in games ("quatre matchs à
// un", "four games to one").
var scoreNouns = map[string]Lang{"buts": French, "but": French, "manches": French, "manche": French, "victoires": French, "matchs": French, "match": French,
	"sets": English, "set": English, "goals": English, "goal": English, "games": English, "frames": English, "penalties": English}

// scoreNoun: w counts a score in lang; "3 sets à 1" is French too.
func scoreNoun(w string, lang Lang) bool {
	return scoreNouns[w] == lang || lang == French && (w == "sets" || w == "set")
}

// goalsAhead: a goal noun within the next three tokens.
func (p *parser) goalsAhead(i int) bool {
	for j := i + 1; j <= i+3; j++ {
		if _, ok := scoreNouns[p.word(j)]; ok {
			return true
		}
	}
	return false
}

// nilScore reads the English "three-nil" (3-0), "one-all" (1-1) and
// "two-one" (2-1): two small numbers that make no compound number.
func (p *parser) nilScore(i int) (Mention, bool) {
	w := p.word(i)
	head, tail, ok := strings.Cut(w, "-")
	if p.lang != English || !ok {
		return Mention{}, false
	}
	v, ok := enUnits[head]
	if !ok || v > 20 || v%10 == 0 && v >= 20 {
		return Mention{}, false // twenty-one is a number
	}
	b, ok := enUnits[tail]
	switch {
	case tail == "nil":
		b = 0
	case tail == "all":
		b = v
	case !ok || b > 20 || head == "one" && tail == "two":
		return Mention{}, false // "a one-two finish"
	}
	return Mention{Kind: Score, Value: itoa(int(v)) + "-" + itoa(int(b))}, true
}

// allScore reads a level score said with digits, "13-all" (13-13), as
// nilScore reads "one-all": the number, a hyphen and "all", all joined.
// It is a figure reader of its own ("drew 31-all with Nantes"), read
// before hyphenPairAt takes the number, and goalsAt's too.
func (p *parser) allScore(i int) (*Mention, int) {
	if p.lang != English || p.sym(i+1) != "-" || p.word(i+2) != "all" ||
		p.toks[i+1].start != p.toks[i].end || p.toks[i+2].start != p.toks[i+1].end {
		return nil, 0
	}
	v, n := p.ratioTerm(i, false)
	if n != 1 || p.num(i) == nil {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(int(v)) + "-" + itoa(int(v))}, 3
}

// levelScoreAt reads a level score: the French "un 0 à 0", "1 à 1",
// which no range says (its two ends are one number), and the English
// "scoreless", "goalless", a 0-0 said without its digits, which a
// source may leave unsaid ("un match nul et vierge").
func (p *parser) levelScoreAt(i int) (*Mention, int) {
	if w := p.word(i); p.lang == English && (w == "scoreless" || w == "goalless") {
		return &Mention{Kind: Score, Value: "0-0", style: "fixed"}, 1
	}
	if p.lang == French && (p.word(i+1) == "partout" || p.word(i+2) == "partout") && (p.num(i) != nil || numberWord(p.word(i))) {
		if v, n := p.ratioTerm(i, false); n > 0 && p.word(i+n) == "partout" && v >= 0 && v < 100 {
			return &Mention{Kind: Score, Value: itoa(int(v)) + "-" + itoa(int(v))}, n + 1 // "le score était de 12 partout": 12-12
		}
	}
	a, b := p.num(i), p.num(i+2)
	if p.lang != French || a == nil || b == nil || p.word(i+1) != "à" || a.decimal || a.grouped || a.intLen > 2 ||
		p.toks[i].text != p.toks[i+2].text || p.sym(i+3) == "%" || p.word(i+3) != "" && unitWords[p.word(i+3)] != "" {
		return nil, 0
	}
	v := atoiSafe(p.toks[i].text)
	if v > 20 {
		return nil, 0 // as the marked scores: "33 à 33" is no match score the English would write back as one
	}
	return &Mention{Kind: Score, Value: itoa(v) + "-" + itoa(v)}, 3
}

// nounScoreAt reads a French score told with its noun on the first side,
// "battant la Croatie 3 points à 1", "vainqueur 4 buts à 2": the score
// 3-1. A change ("passé de 3 points à 1") is no score.
func (p *parser) nounScoreAt(i int) (*Mention, int) {
	if p.lang == French && p.toks[i].kind == tWord && scoreNounsFr[p.word(i+1)] && p.word(i+2) == "à" {
		return p.spelledNounScore(i)
	}
	if p.lang != French || !scoreNounsFr[p.word(i+1)] || p.word(i+2) != "à" || p.toks[i].kind != tNum || p.num(i+3) == nil {
		return nil, 0
	}
	if w := p.word(i - 1); w == "de" || w == "d'" || w == "entre" {
		return nil, 0
	}
	m, ok := p.smallScore(i, i+3, 20)
	if !ok && p.word(i+1) == "points" && (p.resultBefore(i) || legNouns[p.word(i-1)] || p.word(i-1) == "partie") {
		m, ok = p.bigScore(i, i+3) // "se sont inclinés en finale 178 points à 164": a robot's or a team's points; "a conclu la finale 300 points à 187"
	}
	if !ok || p.word(i+4) != "" && (unitWords[p.word(i+4)] != "" || scoreNounsFr[p.word(i+4)]) || p.sym(i+4) == "%" {
		return nil, 0
	}
	if p.word(i+4) == "sur" && p.num(i+5) != nil {
		return nil, 0 // "16 points à 6 sur 8 aux tirs": the points, then a shooting ratio
	}
	return ptr(m), 4
}

// spelledNounScore reads "battant la Hongrie trois points à un": a score
// in words, after a verb of winning or losing a few words before, which
// a change ("passée de trois points à un") never has.
func (p *parser) spelledNounScore(i int) (*Mention, int) {
	a, n1 := p.ratioTerm(i, true)
	if n1 != 1 || a > 20 {
		return nil, 0
	}
	b, n2 := p.ratioTerm(i+3, false)
	if n2 == 0 && p.word(i+3) == "zéro" {
		b, n2 = 0, 1
	}
	if w := p.word(i + 3); n2 == 0 && (w == "un" || w == "une") {
		b, n2 = 1, 1
	}
	if n2 != 1 || b > 20 || p.word(i+4) != "" && (unitWords[p.word(i+4)] != "" || scoreNounsFr[p.word(i+4)]) {
		return nil, 0
	}
	if !p.resultVerbBefore(i, 4) {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(int(a)) + "-" + itoa(int(b))}, 4
}

// bigScore reads the tokens i and j as a score of up to three digits a
// side, plain whole numbers.
func (p *parser) bigScore(i, j int) (Mention, bool) {
	a, b := p.num(i), p.num(j)
	if a == nil || b == nil || a.decimal || a.grouped || b.decimal || b.grouped || len(p.toks[i].text) > 3 || len(p.toks[j].text) > 3 {
		return Mention{}, false
	}
	return Mention{Kind: Score, Value: itoa(atoiSafe(p.toks[i].text)) + "-" + itoa(atoiSafe(p.toks[j].text))}, true
}

// scoreNounsFr count a side of a French score.
var scoreNounsFr = map[string]bool{"points": true, "buts": true, "sets": true, "manches": true, "victoires": true, "jeux": true, "frames": true} // (snooker counts frames)

// shootoutScoreAt reads a French penalty shoot-out, "5 tab 4" (tirs au
// but): the score 5-4, which English writes "5-4 on penalties".
func (p *parser) shootoutScoreAt(i int) (*Mention, int) {
	if p.lang != French || p.word(i+1) != "tab" || p.num(i) == nil || p.num(i+2) == nil {
		return nil, 0
	}
	if m, ok := p.smallScore(i, i+2, 30); ok {
		return ptr(m), 3
	}
	return nil, 0
}

// smallScore reads the tokens i and j as the two sides of a score, each
// of one or two digits and at most most.
func (p *parser) smallScore(i, j, most int) (Mention, bool) {
	x, y := atoiSafe(p.toks[i].text), atoiSafe(p.toks[j].text)
	if len(p.toks[i].text) > 2 || len(p.toks[j].text) > 2 || x > most || y > most {
		return Mention{}, false
	}
	return Mention{Kind: Score, Value: itoa(x) + "-" + itoa(y)}, true
}

// markedScoreAt reads the scores a sign other than a glued hyphen
// joins: a match-play "2&1", "4&3"; a "2:2", "1 : 0"; and a headline's spaced "Livingston 1 - 0 Rangers",
// between two names.
func (p *parser) markedScoreAt(i int) (*Mention, int) {
	switch p.sym(i + 1) {
	case "&", ":", "-", "–":
	default:
		return nil, 0 // (first the cheap test: reading a number allocates)
	}
	a, b := p.num(i), p.num(i+2)
	if a == nil || b == nil || a.decimal || a.grouped || b.decimal || b.grouped || a.intLen > 2 || b.intLen > 2 {
		return nil, 0
	}
	glued := p.glued(i+1) && p.glued(i+2)
	ok := false
	switch p.sym(i + 1) {
	case "&":
		ok = glued && p.lang == English
	case ":":
		// "won 1:0", "6 : 2 (2 : 1)" with the French spaces: a minute
		// has two digits
		ok = (glued || p.lang == French && !p.glued(i+1)) && len(p.toks[i+2].text) == 1 // "3 :1" too
	case "-", "–":
		ok = !glued && (p.capital(i-1) && p.capital(i+3) && !p.isMonth(i+3) && !p.isMonth(i-1) || p.scoreCueBefore(i))
	}
	if !ok {
		return nil, 0
	}
	x, y := atoiSafe(p.toks[i].text), atoiSafe(p.toks[i+2].text)
	if x > 20 || y > 20 || p.sym(i+3) == "%" || unitWords[p.word(i+3)] != "" || periodUnit[p.word(i+3)] != "" {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(x) + "-" + itoa(y)}, 3
}

// scoreCues are the words of a match a score follows closely.
var scoreCues = map[string]bool{"match": true, "nul": true, "victoire": true, "défaite": true, "score": true, "battu": true,
	"battus": true, "bat": true, "gagné": true, "perdu": true, "perdue": true, "draw": true, "win": true, "victory": true, "defeat": true,
	"beat": true, "won": true, "lost": true, "drew": true}

// scoreCueBefore: a match word in the three words before i.
func (p *parser) scoreCueBefore(i int) bool {
	for j := i - 1; j >= i-3; j-- {
		if scoreCues[p.word(j)] {
			return true
		}
	}
	return false
}

// isMonth: the word at i names a month ("May 1 - 5 June" is no score).
func (p *parser) isMonth(i int) bool {
	_, ok := p.monthAt(i)
	return ok
}
