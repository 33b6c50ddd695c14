package figures

// sinceMoved catches a year a bullet gives as a start ("Volotea, present
// since 2019") that the source gives to another fact ("891 000 passagers
// en 2019"), when the source dates the same owner from another year with
// "depuis" ("La compagnie Volotea, installée sur la plateforme depuis
// 2016"): that year, or nil. The owner must be a name both texts write
// mid-sentence, and the matched year another owner's.
func (r *check) sinceMoved(src []*atom, s, t *atom) *atom {
	if t.m.Kind != Year || s.m.Kind != Year || t.m.Start > len(r.text) || lastWord(r.text[:t.m.Start]) != "since" {
		return nil
	}
	own := t.m.owner
	if own == "" || !r.known[own] || sameOwner(s.m.owner, own) || r.saysSince(s) {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Kind == Year && o.m.Value != t.m.Value && sameOwner(o.m.owner, own) && r.saysSince(o) {
			return o
		}
	}
	return nil
}

// saysSince: the source gives the year a as a start, "depuis 2016", "dès 2016".
func (r *check) saysSince(a *atom) bool {
	if a.m.Paragraph >= len(r.source) || a.m.Start > len(r.source[a.m.Paragraph]) {
		return false
	}
	w := lastWord(r.source[a.m.Paragraph][:a.m.Start])
	return w == "depuis" || w == "dès"
}
