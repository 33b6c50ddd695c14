package figures

// rankVerbs say that the ordinal after them is a place in a ranking, its
// noun left unsaid: "Lens remain second, three points behind", "she
// finished second."; "second" there is no unit of time.
var rankVerbs = map[string]bool{"remain": true, "remains": true, "remained": true, "stay": true, "stays": true,
	"stayed": true, "finish": true, "finishes": true, "finished": true, "came": true, "come": true, "comes": true,
	"placed": true, "ranked": true, "ranks": true, "lie": true, "lies": true, "lay": true, "sit": true, "sits": true,
	"sat": true, "ended": true, "rose": true, "climbed": true, "dropped": true, "slipped": true, "fell": true}
