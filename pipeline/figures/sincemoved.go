package figures

// sinceMoved catches a year a bullet gives as a start ("Volotea, present
// since 2019") that the source gives to another fact ("891 000 passagers
// en 2019"), when the source dates the same owner from another year with
// "depuis" ("La compagnie Volotea, installée sur la plateforme depuis
// 2016"): that year, or nil. The owner must be a name both texts write
// mid-sentence, and the matched year another owner's.
func (r *check) sinceMoved(src []*atom, s, t *atom) *atom {
	if t.m.Kind != Year || s.m.Kind != Year || !t.m.since {
		return nil
	}
	own := t.m.owner
	if own == "" || !r.known[own] || sameOwner(s.m.owner, own) || s.m.since {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Kind == Year && o.m.Value != t.m.Value && sameOwner(o.m.owner, own) && o.m.since {
			return o
		}
	}
	return nil
}
