package figures

// lineGives: t is a length of time, as its source figure is, and the
// bullet gives o's count too ("with two other inmates for 18 months"),
// so t being said in o's clause is no sign that t was taken for o. (Two
// counts or two shares that trade places stay swaps.)
func (r *check) lineGives(s, t, o *atom) bool {
	if periodUnit[t.m.Head] == "" || periodUnit[s.m.Head] == "" || periodUnit[o.m.Head] != "" {
		return false
	}
	for _, u := range r.line {
		if u != t && u.m.Value == o.m.Value && class(u.m.Kind) == class(o.m.Kind) {
			return true
		}
	}
	return false
}
