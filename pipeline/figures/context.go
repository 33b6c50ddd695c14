package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceStarts returns the byte offsets where sentences start: after
// . ! ? followed by a space and an upper-case letter or a quote.
func sentenceStarts(text string) []int {
	out := []int{0}
	for i := 0; i < len(text)-2; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != ';' {
			continue
		}
		if text[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i+2:])
		if unicode.IsUpper(r) || r == '"' || r == '«' || r == '“' {
			if c == '.' && i >= 1 && (text[i-1] == 'M' || text[i-1] == 'r') && (i < 2 || text[i-2] == ' ' || text[i-2] == 'M') {
				continue // M. Stoltenberg, Mr. Smith
			}
			out = append(out, i+2)
		}
	}
	return out
}

// partOfWhole opens the whole a part is counted from: "60 de ses 150".
var partOfWhole = map[string]bool{"de": true, "des": true, "of": true}

var skipHead = map[string]bool{
	"de": true, "d'": true, "des": true, "of": true, "the": true, "les": true, "du": true,
	"more": true, "plus": true, "other": true, "autres": true, "new": true, "nouveaux": true,
	"derniers": true, "dernières": true, "prochains": true, "prochaines": true, "premiers": true,
	"premières": true, "last": true, "next": true, "past": true, "first": true,
	"extra": true, "additional": true, "further": true, "young": true, "jeunes": true, // what is counted comes next
	"straight": true, "consecutive": true, "successive": true, "consécutives": true, "consécutifs": true, // "a third straight win"
	"ces": true, "ses": true, "leurs": true, "nos": true, "its": true, "their": true, "these": true, "those": true, // "un tiers de ses logements"
}

// ordinalEnds: articles that cannot follow a rank inside its own noun phrase.
var ordinalEnds = map[string]bool{"the": true, "a": true, "an": true, "le": true, "la": true, "les": true, "un": true, "une": true}

// periodOnPeriod: the word at j starts "year on year", "month-on-month":
// when a change is measured, not what the figure counts ("up 2,500
// year on year" counts visitors, not years).
func (p *parser) periodOnPeriod(j int) bool {
	w := p.word(j)
	if a, b, ok := strings.Cut(w, "-on-"); ok && a == b {
		w = a // one word: "year-on-year"
	}
	if p.lang != English || periodUnit[w] == "" {
		return false
	}
	if w != p.word(j) {
		return true
	}
	return p.word(j+1) == "on" && p.word(j+2) == w || p.sym(j+1) == "-" && p.word(j+2) == "on" && p.sym(j+3) == "-" && p.word(j+4) == w
}

// context fills the head noun, the attribution and the sign cue.
func (p *parser) context(m *Mention) {
	j := p.tokenAfter(m.End)
	p.joinedHead(m, j)
	if w := p.word(p.tokenAfter(m.Start) - 1); p.lang == English && m.Head == "" && class(m.Kind) == Cardinal && (w == "turned" || w == "turns" || w == "turning") && (articles[p.word(j)] || p.word(j) == "" || turnsFollowers[p.word(j)]) {
		m.Head = "years" // "who turned 17 the day before", "turns 50 and now cares for": an age, not a count of days
	}
	p.headAfter(m, j)
	if m.Head == "points" && p.salesPoints(j) {
		m.Head = "points-de-vente" // a shop, not a score's points
	}
	if u := unitWords[m.Head]; p.lang == English && m.Kind == Cardinal && m.Word && m.Unit == "" && u != "" && periodUnit[m.Head] == "" && strings.HasSuffix(strings.ToLower(m.Raw), "-"+m.Head) {
		m.Kind, m.Unit = Quantity, u // "the six-kilometre strip", as "a 6-kilometre strip" reads
	}
	if p.lang == English && m.Kind == Cardinal && m.Head == "fold" && m.Unit == "" {
		m.Kind, m.Head, m.style = Multiplier, "", "factor" // "increased eight fold": eightfold, "huit fois plus"
	}
	if m.Kind == Year || m.Kind == Date {
		m.born = p.bornBefore(p.tokenAfter(m.Start)) // "Né le 1er août 1982"
	}
	if p.lang == French && class(m.Kind) == Cardinal && m.Head == "" {
		m.enPronoun = p.enPronounBefore(p.tokenAfter(m.Start))
	}
	if p.lang == English && (m.Kind == Date || m.Kind == Range) {
		switch p.word(p.tokenAfter(m.Start) - 1) {
		case "this", "last", "next":
			m.yearTold = true
		}
		if p.relYearAt(p.tokenAfter(m.End)) {
			m.yearTold = true // "In January of this year": janvier 1999
		}
	}
	if p.lang == French && class(m.Kind) == Cardinal && !m.partOf {
		m.partOf = p.outOfNext(m.End) // "Quelque 65 000 foyers, sur 210 000": a part of the whole after it
	}
	if p.lang == French && m.Head == "" && class(m.Kind) == Cardinal && m.Unit == "" {
		m.Head = p.frSubjectHead(*m)
	}
	if p.lang == English && (m.Head == "" || notNoun[m.Head]) {
		// "killing 12 and injuring 85": the verb before says what is counted
		if w := p.word(p.tokenAfter(m.Start) - 1); enHeads[w] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			m.Head = w // a verb, not a noun before the figure ("children between 9 and 13")
		}
	}
	i := p.tokenAfter(m.Start)
	p.determined(m, i)
	if p.lang == French && m.Kind == Cardinal && !m.Word && m.Alt == "" && m.Unit == "" && p.word(i-1) == "le" && p.bareDay(*m) {
		m.Alt = "day" // "a augmenté ses taux le 10": a day of the month the article's context names
	}
	switch p.word(p.tokenAfter(m.End)) {
	case "of", "des", "du", "de", "d'":
		m.ofWhat = true
		switch p.word(p.tokenAfter(m.End) + 1) {
		case "ce", "cet", "cette", "ces", "this", "these", "that", "those":
			m.ofThis = true // "un quart de ce flux": of the figure told before
		}
	}
	if m.Alt == "" {
		m.Alt = p.matchClockMark(*m) // "ten minutes after the break": the 55th minute
	}
	if p.lang == French && m.Kind == Cardinal && m.Alt == "" && (m.Head == "jours" || m.Head == "jour") {
		switch m.Value {
		case "15":
			m.Alt = "fortnight" // quinze jours: two weeks
		case "8":
			m.Alt = "week" // huit jours: a week
		}
	}
	if m.Kind == Time {
		prep := p.word(p.tokenAfter(m.Start) - 1)
		// ("jusqu'à trois heures" may be "up to three hours"; so may
		// "depuis 13 heures" be "for the last 13 hours", whole hours
		// spelled out, where "depuis 13 h" is a time of day)
		m.clockSaid = clockPreps[prep] && !(prep == "depuis" && strings.HasSuffix(m.Raw, " heures"))
	}
	m.Attr = p.attribution(m)
	if p.lang == English {
		m.negCue = p.negCue(m)
	}
	m.dir = p.direction(*m)
	for k := range m.Parts {
		m.Parts[k].dir = m.dir // the ends of "de 30 à 37 % de moins" are paired one by one
	}
	if e := p.tokenAfter(m.End); p.lang == English && m.Kind == Percent && (upAfter[p.word(e)] || downAfter[p.word(e)]) && p.word(e+1) != "of" {
		m.comparedAfter = true // "about 32% more": one figure against another, not a change in time
	}
	m.levelDir = p.levelDirection(*m)
}

