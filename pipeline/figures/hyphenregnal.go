package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regnal numbers joined to their name by a hyphen (N12): French writes
// the places and institutions named after a ruler "le pont Alexandre-III",
// "le lycée Henri-IV", "l'avenue George-V", "la place Louis-XV", and the
// English "the Pont Alexandre III", "Lycée Henri IV", "George V Avenue".
// The numeral is part of the name on both sides; read on the English
// side only it was an added figure, and a changed one ("Henri V") must
// stay an error, so both sides read it as the regnal ordinal.

// hyphenRegnalAt reads one word made of a ruler's name, a hyphen and a
// Roman numeral: "Henri-IV", "Jean-Paul-II", "François-Ier".
func (p *parser) hyphenRegnalAt(i int) (*Mention, int) {
	v, ok := hyphenRegnal(p.toks[i])
	if !ok {
		return nil, 0
	}
	return &Mention{Kind: Ordinal, Value: itoa(v), style: "regnal", Unit: "regnal"}, 1
}

// hyphenRegnal: the value of the numeral of a word like "Henri-IV", the
// name before it a capitalised ruler's name.
func hyphenRegnal(t token) (int, bool) {
	n := len(t.text)
	if t.kind != tWord || n < 3 || t.text[n-1] != 'I' && t.text[n-1] != 'V' && t.text[n-1] != 'X' && !strings.HasSuffix(t.text, "-Ier") {
		return 0, false // most words: one byte tells
	}
	k := strings.LastIndexByte(t.text, '-')
	if k <= 0 || k == n-1 {
		return 0, false
	}
	name, num := t.text[:k], t.text[k+1:]
	if num != "Ier" && strings.Trim(num, "IVX") != "" {
		return 0, false // checked first: folding the name allocates
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || !regnalNames[foldWord(name)] {
		return 0, false
	}
	if num == "Ier" {
		return 1, true // François-Ier
	}
	if num == "I" {
		return 0, false // "Henri-I" is too rare to tell from a typo or an initial
	}
	return roman(num)
}

// regnalFirsts reads a "1er" written in digits after a capitalised name
// as a regnal first, "Lucien 1er," (mocking a leader as a king), as
// "François Ier" is: the first of a name, which English may write "I"
// or leave out. A "1er" before a month is a date's first day.
func (p *parser) regnalFirsts(ms []Mention) {
	if p.lang != French {
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.Kind != Ordinal || m.Value != "1" || m.Raw != "1er" {
			continue
		}
		i := p.tokenAfter(m.Start)
		if i < 1 || !p.capital(i-1) || p.sentenceInitial(i-1) || p.word(i-1) == "" || frMonths[p.word(i+2)] != 0 {
			continue
		}
		if s := p.sym(i + 2); s == "," || s == "." || s == ")" || s == ";" || i+2 >= len(p.toks) || regnalTitles[p.word(i-2)] {
			m.style, m.Unit = "regnal", "regnal" // ("du roi Boleslav 1er élu pour toujours": the title says it)
		}
	}
}

// regnalTitles name a sovereign before the name a regnal number follows.
var regnalTitles = map[string]bool{"roi": true, "reine": true, "empereur": true, "impératrice": true, "pape": true,
	"tsar": true, "tsarine": true, "sultan": true, "shah": true, "prince": true, "princesse": true, "duc": true,
	"duchesse": true, "comte": true, "comtesse": true, "grand-duc": true, "calife": true, "pharaon": true}
