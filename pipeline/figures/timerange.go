package figures

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// timeAt reads clock times (N15): 15 h 30, 15h30, 15 h, à 15 heures,
// midi, minuit; 3:30 pm, 3.30pm, 3 pm, 15:30, noon, midnight.
func (p *parser) timeAt(i int) (*Mention, int) {
	if m, n := p.noonAt(i); n > 0 {
		return m, n
	}
	if p.lang == English && p.num(i) != nil && p.num(i).decimal {
		return p.dottedTime(i)
	}
	if p.lang == French && p.num(i) == nil {
		return p.spelledTime(i)
	}
	if m, n := p.spelledClockEn(i); n > 0 {
		return m, n
	}
	if m, n := p.militaryTime(i); n > 0 {
		return m, n
	}
	if mins, ok := p.smallInt(i, 59); ok {
		if m, n := p.raceTime(i, mins); n > 0 {
			return m, n // "30:21.48" too: a race of more than 24 minutes
		}
	}
	h, ok := p.smallInt(i, 24)
	if !ok {
		return p.longHours(i)
	}
	if p.clockColon(i + 1) {
		if mi, ok := p.minutes(i + 2); ok {
			if sec, ok := p.minutes(i + 4); ok && p.clockColon(i+3) {
				if h2, k := p.ampm(i+5, h); k > 0 && h <= 12 {
					return ptr(timeMention(h2, mi, false)), 5 + k // "at 8:24:49am": a time of day to the second
				}
				return ptr(clockDuration(h, mi, sec)), 5 // 2:06:43
			}
			if sec := p.num(i + 4); sec != nil && p.clockColon(i+3) && sec.decimal && sec.intLen == 2 && !sec.grouped && sec.val.Cmp(big.NewRat(60, 1)) < 0 {
				v := new(big.Rat).Add(big.NewRat(int64(h*3600+mi*60), 1), sec.val)
				return &Mention{Kind: Quantity, Unit: "s", Value: canonical(v)}, 5 // 1:09:12.4, a relay's time to the tenth
			}
			n := 3
			h2, k := p.ampm(i+3, h)
			return ptr(timeMention(h2, mi, k == 0 && h <= 12 && p.lang == English && !zeroLed(p.toks[i].text))), n + k // ("08:00" is the 24-hour clock's)
		}
	}
	if p.lang == French || p.word(i+1) == "h" && (englishClockCue[p.word(i-1)] || p.isMinutes(i+2)) {
		// a literal translation keeps the French clock: "opens at 8 h 30"
		return p.frenchClock(i, h)
	}
	if h2, k := p.ampm(i+1, h); k > 0 && h <= 12 {
		return ptr(timeMention(h2, 0, false)), 1 + k
	}
	if p.words(i+1, "o'clock") || p.word(i+1) == "o" && p.word(i+2) == "clock" {
		return ptr(timeMention(h, 0, true)), 2
	}
	if p.word(i-1) == "at" && h <= 12 && (p.words(i+1, "the", "next", "morning") || p.words(i+1, "the", "following", "morning") || p.words(i+1, "that", "morning")) {
		return ptr(timeMention(h, 0, false)), 1 // "resumed at 10 the next morning"
	}
	return nil, 0
}

