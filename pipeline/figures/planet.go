package figures

// monthBefore are the French words that announce a month even when a
// careless capital makes "Mars" look like the planet: "en Mars", "depuis
// Mars", "le mois de Mars".
var monthBefore = map[string]bool{"en": true, "depuis": true, "dès": true, "jusqu'en": true, "fin": true, "début": true, "courant": true, "mi": true}

// missionWords name a programme the planet and a year name together:
// "la mission Mars 2020" is a rover, not March 2020.
var missionWords = map[string]bool{"mission": true, "programme": true, "sonde": true, "rover": true, "projet": true, "opération": true}

// missionMars: "Mars" and a year after a mission word are its name.
func (p *parser) missionMars(i int) bool {
	return p.lang == French && p.word(i) == "mars" && p.capital(i) && missionWords[p.word(i-1)]
}

// planetMars: a capitalised "Mars" inside a French sentence is the
// planet, as French writes its months in lower case: "sur Mars", "une
// mission vers Mars", "la planète Mars". A day before it or a year after
// it has made a date before this is asked ("le 3 Mars 2024"); a month
// cue before it or "dernier", "prochain" after it keeps the month.
func (p *parser) planetMars(i int) bool {
	if p.lang != French || p.word(i) != "mars" || !p.capital(i) {
		return false
	}
	if p.word(i-1) == "" {
		return p.spaceNear(i) // "Mars est une fois et demie plus éloignée du Soleil": the sentence says which
	}
	prev := p.word(i - 1)
	if monthBefore[prev] || prev == "de" && p.word(i-2) == "mois" {
		return false
	}
	switch p.word(i + 1) {
	case "dernier", "prochain":
		return false
	}
	return true
}

// spaceNear: a word of the sky within a dozen words after i.
func (p *parser) spaceNear(i int) bool {
	for j := i + 1; j < len(p.toks) && j <= i+14; j++ {
		if endMark(p.sym(j)) {
			return false
		}
		if spaceWords[p.word(j)] {
			return true
		}
	}
	return false
}

var spaceWords = map[string]bool{"soleil": true, "terre": true, "planète": true, "martien": true, "martienne": true,
	"martiens": true, "martiennes": true, "orbite": true, "sonde": true, "rover": true, "astronautes": true, "nasa": true,
	"atmosphère": true, "surface": true, "lune": true, "lunes": true, "jupiter": true, "vénus": true}
