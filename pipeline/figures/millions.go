package figures

import (
	"math/big"
	"strings"
)

// millionM reads the British press's "m" for million: "1.8m
// cinemagoers", "2.3m people", "4.5m tonnes of wheat". An "m" glued to
// a number is metres only before a length context ("1.8m tall", "the
// 100m final"); before what a count counts, or another unit, it is a
// scale. It returns the tokens read after the number, or 0.
func (p *parser) millionM(m *Mention, j int, v value) int {
	if p.lang != English || j >= len(p.toks) || p.toks[j].text != "m" || !p.glued(j) || v.v == nil || v.scale != "" {
		return 0
	}
	next := p.word(j + 1)
	u, isUnit := unitWords[next]
	switch {
	case isUnit && u != "" && metricBase[u].base != "m" && u != "°":
		m.Kind, m.Unit = Quantity, u // 4.5m tonnes
	case countNoun(next):
		if m.Kind != Decimal {
			m.Kind = Cardinal
		}
	default:
		return 0
	}
	m.Value, m.Scale = canonical(new(big.Rat).Mul(v.v, pow10(6))), "m"
	if m.Kind == Quantity {
		return 2
	}
	return 1
}

// countNoun: an English word after "1.8m" that names what is counted:
// a plural noun (people, viewers, passengers) or a news noun.
func countNoun(w string) bool {
	if notCounted[w] {
		return false // ("runners" count people, but "the 100m runners" run a distance)
	}
	if enHeads[w] {
		return true
	}
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// notCounted are plural-looking words after a length: "the 100m
// hurdles", "1.8m towards the goal".
var notCounted = map[string]bool{"hurdles": true, "heats": true, "finals": true, "across": true, "towards": true,
	"backwards": true, "forwards": true, "upwards": true, "downwards": true, "this": true, "thus": true,
	"metres": true, "meters": true, "yards": true, "inches": true, "feet": true, "miles": true, "plus": true,
	"versus": true, "always": true, "perhaps": true, "sometimes": true, "besides": true, "whereas": true,
	// who and what a distance of sport names: "the 100m runners", "400m finalists"
	"runners": true, "sprinters": true, "swimmers": true, "hurdlers": true, "relays": true, "races": true,
	"events": true, "records": true, "titles": true, "medals": true, "medallists": true, "medalists": true,
	"champions": true, "finalists": true, "specialists": true, "starts": true, "lengths": true, "laps": true,
	"championships": true, "trials": true, "semi-finals": true, "semifinals": true, "qualifiers": true, "bests": true, // "the French 1,500m championships"
	// what a length measures: "two 50m pools", "in 25m pools", "eight 400m tracks"
	"pools": true, "lanes": true, "tracks": true, "yachts": true, "towers": true}
