package figures

import "strings"

// sportAt reads the figures of sports results: stoppage time (90e+4),
// weight classes (-90 kg), world rankings (world number five).
func (p *parser) sportAt(i int) (*Mention, int) {
	if m, n := p.oddsAt(i); n > 0 {
		return m, n
	}
	if m, n := p.stoppageAt(i); n > 0 {
		return m, n
	}
	if m, n := p.weightClassAt(i); n > 0 {
		return m, n
	}
	if m, n := p.stageInDigits(i); n > 0 {
		return m, n
	}
	if m, n := p.levelScoreAt(i); n > 0 {
		return m, n
	}
	if m, n := p.markedScoreAt(i); n > 0 {
		return m, n
	}
	if m, n := p.shootoutScoreAt(i); n > 0 {
		return m, n
	}
	if m, n := p.nounScoreAt(i); n > 0 {
		return m, n
	}
	if m, n := p.worldNumberAt(i); n > 0 {
		return m, n
	}
	return p.rankedNumberAt(i)
}

// rankedNumberAt reads English "now ranks eight", "is ranked number 3":
// a cardinal a verb of ranking takes, with no noun after it, is a place,
// the French "au huitième rang".
func (p *parser) rankedNumberAt(i int) (*Mention, int) {
	if p.lang != English || !rankingVerbs[p.word(i-1)] {
		return nil, 0
	}
	k := p.numberLead(i)
	v, n := p.ratioTerm(i+k, false)
	if n == 0 || v < 1 || p.glued(i+k+n) && p.sym(i+k+n) != "." && p.sym(i+k+n) != "," {
		return nil, 0
	}
	end := i + k + n
	if w := p.word(end); w != "" && !rankFollowers[w] || w == "" && end < len(p.toks) && !closingPunct[p.sym(end)] && p.sym(end) != "\u2014" {
		return nil, 0 // "ranked eight countries", "ranks 8%": a count, not a place
	}
	return &Mention{Kind: Ordinal, Value: itoa(int(v)), Word: p.num(i+k) == nil}, k + n
}

// numberLead: the tokens of the word "number" at i, written out or
// shortened: "number", "numéro" (1), "No.", "n°" (2); or 0.
func (p *parser) numberLead(i int) int {
	switch {
	case p.word(i) == "number" || p.word(i) == "numéro":
		return 1
	case p.word(i) == "no" && p.sym(i+1) == "." || p.word(i) == "n" && p.sym(i+1) == "°":
		return 2
	}
	return 0
}

// rankingVerbs give a place in a ranking.
var rankingVerbs = map[string]bool{"ranks": true, "ranked": true, "rank": true, "ranking": true}

// rankFollowers may follow a place in a ranking: "ranks eight in the
// world", "ranked 3 overall", "ranked 12 out of 30".
var rankFollowers = map[string]bool{"in": true, "among": true, "on": true, "out": true, "overall": true, "worldwide": true,
	"globally": true, "nationally": true, "internationally": true, "of": true, "for": true, "behind": true, "after": true,
	"ahead": true, "and": true, "but": true, "with": true, "while": true, "today": true, "now": true, "at": true}

// stageInDigits reads a knockout round written in digits, "les 8es de
// finale", "le 16e de finale": the N-th of the final is played by 2N
// teams, so "8e de finale" is the last 16.
func (p *parser) stageInDigits(i int) (*Mention, int) {
	nb := p.num(i)
	if p.lang != French || nb == nil || nb.decimal || nb.grouped || !p.glued(i+1) || !ordinalSuffix(French, p.word(i+1)) {
		return nil, 0
	}
	v := nb.val.Num().Int64()
	if v != 4 && v != 8 && v != 16 && v != 32 {
		return nil, 0
	}
	n := 4
	if !p.words(i+2, "de", "finale") {
		// "disputeront les 16es le 15 janvier" after "les 32es de finale":
		// a later round the sentence leaves its "de finale" to
		if p.word(i-1) != "les" && p.word(i-1) != "des" || !strings.Contains(p.text[:p.toks[i].start], "es de finale") {
			return nil, 0
		}
		n = 2
	}
	return &Mention{Kind: Cardinal, Unit: "stage", Value: itoa(int(2 * v)), style: "stage"}, n
}

