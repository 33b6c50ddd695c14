package figures

import (
	"fmt"
	"math/big"
	"strings"
)

// clockDuration marks a French clock reading that is a length of time:
// "après 2 h 30 de débat", "pendant 1 h 15", "maîtrisé en 2 h 30" are
// two and a half hours and an hour and a quarter, which English says
// "2.5 hours", "150 minutes" or "an hour and a quarter".
func (p *parser) clockDuration(m *Mention) {
	if p.lang != French || m.Kind != Time || m.Alt != "" || m.Word {
		return
	}
	before := p.word(p.tokenAfter(m.Start) - 1)
	if i := p.tokenAfter(m.Start); (p.sym(i-1) == "'" || p.sym(i-1) == "’") && p.word(i-2) == "d" {
		before = "d'" // "une traversée d'1 h 10": the elision before a digit, split from its apostrophe
	}
	if m.Value == "00:00" && before != "à" && before != "vers" && before != "dès" && before != "jusqu'à" && p.num(p.tokenAfter(m.Start)) != nil && p.toks[p.tokenAfter(m.Start)].text == "24" {
		m.Alt, m.Value = "dur", "24:00" // "37 $ pour 24h", "24h sur 24": a day's length; midnight is "à 24h"
		return
	}
	switch before {
	case "de", "d'":
		if p.insteadOf(*m) {
			return // "ouvre à 6 h 30 au lieu de 7 heures": the clock it replaces
		}
		if i := p.tokenAfter(m.Start); timedEvents[p.word(i-2)] || timedEvents[p.word(i-3)] && timedEventAdjectives[p.word(i-2)] {
			return // "la marée haute de 11 h 47", "le train de 7 h 12", "le journal de 20 h": the event's time of day
		}
		m.Alt = "dur"
		return
	case "pendant", "durant", "en", "après", "sur", "sous":
		m.Alt = "dur"
		return
	case "duré", "dure", "durait", "durera":
		if m.Comparator == CmpNone {
			m.Alt = "dur" // "a duré 5 h 29"; "durera jusqu'à 8 h" ends at a time
			return
		}
	}
	if p.lengthSubject(p.tokenAfter(m.Start)) {
		m.Alt = "dur" // "le temps d'attente moyen aux urgences a atteint 17 h 48"
		return
	}
	if j := p.tokenAfter(m.End); p.word(j) == "de" || p.word(j) == "d'" {
		if w := p.word(j + 1); w != "" && !clockCueWord[w] {
			m.Alt = "dur" // 2 h 30 de débat, de route, d'attente
		}
	}
}

// timedEvents are the events named by their time of day with "de": "le
// train de 7 h 12", "la marée haute de 11 h 47", "la séance de 14 h".
var timedEvents = map[string]bool{"marée": true, "train": true, "tgv": true, "ter": true, "vol": true, "bus": true, "navette": true,
	"journal": true, "séance": true, "messe": true, "départ": true, "rendez-vous": true, "avion": true, "car": true, "bateau": true, "ferry": true}

// timedEventAdjectives may stand between such an event and its "de":
// "la marée haute de", "le vol direct de".
var timedEventAdjectives = map[string]bool{"haute": true, "basse": true, "direct": true, "régulier": true, "dernier": true, "premier": true}

// lengthSubject: a noun of a length of time ("temps d'attente", "durée",
// "délai") stands among the few words before i, in its sentence, with a
// verb of reaching next to the clock ("a atteint", "est de").
func (p *parser) lengthSubject(i int) bool {
	if w := p.word(i - 1); w != "atteint" && w != "est" && w != "était" && w != "dépasse" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-10; j-- {
		if p.toks[j].kind == tSym && endMark(p.sym(j)) {
			return false
		}
		switch p.word(j) {
		case "temps", "durée", "délai", "attente":
			return true
		}
	}
	return false
}

// clockCueWord are words after "18 h de" that keep it a time of day.
var clockCueWord = map[string]bool{"le": true, "la": true, "ce": true, "cet": true, "cette": true,
	"l'": true, "paris": true, "matin": true, "soir": true, "l'après-midi": true}

// clockLength is a clock reading marked as a length of time, in seconds.
func clockLength(m Mention) *big.Rat {
	if m.Kind != Time || m.Alt != "dur" {
		return nil
	}
	var h, mi int
	if _, err := fmt.Sscanf(m.Value, "%d:%d", &h, &mi); err != nil {
		return nil
	}
	return big.NewRat(int64(h*3600+mi*60), 1)
}

// comparedLengths: a clock compared with a length of time is one too,
// "a atteint 3 h 40 en janvier, contre 2 h 50 un an plus tôt", "en 58
// minutes, contre 1 h 10 auparavant".
func (p *parser) comparedLengths(ms []Mention) {
	last := -1 // the last clock read as a length
	for k := range ms {
		b := &ms[k]
		if unit := p.word(p.tokenAfter(b.End)); class(b.Kind) == Cardinal && (periodSize[unit] == 60 || periodSize[unit] == 3600) {
			last = k // "en 58 minutes, contre 1 h 10 auparavant": an hour and ten minutes
			continue
		}
		if b.Kind != Time {
			continue
		}
		if b.Alt == "dur" {
			last = k
			continue
		}
		if last < 0 || b.Alt != "" {
			continue
		}
		a := ms[last]
		if a.End > b.Start || strings.ContainsAny(p.text[a.End:b.Start], ".;") {
			continue
		}
		if between := strings.ToLower(p.text[a.End:b.Start]); strings.Contains(between, "contre") || strings.Contains(between, "après") {
			b.Alt = "dur"
		}
	}
}

// ofThemLengths: an English bare count right after a length of time
// counts in its unit: "of them" makes it a part of that length, "four
// years in prison, two and a half of them to be served" (dont 30 mois
// ferme); "from N hours to" the other end of a change, "from seven hours
// to about four and a half".
func (p *parser) ofThemLengths(ms []Mention) {
	if p.lang != English {
		return
	}
	for k := 1; k < len(ms); k++ {
		m, prev := &ms[k], ms[k-1]
		if class(m.Kind) != Cardinal || m.Unit != "" || class(prev.Kind) != Cardinal || periodUnit[prev.Head] == "" || prev.End > m.Start {
			continue
		}
		j := p.tokenAfter(m.End)
		ofThem := (p.words(j, "of", "them") || p.words(j, "of", "which")) && !strings.ContainsAny(p.text[prev.End:m.Start], ".;")
		toOther := false
		if !ofThem && (m.Head == "" || notNoun[m.Head]) {
			gap := strings.Fields(p.text[prev.End:m.Start])
			// ("rose 25% in ten years to 3 million" counts no years: only
			// a change said "from" has its other end after "to")
			toOther = len(gap) == 2 && strings.EqualFold(gap[0], prev.Head) && gap[1] == "to" && p.word(p.tokenAfter(prev.Start)-1) == "from"
		}
		if ofThem {
			if mv, pv := m.Rat(), prev.Rat(); mv == nil || pv == nil || mv.Cmp(pv) >= 0 {
				continue // "250,000 visitors over three weeks, 52,000 of them": more than the length, a part of the visitors
			}
		}
		if ofThem || toOther {
			m.Head = prev.Head
		}
	}
}