// noonAt reads midday and midnight said in words, "midi", "noon",
// "minuit", and "12 noon", which says the hour twice.
func (p *parser) noonAt(i int) (*Mention, int) {
	switch w := p.word(i); {
	case (w == "midi" || w == "minuit") && p.word(i+1) == "et" && (p.word(i+2) == "demi" || p.word(i+2) == "demie" || p.word(i+2) == "quart"):
		// "à midi et demi": half past twelve
		return ptr(timeMention(noonHours[w], map[bool]int{true: 15, false: 30}[p.word(i+2) == "quart"], false)), 3
	case (w == "midi" || w == "minuit") && (p.word(i+2) == "minute" || p.word(i+2) == "minutes") && p.minutesPast(i+1) > 0 && !afterMinutes[p.word(i+3)]:
		// "à minuit une minute": 12.01 a.m. ("à midi, cinq minutes après": a lapse)
		return ptr(timeMention(noonHours[w], p.minutesPast(i+1), false)), 3
	case w == "midi" && (p.word(i-1) == "du" || p.word(i-1) == "de") && middayMeals[p.word(i-2)]:
		m := timeMention(12, 0, false)
		m.Word = true // "le service du midi", "la pause de midi": lunch, which English names with no hour
		return ptr(m), 1
	case w == "midi" && !p.capital(i) && !p.afternoonSpelt(i) || w == "noon" || w == "midday":
		return ptr(timeMention(12, 0, false)), 1
	case w == "milieu" && p.words(i+1, "de", "journée"):
		m := timeMention(12, 0, false)
		m.Word, m.Comparator = true, CmpApprox // "en milieu de journée": around midday, soft as "à la mi-journée"
		return ptr(m), 3
	case w == "mi-journée" || w == "mi-séance" || w == "lunchtime":
		// "à la mi-journée" is midday; "at lunchtime" says "midi" in
		// words: soft either way
		m := timeMention(12, 0, false)
		m.Word = true
		return ptr(m), 1
	case w == "minuit" || w == "midnight":
		return ptr(timeMention(0, 0, false)), 1
	}
	if p.lang == English && p.num(i) != nil && p.toks[i].text == "12" {
		switch p.word(i + 1) {
		case "noon", "midday":
			return ptr(timeMention(12, 0, false)), 2
		case "midnight":
			return ptr(timeMention(0, 0, false)), 2
		}
	}
	return nil, 0
}

// noonHours are the clock hours of "midi" and "minuit".
var noonHours = map[string]int{"midi": 12, "minuit": 0}

// afterMinutes make the minutes after "midi" a lapse of time, not the clock's.
var afterMinutes = map[string]bool{"après": true, "avant": true, "plus": true, "de": true, "d'": true, "environ": true, "seulement": true}

// minutesPast reads the minutes after "midi" or "minuit", a number
// word or digits from 1 to 59 at i; 0 if none.
func (p *parser) minutesPast(i int) int {
	n := int(frUnits[p.word(i)]) // (un, une: one minute)
	if nb := p.num(i); nb != nil && !nb.decimal {
		n = atoiSafe(nb.lit)
	}
	if n < 1 || n > 59 {
		return 0
	}
	return n
}

// frenchClock reads a French clock at i, hour h, set by the part of the
// day said after it ("8h du soir"); an English text keeps it as written.
func (p *parser) frenchClock(i, h int) (*Mention, int) {
	m, n := p.frenchTime(i, h)
	if n > 0 && p.lang == French {
		m = ptr(p.frPartOfDay(*m, i+n))
	}
	return m, n
}

// spelledClockEn reads "six o'clock", and "three in the morning",
// "eleven at night": the part of the day makes a spelled hour a clock
// (the words first: spelled allocates).
func (p *parser) spelledClockEn(i int) (*Mention, int) {
	oclock := p.word(i+1) == "o'clock" || p.word(i+1) == "o’clock"
	if p.lang != English || p.num(i) != nil || !oclock && !p.words(i+1, "in", "the") && !p.words(i+1, "at", "night") || strings.Contains(p.word(i), "-") {
		return nil, 0 // (no hour up to twelve takes a hyphen: "two-thirds at night" is a share)
	}
	v, k := p.spelled(i)
	if k != 1 || !v.IsInt() || v.Sign() <= 0 || v.Cmp(big.NewRat(12, 1)) > 0 {
		return nil, 0
	}
	h := int(v.Num().Int64())
	if oclock {
		return ptr(timeMention(h, 0, true)), 2 // "six o'clock"
	}
	if h2, n := p.ampm(i+1, h); n > 1 {
		return ptr(timeMention(h2, 0, false)), 1 + n
	}
	return nil, 0
}

// afternoonSpelt: "après midi" written without its hyphen after an
// article or a day ("dimanche après midi", "d'une après midi") is the
// afternoon, not noon; "après midi" alone may still be after twelve.
func (p *parser) afternoonSpelt(i int) bool {
	if p.word(i-1) != "après" {
		return false
	}
	w := p.word(i - 2)
	return frWeekdays[w] != 0 || w == "l'" || w == "une" || w == "cet" || w == "cette" || w == "chaque" || w == "en" || w == "d'" || w == "de"
}

