package figures

import "strings"

// golfPar signs a golf score told in words, "sitting three under
// at the halfway stage", "the two-over cut": the -3 and +2 French writes.
// Only with a word of golf in the sentence, as "three under the limit"
// is no score.
func (p *parser) golfPar(ms []Mention) {
	for k := range ms {
		if i := p.tokenAfter(ms[k].Start); ms[k].Kind == Cardinal && ms[k].style == "" && (p.word(i-1) == "par" && p.lang == English || p.word(i-1) == "par" && articles[p.word(i-2)] || p.sym(i-1) == "-" && p.word(i-2) == "par") {
			ms[k].style = "name" // "un par 3", "the par-3 11th": the kind of hole, no count
		}
	}
	if p.lang == French {
		p.frGolfPar(ms)
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.Kind != Cardinal || m.Signed || m.Unit != "" || m.Comparator != CmpNone {
			continue
		}
		v := m.Rat()
		if v == nil || !v.IsInt() || v.Sign() <= 0 || v.Num().Int64() > 40 {
			continue
		}
		j := p.tokenAfter(m.End)
		if p.sym(j) == "-" && p.glued(j) {
			j++ // "two-over"
		}
		side := strings.TrimSuffix(p.word(j), "-par") // "a 10-under-par 62"
		compound := false
		raw := strings.TrimSuffix(strings.ToLower(m.Raw), "-par") // "a seven-under-par 65"
		if dash := strings.LastIndexByte(raw, '-'); dash > 0 {
			if tail := raw[dash+1:]; tail == "under" || tail == "over" {
				side, compound = tail, true // "a seven-under 65", read as one word
			}
		}
		if side != "under" && side != "over" {
			continue
		}
		// "an eight-under 64" is a card, golf's own words; else a word of
		// golf stands near, in the sentence
		if !(compound && p.num(p.tokenAfter(m.End)) != nil) && !strings.HasSuffix(p.word(j), "-par") && !p.golfNear(j) { // ("10-under-par" says par itself)
			continue
		}
		m.Signed = true
		if side == "under" {
			m.Value = "-" + m.Value
		}
	}
}

// golfNear: a word of golf stands within 20 tokens of j, in its sentence.
func (p *parser) golfNear(j int) bool {
	lo, hi := p.sentenceTokens(p.toks[min(j, len(p.toks)-1)].start)
	return p.wordIn(max(lo, j-20), min(hi, j+20), golfWords)
}

var golfWords = map[string]bool{"par": true, "cut": true, "birdie": true, "birdies": true, "bogey": true, "bogeys": true,
	"eagle": true, "golf": true, "halfway": true, "leaderboard": true, "putt": true, "round": true, "rounds": true, "hole": true, "holes": true,
	"shot": true, "shots": true, "stroke": true, "strokes": true, "masters": true} // "won the Masters on 12 under (276), two shots clear"

// frGolfPar signs the French "quatre sous le par" and "deux au-dessus du
// par", as the English "four under par" is.
func (p *parser) frGolfPar(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Cardinal || m.Signed || m.Unit != "" {
			continue
		}
		j := p.tokenAfter(m.End)
		switch {
		case p.words(j, "sous", "le", "par") || p.words(j, "coups", "sous", "le", "par"):
			m.Signed, m.Value = true, "-"+m.Value
		case p.words(j, "au-dessus", "du", "par"):
			m.Signed = true
		}
	}
}