// joinedHead: the noun glued to the figure by a hyphen or a slash, or
// inside its word; j is the token after the figure.
func (p *parser) joinedHead(m *Mention, j int) {
	if p.sym(j) == "-" && p.glued(j) && p.glued(j+1) && p.word(j+1) != "" && m.Head == "" {
		m.Head = p.word(j + 1) // a 30-year term: the noun joined by a hyphen
	}
	if w := p.word(j + 1); p.lang == English && p.sym(j) == "/" && p.glued(j) && p.glued(j+1) && w != "" && periodUnit[w] == "" && unitWords[w] == "" && m.Head == "" {
		m.Head = "per" // "~700/call", "118 km/stage": counted per the noun after the slash
	}
	if k := strings.LastIndexByte(m.Raw, '-'); m.Word && m.Head == "" && k > 0 && m.Kind == Cardinal {
		if last := strings.ToLower(m.Raw[k+1:]); !numberWord(last) && !(partWords[last] && strings.Contains(m.Raw, " ")) {
			m.Head = last // deux-pièces, five-year: the noun inside the word
			before := strings.ToLower(m.Raw[:k])
			if unit := before[strings.LastIndexByte(before, '-')+1:]; last == "old" && periodUnit[unit] != "" {
				m.Head = unit // "a three-year-old", "a six-month-old": the age's unit
			}
		}
	}
}

// partWords end a mixed number as its fraction, "four and three-quarter
// hours": no noun inside the word ("three-thirds" stays a count of
// thirds).
var partWords = map[string]bool{"quarter": true, "quarters": true, "half": true, "third": true, "thirds": true}

// determiners before a small number word make it "both" or "the two":
// a way of speaking more than a count.
var determiners = map[string]bool{"les": true, "ces": true, "ses": true, "leurs": true, "nos": true, "vos": true,
	"mes": true, "tes": true, "the": true, "these": true, "those": true, "their": true, "its": true, "his": true,
	"her": true, "our": true, "your": true, "my": true, "both": true, "aux": true, "des": true}

// tokenAfter is the index of the first token starting at or after off.
func (p *parser) tokenAfter(off int) int {
	if off == p.lastOff && p.lastIdx >= 0 {
		return p.lastIdx // the same figure's edges are asked for again and again
	}
	i := p.searchToken(off)
	p.lastOff, p.lastIdx = off, i
	return i
}

