package figures

import (
	"math/big"
	"strings"
)

// matchMinuteAt reads "on the half-hour" and "on the hour", "à la
// demi-heure de jeu" and "à l'heure de jeu", as a match's 30th and 60th
// minute: "trailing 16-3 on the half-hour" for "menés 3-16
// à la 30e minute". It runs before the half-hour is read as a length.
func (p *parser) matchMinuteAt(i int) (*Mention, int) {
	w := p.word(i)
	if (w == "half-hour" || w == "hour") && p.words(i-2, "on", "the") || w == "half-hour" && p.words(i-2, "at", "the") && p.word(i+1) == "mark" {
		return &Mention{Kind: Ordinal, Value: playedMinutes[w], Head: "minute", Word: true, style: "fixed"}, 1
	}
	if (w == "heure" || w == "demi-heure") && p.words(i+1, "de", "jeu") {
		// "double la mise à l'heure de jeu": on the hour
		return &Mention{Kind: Ordinal, Value: playedMinutes[w], Head: "minute", Word: true, style: "fixed"}, 3
	}
	return nil, 0
}

// playedMinutes are the minutes of play "on the half-hour", "à l'heure
// de jeu" name.
var playedMinutes = map[string]string{"half-hour": "30", "hour": "60", "demi-heure": "30", "heure": "60"}

// phraseAt reads figures that a set phrase of one language holds and the
// other language writes with another number or none: knockout rounds
// (huitièmes de finale = the last 16 = the round of 16), straight sets,
// the past year, half a point, a hat-trick, le double. Each is given the
// value the other language's phrase has, so the two compare as one fact.
func (p *parser) phraseAt(i int) (*Mention, int) {
	if m, n := p.stageAt(i); n > 0 {
		return m, n
	}
	if p.lang == French {
		if m, n := p.frPointFraction(i); n > 0 {
			return m, n
		}
		if p.word(i) == "tour" && p.words(i+1, "du", "chapeau") {
			return &Mention{Kind: Multiplier, Value: "3", Word: true, style: "verb"}, 3 // "son tour du chapeau", Québec's hat-trick: un triplé
		}
		return p.frNounMultiplier(i)
	}
	if m, n := p.enNounMultiplier(i); n > 0 {
		return m, n
	}
	if m, n := p.oneSize(i); n > 0 {
		return m, n
	}
	switch w := p.word(i); {
	case w == "world" && p.word(i+1) == "war":
		if v, ok := warNumbers[p.word(i+2)]; ok {
			return &Mention{Kind: Ordinal, Value: v, Head: "war", Word: true}, 3 // World War II
		}
		if nb := p.num(i + 2); nb != nil && (p.toks[i+2].text == "1" || p.toks[i+2].text == "2") {
			return &Mention{Kind: Ordinal, Value: p.toks[i+2].text, Head: "war"}, 3
		}
	case w == "both":
		return p.bothAt(i)
	case w == "wwi" || w == "wwii":
		return &Mention{Kind: Ordinal, Value: warNumbers[w[2:]], Head: "war"}, 1
	case (w == "back-to-back" || w == "back" && p.words(i+1, "to", "back")) && p.num(i-1) == nil && !numberWord(p.word(i-1)):
		// ("five back-to-back films": one after another, the count said before)
		// "deux années consécutives": "back-to-back years", two in a row
		return &Mention{Kind: Cardinal, Value: "2", Word: true, style: "fixed"}, 1 + 2*boolInt(w == "back") // ("back-to-back shifts" are many: compared only when paired)
	case w == "straight" && (p.word(i+1) == "sets" || p.word(i+1) == "games"):
		// two sets of two, three of five: "en deux sets", "en trois sets"
		return &Mention{Kind: Cardinal, Value: "2", Head: "sets", Word: true, Alt: "straight", style: "idiom"}, 2
	case w == "hat-trick" || w == "hattrick" || w == "hat" && p.word(i+1) == "trick" || w == "hat" && p.sym(i+1) == "-" && p.word(i+2) == "trick":
		n := 1 + boolInt(w == "hat") + boolInt(p.sym(i+1) == "-")
		if nx := p.word(i + n + 1); p.word(i+n) == "of" && len(nx) > 3 && strings.HasSuffix(nx, "s") {
			return &Mention{Kind: Cardinal, Value: "3", Head: p.word(i + n + 1), Word: true}, n // "a hat-trick of tries": trois essais
		}
		if p.word(i-1) == "a" && strings.HasPrefix(p.word(i-2), "scor") {
			return &Mention{Kind: Cardinal, Value: "3", Word: true}, n // "scoring a hat-trick": three goals or tries, "a inscrit trois essais"
		}
		return &Mention{Kind: Multiplier, Value: "3", Word: true, style: "verb"}, n // un triplé
	case w == "sevens" && (p.word(i-1) == "rugby" || p.word(i+1) == "side" || p.word(i+1) == "team" || p.word(i+1) == "series" || p.word(i-1) == "women's" || p.word(i-1) == "men's"):
		return &Mention{Kind: Cardinal, Value: "7", Word: true, style: "name"}, 1 // rugby sevens: "le rugby à 7"
	case w == "a" && p.word(i+1) == "brace" && !p.words(i+2, "of"):
		return &Mention{Kind: Multiplier, Value: "2", Word: true, style: "verb"}, 2 // un doublé
	case (w == "next" || w == "following") && p.word(i-1) == "the" && onePeriods[p.word(i+1)] && p.words(i+2, "and", "a", "half"):
		return &Mention{Kind: Cardinal, Value: "1.5", Head: p.word(i + 1), Word: true}, 5 // "over the next year and a half": 18 months
	case (w == "past" || w == "last" || w == "previous") && p.word(i-1) == "the" && onePeriods[p.word(i+1)]:
		// "les douze derniers mois" is "the past year": a length of time
		// that answers a French count, never a figure on its own
		if p.words(i+2, "and", "a", "half") {
			return &Mention{Kind: Cardinal, Value: "1.5", Head: p.word(i + 1), Word: true}, 5 // "the last month and a half"
		}
		return &Mention{Kind: Cardinal, Value: "1", Head: p.word(i + 1), Word: true, Alt: "one", style: "period"}, 2
	}
	return p.pointFraction(i)
}

