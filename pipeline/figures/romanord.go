package figures

import "strings"

// English writes Roman ordinals with its own suffixes, "XXVIIIth
// Report", "XIXth century", "XXIst century", where French writes
// "XXVIIIe rapport", "XIXe siècle" (N12): the same ordinal, 28 and 19.

// romanOrdinalEn parses XIXth, XXIst, IInd, IIIrd; low is the token
// already folded, so that the pronoun "I" costs no copy.
func romanOrdinalEn(text, low string) (int, bool) {
	if len(low) < 3 {
		return 0, false
	}
	for _, suf := range []string{"th", "st", "nd", "rd"} {
		if head, ok := strings.CutSuffix(low, suf); ok && head != "" {
			head = strings.ToUpper(head)
			if !strings.HasPrefix(text, head) || !strings.HasSuffix(text, suf) {
				return 0, false // "xixth" in lower case is no numeral, nor an acronym in capitals, "IRD", "VAT"... "IIND"
			}
			v, ok := roman(head)
			if ok && suf != "th" && ordSuffix(v) != suf {
				return 0, false // "IRD" would be a first told "-rd"
			}
			return v, ok
		}
	}
	return 0, false
}

// romanOrdinalEnAt reads an English Roman ordinal, with "century" as
// its unit when it dates one.
func (p *parser) romanOrdinalEnAt(i int) (*Mention, int) {
	v, ok := romanOrdinalEn(p.toks[i].text, p.toks[i].low)
	if !ok {
		return nil, 0
	}
	m := Mention{Kind: Ordinal, Value: itoa(v), style: "roman"}
	if w := p.word(i + 1); w == "century" || w == "centuries" {
		m.Unit = "century"
		return ptr(m), 2
	}
	return ptr(m), 1
}

// bareRomanOrdinal: French copy sometimes drops the suffix, "sur le
// XXVIII rapport": a numeral of two letters or more between an article
// and a noun can only be an ordinal. The XV and the XIII are rugby
// teams ("le XV tricolore"), named, not ranked.
func (p *parser) bareRomanOrdinal(i int) (*Mention, int) {
	t := p.toks[i]
	v, ok := roman(t.text)
	if !ok || len(t.text) < 2 || p.lang != French || t.text == "XV" || t.text == "XIII" {
		return nil, 0
	}
	switch p.word(i - 1) {
	case "le", "la", "les", "du", "au", "aux":
	default:
		return nil, 0
	}
	if nx := p.word(i + 1); len(nx) < 3 || p.capital(i+1) || frFunction[nx] || ctxStop[nx] || ctxBreak[nx] {
		return nil, 0
	}
	return &Mention{Kind: Ordinal, Value: itoa(v), style: "roman"}, 1
}
