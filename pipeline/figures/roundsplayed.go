package figures

// A league table is told after so many rounds: "à l'issue de la 20e
// journée" is "after 20 rounds", "after 20 matchdays"; a stage race
// "après la 12e étape" is "after 12 stages". The ordinal of the last
// round played and the count of rounds played are one figure.

// roundsPlayed: a is the ordinal of a round, b the count of the same
// rounds (in either language).
func roundsPlayed(a, b Mention) bool {
	if a.Kind != Ordinal || class(b.Kind) != Cardinal || b.Unit != "" || b.Comparator != CmpNone {
		return false
	}
	f := roundOrdinals[a.Head]
	return f != "" && roundCounts[b.Head] == f
}

// roundOrdinals name a round by its rank, roundCounts count rounds; both
// give the family they belong to (a league's "journée" is its round).
var roundOrdinals = map[string]string{"journée": "round", "matchday": "round", "round": "round", "tour": "round",
	"étape": "stage", "stage": "stage", "manche": "leg", "leg": "leg"}

var roundCounts = map[string]string{"journées": "round", "matchdays": "round", "rounds": "round", "tours": "round",
	"étapes": "stage", "stages": "stage", "manches": "leg", "legs": "leg"}
