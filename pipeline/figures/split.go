package figures

import "strings"

// A split in two shares of a hundred, "50:50", "60-40", "moitié-moitié",
// says how a whole is shared, never a race time or a score (N10). It pairs
// with the other side's split. Said in words ("moitié-moitié", "à parts
// égales") it is soft, as "split evenly" is; in digits it is a fact.

// evenSplit is 50:50 said in words, soft.
var evenSplit = Mention{Kind: Score, Value: "50-50", Word: true, style: "idiom", Alt: "split"}

// splitAt reads a split: two numbers that add up to 100 joined by a
// colon, a dash or a slash with no space, or "moitié-moitié",
// "fifty-fifty".
func (p *parser) splitAt(i int) (*Mention, int) {
	if w := p.word(i); w == "moitié-moitié" || w == "fifty-fifty" || w == "half-and-half" {
		return ptr(evenSplit), 1
	}
	if p.lang == French && p.word(i) == "moitié" && p.word(i-1) == "par" {
		// "le partage se faisait par moitié"
		return ptr(evenSplit), 1
	}
	if (p.words(i, "autre", "moitié") && p.word(i-1) == "l'" || p.words(i, "other", "half") && p.word(i-1) == "the") && p.halfBefore(i) {
		// "la moitié aux programmes et l'autre moitié à la dette"
		return ptr(evenSplit), 2
	}
	if p.lang == French && p.words(i, "à", "parts", "égales") {
		return ptr(evenSplit), 3 // "un partenariat à parts égales"
	}
	if p.lang == French && (p.word(i) == "également" || p.word(i) == "équitablement") && p.shareVerbBefore(i) {
		return ptr(evenSplit), 1 // "répartir également les coûts"
	}
	a, b := p.num(i), p.num(i+2)
	if a == nil || b == nil || a.decimal || b.decimal || a.grouped || b.grouped || !p.glued(i+1) || !p.glued(i+2) || p.glued(i+3) && p.sym(i+3) != "," && p.num(i+4) != nil {
		return nil, 0
	}
	if s := p.sym(i + 1); s != ":" && s != "/" && (s != "-" || p.lang != English) {
		return nil, 0 // (a French "50-50" is left to the score and range readers)
	}
	x, y := atoiSafe(p.toks[i].text), atoiSafe(p.toks[i+2].text)
	if x+y != 100 || x < 5 || y < 5 || x%5 != 0 || y%5 != 0 {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: itoa(x) + "-" + itoa(y), style: "split", Alt: "split"}, 3
}

// shareVerbBefore: a verb of sharing out stands a few words before i
// ("répartir également les coûts", "les frais seront partagés
// équitablement"), so the adverb says how, not "also".
func (p *parser) shareVerbBefore(i int) bool {
	for k := 1; k <= 4 && i-k >= 0; k++ {
		w := p.word(i - k)
		if strings.HasPrefix(w, "répart") || strings.HasPrefix(w, "partag") || strings.HasPrefix(w, "divis") {
			return true
		}
	}
	return false
}

// halfBefore: a first half stands earlier in the sentence ("la moitié aux
// programmes et l'autre moitié à la dette"), so "the other half" shares
// a whole out; alone it is a part ("l'autre moitié du monde").
func (p *parser) halfBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-25; k-- {
		if w := p.word(k); w == "moitié" || w == "half" {
			return true
		}
		if s := p.sym(k); s == "." || s == ";" || s == "?" || s == "!" {
			return false
		}
	}
	return false
}
