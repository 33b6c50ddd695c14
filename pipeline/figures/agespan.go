package figures

import (
	"regexp"
	"strings"
)

// ageSpanAt reads the English compound of an age bracket, "18-to-24-year-
// olds", "Eighteen-to-24-year-olds": the span "les 18-24 ans" names, not
// an identifier.
func (p *parser) ageSpanAt(i int) (*Mention, int) {
	if p.lang != English || i >= len(p.toks) || p.toks[i].kind == tSym {
		return nil, 0
	}
	k := i + 1
	for k < len(p.toks) && k < i+8 && p.glued(k) && !spanStop(p.sym(k)) {
		k++
	}
	if k == i+1 || !strings.HasPrefix(p.word(k-1), "year-old") {
		return nil, 0 // (spare the join: most words open no span)
	}
	m := ageSpanWord.FindStringSubmatch(strings.ToLower(p.text[p.toks[i].start:p.toks[k-1].end]))
	if m == nil {
		return nil, 0
	}
	lo, ok := p.spanEnd(m[1])
	hi, ok2 := p.spanEnd(m[2])
	if !ok || !ok2 {
		return nil, 0
	}
	return ptr(ageSpan(lo, hi)), k - i
}

// spanStop: punctuation glued after an age span ends it, "for
// 15-18-year-olds.", not a part of the compound.
func spanStop(sym string) bool {
	return sym != "" && strings.Contains(".,;:!?)", sym)
}

var ageSpanWord = regexp.MustCompile(`^([a-z]+|\d+)-(?:to-)?([a-z]+|\d+)-years?-olds?$`) // "18-to-24-year-olds", "11-14-year-olds"

// spanEnd reads one end of an age span, in digits or a number word.
func (p *parser) spanEnd(s string) (string, bool) {
	if strings.Trim(s, "0123456789") == "" {
		return strings.TrimLeft(s, "0"), s != ""
	}
	v, ok := p.atomValue(s)
	return itoa(int(v)), ok && v > 0
}

func ageSpan(lo, hi string) Mention {
	return Mention{Kind: Range, Value: lo + ".." + hi, Parts: []Mention{{Kind: Cardinal, Value: lo}, {Kind: Cardinal, Value: hi}}, style: "dash"}
}
