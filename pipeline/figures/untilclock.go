package figures

import (
	"fmt"
	"strings"
)

// untilClock reads a French clock reading after "jusqu'à" by its
// sentence: a wait or a journey makes it a length of time ("l'attente
// peut aller jusqu'à 2 h 30" = up to two and a half hours); otherwise it
// is a time of day, and "jusqu'à" says until, no bound on the figure
// ("ouverts jusqu'à 18 h 30" = open until 6.30pm).
func (p *parser) untilClock(m *Mention) {
	if p.lang != French || m.Kind != Time || m.Comparator != CmpLE || m.Word {
		return
	}
	if m.Alt == "dur" || !strings.HasPrefix(strings.ToLower(m.Raw), "jusqu") {
		return // "jusqu'à 1 h 30 de plus" is already a length: up to
	}
	var h, mi int
	if _, err := fmt.Sscanf(m.Value, "%d:%d", &h, &mi); err == nil && h < 12 && m.Alt == "" && p.lengthContext(m.Start) && !p.dayAfter(m.End) {
		m.Alt = "dur"
		return
	}
	m.Comparator = CmpNone
}

// lengthWords say that the hours of their sentence are a length of time.
var lengthWords = map[string]bool{"attente": true, "attendre": true, "attendu": true, "patienter": true,
	"durée": true, "durer": true, "dure": true, "durera": true, "duré": true, "durent": true, "trajet": true,
	"trajets": true, "délai": true, "délais": true, "retard": true, "retards": true, "voyage": true,
	"parcours": true, "queue": true, "bouchons": true, "embouteillages": true, "autonomie": true}

// lengthContext: a word of waiting or lasting in the sentence at start.
func (p *parser) lengthContext(start int) bool {
	return p.sentenceHasWord(start, lengthWords)
}

// dayAfter: a day or a part of the day follows the clock reading at end,
// which makes it a time of day: "jusqu'à 8 h mardi", "jusqu'à 6 h du matin".
func (p *parser) dayAfter(end int) bool {
	j := p.tokenAfter(end)
	w := p.word(j)
	if w == "du" || w == "le" || w == "ce" || w == "demain" {
		w = p.word(j + 1)
	}
	_, day := frWeekdays[w]
	return day || w == "matin" || w == "soir" || w == "demain" || w == "heure" || w == "heures"
}

// untilLevel: "jusqu'à" after a verb of change says where the change
// ended, not a bound: "a baissé quatre décimales jusqu'à 100,4 points"
// fell to 100.4 points.
func (p *parser) untilLevel(m *Mention) {
	if p.lang != French || m.Comparator != CmpLE || !strings.HasPrefix(strings.ToLower(m.Raw), "jusqu") {
		return
	}
	i := p.tokenAfter(m.Start)
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.toks[k].kind == tSym && p.sym(k) != "'" {
			return // (another clause)
		}
		w := p.word(k)
		if mayGoTo[w] || changeNouns[w] || w == "réduction" || w == "remise" {
			return // "une hausse pouvant aller jusqu'à 12 %", "une hausse de jusqu'à 12 %": a bound on what may be
		}
		if dirOf(w) != 0 {
			if !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ir") && !strings.HasSuffix(w, "re") {
				m.Comparator = CmpNone // (an infinitive says what may happen: "pourront grimper jusqu'à 15 %" bounds it)
			}
			return
		}
	}
}

// mayGoTo: "aller jusqu'à", "pouvant aller jusqu'à": as far as it may go.
var mayGoTo = map[string]bool{"aller": true, "allant": true, "pouvant": true, "peut": true, "peuvent": true,
	"pourra": true, "pourront": true, "pourrait": true, "pourraient": true}