// longHours reads a French length of more than a day in hours and
// minutes, "un délai maximal de 46 h 30", which no clock shows: 46.5
// hours, as "the 46.5-hour cut-off" says.
func (p *parser) longHours(i int) (*Mention, int) {
	h, ok := p.smallInt(i, 999)
	if !ok || h <= 24 || p.word(i+1) != "h" || p.lang != French && !(p.glued(i+1) && p.glued(i+2) && p.num(i+2) != nil) {
		return nil, 0 // (English keeps only the glued "46h30" of a race's time limit)
	}
	if mi, ok := p.minutes(i + 2); ok && p.isMinutes(i+2) {
		return ptr(clockDuration(h, mi, 0)), 3
	}
	return &Mention{Kind: Cardinal, Value: itoa(h), Head: "heures"}, 2 // "45h/semaine": no hour of the day, 45 hours
}

// militaryTime reads the four-digit clock of wire copy, "0124 GMT",
// "2330 UTC", "1500 hours": a time of day in English only.
func (p *parser) militaryTime(i int) (*Mention, int) {
	nb := p.num(i)
	if p.lang != English || nb == nil || len(p.toks[i].text) != 4 || nb.grouped || nb.decimal {
		return nil, 0
	}
	if m, n := p.militarySpan(i); n > 0 {
		return m, n
	}
	switch p.word(i + 1) {
	case "gmt", "utc", "hours", "hrs", "z":
	case "local":
		if p.word(i+2) != "time" {
			return nil, 0 // "the 2025-2030 local housing plan": a year, "2030 local time" a clock
		}
	default:
		if p.toks[i].text[0] != '0' || !dottedCue[p.word(i-1)] || !p.bareAfter(i+1) {
			return nil, 0
		}
		// "on at 0530", "at 0600": no year or count starts with a 0
	}
	h, _ := strconv.Atoi(p.toks[i].text[:2])
	mi, _ := strconv.Atoi(p.toks[i].text[2:])
	if h > 23 || mi > 59 || p.word(i+1) == "hours" && p.toks[i].text[0] != '0' && (mi == 0 && h > 12 && !p.atClock(i) || perWords[p.word(i+2)]) {
		return nil, 0 // "2000 hours" of work, "1713 hours per year": a count
	}
	n := 1
	if p.word(i+1) != "local" && p.word(i+1) != "hours" {
		n = 2
	}
	return ptr(timeMention(h, mi, false)), n
}

// atClock: "at 1700 hours", "until 2200 hours" name the hour of the
// order of the day; "2000 hours of work" stays a count.
func (p *parser) atClock(i int) bool {
	switch p.word(i - 1) {
	case "at", "until", "till", "before", "after":
		return p.word(i+2) != "of"
	}
	return false
}

func (p *parser) frenchTime(i, h int) (*Mention, int) {
	w := p.word(i + 1)
	if w != "h" && w != "heures" && w != "heure" {
		return nil, 0
	}
	if w == "h" && p.sym(i+2) == ")" && p.glued(i+2) {
		return nil, 0 // "le point 18 h) de l'ordre du jour": item 18 (h), a lettered point
	}
	if news := p.sym(i-1) == "«" && (p.word(i-2) == "le" || p.word(i-2) == "du" || p.word(i-2) == "au") || (p.word(i-1) == "le" || p.word(i-1) == "du" || p.word(i-1) == "au") && (p.word(i+2) == "de" || p.word(i+2) == "d'" || p.word(i+2) == "d" && p.sym(i+3) == "'"); news && (h == 13 || h == 20) && p.num(i+2) == nil {
		// "le « 20 heures » de France 2", "le 20h de TF1", "sur le
		// plateau du 20h d'Antenne 2": the news
		// bulletin named by its hour, which English may call "the evening
		// news": compared when paired, else dropped
		m := timeMention(h, 0, false)
		m.style = "fixed"
		return ptr(m), 2
	}
	clockStart := p.rangeEnd(i-1) && (p.word(i-2) == "h" || p.word(i-3) == "h") // "de 13 h 30 à 18 heures"
	// "une garde de 24 heures", "un retard de 3 heures" are lengths; "à
	// partir de 14 heures", "le journal de 20 heures" hours of the day
	deLength := p.word(i-1) == "de" && p.word(i+2) != "à" && p.word(i+2) != "jusqu'à" && (h >= 24 || lengthWords[p.word(i-2)] || shiftNouns[p.word(i-2)] || p.hoursOfNoun(i+2))
	if w != "h" && !p.clockRangeStart(i) && frWeekdays[p.word(i-1)] == 0 && !p.itIsClock(i) && !p.listedClock(i) && (!timeCue[p.word(i-1)] || deLength || p.word(i-1) == "de" && hedgeBefore[p.word(i-2)] || p.rangeEnd(i-1) && !clockStart || p.hoursAway(i, i+1)) {
		return nil, 0 // "pendant 15 heures" is a duration; "vendredi 18 heures" an hour
	}
	if nb := p.num(i + 2); w == "h" && nb != nil && nb.intLen == 1 && !nb.decimal && p.word(i+3) == "" && p.num(i+3) == nil {
		return ptr(timeMention(h, atoiSafe(p.toks[i+2].text), false)), 3 // "à 15 h 5": the minutes' zero lost
	}
	if mi, ok := p.minutes(i + 2); ok {
		if h == 24 && mi > 0 {
			return ptr(clockDuration(h, mi, 0)), 3 // "24h48": a race time, no clock reads 24:48
		}
		if p.word(i+3) == "min" {
			// "2 h 06 min 43 s": a race time, not a clock time
			sec, n := 0, 4
			if v, ok := p.minutes(i + 4); ok && p.word(i+5) == "s" {
				sec, n = v, 6
			}
			return ptr(clockDuration(h, mi, sec)), n
		}
		return ptr(timeMention(h, mi, false)), 3
	}
	if frac, _, k := p.halfAfter(i + 1); w != "h" && k > 0 {
		// "à 11 heures et demie", "à 8 heures et quart": the spoken
		// clock, often of twelve hours
		mi, _ := new(big.Rat).Mul(frac, big.NewRat(60, 1)).Float64()
		return ptr(timeMention(h, int(mi), h <= 12)), 1 + k
	}
	return ptr(timeMention(h, 0, false)), 2
}