// searchToken finds the first token at or after off, walking a few steps
// from the last answer first: figures are annotated in text order, so
// the next question is nearly always close to the last one.
func (p *parser) searchToken(off int) int {
	lo, hi := 0, len(p.toks)
	if k := p.lastIdx; k >= 0 && k <= len(p.toks) {
		switch {
		case k < len(p.toks) && p.toks[k].start < off:
			for s := 0; s < 8 && k < len(p.toks) && p.toks[k].start < off; s++ {
				k++
			}
			if k == len(p.toks) || p.toks[k].start >= off {
				return k
			}
			lo = k
		default:
			for s := 0; s < 8 && k > 0 && p.toks[k-1].start >= off; s++ {
				k--
			}
			if k == 0 || p.toks[k-1].start < off {
				return k
			}
			hi = k
		}
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if p.toks[mid].start < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// organiserWords make the body before them the organisers.
var organiserWords = map[string]bool{"organisatrice": true, "organisatrices": true, "organisateur": true, "organisateurs": true}

// attributionNouns name who gave a figure (figures.md, Matching 3-4).
var attributionNouns = map[string]string{
	"préfecture": "officials", "police": "officials", "policiers": "officials", "autorités": "officials",
	"syndicats": "unions", "syndicat": "unions", "cgt": "unions", "unions": "unions", "union": "unions",
	"snes-fsu": "unions", "snuipp-fsu": "unions", "snes": "unions", "snuipp": "unions", "fo": "unions", // teachers' unions by name
	"organisateurs": "organisers", "organisers": "organisers", "organizers": "organisers", "collectif": "organisers",
	"gouvernement": "officials", "government": "officials", "ministère": "officials", "ministry": "officials",
	"authorities": "officials", "officials": "officials", "prefecture": "officials", "préfet": "officials",
	"prefect": "officials", "mairie": "officials", "council": "officials", "gendarmerie": "officials",
	"direction": "management", "management": "management", "régie": "management", "patronat": "employers", "employeurs": "employers",
	"employers": "employers", "opposition": "opposition", "commission": "commission", // "selon la commission électorale", "the electoral commission"; the European Commission is no government
	"associations": "associations", "association": "associations", "campaigners": "associations", // victims' or residents' groups
	// French unions and employers' groups are named by their acronyms in
	// both languages: "selon la FNSEA", "according to the CFDT union"
	"cfdt": "unions", "fnsea": "unions", "unsa": "unions", "fsu": "unions", "cfe-cgc": "unions",
	"intersyndicale": "unions", "solidaires": "unions", "medef": "employers", "cpme": "employers",
}

// attribution finds "selon X" after a French figure, or an attribution
// noun anywhere in the English sentence of the figure.
func (p *parser) attribution(m *Mention) string {
	if p.lang == French {
		j := p.tokenAfter(m.End)
		for k := 0; k < 5 && j+k < len(p.toks); k++ {
			t := p.toks[j+k]
			if t.kind == tNum || t.low == "," || t.low == "." || t.low == ";" {
				break
			}
			if p.recipientAt(j + k) {
				break // "une subvention de 185 000 euros à l'association": whom it goes to, not who says it
			}
			if a := p.attrAt(j + k); a != "" && k > 0 {
				return a
			}
			if a := p.sourceNamed(j + k); a != "" {
				return a // "1 450 retraités ont manifesté selon la police": the source its verb's clause names
			}
		}
		if p.sourceMarker(j) > 0 {
			return "" // "25 000 selon l'Unef": its own source, one the lexicon does not know, not the sentence's préfecture
		}
		if a := p.clauseSubject(m); a != "" {
			return a
		}
		if a := p.sentenceSource(m); a != "" && !p.contrastBefore(m) {
			return a
		}
		return p.trailingSource(m)
	}
	lo, hi := p.sentenceTokens(m.Start)
	for j := lo; j < hi; j++ {
		if a := p.attrAt(j); a != "" {
			if c := p.clauseAttribution(m); c != "" {
				m.attrNear = true
				return c // the clause's own source first
			}
			return a
		}
	}
	return ""
}

// recipientAt: a French "à", "au" or "aux" at i, the dative of whom a
// figure goes to; "à l'appel des syndicats" names who called, so it is no
// recipient.
func (p *parser) recipientAt(i int) bool {
	switch p.word(i) {
	case "au", "aux":
		return p.word(i+1) != "appel"
	case "à":
		return p.word(i+1) != "appel" && p.word(i+2) != "appel"
	}
	return false
}

// sourceNamed reads "selon la police", "d'après les syndicats" from i:
// who the words after the marker name, or "".
func (p *parser) sourceNamed(i int) string {
	n := p.sourceMarker(i)
	if n == 0 {
		return ""
	}
	i += n
	for k := i; k < i+3 && k < len(p.toks) && p.toks[k].kind == tWord; k++ {
		if a := p.attrAt(k); a != "" {
			return a
		}
	}
	return ""
}

// sourceMarker is the length of "selon" or "d'après" at i, or 0.
func (p *parser) sourceMarker(i int) int {
	switch {
	case p.word(i) == "selon":
		return 1
	case p.words(i, "d'", "après"):
		return 2
	}
	return 0
}

// sentenceSource reads "Selon la préfecture, ..." or "D'après les
// syndicats, ..." opening the French sentence of the figure.
func (p *parser) sentenceSource(m *Mention) string {
	lo, _ := p.sentenceTokens(m.Start)
	n := p.sourceMarker(lo)
	if n == 0 {
		return ""
	}
	j := lo + n
	for k := j; k < j+3 && k < len(p.toks); k++ {
		if a := p.attrAt(k); a != "" && p.commaAfterWords(k+1, 2) {
			return a // "Selon la préfecture,", "Selon le gouvernement libanais,"
		}
	}
	return ""
}

// commaAfterWords: a comma at i, or after at most n words from i.
func (p *parser) commaAfterWords(i, n int) bool {
	for k := i; k <= i+n && k < len(p.toks); k++ {
		if p.sym(k) == "," {
			return true
		}
		if p.word(k) == "" {
			return false
		}
	}
	return false
}

// clauseAttribution finds who gives an English figure in its own clause:
// "the prefecture counted 4,000, the unions 1,200", "15,000 according to
// organisers and 6,000 according to police".
func (p *parser) clauseAttribution(m *Mention) string {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	stop := func(j int) bool {
		t := p.toks[j]
		return t.kind == tSym && t.low != "'" && t.low != "-" || ctxBreak[t.low] || t.kind == tNum || t.low == "vs" || t.low == "versus"
	}
	if a := p.accordingAfter(i1); a != "" {
		return a // "by the unions drew 12,000 people according to the prefecture": the figure's own source
	}
	for j := i0 - 1; j >= 0 && j >= i0-8 && !stop(j); j-- {
		if a := p.attrAt(j); a != "" {
			return a
		}
	}
	for j := i1; j < len(p.toks) && j < i1+8 && !stop(j); j++ {
		if a := p.attrAt(j); a != "" {
			return a
		}
	}
	return p.apposedSource(i1)
}

// accordingAfter reads "according to X" right after a figure or its
// noun, with no comma: "12,000 people according to the prefecture".
func (p *parser) accordingAfter(i1 int) string {
	j := i1
	if p.word(j) != "" && p.words(j+1, "according", "to") {
		j++ // the figure's noun
	}
	if !p.words(j, "according", "to") {
		return ""
	}
	return p.attrWithin(j + 2)
}

// apposedSource reads "according to X" set off by a comma right after a
// figure or its noun: "3,500 people, according to the unions, and 9,000,
// according to the prefecture".
func (p *parser) apposedSource(i1 int) string {
	j := i1
	if p.word(j) != "" && p.sym(j+1) == "," {
		j++ // the figure's noun: "3,500 people,"
	}
	if p.sym(j) != "," || !p.words(j+1, "according", "to") {
		return ""
	}
	return p.attrWithin(j + 3)
}

// attrWithin is who the four words from k say gave a figure, as "according
// to" names them ("the unions", "the prefecture"), or "".
func (p *parser) attrWithin(k int) string {
	for e := k + 4; k < len(p.toks) && k < e && p.toks[k].kind == tWord; k++ {
		if a := p.attrAt(k); a != "" {
			return a
		}
	}
	return ""
}

// clauseSubject finds an attribution noun earlier in the figure's clause:
// "les syndicats réclament 8 %, la direction propose 3,5 %".
func (p *parser) clauseSubject(m *Mention) string {
	for j := p.tokenAfter(m.Start) - 1; j >= 0; j-- {
		t := p.toks[j]
		if t.low == "," && stressedPronouns[p.word(j-1)] && p.sym(j-2) == "," {
			j -= 2 // "Les syndicats, eux, redoutent jusqu'à 900": the subject before its stress
			continue
		}
		if t.low == "," {
			return p.subjectBeforeApposition(j)
		}
		if t.kind == tNum || endMark(t.low) {
			return ""
		}
		if a := p.attrAt(j); a != "" {
			return a
		}
	}
	return ""
}

// subjectBeforeApposition: the comma at j closes an apposition set after
// the sentence's opening subject, "Le Snes-FSU, principal syndicat des
// collèges, revendique 65 %": that subject's attribution, or "".
func (p *parser) subjectBeforeApposition(j int) string {
	lo, _ := p.sentenceTokens(p.toks[j].start)
	c := -1
	for k := j - 1; k > lo; k-- {
		if p.sym(k) == "," {
			c = k
			break
		}
		if p.toks[k].kind == tNum || p.sym(k) != "" {
			return ""
		}
	}
	if c < 0 || c-lo > 3 {
		return ""
	}
	for k := lo; k < c; k++ {
		if a := p.attrAt(k); a != "" {
			return a
		}
	}
	return ""
}

// stressedPronouns set a subject apart to contrast it with another:
// "Le ministère, lui, avance 38 jours".
var stressedPronouns = map[string]bool{"lui": true, "eux": true, "elle": true, "elles": true}

// sentenceTokens bounds the tokens of the sentence around off.
func (p *parser) sentenceTokens(off int) (int, int) {
	i := p.tokenAfter(off)
	lo, hi := i, i
	for lo > 0 && !endMark(p.sym(lo-1)) {
		lo--
	}
	for hi < len(p.toks) && !endMark(p.sym(hi)) {
		hi++
	}
	return lo, hi
}

func endMark(s string) bool { return s == "." || s == "!" || s == "?" || s == ";" }

var negWords = map[string]bool{
	"fall": true, "fell": true, "falls": true, "drop": true, "dropped": true, "drops": true,
	"decline": true, "declined": true, "decrease": true, "decreased": true, "down": true,
	"lower": true, "cut": true, "loss": true, "slump": true, "plunge": true, "plunged": true,
	"minus": true, "contraction": true, "shrank": true, "reduction": true, "lost": true, "slid": true,
	"declines": true, "slumped": true, "shed": true, "contracted": true, "negative": true, "decreases": true,
	"falling": true, "dropping": true, "declining": true, "shrinking": true, "sliding": true, "slipping": true,
	"slipped": true, "decreasing": true, "retreated": true, "eased": true, "easing": true,
	"dip": true, "dipped": true, "dips": true, "dipping": true,
	"slip": true, "slips": true, "eases": true, "ease": true, "sheds": true, "retreats": true, "retreat": true, "loses": true, "slides": true, "slide": true, "shrinks": true,
}

// parUnderEnds may follow a golf score told "16 under".
var parUnderEnds = map[string]bool{"for": true, "after": true, "with": true, "and": true, "overall": true, "total": true}

// negCue: a word of decrease near an English figure, so that a French
// "−3 %" may read "a 3% fall" (N18).
func (p *parser) negCue(m *Mention) bool {
	i := p.tokenAfter(m.Start)
	if j := p.tokenAfter(m.End); p.word(j) == "under" && (p.word(j+1) == "par" || p.word(j+1) == "" || parUnderEnds[p.word(j+1)]) {
		return true // a golf score, "finished at 16 under", "a 67 to end 13 under par": "à -16"
	}
	if p.word(i-1) == "at" && p.fallNounBefore(i-1) && m.Kind != Quantity {
		return true
	}
	if p.word(i-1) == "to" || p.word(i-1) == "at" || m.Kind == Quantity && p.word(i-1) != "by" {
		return false // "fell to 8C" gives a level, which keeps its sign
	}
	for k := max(0, i-4); k < min(len(p.toks), i+6); k++ {
		if negWords[strings.ToLower(p.word(k))] && !(p.word(k) == "down" && downVerbs[p.word(k-1)]) {
			return true
		}
	}
	return false
}

// fallNounBefore: a noun of fall stands a few words before the "at" at
// j, in its clause: "the steepest drop among big cities at 9%" gives
// the fall's size, not a level.
func (p *parser) fallNounBefore(j int) bool {
	if p.sym(j-1) == "," {
		j-- // "the sharpest fall among the big cities, at 9%"
	}
	for k := j - 1; k >= 0 && k >= j-8 && p.toks[k].kind == tWord; k-- { // ("The drop was twice as steep in the Tarn, at 15.6%")
		switch p.word(k) {
		case "drop", "fall", "decline", "decrease", "slump", "dip":
			return true
		}
	}
	return false
}

// downVerbs make "down" a phrasal verb that tells no fall: "turned down
// by seven publishers", "handing down sentences", "stepped down".
var downVerbs = map[string]bool{"turn": true, "turns": true, "turned": true, "turning": true, "hand": true, "hands": true,
	"handed": true, "handing": true, "step": true, "steps": true, "stepped": true, "stepping": true}

// determined reads the words right around m (at token i): a determiner
// before it, or an idiom it is part of.
func (p *parser) determined(m *Mention, i int) {
	m.det = determiners[p.word(i-1)] || p.words(i-3, "il", "y", "a") // il y a deux ans: a relative date
	if p.lang == French && m.Value == "2" && m.Word && p.sym(i-1) == "," && p.capital(i-2) {
		m.det = true // "le Pérou et le Mexique, deux pays qui": the two of them, "both of which"
	}
	if p.lang == French && m.Word && class(m.Kind) == Cardinal && p.word(i-2) == "à" && groupPronouns[p.word(i-1)] {
		m.style = "idiom" // "le PSG, l'OM et Lyon représentent à eux trois": together, the entries just listed
	}
	if p.lang == English && m.Kind == Percent && m.Value == "100" && p.words(p.tokenAfter(m.End), "of", "the", "time") {
		m.style = "idiom" // "here 100% of the time" for "à plein temps": always
	}
}

// groupPronouns count the entries just listed, "à eux trois", "à elles
// deux": "together", "between them".
var groupPronouns = map[string]bool{"eux": true, "elles": true, "nous": true, "vous": true}

// notNoun are words after a figure that say it has no noun of its own.
var notNoun = map[string]bool{"and": true, "or": true, "in": true, "on": true, "at": true, "to": true,
	"by": true, "from": true, "for": true, "with": true, "as": true, "after": true, "before": true,
	"while": true, "when": true, "but": true, "since": true, "than": true, "were": true, "was": true,
	"are": true, "is": true, "have": true, "had": true, "has": true,
	// French adverbs of time after a bare compared figure: "contre 28 aujourd'hui" counts what the 45 tonnes did
	"aujourd'hui": true, "hier": true, "demain": true, "actuellement": true, "désormais": true, "auparavant": true}

// numberWord: a word of a spelled number in either language.
func numberWord(w string) bool {
	_, fr := frUnits[w]
	_, en := enUnits[w]
	_, fs := frScale[w]
	_, es := enScale[w]
	return fr || en || fs || es
}

// beingVerbs say what a subject numbers: "les phoques gris sont 1 060",
// "les manifestants étaient 2 000".
var beingVerbs = map[string]bool{"sont": true, "étaient": true, "seront": true, "restent": true, "demeurent": true, "furent": true}

// subjectOfBeing: the figure at i follows a verb of being (with at most
// one adverb between, "sont désormais"), and its sentence opens on its
// subject, "Les phoques gris": the subject's noun is what it counts.
func (p *parser) subjectOfBeing(i int) string {
	j := i - 1
	if !beingVerbs[p.word(j)] {
		j--
	}
	if !beingVerbs[p.word(j)] {
		return ""
	}
	for k := j - 1; k >= max(0, j-10); k-- {
		if p.sym(k) == "." || p.sym(k) == ";" || p.sym(k) == ":" {
			return ""
		}
		if determiners[p.word(k)] && (k == 0 || p.sym(k-1) == ".") {
			if w := p.word(k + 1); w != "" && !skipHead[w] {
				return w
			}
		}
	}
	return ""
}

// frSubjectHead is the noun a bare French count counts when its sentence
// names it before the figure: "Les phoques gris ... sont désormais 1 060",
// "Les pisteurs-secouristes, au nombre de 70", "le nombre de comptes
// actifs s'élève à 5,2 millions" (not "sur 230"); "" when none.
func (p *parser) frSubjectHead(m Mention) string {
	i := p.tokenAfter(m.Start)
	if h := p.subjectOfBeing(i); h != "" {
		return h
	}
	if p.words(i-3, "au", "nombre", "de") {
		k := i - 4
		if p.sym(k) == "," {
			k--
		}
		for d := k; d >= k-3 && p.word(d) != ""; d-- {
			if determiners[p.word(d)] {
				k = d + 1 // "Les entreprises françaises, au nombre de 11": the noun after the article
				break
			}
		}
		if w := p.word(k); w != "" && !skipHead[w] {
			return w
		}
	}
	if w := p.word(i - 1); w == "à" || w == "atteint" || beingVerbs[w] {
		return p.numberOfWhat(m)
	}
	return ""
}

// bareDay: m, a number from 1 to 31 that counts nothing after it: a day
// of the month whose month the context gives (dayNumber, a list item).
func (p *parser) bareDay(m Mention) bool {
	v := atoiSafe(m.Value)
	if v < 1 || v > 31 || m.Value != itoa(v) {
		return false
	}
	next := p.tokenAfter(m.End)
	w := p.word(next)
	return next >= len(p.toks) || p.toks[next].kind == tSym && p.sym(next) != "%" || w == "et" || w == "ou" || ctxStop[w] || frFunction[w]
}

// outOfNext: "sur" and a number follow the figure ending at end, past its
// noun and a comma: "65 000 foyers, sur 210 000".
func (p *parser) outOfNext(end int) bool {
	after := p.tokenAfter(end)
	j := after
	if w := p.word(j); w != "" && w != "sur" {
		j++
	}
	if p.sym(j) == "," {
		j++
	}
	if p.word(j) == "sur" && (p.num(j+1) != nil || wholeDeterminers[p.word(j+1)] && p.num(j+2) != nil) {
		return true // "65 000 foyers, sur 210 000", "24 postes sur ses 480 agents"
	}
	return p.outOfAfterClause(after)
}

// wholeDeterminers stand between "sur" and the whole a part is told out
// of: "sur les 188", "sur ses 480 agents".
var wholeDeterminers = map[string]bool{"les": true, "ses": true, "leurs": true}

// outOfAfterClause: the whole comes after the part's clause and a comma,
// "32 écoles ont été livrées ou sont en chantier, sur les 188 que compte
// le programme": words only up to the comma, then "sur les" and a number.
func (p *parser) outOfAfterClause(j int) bool {
	for k := j; k < j+10 && k < len(p.toks); k++ {
		if p.sym(k) == "," {
			return p.word(k+1) == "sur" && wholeDeterminers[p.word(k+2)] && p.num(k+3) != nil
		}
		if p.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// bornBefore: a word of birth stands within three words before token i.
func (p *parser) bornBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if bornWord(p.word(j)) {
			return true
		}
	}
	return false
}

// headAfter reads the noun a figure counts from token j: the first word
// past articles and "of", within three; a part of a whole ("60 de ses
// 150 ruches") counts the whole's noun.
func (p *parser) headAfter(m *Mention, j int) {
	if p.lang == French && m.Head == "" && p.word(j) == "autres" && (p.word(j+1) == "" || frFunction[p.word(j+1)] || afterOthers[p.word(j+1)]) {
		m.Head = "autres" // "14 maîtres-nageurs ..., et 9 autres pour les piscines": more of the noun before, as "supplémentaires" says
		return
	}
	if p.lang == French && m.Head == "" && p.word(j) == "le" && p.word(j+1) == "nombre" && (p.word(j+2) == "de" || p.word(j+2) == "d'") && p.word(j+3) != "" {
		m.Head = p.word(j + 3) // "limiter à trois le nombre de paquebots": the noun the number is set for
		return
	}
	for k := 0; k < 3 && j < len(p.toks) && m.Head == ""; k++ {
		if k == 0 && m.Kind == Ordinal && ordinalEnds[p.word(j)] {
			break // "in the 3rd the plot was tighter": an article opens another noun's phrase
		}
		if w := p.word(j); k == 0 && p.lang == English && (w == "next" || w == "last") && periodUnit[p.word(j+1)] != "" {
			break // "turns 40 next month": when, not what the figure counts
		}
		if k == 0 && p.lang == English && p.word(j) == "the" {
			break // "down from 4,100 the year before": an article right after a count opens another phrase
		}
		if w := p.word(j); w != "" && !skipHead[w] {
			if w == "s" && p.lang == French && !p.glued(j) {
				w = "secondes" // "à 0,87 s": a skier's gap, as "secondes"
			}
			if pre, _, ok := strings.Cut(w, "-"); ok && p.lang == English && enOrdinals[pre] > 0 && k < 2 {
				j++
				continue // "four second-half tries": the compound says when, the noun after it what
			}
			if !p.periodOnPeriod(j) {
				m.Head = w
			}
			if n := p.word(j + 1); p.lang == English && !strings.HasSuffix(w, "s") && unitWords[w] == "" && !numberWord(w) && strings.HasSuffix(n, "s") && periodUnit[n] != "" {
				m.Head = n // "32,000 service hours", "five school days": a length of time, the noun before says of what
			} else if p.lang == English && k == 0 && m.Kind != Ordinal && enHeads[n] && (!enHeads[w] || periodUnit[w] != "" && !strings.HasSuffix(w, "s") && strings.HasSuffix(n, "s")) && nounHead(w) != "" && unitWords[w] == "" && !numberWord(w) && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") {
				m.Head = n // "40 measles cases", "300 steel jobs": the last noun of a compound is what is counted
			} else if p.lang == English && k == 0 && unmarkedPlurals[w] && compoundTail(n) {
				m.Head = n // "six people smugglers", "five police officers": a plural without -s opens a compound
			}
			break
		}
		if p.toks[j].kind != tWord {
			if k > 0 && p.toks[j].kind == tNum && partOfWhole[p.word(p.tokenAfter(m.End))] && class(m.Kind) == Cardinal {
				// "60 de ses 150 ruches", "12 of the 40 boats": the part counts the whole's noun
				if w := p.word(p.tokenAfter(p.toks[j].end)); w != "" && !skipHead[w] {
					m.Head, m.partOf = w, true
				}
			}
			break
		}
		j++
	}
}

// afterOthers are the prepositions "9 autres" may take with no noun.
var afterOthers = map[string]bool{"pour": true, "à": true, "au": true, "aux": true, "en": true, "sur": true, "par": true, "de": true, "d'": true}

// staffNouns are the people of a body, after its name as a modifier.
var staffNouns = map[string]bool{"staff": true, "workers": true, "employees": true, "agents": true, "personnel": true}

// attrAt is who the word at j says gave a figure, or "": not "l'Union
// européenne", "the European Union" (no trade union), nor the
// "management" of "migration management" (a noun before it says what is
// managed).
func (p *parser) attrAt(j int) string {
	a := attributionNouns[p.word(j)]
	if p.word(j) == "hall" && (p.word(j-1) == "city" || p.word(j-1) == "town") {
		a = "officials" // "city hall puts the figure at", la mairie
	}
	if a != "" && p.lang == English && staffNouns[p.word(j+1)] {
		return "" // "Forty-two Dieppe town hall staff": whose staff, no one who gives a figure
	}
	if a != "" && p.lang == French && organiserWords[p.word(j+1)] {
		a = "organisers" // "l'association organisatrice", "le comité organisateur": whoever they are, the organisers
	}
	if a == "management" && p.lang == French && p.capital(j) && !p.sentenceInitial(j) && stateDirection[p.word(j+1)] {
		a = "officials" // "la Direction générale de l'aviation civile", a state body by its name, not a firm's management
	}
	if a == "commission" && p.lang == French && p.councilOwns(j) {
		a = "officials" // "la commission permanente du conseil départemental a attribué": the council acting, "the council awarded"
	}
	if base, ok := strings.CutSuffix(p.word(j), "'s"); ok && a == "" && p.lang == English {
		if a = attributionNouns[base]; a != "" {
			return a // "management's offer of a €650 bonus": whose the figure is
		}
	}
	if a != "" && (p.num(j-1) != nil || numberWord(p.word(j-1)) || (p.num(j-2) != nil || numberWord(p.word(j-2))) && len(p.word(j-1)) > 3 && !ctxStop[p.word(j-1)] && !p.capital(j-1)) {
		// "signed by three of the five unions", "called out by seven
		// health unions": unions counted, no source of the sentence's
		// figures ("368,000 per unions" is theirs)
		return ""
	}
	if head, _, ok := strings.Cut(p.word(j), "-"); ok && a == "" && p.capital(j) {
		a = attributionNouns[head] // "la CGT-Cheminots", "FO-Métaux": a union's branch is the union
		if head == "sud" && strings.HasPrefix(p.tokText(j), "SUD-") {
			a = "unions" // "selon SUD-Rail" (not "Sud-Ouest": the union writes its name in capitals)
		}
	}
	if a != "" && p.lang == French && (p.word(j-1) == "aux" || p.word(j-2) == "à" && (p.word(j-1) == "des" || p.word(j-1) == "les")) {
		return "" // "ont reversé 45 000 euros à des associations locales": who received it, not who said it
	}
	switch {
	case a == "unions" && (unionOf[p.word(j+1)] || unionOf[p.word(j-1)]):
		return ""
	case a != "" && p.thingNotSpeaker(j):
		return "" // "a full government", "se dote d'un gouvernement", "541 jours sans gouvernement": a thing had or lacked, no one who gives a figure
	case p.word(j) == "union" && p.lang == French && p.word(j+1) != "syndicale":
		return "" // French calls a trade union "syndicat": "l'Union saint-gilloise" is a club, "l'Union des maires" a body of its own
	case a == "unions" && (employersOf[p.word(j+1)] || p.words(j+1, "d'", "employeurs")):
		return "employers" // "le syndicat patronal", "the employers' union" is the bosses'
	case a == "unions" && p.word(j-1) == "employers'":
		return "employers"
	case a != "" && p.placeBefore(j):
		return "" // "resumed at the Labour Ministry", "ont repris au ministère du Travail": where, not who said it
	case a != "" && p.lang == English && receiveVerbs[p.word(j+1)]:
		return "" // "The association received a €150,000 ministry grant": who got it, not who said it
	case a != "" && p.lang == English && sourceAsModifier[p.word(j+1)]:
		return "" // "council tax", "government bonds": what the noun owns, no one who gave a figure
	case a != "" && (p.lang == English && memberNouns[p.word(j+1)] || p.lang == French && (p.word(j-1) == "d'" || p.word(j-1) == "de") && memberNouns[p.word(j-2)]):
		return "" // "un ancien trésorier d'association", "a former association treasurer": whose member, not who said
	case a == "management" && p.lang == English && p.word(j-1) != "" && !determiners[p.word(j-1)] && !articles[p.word(j-1)] && !strings.HasSuffix(p.word(j-1), "'s") && !clauseJoiners[p.word(j-1)] && !contrastJoiners[p.word(j-1)] &&
		!(p.capital(j-1) && (!p.sentenceInitial(j-1) || upperWord(p.tokText(j-1)))):
		// ("Mécaplast's management", "SNCF management" are the company's)
		return ""
	}
	return a
}

// stateDirection after a capitalised "Direction" names a state
// administration: "Direction générale de la santé", "Direction
// régionale des douanes".
var stateDirection = map[string]bool{"générale": true, "régionale": true, "départementale": true, "interministérielle": true, "nationale": true}

// placeBefore: a source noun at j is a place, "at the Labour Ministry",
// "outside the prefecture", "au ministère", "devant la préfecture": a
// preposition of place before it, past its article and, in English, the
// capitalised words of its name.
func (p *parser) placeBefore(j int) bool {
	if p.lang == French {
		return p.word(j-1) == "au" || p.word(j-2) == "devant" && (p.word(j-1) == "la" || p.word(j-1) == "le" || p.word(j-1) == "l'")
	}
	for k := j - 1; k >= max(0, j-4); k-- {
		switch w := p.word(k); {
		case w == "at" || w == "outside" || w == "inside":
			return true
		case w == "the" || p.capital(k) && !p.sentenceInitial(k):
			continue
		}
		return false
	}
	return false
}

// memberNouns are the people a source noun may only qualify, with no
// article in French ("trésorier d'association") or before it in English
// ("association treasurer").
var memberNouns = map[string]bool{"trésorier": true, "trésorière": true, "bénévole": true, "bénévoles": true, "salarié": true, "salariée": true, "salariés": true,
	"treasurer": true, "volunteer": true, "volunteers": true, "employee": true, "employees": true}

// contrastJoiners open an English clause set against the one before:
// "while management claimed 35%".
var contrastJoiners = map[string]bool{"while": true, "whereas": true, "whilst": true}

// receiveVerbs after a source noun make it the one who got the figure.
var receiveVerbs = map[string]bool{"received": true, "receives": true, "receive": true, "got": true, "gets": true, "obtained": true, "secured": true}

// sourceAsModifier are English nouns a source noun qualifies: "council
// tax", "police station".
var sourceAsModifier = map[string]bool{"tax": true, "taxes": true, "housing": true, "homes": true, "flats": true, "estate": true,
	"estates": true, "bonds": true, "debt": true, "spending": true, "station": true, "stations": true, "car": true, "cars": true}

// relYearAt: the words at j tell a year from the time of writing, "of
// this year", "last year".
func (p *parser) relYearAt(j int) bool {
	if p.word(j) == "of" {
		j++
	}
	return (p.word(j) == "this" || p.word(j) == "last") && p.word(j+1) == "year"
}

// employersOf make a union one of employers.
var employersOf = map[string]bool{"patronal": true, "patronale": true, "patronaux": true}

// unionOf are the words that make a union a union of states.
var unionOf = map[string]bool{"européenne": true, "africaine": true, "soviétique": true, "monétaire": true, "douanière": true,
	"european": true, "african": true, "soviet": true, "monetary": true, "customs": true}

// contrastBefore: a clause of contrast opens between the sentence's start
// and m ("Selon le gouvernement, 1,5 million ..., alors que le HCR n'en a
// enregistré que 780 000"): its figure is another source's.
func (p *parser) contrastBefore(m *Mention) bool {
	lo, _ := p.sentenceTokens(m.Start)
	for j := p.tokenAfter(m.Start) - 1; j > lo; j-- {
		switch w := p.word(j); {
		case (w == "que" || w == "qu'") && (p.word(j-1) == "alors" || p.word(j-1) == "tandis"):
			return true
		case w == "mais" || w == "tandis":
			return true
		}
	}
	return false
}

// clockPreps make the time after them a time of day: "quitter avant 6 h",
// "leave after 2pm" ("à 2 h de Paris" may be a length: not "à").
var clockPreps = map[string]bool{"avant": true, "après": true, "dès": true, "vers": true, "depuis": true,
	"before": true, "after": true, "until": true, "till": true, "since": true}

// upperWord: a word in capitals, an acronym ("SNCF"), two letters or more.
func upperWord(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// thingNotSpeaker: the attribution noun at j follows an indefinite
// article (with at most one adjective between) or "sans"/"without": a
// kind of body spoken of, not the one that speaks.
func (p *parser) thingNotSpeaker(j int) bool {
	pw := p.word(j - 1)
	if pw == "sans" || pw == "without" || indefinite[pw] {
		return true
	}
	return indefinite[p.word(j-2)] && len(pw) > 2 && !p.capital(j-1) && p.sym(j-1) == "" && attributionNouns[pw] == ""
}

var indefinite = map[string]bool{"a": true, "an": true, "un": true, "une": true}

// unmarkedPlurals are English plurals without an -s, which a plural
// noun can follow only as its compound's head.
var unmarkedPlurals = map[string]bool{"people": true, "men": true, "women": true, "children": true, "police": true, "staff": true}

// compoundTail: w may be the plural noun that ends a compound, not a
// verb ("six people died"), an adverb ("across") or a function word.
func compoundTail(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notCounted[w] && !ctxStop[w] && !clauseStop[w]
}

// councilOwns: the noun at j belongs to a local council named within
// four words after it, "la commission (permanente) du conseil
// régional": how a council acts. A committee of parliament stays its
// own source, often against the government.
func (p *parser) councilOwns(j int) bool {
	for k := j + 1; k <= j+4 && k < len(p.toks); k++ {
		if p.sym(k) != "" {
			return false
		}
		if p.word(k) == "conseil" && (p.word(k-1) == "du" || p.word(k-1) == "de") {
			return true
		}
	}
	return false
}

// turnsFollowers go on after the age of "turns 50" without naming what
// it counts.
var turnsFollowers = map[string]bool{"and": true, "on": true, "this": true, "next": true, "in": true, "today": true, "tomorrow": true, "with": true, "after": true}
