package figures

// extraScaleAt reads English "an extra million", "a further billion",
// "another million", "the additional million jobs": one of a scale word with an adjective between the
// article and it, as in "gagner 1 million d'EVP" -> "gain an extra
// million TEU", and French "un autre milliard". What follows (a
// currency, a unit) is read as after digits.
func (p *parser) extraScaleAt(i int) (*Mention, int) {
	k := 0
	switch p.word(i) {
	case "un":
		if w := p.word(i + 1); w == "autre" || w == "nouveau" {
			k = 2 // "un autre milliard de dollars", "un nouveau million d'euros"
		}
	case "a", "an", "the":
		if p.lang != English { // ("the additional million jobs": un million d'emplois de plus)
			break
		}
		if w := p.word(i + 1); w == "extra" || w == "further" || w == "additional" {
			k = 2
		}
	case "another":
		k = boolInt(p.lang == English)
	}
	if k == 0 {
		return nil, 0
	}
	e, ok := p.scaleOf(p.word(i + k))
	if !ok || e < 3 || p.word(i + k)[len(p.word(i+k))-1] == 's' {
		return nil, 0 // "another millions" is no English; "hundreds" a vague count
	}
	v := value{v: pow10(e), n: 1, word: true, scale: p.toks[i+k].text}
	m := Mention{Kind: Cardinal, Value: canonical(v.v), Word: true, Scale: v.scale}
	n := k + 1
	if s := p.suffix(&m, i+n, v); s > 0 {
		n += s
	}
	return ptr(m), n
}