// warNumbers name the world wars: the First and the Second.
var warNumbers = map[string]string{"i": "1", "ii": "2", "one": "1", "two": "2"}

// stages are the knockout rounds, by the number of teams still in.
var frStages = map[string]string{"seizièmes": "32", "seizième": "32", "huitièmes": "16", "huitième": "16",
	"quarts": "8", "quart": "8", "trente-deuxièmes": "64"}

var enStages = map[string]string{"quarter-final": "8", "quarter-finals": "8", "quarterfinal": "8",
	"quarterfinals": "8", "semi-final": "4", "semi-finals": "4", "semifinal": "4", "semifinals": "4",
	"semis": "4"}

// shortStage: the stage word at i stands alone for its round, as sports
// copy shortens it once the story has named a final ("en quarts", "les
// huitièmes"), not as a share ("les trois quarts", "des quarts d'heure").
func (p *parser) shortStage(i int) bool {
	switch p.word(i - 1) {
	case "en", "les", "des", "aux":
	default:
		return false
	}
	if nx := p.word(i + 1); nx == "de" || nx == "d'" || nx == "du" || nx == "des" {
		return false
	}
	return strings.Contains(p.text, "finale")
}

// stageAt reads a knockout round: "huitièmes de finale", "demi-finale",
// "the last 16", "round of 32", "quarter-finals", "last-eight".
func (p *parser) stageAt(i int) (*Mention, int) {
	stage := func(v string, n int) (*Mention, int) {
		return &Mention{Kind: Cardinal, Unit: "stage", Value: v, Word: true, style: "stage"}, n
	}
	w := p.word(i)
	if p.lang == French {
		if v, ok := frStages[w]; ok && p.words(i+1, "de", "finale") {
			return stage(v, 3)
		}
		if w == "demi-finale" || w == "demi-finales" {
			return stage("4", 1)
		}
		if w == "dernier" && p.word(i+1) == "carré" {
			return stage("4", 2) // "le dernier carré": the last four, the semi-finals
		}
		v, ok := frStages[w]
		if w == "demies" {
			v, ok = "4", true
		}
		if ok && strings.HasSuffix(w, "s") && p.shortStage(i) {
			return stage(v, 1) // "ils retrouveront en quarts ..."
		}
		return nil, 0
	}
	if v, ok := enStages[w]; ok && (w != "semis" || p.word(i-1) == "the") {
		if w == "quarter" || w == "semi" {
			return nil, 0
		}
		return stage(v, 1)
	}
	if (w == "quarter" || w == "semi") && p.sym(i+1) == "-" && strings.HasPrefix(p.word(i+2), "final") {
		return stage(map[string]string{"quarter": "8", "semi": "4"}[w], 3)
	}
	if (w == "quarter" || w == "semi") && strings.HasPrefix(p.word(i+1), "final") {
		return stage(map[string]string{"quarter": "8", "semi": "4"}[w], 2)
	}
	k := 0
	switch {
	case w == "last" && p.word(i-1) == "the":
		k = 1
	case w == "last" && p.sym(i+1) == "-" && p.glued(i+1):
		k = 2 // a last-16 tie
	case p.words(i, "round", "of"):
		k = 2
	default:
		return nil, 0
	}
	v, n := p.stageCount(i + k)
	if _, scaled := p.scaleOf(p.word(i + k + n)); n == 0 || periodUnit[p.word(i+k+n)] != "" || durations[p.word(i+k+n)] || scaled {
		return nil, 0 // the last 16 years, "the last eight thousand years"
	}
	if e := i + k + n; p.words(e, "and", "a", "half") && (periodUnit[p.word(e+3)] != "" || durations[p.word(e+3)]) {
		return nil, 0 // "the last four and a half years"
	}
	return stage(v, k+n)
}

