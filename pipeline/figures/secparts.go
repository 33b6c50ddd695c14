package figures

import (
	"math/big"
	"strings"
)

// Parts of a second in sport (N15): "12 centièmes", "trois dixièmes de
// seconde", "12 hundredths of a second" are a length of time, written
// "0.12 seconds" or "0.3sec" in English.

var secondParts = map[string]int64{"dixièmes": 10, "centièmes": 100, "millièmes": 1000,
	"tenths": 10, "hundredths": 100, "thousandths": 1000, "décimales": 10}

// secondPartAt reads a count of tenths, hundredths or thousandths of a
// second.
func (p *parser) secondPartAt(i int) (*Mention, int) {
	if m, n := p.oneSecondPart(i); n > 0 {
		return m, n
	}
	if secondParts[p.word(i+1)] == 0 && secondParts[p.word(i+2)] == 0 {
		return nil, 0 // spare the number parse
	}
	v, n := p.ratioTerm(i, false)
	den := secondParts[p.word(i+n)]
	if n == 0 || den == 0 {
		return nil, 0
	}
	n++
	if p.word(i+n-1) == "décimales" && dirOf(p.word(i-1)) == 0 {
		return nil, 0 // "à huit décimales": decimal places, unless a change counts them ("baissant huit décimales", a Spanish "décimas")
	}
	share := p.word(i+n) == "des" || p.word(i+n) == "du" || p.word(i+n) == "of" && !p.words(i+n, "of", "a", "point")
	if !share {
		if points, rate := p.pointParts(i, n); points {
			// "fell eight tenths to 99.13 points", "baissé de quatre
			// décimales": tenths of an index point, not of a second
			m := Mention{Kind: Decimal, Value: canonical(big.NewRat(v, den))}
			if rate {
				m.Kind, m.Unit = PercentPoint, "pt" // a rate's tenths of a point
			}
			return ptr(m), n + 3*boolInt(p.words(i+n, "of", "a", "point"))
		}
	}
	switch {
	case p.words(i+n, "de", "seconde") || p.words(i+n, "of", "a", "second"):
		n += map[bool]int{true: 2, false: 3}[p.lang == French]
	case p.words(i+n, "de", "degré"):
		return ptr(degreeParts(v, den)), n + 2
	case p.words(i+n, "d'", "un", "degré") || p.words(i+n, "of", "a", "degree"):
		// "two tenths of a degree short of the record": a temperature's gap
		return ptr(degreeParts(v, den)), n + 3
	case p.gapOpens(i):
		// "à 38 centièmes du vainqueur", "à seulement neuf centièmes des
		// Américains": a gap behind someone, in time; in degrees beside a
		// temperature ("46,8 °C, à deux dixièmes du record")
		if p.temperatureSentence(i) {
			return ptr(degreeParts(v, den)), n
		}
	case p.word(i+n) == "des" || p.word(i+n) == "du" || p.word(i+n) == "of" || p.word(i-1) == "les" || p.word(i-1) == "des" || p.word(i-1) == "aux":
		return nil, 0 // "trois dixièmes des voix", "three tenths of the vote", "près des neuf dixièmes de ce quota": a share
	}
	m := Mention{Kind: Quantity, Unit: "s", Value: canonical(big.NewRat(v, den))}
	return ptr(m), n
}

// temperatureSentence: the sentence of the token i gives a temperature,
// in degrees, and no time: the tenths of a gap there are of a degree.
func (p *parser) temperatureSentence(i int) bool {
	lo, hi := p.sentenceTokens(p.toks[i].start)
	if !strings.Contains(p.text[p.toks[lo].start:p.toks[hi-1].end], "°") {
		return false
	}
	for j := lo; j < hi; j++ {
		if p.secondUnit(j) {
			return false
		}
	}
	return true
}

// secondUnit: the word at j is the unit second, not the ordinal ("second
// tour", "the second-hottest") or "secondaire".
func (p *parser) secondUnit(j int) bool {
	switch p.word(j) {
	case "seconde", "secondes", "seconds":
		return p.word(j-1) != "la" && p.word(j-1) != "les" // "la seconde vague"
	case "second":
		return p.num(j-1) != nil || p.word(j-1) == "a" || p.word(j-1) == "one"
	}
	return false
}

