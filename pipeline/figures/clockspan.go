package figures

import "strings"

// hyphenClockSpanAt reads a span of clock times written as one compound
// before its noun: "a 10pm-to-6am curfew" is the "couvre-feu de 22 h à
// 6 h". The tokenizer keeps "pm-to" as one word, so neither the clock nor
// the range reader sees its parts.
func (p *parser) hyphenClockSpanAt(i int) (*Mention, int) {
	if p.lang == French {
		return p.hourHyphenSpanAt(i)
	}
	if p.lang != English || i+3 >= len(p.toks) || !p.glued(i+1) {
		return nil, 0
	}
	half, joint, ok := strings.Cut(p.word(i+1), "-")
	if !ok || joint != "to" || half != "am" && half != "pm" || p.sym(i+2) != "-" || !p.glued(i+2) || !p.glued(i+3) {
		return nil, 0
	}
	h, ok := p.smallInt(i, 12)
	if !ok || h == 0 {
		return nil, 0
	}
	hi, n := p.timeAt(i + 3)
	if n == 0 || hi.Kind != Time {
		return nil, 0
	}
	h, _ = ampmHour(half, h)
	lo := timeMention(h, 0, false)
	return &Mention{Kind: Range, Value: lo.Value + ".." + hi.Value, Parts: []Mention{lo, *hi}, style: "dash"}, 3 + n
}

// hourHyphenSpanAt reads the opening hours "10 heures-19 heures" (or
// "10 h-19 h"): two hours of the clock joined by a hyphen are a span, not
// a code "HEURES-19" after a bare count. The span must run forward, as
// opening hours do.
func (p *parser) hourHyphenSpanAt(i int) (*Mention, int) {
	lo, ok := p.smallInt(i, 24)
	if !ok || !hourWords[p.word(i+1)] || p.sym(i+2) != "-" || !p.glued(i+2) || !p.glued(i+3) || !hourWords[p.word(i+4)] {
		return nil, 0
	}
	hi, ok := p.smallInt(i+3, 24)
	if !ok || hi <= lo {
		return nil, 0
	}
	a, b := timeMention(lo, 0, false), timeMention(hi, 0, false)
	return &Mention{Kind: Range, Value: a.Value + ".." + b.Value, Parts: []Mention{a, b}, style: "dash"}, 5
}
