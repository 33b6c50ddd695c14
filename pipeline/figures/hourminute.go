package figures

import "strings"

// hourMinuteAt reads an English length told as two hyphenated
// adjectives, "a four-hour, 52-minute battle", "a 2-hour 15-minute
// wait": one duration, as the French "un match de 4 h 52" gives it.
func (p *parser) hourMinuteAt(i int) (*Mention, int) {
	if p.lang != English {
		return nil, 0
	}
	if m, ok := hourAndMinuteWord(p.word(i)); ok {
		return ptr(m), 1
	}
	h, k := p.hyphenCount(i, "hour", "-hour")
	if k == 0 {
		return nil, 0
	}
	j := i + k
	if p.sym(j) == "," || p.word(j) == "and" {
		j++
	}
	m, k2 := p.hyphenCount(j, "minute", "-minute")
	if k2 == 0 || m >= 60 || h > 99 {
		return nil, 0
	}
	return &Mention{Kind: Quantity, Unit: "s", Value: itoa(h*3600 + m*60)}, j + k2 - i
}

// hyphenCount reads "52-minute" (three tokens) or "four-hour" (one word)
// at i for the unit word (suffix is it with its hyphen, given whole so
// that no figure start pays for a concatenation): the count and the
// tokens taken.
func (p *parser) hyphenCount(i int, unit, suffix string) (int, int) {
	if nb := p.num(i); nb != nil && !nb.decimal && !nb.grouped && p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) && p.word(i+2) == unit {
		return int(nb.val.Num().Int64()), 3
	}
	if pre, ok := strings.CutSuffix(p.word(i), suffix); ok {
		if v, found := enUnits[pre]; found && v > 0 {
			return int(v), 1
		}
	}
	return 0, 0
}

// hourAndMinuteWord reads the one hyphenated word "three-hour-and-five-
// minute" ("a record three-hour-and-five-minute final"): 3 h 05.
func hourAndMinuteWord(w string) (Mention, bool) {
	hours, minutes, ok := strings.Cut(w, "-hour-and-")
	if !ok {
		return Mention{}, false
	}
	minutes, ok = strings.CutSuffix(minutes, "-minute")
	h, okH := enUnits[hours]
	m, okM := enUnits[minutes]
	if !ok || !okH || !okM || h == 0 || m >= 60 {
		return Mention{}, false
	}
	return Mention{Kind: Quantity, Unit: "s", Value: itoa(int(h*3600 + m*60)), Word: true}, true
}
