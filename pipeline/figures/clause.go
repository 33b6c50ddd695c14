package figures

import (
	"math/big"
	"unicode"
	"unicode/utf8"
)

// clauseReach bounds the words read on each side of a figure for its
// clause, so that a long sentence costs no more than a short one.
const clauseReach = 10

// clauseWords are the common content words of a figure's clause, up to
// the punctuation around it: what the figure is said of ("le déficit
// public a atteint 3,2 %", "growth reached 3.2%"). Names are left out:
// a city or a company is said of every figure around it.
func (p *parser) clauseWords(m *Mention, lo, hi int) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	var out []string
	for j := i1; j < len(p.toks) && j < i1+clauseReach && p.toks[j].start < hi && !clauseBreak(p.toks[j]); j++ {
		if w := p.clauseWord(j); w != "" {
			out = append(out, w)
		}
	}
	j := i0 - 1
	for ; j >= 0 && j >= i0-clauseReach && p.toks[j].end > lo && !clauseBreak(p.toks[j]); j-- {
		if w := p.clauseWord(j); w != "" {
			out = append(out, w)
		}
	}
	if p.sym(j) == "," && (p.word(j+1) == "soit" || p.word(j+1) == "i") {
		// "trois campings, soit environ 3 500 personnes": the figure
		// restates the clause before it
		for k := j - 1; k >= 0 && k >= j-clauseReach && p.toks[k].end > lo && !clauseBreak(p.toks[k]); k-- {
			if w := p.clauseWord(k); w != "" {
				out = append(out, w)
			}
		}
	}
	m.clause = out
}

func clauseBreak(t token) bool {
	if t.kind == tNum || ctxBreak[t.low] {
		return true // another figure's words, "et", "while"
	}
	if t.kind != tSym {
		return false
	}
	switch t.low {
	case ",", ";", ":", ".", "!", "?", "(", ")", "«", "»", "\"", "—", "–":
		return true
	}
	return false
}

// clauseWord is the content word at j, or "" for a name, a number, a
// function word or a word of time, which bind nothing.
func (p *parser) clauseWord(j int) string {
	t := p.toks[j]
	if t.kind != tWord || len(t.low) <= 3 || ctxStop[t.low] || notNoun[t.low] || frFunction[t.low] || periodUnit[t.low] != "" || genericWords[t.low] || entityWords[t.low] {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) && !p.sentenceInitial(j) {
		return "" // a name: Rennes, Renault, the Fed
	}
	return t.low
}

// genericWords say nothing of what a figure counts.
var genericWords = map[string]bool{
	"dernier": true, "dernière": true, "prochain": true, "prochaine": true, "last": true, "next": true,
	"environ": true, "about": true, "around": true, "nearly": true, "almost": true, "over": true, "under": true,
	"selon": true, "according": true, "said": true, "says": true, "déjà": true, "already": true, "only": true,
	"seulement": true, "also": true, "aussi": true, "encore": true, "still": true, "cette": true, "there": true,
	"which": true, "what": true, "where": true, "they": true, "them": true, "elle": true, "elles": true, "ils": true,
}

// entityWords name who or where rather than what is counted: the museum
// is the subject of every figure of a story about it.
var entityWords = map[string]bool{
	"musée": true, "museum": true, "club": true, "équipe": true, "team": true, "ville": true, "city": true,
	"town": true, "commune": true, "mairie": true, "municipalité": true, "council": true, "festival": true,
	"tribunal": true, "court": true, "gouvernement": true, "government": true, "entreprise": true,
	"company": true, "groupe": true, "group": true, "société": true, "firm": true, "pays": true, "country": true,
	"région": true, "region": true, "département": true, "county": true, "état": true, "state": true,
	"ministère": true, "ministry": true, "direction": true, "management": true, "municipal": true,
	"municipale": true, "national": true, "nationale": true, "régional": true, "régionale": true, "local": true,
}

// clauseConflict finds a source figure that the summary figure t is said
// of, when t's clause shares nothing with the clause of the source figure
// s it equals, and shares words with the clause of another source figure
// of the same kind: "Growth reached 3.2%" when 3,2 % is the deficit and
// the growth was 1,1 % (figures.md, Matching 4).
func clauseConflict(src []*atom, s *atom, t Mention) *atom {
	words := func(m Mention) []string {
		if m.Kind == Identifier {
			return m.ctx // a name is said of the names next to it: Airbus A350
		}
		return m.clause
	}
	if len(words(t)) == 0 || !numeric(t) && t.Kind != Identifier || class(s.m.Kind) != class(t.Kind) {
		return nil
	}
	own := clauseSim(words(s.m), words(t))
	var best *atom
	bestSim := 0
	for _, o := range src {
		if o == s || o.m.Value == t.Value || class(o.m.Kind) != class(t.Kind) || o.m.Unit != t.Unit && t.Kind != Identifier {
			continue
		}
		if t.Kind == Identifier && letters(o.m.Value) != letters(t.Value) {
			continue // an A350 for an A380, not for a CAC 40
		}
		if !comparable(o.m, t) {
			continue // 3 campsites are no mistake for some 3,500 people
		}
		if a, _ := duration(o.m); (a != nil) != isDuration(t) {
			continue // three weeks are no count of tickets
		}
		if o.m.Value == s.m.Value {
			return nil // the same figure said twice: either may be meant
		}
		if sim := clauseSim(words(o.m), words(t)); sim > bestSim {
			best, bestSim = o, sim
		}
	}
	// Another figure's clause must say clearly more: all of it against
	// nothing, or two words more than the figure's own.
	if own == 0 && bestSim >= 1 || bestSim >= own+2 {
		return best
	}
	return nil
}

// clauseSim counts the words of a French clause that the English clause
// translates.
func clauseSim(fr, en []string) int {
	n := 0
	for _, f := range fr {
		for _, e := range en {
			if f == e || headAgrees(f, e) || translates(f, e) || cognate(f, e) {
				n++
				break
			}
		}
	}
	return n
}

// letters is the alphabetic part of an identifier key: A-380 -> A.
func letters(key string) string {
	out := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		if c := key[i]; c >= 'A' && c <= 'Z' {
			out = append(out, c)
		}
	}
	return string(out)
}

func isDuration(m Mention) bool {
	d, _ := duration(m)
	return d != nil
}

// comparable: two amounts within a factor of 100 of each other, as
// figures a summary may confuse are.
func comparable(a, b Mention) bool {
	x, y := a.Rat(), b.Rat()
	if x == nil || y == nil || x.Sign() == 0 || y.Sign() == 0 {
		return true
	}
	q, _ := new(big.Rat).Quo(x, y).Float64()
	if q < 0 {
		q = -q
	}
	return q <= 100 && q >= 0.01
}