// worldNumberAt reads English "world number five", "world No. 1": a rank,
// as French "5e mondial", "numéro un mondial".
func (p *parser) worldNumberAt(i int) (*Mention, int) {
	if p.lang == French {
		return p.numeroMondialAt(i)
	}
	chart := p.word(i) == "number" && p.word(i-1) == "at" && (p.word(i-2) == "peaked" || p.word(i-2) == "entered" || p.word(i-2) == "debuted" || p.word(i-2) == "charted")
	if p.word(i) != "number" && p.word(i) != "no" || p.word(i-1) != "world" && !chart {
		return nil, 0 // ("peaked at number 15": a place in the charts)
	}
	k := 1
	if p.word(i) == "no" {
		if p.sym(i+1) != "." {
			return nil, 0
		}
		k = 2
	}
	v, n := p.ratioTerm(i+k, true)
	if n == 0 || v < 1 {
		return nil, 0
	}
	return &Mention{Kind: Ordinal, Value: itoa(int(v)), Word: p.num(i+k) == nil}, k + n
}

// rankVerbs say that the ordinal after them is a place in a ranking, its
// noun left unsaid: "Lens remain second, three points behind", "she
// finished second."; "second" there is no unit of time.
var rankVerbs = map[string]bool{"remain": true, "remains": true, "remained": true, "stay": true, "stays": true,
	"stayed": true, "finish": true, "finishes": true, "finished": true, "came": true, "come": true, "comes": true,
	"placed": true, "ranked": true, "ranks": true, "rank": true, "lie": true, "lies": true, "lay": true, "sit": true, "sits": true,
	"sat": true, "ended": true, "rose": true, "climbed": true, "dropped": true, "slipped": true, "fell": true}

// motionUp: "up to" after a verb of motion is where something went, not
// a bound: "Toulouse moved up to third", "shares climbed up to".
func (p *parser) motionUp(i int) bool {
	if p.lang == English && p.word(i) == "over" {
		switch p.word(i - 1) {
		case "spread", "spreads", "spreading", "stretched", "stretches", "stretching", "extends", "extended", "extending", "spanning", "spans":
			return true // "booths spread over 2.5 million square feet": the area, not a bound
		}
		if w := p.word(i + 2); p.num(i+1) != nil && periodUnit[w] == "month" && w != "an" && p.periodAfter(i+3) == 0 && !boundBeforeOver[p.word(i-1)] && p.amountBefore(i) {
			return true // "€4bn over 15 yrs": the span it is spread over ("over 15 years a year" is no span)
		}
	}
	if p.lang != English || p.word(i) != "up" {
		return false
	}
	switch p.word(i - 1) {
	case "moved", "move", "moves", "moving", "climbed", "climbs", "climb", "went", "goes", "go", "jumped", "jumps", "shot":
		return true
	}
	return p.sumUp(i)
}

// amountBefore: a number within the five words before i, the amount
// a span after i spreads ("€110bn of savings over 5 yrs").
func (p *parser) amountBefore(i int) bool {
	for k := i - 1; k >= max(0, i-5); k-- {
		if p.num(k) != nil {
			return true
		}
		if s := p.sym(k); s == "." || s == ";" {
			return false
		}
	}
	return false
}

// boundBeforeOver: "for over 15 years", "in over a decade" bound a
// length of time.
var boundBeforeOver = map[string]bool{"for": true, "in": true, "after": true, "lasted": true, "lasting": true,
	"than": true, "of": true, "since": true, "aged": true, "took": true, "takes": true, "lasts": true}

// rankScopes say where a "numéro deux" ranks: "numéro un mondial",
// "numéro deux français de la supérette" (France's second-largest).
var rankScopes = map[string]bool{"mondial": true, "mondiale": true, "mondiaux": true, "français": true, "française": true,
	"européen": true, "européenne": true, "national": true, "nationale": true}

// numeroMondialAt reads French "numéro un mondial", "le n° 8 mondial",
// "numéro deux français": a ranking, English "world number one",
// "France's second-largest".
func (p *parser) numeroMondialAt(i int) (*Mention, int) {
	k := p.numberLead(i)
	if k == 0 || p.word(i) == "number" || p.word(i) == "no" {
		return nil, 0
	}
	v, n := p.ratioTerm(i+k, true)
	if w := p.word(i + k + n); n == 0 || v < 1 || !rankScopes[w] {
		return nil, 0
	}
	return &Mention{Kind: Ordinal, Value: itoa(int(v)), Word: p.num(i+k) == nil}, k + n + 1
}
