package figures

import "strings"

// Bounds said with a preposition of place (N9): "sous les 10 000 euros",
// "sous la barre des 5 %", "en dessous de 2 %", "au-dessus de 30 °C" are
// below or above the figure, as "below €10,000", "under 5%", "above 30C",
// "beyond 1,000" are. Read as exact figures, a translation that turned
// the bound around ("sous" -> "above") passed unseen, and a faithful
// "under" was an added hedge.

// frPrepBounds open a bound; each is followed by "de", "des", "du" or
// "d'" (au-dessus de) unless noted in prepNeedsDe.
var frPrepBounds = map[string]Comparator{"sous": CmpLT, "au-dessus": CmpGT, "au-dessous": CmpLT,
	"en-dessous": CmpLT, "en-deçà": CmpLT, "au-delà": CmpGT, "par-delà": CmpGT}

// enPrepBounds are the English ones; "under" and "over" are hedges of
// their own (enHedges) and come here only before "the N mark".
var enPrepBounds = map[string]Comparator{"below": CmpLT, "beneath": CmpLT, "above": CmpGT, "beyond": CmpGT,
	"under": CmpLT, "over": CmpGT, "past": CmpGT}

// boundMarks are the nouns that name a figure as a line to cross: "la
// barre des 5 %", "the 5% mark".
var boundMarks = map[string]bool{"barre": true, "seuil": true, "cap": true, "niveau": true, "plafond": true,
	"plancher": true, "limite": true, "palier": true, "ligne": true, "mark": true, "threshold": true,
	"level": true, "barrier": true, "line": true, "ceiling": true, "floor": true, "limit": true, "bar": true}

// markAdjectives may stand between a mark and its figure: "la barre
// symbolique des 5 %".
var markAdjectives = map[string]bool{"symbolique": true, "fatidique": true, "psychologique": true,
	"historique": true, "fameuse": true, "fameux": true}

// prepBoundAt reads a bound said with a preposition and the figure after
// it, or nothing.
func (p *parser) prepBoundAt(i int) (*Mention, int) {
	cmp, k := p.prepBound(i)
	if k == 0 || p.lang == English && p.word(i+1) != "the" && enHedgeWord(p.word(i)) {
		return nil, 0 // "under 5" is a hedge of its own: hedgeAt reads it
	}
	if p.comparative(i) || intensifiers[p.word(i-1)] {
		return nil, 0 // "bien au-delà des 4,4 % prévus": another figure compared with this one
	}
	j, marked := p.boundMarkAt(i + k)
	m, n := p.figure(j)
	if n > 0 && m.Kind == Range {
		m, n = p.single(j) // "below 4% to 3.93%": the bound, then where it went
	}
	if n == 0 || !numeric(*m) || m.Value == "0" || m.Comparator != CmpNone || periodUnit[p.word(j+n)] != "" && p.word(i) == "sous" {
		return nil, 0 // "sous zéro" is a sign, "sous 48 heures" a deadline
	}
	if p.word(i) == "sous" && m.Unit == "°C" && !marked {
		return nil, 0 // "disputé sous 37 °C": in that heat, no bound
	}
	if p.lang == English {
		marked = marked || j > i+k && (boundMarks[p.word(j+n)] || boundMarks[p.word(j+n+1)])
		if j > i+k && !marked || !marked && enHedgeWord(p.word(i)) {
			return nil, 0 // "above the 3 others"; "under 5" is a hedge of its own
		}
	}
	year := yearsOnly(*m) || isYearish(*m) && n == 1 && len(p.toks[j].text) == 4
	if !marked && (m.Word && m.Kind == Cardinal || year && (cmp == CmpLT || p.word(i) == "above")) {
		return nil, 0 // "sous deux angles"; "below 2019 levels" compares with a year
	}
	m.Comparator, m.markBound = cmp, marked
	return m, j - i + n
}

// enHedgeWord: the English words that bound a figure right after them as
// hedges, and here only before "the N mark"; "past" bounds nothing else
// ("past 5 o'clock").
func enHedgeWord(w string) bool { return w == "under" || w == "over" || w == "past" }

// intensifiers before a preposition make it compare two figures ("5,5 %,
// bien au-delà des 4,4 % prévus", "well above the forecast"): the figure
// after it is a reference, bounded by nothing.
var intensifiers = map[string]bool{"bien": true, "largement": true, "nettement": true, "très": true,
	"loin": true, "well": true, "far": true, "way": true, "much": true, "significantly": true}

// prepBound matches the preposition at i and the "de" after it.
func (p *parser) prepBound(i int) (Comparator, int) {
	w := p.word(i)
	if p.lang == English {
		c, ok := enPrepBounds[w]
		return c, boolInt(ok)
	}
	k := 1
	if (w == "en" || w == "au") && (p.word(i+1) == "dessous" || p.word(i+1) == "deçà") {
		w, k = w+"-"+p.word(i+1), 2 // "en dessous de", written apart
	}
	c, ok := frPrepBounds[w]
	switch {
	case !ok:
		return CmpNone, 0
	case w == "sous":
		return c, 1
	}
	switch p.word(i + k) {
	case "de", "d'":
		return c, k + 1
	case "des", "du":
		return c, k // "au-dessus des 10 000 euros", "du seuil de": de + article, the article kept
	}
	return CmpNone, 0
}

// boundMarkAt skips an article or a mark before the figure ("les", "la
// barre des", "le seuil symbolique de", "the 5% mark" leaves "the"):
// the index of the figure and whether a French mark was named.
func (p *parser) boundMarkAt(j int) (int, bool) {
	switch p.word(j) {
	case "les", "des", "the":
		if p.lang == English && p.word(j+1) != "" && boundMarks[p.word(j+1)] && p.word(j+2) == "of" {
			return j + 3, true // "below the threshold of 5%"
		}
		return j + 1, false
	case "la", "le", "l'", "du":
	default:
		return j, false
	}
	if !boundMarks[p.word(j+1)] {
		return j, false
	}
	k := j + 2
	if markAdjectives[p.word(k)] {
		k++
	}
	switch p.word(k) {
	case "des", "de", "d'", "du":
		return k + 1, true
	}
	return j, false
}

// lastingVerbs say how long something takes: after them "over four
// hours" and "under ten days" bound the length ("the trip takes over
// four hours", "rose 6 metres in under four hours"), where elsewhere
// "over ten years" is the period something is spread over.
var lastingVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true,
	"last": true, "lasts": true, "lasted": true, "lasting": true, "for": true, "after": true, "of": true,
	"spent": true, "spend": true, "spends": true, "waited": true, "wait": true, "waits": true, "sometimes": true,
	"often": true, "usually": true, "required": true, "requires": true, "require": true, "in": true}

// lengthBound: the "over" or "under" at i bounds a length of time.
func (p *parser) lengthBound(i int) bool {
	if w := p.word(i - 2); p.word(i-1) == "in" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return false // "phased in over eight years": the verb's particle, then the span ("in over five years" bounds it)
	}
	return lastingVerbs[p.word(i-1)]
}
