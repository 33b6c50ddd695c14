package figures

import (
	"strings"
	"unicode"
)

// Acts and procedures of the European institutions are numbered with
// slashes: "décision no 2496/96/CECA" = "Decision No. 2496/96/ECSC",
// "règlement (CE) no 1234/2007", "C5-0104/1999", "1999/2107(COS)". They
// compare as identifiers (N16): their parts are no separate figures, the
// acronym of the institution is translated (CECA = ECSC) and so is left
// out of the key, and the spaced hyphen that separates two of them in a
// list, "C5-0105/1999 -1999/2108(COS)", is a dash, not a minus sign.

// slashCodeAt reads such a code at i, or at the number after a spaced
// dash at i.
func (p *parser) slashCodeAt(i int) (*Mention, int) {
	lead := 0
	if p.sym(i) == "-" && !p.glued(i) && p.glued(i+1) && p.num(i+1) != nil {
		lead = 1
	}
	k := p.slashCode(i + lead)
	if k == 0 {
		return nil, 0
	}
	m := p.ident(i+lead, k)
	m.Value = dropAcronyms(m.Value)
	return ptr(m), lead + k
}

// slashCode is the length of the code starting at i, or zero: an
// optional series prefix (C5-0104), then numbers or upper-case acronyms
// joined by glued slashes, then an optional "(COS)". A run with one
// slash and digits only (2011/12, 1/3, 7/5) is a code only after "no"
// or "n°" or before "(COD)"; dates (12/05/2020) are never one, nor
// units (km/h).
func (p *parser) slashCode(i int) int {
	j := i
	if p.docPrefix(i) {
		j = i + 3 // C, 5, -
	}
	if p.num(j) == nil {
		return 0
	}
	j++
	slashes, letters := 0, j-i > 1
	for p.sym(j) == "/" && p.glued(j) && p.glued(j+1) && (p.num(j+1) != nil || p.acronym(j+1)) {
		slashes++
		letters = letters || p.num(j+1) == nil
		j += 2
	}
	if slashes == 0 || numericDate.MatchString(p.text[p.toks[i].start:p.toks[j-1].end]) {
		return 0
	}
	tail := 0
	if p.sym(j) == "(" && p.acronym(j+1) && p.glued(j+1) && p.sym(j+2) == ")" && p.glued(j+2) &&
		(p.glued(j) || procedures[p.toks[j+1].text]) {
		tail = 3 // 1999/2107(COS), 1999/0083 (COD)
	}
	if letters || tail > 0 || slashes >= 2 || p.numberWord(i-1) || (p.word(i-1) == "no" || actNouns[p.word(i-1)] || actNouns[p.word(i-2)] && euAdjectives[p.word(i-1)]) && p.longPart(i, j) {
		return j - i + tail
	}
	return 0
}

// longPart: a part of the code at i..j has three digits or more, so an
// English "no" before it is the French n° left as is ("no 1260/1999"),
// not the negation of "no 24/7 service".
func (p *parser) longPart(i, j int) bool {
	for k := i; k < j; k++ {
		if n := p.num(k); n != nil && n.intLen >= 3 {
			return true
		}
	}
	return false
}

// actNouns name a numbered act: "règlement 1049/2001", "Directive
// 95/46" are codes, not spans of years.
var actNouns = map[string]bool{"règlement": true, "directive": true, "décision": true, "regulation": true,
	"decision": true, "résolution": true, "resolution": true}

// procedures are the codes of the Parliament's procedures, which may
// stand apart from their number: "1999/0083 (COD)".
var procedures = map[string]bool{"COD": true, "COS": true, "CNS": true, "AVC": true, "SYN": true,
	"INI": true, "ACI": true, "BUD": true, "DEC": true, "NLE": true, "RSP": true, "APP": true, "INS": true}

// docPrefix: the capitals of a document series glued to its number and
// a dash, C5-0104/1999, A5-0073/1999.
func (p *parser) docPrefix(i int) bool {
	return p.glued(i+1) && p.num(i+1) != nil && p.sym(i+2) == "-" && p.glued(i+2) && p.glued(i+3) &&
		p.num(i+3) != nil && len(p.toks[i].text) <= 2 && p.acronym(i)
}

// acronym: a word in capitals, CECA, ECSC, COS, CE.
func (p *parser) acronym(j int) bool {
	if p.word(j) == "" {
		return false
	}
	t := p.toks[j].text
	if len(t) > 6 {
		return false
	}
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false // checked in place: this runs at every word
		}
	}
	return true
}

// numberWord: "no", "n°", "No." or "number" names the code that follows.
func (p *parser) numberWord(j int) bool {
	if p.sym(j) == "." && p.word(j-1) == "no" || p.sym(j) == "°" {
		return true
	}
	w := p.word(j)
	if w == "no" && p.lang == English && !p.capital(j) {
		return false // "no 24/7 service": the negation
	}
	return w == "no" || w == "nº" || w == "n°" || w == "number" || w == "numéro"
}

// dropAcronyms removes the letter parts after the first number of an
// identifier key: CECA and ECSC, COS, CE and EC name the institution in
// each language.
func dropAcronyms(key string) string {
	parts := strings.Split(key, "-")
	out := parts[:0]
	seenDigit := false
	for _, s := range parts {
		digit := s != "" && s[0] >= '0' && s[0] <= '9'
		if !digit && seenDigit {
			continue
		}
		seenDigit = seenDigit || digit
		out = append(out, s)
	}
	return strings.Join(out, "-")
}

// euAdjectives stand between an act's noun and its number: "le règlement
// européen 261/2004".
var euAdjectives = map[string]bool{"européen": true, "européenne": true, "communautaire": true, "eu": true, "ec": true}
