package figures

// predicateConflict: a summary figure counts the right noun but is said
// of what another source figure counts: "78 départements" where the
// tiger mosquito is present, summarised "dengue cases were recorded in
// 78 departments" when the source gives the dengue cases their own
// figure. The bullet's clause names the other figure's noun and shares
// nothing with its own figure's clause but the noun counted.
func predicateConflict(src []*atom, s *atom, t Mention) *atom {
	if !numeric(t) || t.cl == nil || !headAgrees(s.m.Head, t.Head) {
		return nil
	}
	var tw []string
	for _, w := range t.clause() {
		if w != t.Head {
			tw = append(tw, w)
		}
	}
	sw := s.m.clause()
	for _, o := range src {
		if o == s || o.m.Value == t.Value || !numeric(*o.m) || !knownNoun(o.m.Head) || headAgrees(o.m.Head, t.Head) {
			continue
		}
		if u := periodUnit[t.Head]; u != "" && periodUnit[o.m.Head] != u {
			continue // "in three weeks" is a length of time, no count of the "deux doses" the clause names too
		}
		if o.m.Unit != t.Unit && class(o.m.Kind) != Money {
			continue // "147 hours" of power prices is no count of the "8,2 TWh d'électricité": a measure in another unit is no rival
		}
		if !namesNoun(o.m.Head, tw) || namesNoun(o.m.Head, sw) || len(sw) == 0 && sameSentence(s, o) {
			continue // ("En 36 heures, il est tombé 250 mm de pluie": no words of its own, the sentence's are its)
		}
		ow := append([]string{o.m.Head}, o.m.clause()...)
		if own, other := discriminate(sw, ow, sw, ow, tw); own == 0 && other >= 2 {
			return o
		}
	}
	return nil
}

// namesNoun: one of the words translates the French noun h.
func namesNoun(h string, ws []string) bool {
	for _, w := range ws {
		if translatedIn([]string{h}, w) {
			return true
		}
	}
	return false
}
