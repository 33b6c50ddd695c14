package figures

// rankOfOther: a summary ordinal supported only by an ordinal of another
// noun, while the source ranks the bullet's noun otherwise: "la première
// femme à diriger la ville" and "au second tour" summarised as "the
// second woman to run the city".
func rankOfOther(src []*atom, s *atom, t Mention) *atom {
	if t.Kind != Ordinal || s.m.Kind != Ordinal || t.Head == "" || nounHead(s.m.Head) == "" || translatedIn([]string{s.m.Head}, t.Head) {
		return nil // ("Montpellier est 18e et dernier": a rank with no noun, "in 18th place")
	}
	if t.Head == "time" {
		return nil // "le quatrième vol": "flew for the fourth time", the event's rank told as a count of times
	}
	for _, w := range t.ctx {
		if translatedIn([]string{s.m.Head}, w) {
			return nil // "his fourth stage win": the rank's noun is the compound's last word, "quatrième victoire d'étape"
		}
	}
	for _, o := range src {
		if o != s && o.m.Kind == Ordinal && o.m.Value != t.Value && o.m.Head != "" && translatedIn([]string{o.m.Head}, t.Head) {
			return o
		}
	}
	return nil
}
