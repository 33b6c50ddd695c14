package figures

import "strconv"

// Stoppage time in football: French "à la 90e+4", "90e + 4" and English
// "90+4" are the 94th minute, which English also says "the 94th minute"
// or "the fourth minute of stoppage time" (the base minute left unsaid).

// stoppageAt reads "90e+4", "45e + 2", "90+4", "90+4th": the minute the
// match clock shows, an ordinal kept with its two parts.
func (p *parser) stoppageAt(i int) (*Mention, int) {
	if m, n := p.addedTimeAt(i); n > 0 {
		return m, n
	}
	nb := p.num(i)
	if nb == nil || nb.decimal || nb.grouped {
		return nil, 0
	}
	base, _ := strconv.Atoi(p.toks[i].text)
	if base != 45 && base != 90 && base != 105 && base != 120 {
		return nil, 0
	}
	k := 1
	if p.glued(i+1) && ordinalSuffix(p.lang, p.word(i+1)) {
		k++
	}
	if p.sym(i+k) != "+" || p.num(i+k+1) == nil || p.num(i+k+1).decimal {
		return nil, 0
	}
	if k == 1 && (!p.glued(i+1) || !p.glued(i+2)) {
		return nil, 0 // "90 + 4" with no ordinal: a sum, not a minute
	}
	extra, _ := strconv.Atoi(p.toks[i+k+1].text)
	if extra < 1 || extra > 20 {
		return nil, 0
	}
	n := k + 2
	if p.glued(i+n) && ordinalSuffix(p.lang, p.word(i+n)) {
		n++
	}
	m := Mention{Kind: Ordinal, Value: itoa(base + extra), style: "stoppage",
		Parts: []Mention{{Kind: Ordinal, Value: itoa(base)}, {Kind: Ordinal, Value: itoa(extra)}}}
	return ptr(m), n
}

// addedTimeAt reads English "the fourth minute of stoppage time", "the
// 2nd minute of first-half added time", "six minutes into stoppage
// time": the minute counted from the end of normal time.
func (p *parser) addedTimeAt(i int) (*Mention, int) {
	if p.lang != English {
		return nil, 0
	}
	if m, n := p.halfStoppageAt(i); n > 0 {
		return m, n
	}
	v, k := int64(0), 0
	if x, ok := enOrdinals[p.word(i)]; ok {
		v, k = x, 1
	} else if nb := p.num(i); nb != nil && !nb.decimal && p.glued(i+1) && ordinalSuffix(English, p.word(i+1)) {
		v, k = nb.val.Num().Int64(), 2
	}
	if k == 0 && p.word(i+1) != "" {
		if x, n := p.ratioTerm(i, false); n > 0 && (p.word(i+n) == "minutes" || p.word(i+n) == "minute") && p.word(i+n+1) == "into" {
			v, k = x, n // "six minutes into stoppage time"
		}
	} else if !p.words(i+k, "minute", "of") {
		return nil, 0
	}
	if k == 0 || v < 1 || v > 20 {
		return nil, 0
	}
	j := i + k + 2
	switch p.word(j) {
	case "first-half", "second-half", "extra-time":
		j++
	case "first", "second":
		if p.word(j+1) == "half" || p.word(j+1) == "half's" {
			j += 2
		}
	}
	if w := p.word(j); (w == "stoppage" || w == "added" || w == "injury") && p.word(j+1) == "time" {
		return &Mention{Kind: Ordinal, Value: itoa(int(v)), style: "added"}, j + 2 - i
	}
	return nil, 0
}

// halfStoppageAt reads "first-half stoppage time", "second-half added
// time": the time added to the 45th or the 90th minute, its minute left
// unsaid; a word, so never an error on its own.
func (p *parser) halfStoppageAt(i int) (*Mention, int) {
	base, k := "", 0
	switch w := p.word(i); {
	case w == "first-half" || w == "second-half":
		base, k = map[bool]string{true: "45", false: "90"}[w == "first-half"], 1
	case (w == "first" || w == "second") && p.word(i+1) == "half":
		base, k = map[bool]string{true: "45", false: "90"}[w == "first"], 2
	}
	if k == 0 || !stoppageWords[p.word(i+k)] || p.word(i+k+1) != "time" {
		return nil, 0
	}
	return &Mention{Kind: Ordinal, Value: base, Word: true, style: "addedbase"}, k + 2
}

var stoppageWords = map[string]bool{"stoppage": true, "added": true, "injury": true}

// sameStoppage: "90e+4" said as the minute of stoppage time alone, or as
// the stoppage time of its half.
func sameStoppage(s, t Mention) bool {
	if s.style != "stoppage" || len(s.Parts) != 2 {
		return false
	}
	return t.style == "added" && s.Parts[1].Value == t.Value || t.style == "addedbase" && s.Parts[0].Value == t.Value
}
