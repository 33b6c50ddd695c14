package figures

// lineGives: t is a length of time, as its source figure is, and the
// bullet gives o's count too ("with two other inmates for 18 months"),
// so t being said in o's clause is no sign that t was taken for o. (Two
// counts or two shares that trade places stay swaps.)
func (r *check) lineGives(s, t, o *atom) bool {
	periods := periodUnit[t.m.Head] != "" && periodUnit[s.m.Head] != "" && periodUnit[o.m.Head] == ""
	// "four points behind leaders PSG with seven games left" for "à quatre
	// points du leader, à sept journées de la fin": t counts s's noun, o
	// counts another, and the bullet gives o as well
	// (two lengths of time have units, not nouns of their own: "attente à
	// 19 mois, mais grimpe à 3 ans pour un grand logement" told "the
	// average wait is three years, and 19 months for a large home" swaps them)
	ownNoun := s.m.Head != "" && headAgrees(s.m.Head, t.m.Head) && knownNoun(o.m.Head) && o.m.Head != s.m.Head && !headAgrees(o.m.Head, t.m.Head) &&
		(periodUnit[s.m.Head] == "" || periodUnit[o.m.Head] == "")
	if !periods && !ownNoun {
		return false
	}
	for _, u := range r.line {
		if u != t && u.m.Value == o.m.Value && class(u.m.Kind) == class(o.m.Kind) {
			return true
		}
	}
	return false
}