// degreeParts is v parts in den of a degree, the gap of a temperature.
func degreeParts(v, den int64) Mention {
	return Mention{Kind: Quantity, Unit: "°", Value: canonical(big.NewRat(v, den))}
}

// gapOpens: the words before i open a gap, "à", "by", or those with
// "seulement", "peine", "just", "only" between ("à seulement", "à peine",
// "by just").
func (p *parser) gapOpens(i int) bool {
	w := p.word(i - 1)
	if w == "seulement" || w == "peine" || w == "just" || w == "only" {
		w = p.word(i - 2)
	}
	return w == "à" || w == "by"
}

// pointParts: the tenths at i (n tokens) count a change of an index or a
// rate, not a time: a verb of change before them, "of a point" after, or
// a sentence of rates ("la croissance ... dépasse de quatre dixièmes
// celle du FMI"). rate says the sentence is one of rates.
func (p *parser) pointParts(i, n int) (points, rate bool) {
	rate = p.percentContext(i)
	if p.pointTail(i+n) > 0 {
		return true, rate
	}
	prev := p.word(i - 1)
	if prev == "de" || prev == "by" {
		prev = p.word(i - 2)
	}
	if p.words(i+n, "de", "seconde") || p.words(i+n, "of", "a", "second") {
		return false, rate
	}
	return dirOf(prev) != 0 || rate, rate
}

// pointTail counts the words at j that make a part "of a point": "of a
// point", "of a percentage point", "de point", "d'un point"; 0 when none.
func (p *parser) pointTail(j int) int {
	switch {
	case p.words(j, "of", "a", "point"), p.words(j, "d'", "un", "point"):
		return 3
	case p.words(j, "of", "a", "percentage", "point"):
		return 4
	case p.words(j, "de", "point"):
		return 2
	}
	return 0
}

// gapAfterPart follow a part of a second told as a gap: "a hundredth
// outside the record", "a tenth clear".
var gapAfterPart = map[string]bool{"ahead": true, "behind": true, "outside": true, "short": true, "off": true, "clear": true,
	"adrift": true, "slower": true, "faster": true, "quicker": true}

// oneSecondPart reads one tenth or hundredth of a second, said of a
// second or as a gap: "un centième de seconde", "un centième seulement
// devant", "au millième de seconde près", "a hundredth of a second",
// "one-tenth of a second", "a tenth ahead". Elsewhere "un
// dixième" may be a share or a rank ("un dixième titre").
func (p *parser) oneSecondPart(i int) (*Mention, int) {
	part, w := i+1, p.word(i)
	if p.lang == English && (p.word(part) == "mere" || p.word(part) == "bare" || p.word(part) == "single") {
		part++ // "a mere hundredth of a second"
	}
	partWord := p.word(part)
	if p.lang == English {
		if w == "one" && strings.HasPrefix(partWord, "one-") {
			partWord = partWord[len("one-"):] // "to the nearest one one-thousandth of a second"
		} else if rest, ok := strings.CutPrefix(w, "one-"); ok {
			part, partWord = i, rest // "one-tenth of a second"
		}
	}
	d := secondParts[partWord+"s"] // the singular of a part the plural table knows
	if d == 0 || partWord == "décimale" || w != "un" && w != "a" && w != "one" && w != "au" && part != i {
		return nil, 0
	}
	n := part + 1 - i
	switch nx := p.word(part + 1); {
	case p.words(part+1, "de", "seconde"):
		n += 2
	case w == "au":
		return nil, 0 // "au millième de seconde près": to the nearest thousandth of a second; "au dixième" alone is a share
	case p.words(part+1, "of", "a", "second"):
		n += 3
	case nx == "devant" || nx == "derrière" || nx == "seulement" || nx == "près" || gapAfterPart[nx] || p.words(part+1, "d'", "avance"):
	case p.word(i-1) == "à" && (nx == "du" || nx == "de" && p.capital(part+2)) && dirOf(p.word(i-2)) == 0:
		// "à un centième du record", "à un dixième de Dupont": a gap, as
		// "à 38 centièmes du vainqueur" is ("réduit à un dixième du
		// niveau" is a share)
	default:
		return nil, 0
	}
	return &Mention{Kind: Quantity, Unit: "s", Value: canonical(big.NewRat(1, d)), Word: true}, n
}
