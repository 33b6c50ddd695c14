package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceStarts returns the byte offsets where sentences start: after
// . ! ? followed by a space and an upper-case letter or a quote.
func sentenceStarts(text string) []int {
	out := []int{0}
	for i := 0; i < len(text)-2; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != ';' {
			continue
		}
		if text[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i+2:])
		if unicode.IsUpper(r) || r == '"' || r == '«' || r == '“' {
			if c == '.' && i >= 1 && (text[i-1] == 'M' || text[i-1] == 'r') && (i < 2 || text[i-2] == ' ' || text[i-2] == 'M') {
				continue // M. Stoltenberg, Mr. Smith
			}
			out = append(out, i+2)
		}
	}
	return out
}

var skipHead = map[string]bool{
	"de": true, "d'": true, "des": true, "of": true, "the": true, "les": true, "du": true,
	"more": true, "plus": true, "other": true, "autres": true, "new": true, "nouveaux": true,
	"derniers": true, "dernières": true, "prochains": true, "prochaines": true, "premiers": true,
	"premières": true, "last": true, "next": true, "past": true, "first": true,
}

// context fills the head noun, the attribution and the sign cue.
func (p *parser) context(m *Mention) {
	j := p.tokenAfter(m.End)
	for k := 0; k < 3 && j < len(p.toks) && m.Head == ""; k++ {
		if w := p.word(j); w != "" && !skipHead[w] {
			m.Head = w
			break
		}
		if p.toks[j].kind != tWord {
			break
		}
		j++
	}
	if p.lang == English && (m.Head == "" || notNoun[m.Head]) {
		// "killing 12 and injuring 85": the verb before says what is counted
		if w := p.word(p.tokenAfter(m.Start) - 1); enHeads[w] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			m.Head = w // a verb, not a noun before the figure ("children between 9 and 13")
		}
	}
	i := p.tokenAfter(m.Start)
	m.det = determiners[p.word(i-1)] || p.words(i-3, "il", "y", "a") // il y a deux ans: a relative date
	m.Attr = p.attribution(m)
	if p.lang == English {
		m.negCue = p.negCue(m)
	}
}

// determiners before a small number word make it "both" or "the two":
// a way of speaking more than a count.
var determiners = map[string]bool{"les": true, "ces": true, "ses": true, "leurs": true, "nos": true, "vos": true,
	"mes": true, "tes": true, "the": true, "these": true, "those": true, "their": true, "its": true, "his": true,
	"her": true, "our": true, "your": true, "my": true, "both": true, "aux": true, "des": true}

// tokenAfter is the index of the first token starting at or after off.
func (p *parser) tokenAfter(off int) int {
	lo, hi := 0, len(p.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if p.toks[mid].start < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// attributionNouns name who gave a figure (figures.md, Matching 3-4).
var attributionNouns = map[string]string{
	"préfecture": "officials", "police": "officials", "policiers": "officials", "autorités": "officials",
	"syndicats": "unions", "syndicat": "unions", "cgt": "unions", "unions": "unions", "union": "unions",
	"organisateurs": "organisers", "organisers": "organisers", "organizers": "organisers",
	"gouvernement": "officials", "government": "officials", "ministère": "officials", "ministry": "officials",
	"authorities": "officials", "officials": "officials",
	"direction": "management", "management": "management", "patronat": "employers", "employeurs": "employers",
	"employers": "employers", "opposition": "opposition",
}

// attribution finds "selon X" after a French figure, or an attribution
// noun anywhere in the English sentence of the figure.
func (p *parser) attribution(m *Mention) string {
	if p.lang == French {
		j := p.tokenAfter(m.End)
		for k := 0; k < 5 && j+k < len(p.toks); k++ {
			t := p.toks[j+k]
			if t.kind == tNum || t.low == "," || t.low == "." || t.low == ";" {
				break
			}
			if a := attributionNouns[t.low]; a != "" && k > 0 {
				return a
			}
		}
		return p.clauseSubject(m)
	}
	lo, hi := p.sentenceTokens(m.Start)
	for j := lo; j < hi; j++ {
		if a := attributionNouns[p.word(j)]; a != "" {
			return a
		}
	}
	return ""
}

// clauseSubject finds an attribution noun earlier in the figure's clause:
// "les syndicats réclament 8 %, la direction propose 3,5 %".
func (p *parser) clauseSubject(m *Mention) string {
	for j := p.tokenAfter(m.Start) - 1; j >= 0; j-- {
		t := p.toks[j]
		if t.kind == tNum || t.low == "," || endMark(t.low) {
			return ""
		}
		if a := attributionNouns[t.low]; a != "" {
			return a
		}
	}
	return ""
}

// sentenceTokens bounds the tokens of the sentence around off.
func (p *parser) sentenceTokens(off int) (int, int) {
	i := p.tokenAfter(off)
	lo, hi := i, i
	for lo > 0 && !endMark(p.sym(lo-1)) {
		lo--
	}
	for hi < len(p.toks) && !endMark(p.sym(hi)) {
		hi++
	}
	return lo, hi
}

func endMark(s string) bool { return s == "." || s == "!" || s == "?" || s == ";" }

var negWords = map[string]bool{
	"fall": true, "fell": true, "falls": true, "drop": true, "dropped": true, "drops": true,
	"decline": true, "declined": true, "decrease": true, "decreased": true, "down": true,
	"lower": true, "cut": true, "loss": true, "slump": true, "plunge": true, "plunged": true,
	"minus": true, "contraction": true, "shrank": true, "reduction": true, "lost": true, "slid": true,
	"declines": true, "slumped": true, "shed": true, "contracted": true, "negative": true, "decreases": true,
}

// negCue: a word of decrease near an English figure, so that a French
// "−3 %" may read "a 3% fall" (N18).
func (p *parser) negCue(m *Mention) bool {
	i := p.tokenAfter(m.Start)
	for k := max(0, i-4); k < min(len(p.toks), i+6); k++ {
		if negWords[strings.ToLower(p.word(k))] {
			return true
		}
	}
	return false
}

// notNoun are words after a figure that say it has no noun of its own.
var notNoun = map[string]bool{"and": true, "or": true, "in": true, "on": true, "at": true, "to": true,
	"by": true, "from": true, "for": true, "with": true, "as": true, "after": true, "before": true,
	"while": true, "when": true, "but": true, "since": true, "than": true, "were": true, "was": true,
	"are": true, "is": true, "have": true, "had": true, "has": true}
