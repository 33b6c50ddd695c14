package figures

// sourceMoved flags a figure the translation puts in the mouth of the
// other source of its sentence: "La police a fait état de 35
// interpellations, tandis que l'opposition affirme que plus de 200 ..."
// written "The opposition said 35 people had been arrested". Only when
// the English names its own clause's source and the source gives that
// one another figure.
func (r *check) sourceMoved(u unit) {
	for _, s := range u.src {
		t := s.pair
		if t == nil || t.pair != s || !t.m.attrNear || t.m.Attr == "" || s.m.Attr == "" || s.m.Attr == t.m.Attr || !numeric(*t.m) {
			continue
		}
		for _, o := range inGroups(u.src, s.grp, 0, s.idx) {
			if o != s && sameSentence(o, s) && o.m.Attr == t.m.Attr && o.m.Value != s.m.Value && numeric(*o.m) {
				// (a date or a rank is no figure of another source: "organisée samedi par les syndicats")
				r.add(s, t, verdict{true, "attribution", Error, "M4", "the source gives this figure to " + s.m.Attr + ", and " + t.m.Attr + " another, " + o.m.Raw})
				break
			}
		}
	}
}
