package figures

// Betting odds (N19): "à la cote de 12/1", "a 20/1 shot", "at 12-1
// odds", "3 contre 1". They are one figure, N to M, compared like a
// score: "12/1" is no date and no pair of counts.

// oddsAt reads N/M after a French "cote" or next to an English "odds",
// "shot", "outsider" or "favourite".
func (p *parser) oddsAt(i int) (*Mention, int) {
	a, b := p.num(i), p.num(i+2)
	if p.lang == French && a != nil && b != nil && p.word(i+1) == "contre" && !a.decimal && !b.decimal && !a.grouped && p.oddsCue(i) {
		// "à la cote de 14 contre 1"
		return &Mention{Kind: Score, Value: p.toks[i].text + "-" + p.toks[i+2].text, style: "odds"}, 3
	}
	dash := p.lang == English && p.sym(i+1) == "-" // "a 67-1 outsider", with its cue after it
	if a == nil || b == nil || p.sym(i+1) != "/" && !dash || !p.glued(i+1) || !p.glued(i+2) || a.decimal || b.decimal || a.grouped {
		return nil, 0
	}
	if !p.oddsCue(i) {
		return nil, 0
	}
	return &Mention{Kind: Score, Value: p.toks[i].text + "-" + p.toks[i+2].text, style: "odds"}, 3
}

// oddsCue: the words around N/M at i say odds.
func (p *parser) oddsCue(i int) bool {
	if p.lang == French {
		for k := 1; k <= 3; k++ {
			switch p.word(i - k) {
			case "cote", "cotes", "coté", "cotée", "cotés":
				return true
			}
		}
		return false
	}
	switch p.word(i + 3) {
	case "odds", "shot", "outsider", "favourite", "favorite", "chance":
		return true
	}
	return p.word(i-1) == "of" && p.word(i-2) == "odds" || p.word(i-1) == "at" && p.word(i-2) == "off"
}