// stageCount reads 64, 32, 16, eight or four.
func (p *parser) stageCount(j int) (string, int) {
	if nb := p.num(j); nb != nil {
		switch t := p.toks[j].text; t {
		case "4", "8", "16", "32", "64":
			return t, 1
		}
		return "", 0
	}
	switch p.word(j) {
	case "four":
		return "4", 1
	case "eight":
		return "8", 1
	case "sixteen":
		return "16", 1
	case "thirty-two":
		return "32", 1
	}
	return "", 0
}

// frNounMultiplier reads "le double", "près du double", "au triple": a
// factor named by a noun, as "almost double", "triple" say it.
func (p *parser) frNounMultiplier(i int) (*Mention, int) {
	v, ok := map[string]string{"double": "2", "triple": "3", "quadruple": "4"}[p.word(i)]
	if !ok {
		return nil, 0
	}
	switch p.word(i - 1) {
	case "le", "du", "au":
	default:
		return nil, 0
	}
	switch nx := p.word(i + 1); {
	case nx == "de" || nx == "du" || nx == "des" || nx == "d'" || nx == "en" || nx == "par" || nx == "qu'" || nx == "que":
		// ("soit plus du double qu'à la même période": what it is compared with)
	case nx == "" && p.num(i+1) == nil && !(i < 2 || endMark(p.sym(i-2))):
		// ("Le double, remporté en 3 h 05": opening its sentence with
		// nothing it is the double of, it is a match of doubles)
	case (nx == "pour" || nx == "afin" || nx == "si") && (p.word(i-2) == "moins" || p.word(i-2) == "plus" || p.word(i-2) == "près"):
		// "il en faudrait au moins le double pour endiguer la maladie": a
		// bound names the factor; "le double meurtre" an adjective
	case (nx == "et" || nx == "ou") && p.nounMultiplierAfter(i+2):
		// "plus du double et même du triple de celui": two factors, one noun
	case p.word(i-2) == "que" && (p.word(i-3) == "plus" || p.word(i-3) == "moins"):
		// "plus que le double": a comparison names the factor, whatever follows
	case nounHedges[p.word(i-2)] || placePrepositions[nx]:
		// "en revendique environ le double dans l'Hexagone": a hedge or a
		// place after it makes it the noun, no adjective of a noun
	default:
		return nil, 0 // "le double meurtre": an adjective
	}
	m := Mention{Kind: Multiplier, Value: v, Word: true, style: "verb"}
	switch {
	case p.word(i-2) == "près" || p.word(i-2) == "presque":
		m.Comparator = CmpNearly
	case nounHedges[p.word(i-2)]:
		m.Comparator = CmpApprox
	case p.word(i-2) == "moins" && p.word(i-3) == "au":
		m.Comparator = CmpGE // "au moins le double": at least twice
	case p.word(i-2) == "que" && p.word(i-3) == "plus", p.word(i-2) == "plus" && p.word(i-1) == "du":
		m.Comparator = CmpGT // ("plus du double": more than double)
	case p.word(i-2) == "que" && p.word(i-3) == "moins":
		m.Comparator = CmpLT
	}
	return ptr(m), 1
}

