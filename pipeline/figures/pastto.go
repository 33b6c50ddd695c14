package figures

// pastToAt reads an English clock told from the nearest hour, "at ten to
// eight", "at a quarter to five in the morning", "half past six": the
// French "7 h 50", "4 h 45", "6 h 30". A clock word before it ("at",
// "around") or a part of the day after it says it is a time, so "ten to
// eight people" stays two counts.
func (p *parser) pastToAt(i int) (*Mention, int) {
	if p.lang != English || !p.pastToAhead(i) {
		return nil, 0 // (before any number parse: most figures are no clock)
	}
	j, mins, counted := i, 0, false
	switch {
	case p.words(j, "a", "quarter"):
		j, mins = j+2, 15
	case p.word(j) == "quarter":
		j, mins = j+1, 15
	case p.word(j) == "half":
		j, mins = j+1, 30
	default:
		v, ok := p.clockWordCount(j, 30)
		if !ok {
			return nil, 0
		}
		if v%5 != 0 {
			return nil, 0 // clocks are told in fives: "ten to", "twenty-five past"
		}
		j, mins, counted = j+1, v, true
		if w := p.word(j); w == "minutes" || w == "minute" {
			j, counted = j+1, false
		}
	}
	dir := p.word(j)
	if dir != "to" && dir != "past" || mins == 30 && dir == "to" {
		return nil, 0
	}
	j++
	h := 0
	switch w := p.word(j); {
	case w == "noon" || w == "midday":
		h = 12
	case w == "midnight":
		h = 0
	default:
		v, ok := p.clockWordCount(j, 12)
		if !ok {
			return nil, 0
		}
		h = v
	}
	j++
	twelve := h != 0 && h != 12
	oclock := p.word(j) == "o'clock" || p.word(j) == "o’clock"
	if oclock {
		j++
	}
	cue := clockCues[p.word(i-1)] && !counted && !p.changeBy(i-1) || oclock
	if h2, n := p.ampm(j, h); n > 0 {
		h, j, twelve, cue = h2, j+n, false, true
	}
	if !cue || unitWords[p.word(j)] != "" || periodUnit[p.word(j)] != "" || p.currencyAt(j) != "" {
		return nil, 0 // (a bare "ten to eight" needs its part of the day: "at 2 to 3 metres" is a span, "by a quarter to three years" a cut)
	}
	m := mins
	if dir == "to" {
		h, m = (h+23)%24, 60-mins // ("ten to midnight" is 23:50, and said with no twelve-hour doubt)
	}
	return ptr(timeMention(h, m, twelve)), j - i
}

// clockCues say a time of day follows.
var clockCues = map[string]bool{"at": true, "around": true, "about": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "from": true, "since": true, "shortly": true}

// pastToAhead: "to" or "past" stands where a clock told from the hour
// has it, after one or two words ("ten to", "a quarter past", "twenty
// minutes to").
func (p *parser) pastToAhead(i int) bool {
	for k := 1; k <= 3; k++ {
		if w := p.word(i + k); w == "to" || w == "past" {
			return true
		}
	}
	return false
}

// clockWordCount reads a count from 1 to most at j, in digits or one
// word ("ten", "12"), as a clock's minutes and hours are told.
func (p *parser) clockWordCount(j, most int) (int, bool) {
	if v, ok := p.smallInt(j, most); ok {
		return v, v > 0
	}
	if sv, k := p.spelled(j); k == 1 && sv.IsInt() && sv.Sign() > 0 && sv.Num().Int64() <= int64(most) {
		return int(sv.Num().Int64()), true
	}
	return 0, false
}

// changeBy: the "by" at i tells how much a figure moved ("drownings fell
// by a quarter to 12"), no time of day it happens by.
func (p *parser) changeBy(i int) bool {
	w := p.word(i - 1)
	return p.word(i) == "by" && (changeVerbs[w] || dirOf(w) != 0)
}
