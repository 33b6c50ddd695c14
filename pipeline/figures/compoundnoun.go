package figures

import "strings"

// compoundOwn: the English figure carries its noun in a hyphenated
// compound ("three-star", "five-year") that translates the source
// figure's noun, the strongest word there is for what it counts, unless
// the other figure counts the same noun ("deux ans ... trois ans").
func compoundOwn(s, t Mention) bool {
	if t.Head != "" && compoundNouns[s.Head] == t.Head {
		return true // "15-seat" of "de 15 places": the singular is the compound's noun
	}
	return t.Head != "" && strings.HasSuffix(strings.ToLower(t.Raw), "-"+t.Head) &&
		(sameHead(s.Head, t.Head) || translates(s.Head, t.Head))
}

// compoundNouns: French nouns of ratings and sizes and the English noun
// of their compounds (trois étoiles, a three-star hotel), beyond the
// lexicons, which would let "stars" bind loose clauses.
var compoundNouns = map[string]string{"étoiles": "star", "pièces": "room", "chambres": "bedroom",
	"étages": "storey", "places": "seat", "couverts": "cover"}
