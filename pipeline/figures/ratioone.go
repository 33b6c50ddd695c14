package figures

import (
	"strconv"
	"strings"
)

// ratioToOneAt reads a French ratio told against one, "un ratio de huit à
// un", "dans un rapport de trois contre un": English writes it "8:1" or
// "eight to one", which reads as a pair. Only after a noun of ratio, as
// "huit à un" elsewhere may be a score or a span. "Cinq pour un" and
// "five-to-one" are such ratios too (forOneAt, toOneWord).
func (p *parser) ratioToOneAt(i int) (*Mention, int) {
	if m, k := p.digitsForOne(i); k > 0 {
		return m, k
	}
	if m, k := p.forOneAt(i); k > 0 {
		return m, k
	}
	if m, k := p.toOneWord(i); k > 0 {
		return m, k
	}
	if p.lang != French || !p.ratioNounBefore(i) {
		return nil, 0
	}
	v, k := p.ratioTerm(i, true)
	if k == 0 || v < 2 || v > 1000 {
		return nil, 0
	}
	if w := p.word(i + k); w != "à" && w != "contre" {
		return nil, 0
	}
	if w := p.word(i + k + 1); w != "un" && w != "une" && p.tokText(i+k+1) != "1" {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(int(v)) + "-1", style: "ratio"}, k + 2
}

// ratioNounBefore: a noun of ratio stands a few words before i, "un
// ratio de (près de) huit".
func (p *parser) ratioNounBefore(i int) bool {
	for j := i - 1; j >= i-4 && j >= 0; j-- {
		switch p.word(j) {
		case "ratio", "rapport", "proportion", "coefficient":
			return true
		case "":
			return false
		}
	}
	return false
}

// digitsForOne reads "3 pour 1", "1 pour 1": a count against one in
// digits, which English writes "three-to-one", "one-to-one": the ratio
// 3-1, and "1 pour 1" the count 1, as "one-to-one" may mean a meeting.
// "1 pour 1 000 habitants" is a rate, and "1 pour 1 million" too.
func (p *parser) digitsForOne(i int) (*Mention, int) {
	if p.lang != French || p.num(i) == nil || p.word(i+1) != "pour" || p.tokText(i+2) != "1" || p.glued(i+1) {
		return nil, 0
	}
	v, k := p.ratioTerm(i, true)
	if k != 1 || v < 1 || v > 20 {
		return nil, 0
	}
	if _, scale := p.scaleOf(p.word(i + 3)); scale || p.num(i+3) != nil || p.sym(i+3) == "%" || p.sym(i+3) == "," && p.num(i+4) != nil {
		return nil, 0
	}
	if _, unit := p.unitAt(i + 3); unit > 0 {
		return nil, 0
	}
	if v == 1 {
		return &Mention{Kind: Cardinal, Value: "1"}, 3
	}
	return &Mention{Kind: Score, Value: itoa(int(v)) + "-1", style: "ratio"}, 3
}

// forOneAt reads a spelled count against one, "un rendement de cinq pour
// un": the ratio 5-1, as "five to one" reads. Only where no noun follows
// the "un": "161 pour un dollar" is an exchange rate, "deux pour un
// euro" a price.
func (p *parser) forOneAt(i int) (*Mention, int) {
	if p.lang != French || p.num(i) != nil || !p.forOneAhead(i) {
		return nil, 0
	}
	v, k := p.ratioTerm(i, false)
	if k == 0 || v < 2 || v > 20 || p.word(i+k) != "pour" {
		return nil, 0
	}
	if w := p.word(i + k + 1); w != "un" && w != "une" {
		return nil, 0
	}
	if !forOneEnds[p.word(i+k+2)] {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(int(v)) + "-1", style: "ratio"}, k + 2
}

// forOneAhead: "pour un" stands in the next few tokens, a cheap test
// before the number is read.
func (p *parser) forOneAhead(i int) bool {
	for j := i + 1; j <= i+4; j++ {
		if p.word(j) == "pour" {
			w := p.word(j + 1)
			return w == "un" || w == "une"
		}
	}
	return false
}

// forOneEnds may follow the "un" of a ratio against one: the end of the
// clause or a preposition, never a noun it would count.
var forOneEnds = map[string]bool{"": true, "sur": true, "de": true, "d'": true, "dans": true, "en": true, "à": true, "au": true, "aux": true,
	"contre": true, "et": true, "ou": true, "par": true, "pour": true, "selon": true, "ce": true, "qui": true}

// toOneWord reads the English ratio written as one word, "five-to-one",
// "3-to-1": the ratio 5-1, as "five to one" reads. "One-to-one" is left
// to the words, as it names a meeting as often as a ratio.
func (p *parser) toOneWord(i int) (*Mention, int) {
	if p.lang != English {
		return nil, 0
	}
	var parts []string
	n := 1
	if w := p.word(i); strings.Contains(w, "-to-") {
		parts = strings.Split(w, "-") // (a cheap test first: this runs on every token)
	} else if p.num(i) != nil && p.sym(i+1) == "-" && p.word(i+2) == "to" && p.sym(i+3) == "-" && p.gluedRun(i, 4) {
		parts, n = []string{p.tokText(i), "to", p.tokText(i + 4)}, 5 // "3-to-1"
	}
	if len(parts) != 3 || parts[1] != "to" || parts[2] != "one" && parts[2] != "1" {
		return nil, 0
	}
	v, ok := enUnits[parts[0]]
	if d, err := strconv.Atoi(parts[0]); err == nil {
		v, ok = int64(d), true
	}
	if !ok || v < 2 || v > 20 {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(int(v)) + "-1", style: "ratio"}, n
}

// gluedRun: the tokens i to i+k touch, with no space between them.
func (p *parser) gluedRun(i, k int) bool {
	if i+k >= len(p.toks) {
		return false
	}
	for j := i + 1; j <= i+k; j++ {
		if p.toks[j].start != p.toks[j-1].end {
			return false
		}
	}
	return true
}