// hoursOfNoun: "heures" said of a plain noun after "de", "la suppression
// de 18 heures de dotation", "un total de 12 heures de cours": hours
// counted, no hour of the day (a name, "de France 2", is the news).
func (p *parser) hoursOfNoun(j int) bool {
	w := p.word(j + 1)
	return p.word(j) == "de" && w != "" && !p.capital(j+1) && w != "la" && w != "l'" && w != "le" && w != "les"
}

// listedClock: "à 20 heures, 21 heures", "à 20 heures ou 21 heures":
// an hour listed after a clock is a clock too, its "à" said once.
func (p *parser) listedClock(i int) bool {
	if p.sym(i-1) != "," && p.word(i-1) != "ou" {
		return false
	}
	hw := p.word(i - 2)
	return (hw == "heures" || hw == "h") && p.num(i-3) != nil && (p.word(i-4) == "à" || p.word(i-4) == "vers")
}

// hoursAway: "à 24 heures d'avis", "à deux heures de route" are a
// length of notice or of travel, no hour of the day; "à 15 heures de
// l'après-midi" and "à 15 heures de Montréal" stay clocks.
// The number starts at i and its word for hours stands at h.
func (p *parser) hoursAway(i, h int) bool {
	if p.word(i-1) != "à" || p.word(h) == "h" {
		return false
	}
	j := h + 1
	switch {
	case p.word(j) == "de" || p.word(j) == "d'":
		j++
	case p.word(j) == "d" && p.sym(j+1) == "'":
		j += 2
	default:
		return false
	}
	w := p.word(j)
	return w != "" && !p.capital(j) && w != "l'" && w != "la" && w != "le" && w != "les" && p.num(j) == nil
}

// shiftNouns last a number of hours: "une grève de 48 heures".
var shiftNouns = map[string]bool{"garde": true, "gardes": true, "grève": true, "grèves": true, "coupure": true,
	"coupures": true, "panne": true, "pause": true, "service": true, "vue": true, "semaine": true, "journée": true}

// clockRangeStart: "entre 8 heures et 20 heures" is a span of the day;
// a span of time gives "heures" once ("entre 8 et 10 heures").
func (p *parser) clockRangeStart(i int) bool {
	et, day := i+2, false
	if frWeekdays[p.word(et)] != 0 {
		et, day = et+1, true // "entre 22 heures lundi et 22 heures mardi"
	}
	if p.word(i-1) == "entre" && p.word(et) == "et" && (p.word(et+1) == "minuit" || p.word(et+1) == "midi") {
		return true // "entre 6 heures et minuit"
	}
	if p.word(i-1) != "de" && p.word(i-1) != "entre" && p.word(i+2) == "à" && hourWords[p.word(i+1)] && hourWords[p.word(i+4)] {
		h2, ok := p.smallInt(i+3, 24)
		h, _ := p.smallInt(i, 24)
		return ok && h2 > h // "contre 6 heures à 22 heures": opening hours, a span of the clock ("de 6 heures à 8 heures" may be lengths)
	}
	if p.word(i-1) != "entre" || p.word(et) != "et" || !hourWords[p.word(et+2)] {
		return false
	}
	h2, ok := p.smallInt(et+1, 24)
	h, _ := p.smallInt(i, 24)
	return ok && (day || h2 > h || h >= 18 && h2 <= 10) // "entre 21 heures et 6 heures": a night, past midnight
}

