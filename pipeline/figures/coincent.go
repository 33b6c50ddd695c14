package figures

// fractionOfCoin: the Canadian "cent" after a fraction is the coin, not a
// hundred: "le huard a glissé d'un quart de cent" is "a quarter of a
// cent". Only when nothing counted follows ("un quart de cent euros" is
// a quarter of a hundred).
func (p *parser) fractionOfCoin(i int) bool {
	if p.lang != French || p.word(i) != "cent" || p.word(i-1) != "de" {
		return false
	}
	switch p.word(i - 2) {
	case "quart", "quarts", "tiers", "moitié", "demi", "dixième", "dixièmes":
	default:
		return false
	}
	next := p.word(i + 1) // "d'un quart de cent, à 73,85 cents", "d'un quart de cent mardi"
	return next == "" || frWeekdays[next] != 0 || coinFollowers[next]
}

// coinFollowers are words after which "cent" has nothing left to count.
var coinFollowers = map[string]bool{"à": true, "au": true, "par": true, "pour": true, "et": true, "en": true,
	"sur": true, "contre": true, "depuis": true, "hier": true, "aujourd'hui": true, "ce": true, "cette": true}