// nounHedges before "le double" make it a noun: "environ le double".
var nounHedges = map[string]bool{"environ": true, "quasiment": true, "pratiquement": true, "approximativement": true}

// placePrepositions after "le double" open a place or a time, so the
// factor is a noun: "le double dans l'Hexagone", "le double à Lyon".
var placePrepositions = map[string]bool{"dans": true, "à": true, "sur": true, "chez": true, "selon": true, "depuis": true, "pendant": true, "parmi": true}

// nounMultiplierAfter: "du triple", "même du triple", "le triple" at j.
func (p *parser) nounMultiplierAfter(j int) bool {
	if p.word(j) == "même" {
		j++
	}
	w := p.word(j)
	return (w == "du" || w == "le" || w == "au") && (p.word(j+1) == "double" || p.word(j+1) == "triple" || p.word(j+1) == "quadruple")
}

// enNounMultiplier reads "the double of today", "that is the triple": a
// literal rendering of "le double", a factor named by a noun ("the
// double murder" is an adjective).
func (p *parser) enNounMultiplier(i int) (*Mention, int) {
	v, ok := enMultiplierVerbs[p.word(i)]
	if !ok || p.word(i-1) != "the" || p.word(i+1) != "of" && (p.word(i+1) != "" || p.num(i+1) != nil) && !p.doubleThe(i) {
		return nil, 0
	}
	m := Mention{Kind: Multiplier, Value: v, Word: true, style: "verb"}
	if p.word(i+1) == "" && !p.doubleThe(i) && p.word(i-2) != "that" && p.word(i-2) != "than" {
		m.style = "fixed" // "the bottom half is the double": a stand-in, as often as twice; compared when paired
	}
	if w := p.word(i - 2); w == "almost" || w == "nearly" {
		m.Comparator = CmpNearly // "almost the double the rate of 2011": "près du double"
	}
	return ptr(m), 1
}

// doubleThe: "almost the double the rate of 2011", a rendering of "près
// du double du taux": the factor, its base after it.
func (p *parser) doubleThe(i int) bool {
	w := p.word(i - 2)
	return (w == "almost" || w == "nearly" || w == "about" || w == "roughly" || w == "than") && (p.word(i+1) == "the" || p.word(i+1) == "that")
}