// clockDuration is a length of time in seconds, written H:MM:SS.
func clockDuration(h, m, s int) Mention {
	return Mention{Kind: Quantity, Unit: "s", Value: itoa(h*3600 + m*60 + s)}
}

// isMinutes: two digits of minutes at i, "24" of "18 h 24".
func (p *parser) isMinutes(i int) bool {
	_, ok := p.minutes(i)
	return ok && len(p.toks[i].text) == 2
}

// dottedCue: the words before a British "21.52" that make it a time;
// "to 13.50" is as often a price or an index level.
// perWords after "N hours" make them a count: "1713 hours per year".
var perWords = map[string]bool{"per": true, "a": true, "an": true, "each": true, "of": true, "every": true}

// clockZones after a dotted number make it a clock reading: "15.00 UTC".
var clockZones = map[string]bool{"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "et": true, "est": true, "edt": true, "pt": true, "pst": true, "pdt": true}

var dottedCue = map[string]bool{"at": true, "from": true, "until": true, "till": true, "by": true, "before": true, "after": true}

// bareAfter: nothing at j makes the number before it an amount or a
// measure: no unit, currency or percent.
func (p *parser) bareAfter(j int) bool {
	w := p.word(j)
	return unitWords[w] == "" && periodUnit[w] == "" && p.currencyAt(j) == "" && p.sym(j) != "%" && w != "percent" && w != "per" && w != "points" && w != "pts" && w != "sec" && w != "s"
}

var englishClockCue = map[string]bool{"at": true, "from": true, "until": true, "till": true, "by": true, "before": true,
	"after": true, "since": true, "to": true, "and": true}

var hedgeBefore = map[string]bool{"près": true, "plus": true, "moins": true, "autour": true}

var timeCue = map[string]bool{"à": true, "vers": true, "dès": true, "avant": true, "après": true, "depuis": true, "jusqu'à": true, "de": true, "et": true}

func (p *parser) smallInt(i, max int) (int, bool) {
	nb := p.num(i)
	if nb == nil || nb.grouped || nb.decimal || nb.dotted || nb.intLen > 2 {
		return 0, false
	}
	v, _ := strconv.Atoi(p.toks[i].text)
	return v, v <= max
}

func (p *parser) minutes(i int) (int, bool) {
	nb := p.num(i)
	if nb == nil || nb.intLen != 2 || nb.decimal || nb.grouped {
		return 0, false
	}
	v, _ := strconv.Atoi(p.toks[i].text)
	return v, v < 60
}

// ampm reads am, pm, a.m., p.m. and converts the hour.
func (p *parser) ampm(i, h int) (int, int) {
	w, k := p.word(i), 1
	if (w == "a" || w == "p") && p.sym(i+1) == "." && p.word(i+2) == "m" {
		w, k = w+"m", 3
		if p.sym(i+3) == "." {
			k = 4
		}
	}
	if p.lang == English && p.words(i, "at", "night") {
		if h >= 6 && h < 12 {
			return h + 12, 2 // "at 11.30 at night"
		}
		return h % 12, 2 // "at 2 at night" is early morning
	}
	// ("arrested 9 this morning" counts people: a clock gives its minutes)
	withMinutes := p.num(i-1) != nil && (p.num(i-1).decimal || p.sym(i-2) == ":")
	if p.lang == English && withMinutes && p.word(i) == "tonight" && h >= 5 && h < 12 {
		return h + 12, 1 // "at about 10.10 tonight": 22:10
	}
	if p.lang == English && withMinutes && p.word(i) == "this" {
		switch p.word(i + 1) {
		case "morning":
			w, k = "am", 2
		case "afternoon", "evening":
			w, k = "pm", 2 // "at 4.30 this afternoon"
		}
	}
	if p.lang == English && p.words(i, "in", "the") {
		switch p.word(i + 2) {
		case "morning":
			w, k = "am", 3 // "between 2 and 6 in the morning"
		case "afternoon", "evening":
			w, k = "pm", 3
		}
	}
	if h2, ok := ampmHour(w, h); ok {
		return h2, k
	}
	return h, 0
}

// ampmHour turns the hour h said with "am" or "pm" into the day's hour.
func ampmHour(w string, h int) (int, bool) {
	switch {
	case w == "pm" && h < 12:
		return h + 12, true
	case w == "pm":
		return h, true
	case w == "am" && h == 12:
		return 0, true
	case w == "am":
		return h, true
	}
	return h, false
}

// clockColon: the colon at j joins a clock's parts, glued to the digits
// after it; French typography puts a space before it ("2 :03 :59").
func (p *parser) clockColon(j int) bool {
	return p.sym(j) == ":" && p.glued(j+1) && (p.glued(j) || p.lang == French)
}

func timeMention(h, m int, twelve bool) Mention {
	t := Mention{Kind: Time, Value: fmt.Sprintf("%02d:%02d", h%24, m)}
	if twelve {
		t.Alt = "12h" // 3:30 without am/pm may be 15:30
	}
	return t
}

// changeVerbs say by how much a figure moved, before "X to Y" that is
// no range.
var changeVerbs = map[string]bool{"rose": true, "fell": true, "grew": true, "increased": true, "decreased": true,
	"jumped": true, "climbed": true, "dropped": true, "declined": true, "slipped": true, "gained": true,
	"lost": true, "up": true, "down": true, "rising": true, "falling": true, "soared": true, "plunged": true,
	"slumped": true, "surged": true, "edged": true, "shed": true, "added": true, "rises": true, "falls": true}

// changes marks the English figures that tell a change before the level
// it led to: "rose €800m to €3.1bn", "fell by 48,000 to 678,000". The
// change shares the level's clause, so the level is no other figure it
// could be mistaken for (summary attribution).
func (p *parser) changes(ms []Mention) {
	if p.lang != English {
		p.changesFrench(ms)
		return
	}
	for k := 0; k+1 < len(ms); k++ {
		l := p.levelAfterWhen(ms, k, " in ")
		if ms[l-1].End > ms[l].Start || p.text[ms[l-1].End:ms[l].Start] != " to " {
			continue
		}
		before := strings.Fields(strings.ToLower(p.text[max(0, ms[k].Start-16):ms[k].Start]))
		if n := len(before); n > 0 && (changeVerbs[before[n-1]] || before[n-1] == "by") {
			ms[k].levelTo = ms[l].Value
		}
	}
}

// hourWords follow the number of an hour of the day.
var hourWords = map[string]bool{"heures": true, "heure": true, "h": true}

// dottedTime reads "3.30pm", which the English number scanner took for
// a decimal.
func (p *parser) dottedTime(i int) (*Mention, int) {
	txt := p.toks[i].text
	if len(txt) < 4 || len(txt) > 5 || txt[len(txt)-3] != '.' {
		return nil, 0
	}
	h, _ := strconv.Atoi(txt[:len(txt)-3])
	mi, _ := strconv.Atoi(txt[len(txt)-2:])
	if h2, k := p.ampm(i+1, h); k > 0 && (h <= 12 || h < 24 && h2 == h && strings.HasPrefix(p.word(i+1), "p")) && mi < 60 {
		return ptr(timeMention(h2, mi, false)), 1 + k // ("20.30pm": a 24-hour clock with a redundant pm)
	}
	if clockZones[p.word(i+1)] && h <= 23 && mi < 60 {
		return ptr(timeMention(h, mi, false)), 1 // "(15.00 UTC)", "at 12.00 GMT"
	}
	if w := p.word(i + 1); (w == "or" || w == "and" || w == "to") && h >= 1 && h <= 12 && mi < 60 {
		if n := p.num(i + 2); n != nil && n.decimal && len(p.toks[i+2].text) >= 4 {
			if _, k := p.ampm(i+3, 1); k > 0 {
				h2, _ := p.ampm(i+3, h)
				return ptr(timeMention(h2, mi, false)), 1 // "at 2.30 or 2.45 a.m.": the next clock's am
			}
		}
	}
	if w := p.word(i + 1); (w == "hrs" || w == "hours" || w == "h") && len(txt) == 5 && h <= 23 && mi < 60 && mi%5 == 0 && p.bareAfter(i+2) {
		return ptr(timeMention(h, mi, false)), 2 // "(20.45 hrs)": a clock of the continent, not 20.45 hours of work
	}
	if w := p.word(i + 1); (w == "to" || w == "and") && p.num(i+2) != nil && (p.currencyAt(i+3) != "" || unitWords[p.word(i+3)] != "" || coinWords[p.word(i+3)]) {
		return nil, 0 // "from 23.40 to 21.29 cents": a range whose unit the other end says, no clock
	}
	if dottedCue[p.word(i-1)] && len(txt) == 5 && h <= 23 && mi < 60 && (h > 12 || txt[0] == '0' && h >= 1) && p.bareAfter(i+1) {
		// the British 24-hour clock: "leave at 21.52 and reach Albi at 07.05"
		return ptr(timeMention(h, mi, false)), 1
	}
	if dottedCue[p.word(i-1)] && h >= 1 && h <= 12 && mi < 60 {
		// "at 5.13 on Monday morning": the part of the day says the clock
		for k := i + 1; k <= i+3; k++ {
			switch p.word(k) {
			case "morning":
				return ptr(timeMention(h%12, mi, false)), 1
			case "afternoon", "evening":
				return ptr(timeMention(h%12+12, mi, false)), 1
			}
		}
	}
	return nil, 0
}

// spelledTime reads an hour in words: "une heure du matin", "à trois
// heures", "dix heures du soir" (N15).
func (p *parser) spelledTime(i int) (*Mention, int) {
	h, n := 0, 0
	if w := p.word(i); w == "un" || w == "une" {
		h, n = 1, 1
	} else if v, k := p.spelled(i); k > 0 && v.IsInt() && v.Cmp(big.NewRat(24, 1)) <= 0 {
		h, n = int(v.Num().Int64()), k
	}
	if n == 0 || p.word(i+n) != "heure" && p.word(i+n) != "heures" {
		return nil, 0
	}
	n++
	switch {
	case p.words(i+n, "du", "matin"):
		return ptr(timeMention(h, 0, false)), n + 2
	case p.words(i+n, "de", "l'", "après-midi"), p.words(i+n, "du", "soir"):
		return ptr(timeMention(h%12+12, 0, false)), n + 2 + boolInt(p.word(i+n) == "de")
	case p.words(i+n, "de", "la", "nuit"):
		return ptr(timeMention(h, 0, false)), n + 3
	case (p.word(i-1) == "à" || p.word(i-1) == "vers") && h > 1 && !p.rangeEnd(i-1) && !p.hoursAway(i, i+n-1):
		if mins, k := p.bareMinutes(i + n); k > 0 {
			return ptr(timeMention(h, mins, h <= 12)), n + k // à deux heures quarante
		}
		return ptr(timeMention(h, 0, h <= 12)), n
	}
	return nil, 0
}

// raceTime reads an English race time with hundredths, "1:54.06": minutes,
// seconds and hundredths, a length of time in seconds.
func (p *parser) raceTime(i, mins int) (*Mention, int) {
	if !p.clockColon(i + 1) { // "4:08.62", in French copy too
		return nil, 0
	}
	sec := p.num(i + 2)
	if sec == nil || !sec.decimal && (mins < 24 || p.sym(i+3) == ":") || sec.intLen != 2 || sec.val.Cmp(big.NewRat(60, 1)) >= 0 {
		return nil, 0 // "56:59" past 23 is minutes and seconds; "12:30" is a clock
	}
	if !sec.decimal && p.splitWords(i, mins, sec) {
		return nil, 0 // "divided 50:50": a split, no race time
	}
	v := new(big.Rat).Add(big.NewRat(int64(mins)*60, 1), sec.val)
	return &Mention{Kind: Quantity, Unit: "s", Value: canonical(v)}, 3
}

// splitWords: the minutes and seconds at i add up to 100 and are told
// as a split, evenly or after a verb or noun of sharing.
func (p *parser) splitWords(i, mins int, sec *number) bool {
	s := int(sec.val.Num().Int64())
	if mins+s != 100 {
		return false
	}
	switch p.word(i - 1) {
	case "divided", "split", "shared", "ratio", "basis", "partage", "répartition":
		return true
	}
	return mins == s
}

// itIsClock: "il est 18 heures", "il est maintenant 18 heures": the time
// of day, told as the hour it is.
func (p *parser) itIsClock(i int) bool {
	j := i - 1
	if p.words(j-1, "près", "de") || p.words(j-1, "autour", "de") || p.words(j-1, "plus", "de") {
		j -= 2 // "il est près de 14 heures": almost two o'clock; "il est déjà plus de 10 heures"
	}
	if w := p.word(j); w == "maintenant" || w == "déjà" || w == "presque" || w == "bientôt" || w == "environ" {
		j--
	}
	return p.words(j-1, "il", "est") || p.frPartOfDayAt(i+2) != "" && !lengthVerbs[p.word(i-1)]
}

// lengthVerbs before "8 heures" make it a length of time, whatever part
// of the day follows: "l'attente a dépassé 8 heures dans la nuit".
var lengthVerbs = map[string]bool{"dépassé": true, "dépasse": true, "dépassait": true, "excédé": true, "excède": true, "duré": true,
	"dure": true, "durait": true, "attendu": true, "pendant": true, "durant": true, "patienté": true}

// frPartOfDayAt reads the part of the day said after a French clock:
// "du matin", "du soir", "de l'après-midi", "dans la nuit", "de la nuit".
func (p *parser) frPartOfDayAt(j int) string {
	switch {
	case p.words(j, "du", "matin"), p.words(j, "ce", "matin"):
		return "morning"
	case p.words(j, "du", "soir"), p.words(j, "de", "l'", "après-midi"), p.words(j, "ce", "soir"):
		return "evening"
	case p.words(j, "dans", "la", "nuit"), p.words(j, "de", "la", "nuit"):
		return "night"
	}
	return ""
}

// frPartOfDay sets a twelve-hour French clock by the part of the day
// after it: "8h du soir" is 20:00, "11h00 dans la nuit" 23:00 ("2h dans
// la nuit" stays 02:00).
func (p *parser) frPartOfDay(m Mention, j int) Mention {
	if m.Kind != Time || len(m.Value) != 5 {
		return m
	}
	h, mi := atoiSafe(m.Value[:2]), atoiSafe(m.Value[3:])
	switch part := p.frPartOfDayAt(j); {
	case h >= 12 || h == 0:
		return m
	case part == "evening", part == "night" && h >= 7:
		return timeMention(h+12, mi, false)
	}
	return m
}

// militarySpan reads "from 1000 to 2030 hours", "between 0800 and 1700
// hours": two four-digit clocks that share the "hours" after the second,
// the "de 10 h à 20 h 30" of wire copy.
func (p *parser) militarySpan(i int) (*Mention, int) {
	w := p.word(i - 1)
	if w != "from" && w != "between" || p.word(i+1) != "to" && p.word(i+1) != "and" || p.word(i+3) != "hours" && p.word(i+3) != "hrs" {
		return nil, 0
	}
	lo, ok1 := clockDigitsAt(p, i)
	hi, ok2 := clockDigitsAt(p, i+2)
	if !ok1 || !ok2 {
		return nil, 0
	}
	return &Mention{Kind: Range, Value: lo.Value + ".." + hi.Value, Parts: []Mention{lo, hi}, style: w}, 4
}

// clockDigitsAt reads the four digits at i as a clock, "2030" as 20:30.
func clockDigitsAt(p *parser, i int) (Mention, bool) {
	nb := p.num(i)
	if nb == nil || len(p.toks[i].text) != 4 || nb.grouped || nb.decimal {
		return Mention{}, false
	}
	h, _ := strconv.Atoi(p.toks[i].text[:2])
	mi, _ := strconv.Atoi(p.toks[i].text[2:])
	if h > 23 || mi > 59 {
		return Mention{}, false
	}
	return timeMention(h, mi, false), true
}

// middayMeals name a meal or a break by "midi": "le service du midi".
var middayMeals = map[string]bool{"service": true, "repas": true, "pause": true, "menu": true, "menus": true, "formule": true,
	"formules": true, "déjeuner": true, "cantine": true, "coupure": true, "sieste": true}

// zeroLed: an hour written with a leading zero, "08", is read on the
// 24-hour clock, never as an ambiguous morning or evening.
func zeroLed(h string) bool {
	return len(h) == 2 && h[0] == '0'
}

// coinWords name the hundredths of a currency after a price.
var coinWords = map[string]bool{"cents": true, "cent": true, "pence": true, "p": true, "centimes": true}
