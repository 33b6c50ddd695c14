package figures

import "strings"

// Hyphenated English unit compounds (N17): "a 142-square-foot flat", "a
// 50-square-metre flat", "a 12-sq-km plot", "a 3-metre-high wall". The
// figure carries the unit of its compound, so that m² written as square
// feet with the number kept is the unit error it is, where a bare number
// would only be a warning that the unit is not written.

// powerWords make a unit of length an area or a volume.
var powerWords = map[string]string{"square": "2", "sq": "2", "cubic": "3", "cu": "3"}

// dimensionWords follow a unit in a compound adjective: "3-metre-high".
var dimensionWords = map[string]bool{
	"high": true, "tall": true, "long": true, "wide": true, "deep": true, "thick": true, "broad": true,
}

// compoundUnitWord reads the unit a hyphenated word w starts with: a
// square or cubic unit of length ("square-foot", "sq-km", "cubic-metre")
// or a unit before a dimension ("metre-high", "km-long"); "" otherwise.
func compoundUnitWord(w string) string {
	head, rest, ok := strings.Cut(w, "-")
	if !ok {
		return ""
	}
	if pow := powerWords[head]; pow != "" {
		u, _, _ := strings.Cut(rest, "-") // "square-metre-plus"
		return poweredUnit(unitWords[u], pow)
	}
	if u := unitWords[head]; len(head) > 1 && u != "" && dimensionWords[rest] {
		return u
	}
	return ""
}

// poweredUnit is the area or volume of a unit of length, "km2", "ft3";
// "" for any other unit.
func poweredUnit(u, pow string) string {
	switch u {
	case "km", "m", "mi", "ft":
		return u + pow
	}
	return ""
}