// pointFraction reads "half a point", "a quarter of a percentage point",
// "a quarter point", "three quarters of a point": a fraction of a point,
// as 0,5 point.
func (p *parser) pointFraction(i int) (*Mention, int) {
	var v *big.Rat
	k := 0
	switch {
	case p.words(i, "half", "a"):
		v, k = big.NewRat(1, 2), 2
	case p.words(i, "a", "quarter", "of", "a"):
		v, k = big.NewRat(1, 4), 4
	case p.words(i, "a", "quarter") && (p.word(i+2) == "point" || p.words(i+2, "percentage", "point")):
		v, k = big.NewRat(1, 4), 2 // "cut by a quarter point"
	case p.words(i, "three", "quarters", "of", "a"), p.words(i, "three-quarters", "of", "a"):
		v, k = big.NewRat(3, 4), 4-boolInt(p.word(i) == "three-quarters")
	case p.word(i) == "a" && hyphenPoints[p.word(i+1)] != nil:
		// "a quarter-point rise", "a half-percentage-point cut"
		m := Mention{Kind: Decimal, Value: canonical(hyphenPoints[p.word(i+1)]), Head: "point", Word: true}
		if strings.HasSuffix(p.word(i+1), "percentage-point") {
			m.Kind, m.Unit, m.Head = PercentPoint, "pt", ""
		}
		return ptr(m), 2
	default:
		return nil, 0
	}
	m := Mention{Kind: Decimal, Value: canonical(v), Head: "point", Word: true}
	switch {
	case p.words(i+k, "percentage", "point"):
		m.Kind, m.Unit, m.Head = PercentPoint, "pt", ""
		return ptr(m), k + 2
	case p.word(i+k) == "point":
		return ptr(m), k + 1
	}
	return nil, 0
}

// hyphenPoints are fractions of a point written as one word.
var hyphenPoints = map[string]*big.Rat{"quarter-point": big.NewRat(1, 4), "half-point": big.NewRat(1, 2),
	"quarter-percentage-point": big.NewRat(1, 4), "half-percentage-point": big.NewRat(1, 2),
	"three-quarter-point": big.NewRat(3, 4)}

// frPointFraction reads "un quart de point", "trois quarts de point",
// "un demi-point": a fraction of a point, as 0,25 point, and of a
// percentage point when the French says so.
func (p *parser) frPointFraction(i int) (*Mention, int) {
	var v *big.Rat
	k := 0
	switch {
	case p.words(i, "un", "quart", "de"):
		v, k = big.NewRat(1, 4), 3
	case p.words(i, "trois", "quarts", "de"):
		v, k = big.NewRat(3, 4), 3
	case p.words(i, "un", "demi-point"):
		v, k = big.NewRat(1, 2), 1
	case p.words(i, "un", "demi", "point"):
		v, k = big.NewRat(1, 2), 2
	default:
		return nil, 0
	}
	m := Mention{Kind: Decimal, Value: canonical(v), Head: "point", Word: true}
	if k == 1 {
		return ptr(m), 2
	}
	if k == 3 && p.word(i+3) != "point" {
		return nil, 0
	}
	if p.words(i+k+1, "de", "pourcentage") {
		m.Kind, m.Unit, m.Head = PercentPoint, "pt", ""
		return ptr(m), k + 3
	}
	return ptr(m), k + 1
}

// basisPoints compares basis points with points: 50 points de base are
// half a percentage point.
func basisPoints(s, t Mention) (bool, bool) {
	bp, pt := s, t
	if t.Unit == "bp" {
		bp, pt = t, s
	}
	if bp.Unit != "bp" || bp.Kind != Quantity || pt.Unit == "bp" {
		return false, false
	}
	if pt.Kind != PercentPoint && !countsPoints(pt) {
		return false, false
	}
	a, b := bp.Rat(), pt.Rat()
	return true, a != nil && b != nil && new(big.Rat).Quo(a, big.NewRat(100, 1)).Cmp(b) == 0
}
