package figures

// clubNicknames name French clubs by what their fans and the press call
// them, unaccented as a score's sides are: "remporté 2-1 par les Verts"
// is Saint-Étienne's win, "les Gones" are Lyon. Demonyms a town's name
// makes ("les Nantais") are townDemonym's; these are the ones it cannot
// form.
var clubNicknames = map[string]string{
	"verts": "saint-etienne", "stephanois": "saint-etienne", "asse": "saint-etienne",
	"gones": "lyon", "ol": "lyon",
	"phoceens": "marseille", "om": "marseille",
	"canaris": "nantes", "girondins": "bordeaux", "dogues": "lille", "losc": "lille",
	"merlus": "lorient", "aiglons": "nice", "grenats": "metz", "lionceaux": "sochaux",
	"monegasques": "monaco", "psg": "paris",
	"rochelais": "la rochelle", "havrais": "le havre",
	"remois": "reims", "messins": "metz", "sochaliens": "sochaux",
	// demonyms of towns whose names they do not spell: "remporté 81-79 par les Burgiens" is Bourg-en-Bresse's win
	"burgiens": "bourg", "biterrois": "beziers", "palois": "pau", "briochins": "saint-brieuc",
}

// clubOf is the town a side's name stands for, or the name itself.
func clubOf(name string) string {
	if town, ok := clubNicknames[name]; ok {
		return town
	}
	return name
}
