package figures

import "slices"

// The toll of a disaster counts people by what befell them: dead,
// injured, missing, evacuated, arrested. "370 personnes ... portées
// disparues" briefed "370 people were injured" keeps the figure and the
// noun but tells another toll (M4).

// casualtyWords give the toll a word of a figure's context names.
var casualtyWords = map[string]string{
	"morts": "dead", "mort": "dead", "tués": "dead", "tuées": "dead", "tué": "dead", "décès": "dead", "décédés": "dead", "décédées": "dead", "péri": "dead",
	"dead": "dead", "killed": "dead", "died": "dead", "deaths": "dead", "fatalities": "dead", "death": "dead",
	"blessés": "injured", "blessées": "injured", "blessé": "injured", "blessée": "injured",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"disparus": "missing", "disparues": "missing", "disparu": "missing", "disparue": "missing", "missing": "missing", "unaccounted": "missing",
	"évacués": "evacuated", "évacuées": "evacuated", "evacuated": "evacuated", "evacuees": "evacuated",
	"interpellés": "arrested", "interpellées": "arrested", "arrêtés": "arrested", "arrêtées": "arrested", "interpellations": "arrested", "arrestations": "arrested",
	"arrested": "arrested", "arrests": "arrested", "detained": "arrested",
}

// tollOrder lists the tolls in a fixed order, so that a message names
// the same one every run.
var tollOrder = [...]string{"dead", "injured", "missing", "evacuated", "arrested"}

// tolls are the tolls the head and context words of m name, in
// tollOrder.
func tolls(m Mention) []string {
	var out []string
	for _, c := range tollOrder {
		if casualtyWords[m.Head] == c || slices.ContainsFunc(m.ctx, func(w string) bool { return casualtyWords[w] == c }) {
			out = append(out, c)
		}
	}
	return out
}

// otherToll: the source figure s and the bullet's t each name a toll,
// and none the same: what t says befell them is another toll than s's.
// It returns the first toll of each.
func otherToll(s, t Mention) (string, string) {
	ts, tt := tolls(s), tolls(t)
	if len(ts) == 0 || len(tt) == 0 || anyIn(tt, ts) {
		return "", ""
	}
	return ts[0], tt[0]
}
