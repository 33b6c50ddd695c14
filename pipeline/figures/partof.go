package figures

import "strings"

// partOfNext: the bullet's figure is a part of the whole told right after
// it, "19 of its 1,150 passengers": the noun is the whole's, so it names
// no other fact of the part ("19 blessés parmi les 1 150 passagers").
func (r *check) partOfNext(t *atom) bool {
	if t.m.End > len(r.text) {
		return false
	}
	w := strings.Fields(r.text[t.m.End:min(len(r.text), t.m.End+24)])
	if len(w) < 2 || w[0] != "of" {
		return false
	}
	if (possessives[w[1]] || w[1] == "the" || w[1] == "these" || w[1] == "those") && len(w) > 2 {
		w = w[1:]
	}
	return w[1] != "" && w[1][0] >= '0' && w[1][0] <= '9'
}
