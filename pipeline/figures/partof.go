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
	if partDeterminers[w[1]] && len(w) > 2 {
		w = w[1:]
	}
	return w[1] != "" && w[1][0] >= '0' && w[1][0] <= '9'
}

var partDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "these": true, "those": true}
