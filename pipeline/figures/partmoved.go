package figures

// partMoved flags a part the translation gives to another whole: "12
// morts, dont 5 enfants, et 40 blessés" written "12 dead and 40
// injured, including five children" makes the children injured, not
// dead (M3). Both sides must say the part as a part of the figure right
// before it ("dont", "including"), and both wholes must be paired.
func (r *check) partMoved(u unit) {
	for _, s := range u.src {
		t := s.pair
		if t == nil || t.pair != s || !s.m.ofPrev || !t.m.ofPrev {
			continue
		}
		sw, tw := lastBefore(u.src, s, notWhen), lastBefore(u.tgt, t, notWhen)
		if sw == nil || tw == nil || sw.pair == nil || tw.pair == nil || sw.pair == tw || tw.pair == sw {
			continue
		}
		r.add(s, t, verdict{true, "attribution", Error, "M3", "the source counts it among " + sw.m.Raw + ", not " + tw.m.Raw})
	}
}

// notWhen: a figure that may be a whole, not the date or time between
// a whole and its part ("5 167 décès durant l'été 2023, dont 1 200").
func notWhen(a *atom) bool { return !whenKind(a.m.Kind) }

// whenKind: a date, a time or a year, which say when, not how many.
func whenKind(k Kind) bool { return k == Date || k == Time || k == Year }
