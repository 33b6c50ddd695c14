package figures

import (
	"slices"
	"strings"
)

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
	return tollsOf(append([]string{m.Head}, m.ctx...), nil)
}

// otherToll: the source figure s and the bullet's t each name a toll,
// and none the same: what t says befell them is another toll than s's.
// It returns the first toll of each.
func otherToll(s, t Mention) (string, string) {
	if s.personAge || t.personAge || periodUnit[s.Head] != "" || periodUnit[t.Head] != "" {
		return "", "" // "le peintre, disparu à 102 ans", "died aged 102": an age, no count of people
	}
	ts, tt := tolls(s), tolls(t)
	if sj, tj := joinedTolls(s), joinedTolls(t); sj != nil || tj != nil {
		// "tuées ou blessées", "killed or injured": one count of both
		ts, tt = tollsOf(sj, ts), tollsOf(tj, tt)
		if len(ts) >= 2 && len(tt) == 1 {
			return strings.Join(ts, " or "), tt[0] // "5,757 people were killed": the dead alone are fewer
		}
	}
	if len(ts) == 0 || len(tt) == 0 || anyIn(tt, ts) {
		return "", ""
	}
	return ts[0], tt[0]
}

// joinedTolls are the two tolls m's clause joins, "tuées ou blessées",
// "killed or injured", which its context may have cut after the first;
// nil when it joins none.
func joinedTolls(m Mention) []string {
	if m.cl == nil {
		return nil
	}
	return m.cl.tolls
}

// tollsOf adds to have the tolls the words name, in tollOrder.
func tollsOf(words []string, have []string) []string {
	out := slices.Clone(have)
	for _, c := range tollOrder {
		if !slices.Contains(out, c) && slices.ContainsFunc(words, func(w string) bool { return casualtyWords[w] == c }) {
			out = append(out, c)
		}
	}
	return out
}
