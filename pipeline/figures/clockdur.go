package figures

import (
	"fmt"
	"math/big"
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
	if m.Value == "00:00" && before != "à" && before != "vers" && before != "dès" && before != "jusqu'à" && p.num(p.tokenAfter(m.Start)) != nil && p.toks[p.tokenAfter(m.Start)].text == "24" {
		m.Alt, m.Value = "dur", "24:00" // "37 $ pour 24h", "24h sur 24": a day's length; midnight is "à 24h"
		return
	}
	switch before {
	case "pendant", "durant", "en", "après", "de", "d'", "sur", "sous":
		m.Alt = "dur"
		return
	}
	if j := p.tokenAfter(m.End); p.word(j) == "de" || p.word(j) == "d'" {
		if w := p.word(j + 1); w != "" && !clockCueWord[w] {
			m.Alt = "dur" // 2 h 30 de débat, de route, d'attente
		}
	}
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
