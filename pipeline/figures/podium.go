package figures

import (
	"strconv"
	"strings"
)

// podiumPlace explains a bullet's "took third" by the source's "X l'a
// emporté devant A et B": after a win, the names "devant" lists finish
// second, third, in that order. The bullet's clause must name the rider
// the source puts at that place.
func (r *check) podiumPlace(t *atom) string {
	place, err := strconv.Atoi(t.m.Value)
	if t.m.Kind != Ordinal || err != nil || place < 2 || place > 4 || t.m.Start > len(r.text) {
		return ""
	}
	clause := r.text[:t.m.Start]
	if k := strings.LastIndexAny(clause, ";."); k >= 0 {
		clause = clause[k+1:]
	}
	told := capitalNames(clause)
	if len(told) == 0 {
		return ""
	}
	for _, para := range r.source {
		for _, sent := range strings.Split(para, ". ") {
			low := strings.ToLower(sent)
			at := strings.Index(low, " devant ")
			if at < 0 || !winBefore(low[:at]) {
				continue
			}
			items := strings.FieldsFunc(sent[at+len(" devant "):], func(c rune) bool { return c == ',' })
			var list []string
			for _, it := range items {
				list = append(list, strings.Split(it, " et ")...)
			}
			if place-2 >= len(list) {
				continue
			}
			for _, name := range capitalNames(list[place-2]) {
				for _, w := range told {
					if strings.EqualFold(w, name) {
						return "is derived from the source: " + strings.TrimSpace(list[place-2]) + " finishes " + placeNames[place] + ", as name " + strconv.Itoa(place-1) + " that \"devant\" lists after the winner"
					}
				}
			}
		}
	}
	return ""
}

// winBefore: the words before "devant" end on a win, "l'a emporté",
// "s'est imposé", "a gagné".
func winBefore(low string) bool {
	ws := strings.Fields(low)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := strings.TrimPrefix(strings.TrimPrefix(ws[k], "l'"), "s'")
		if winVerbs[w] {
			return true
		}
	}
	return false
}

var placeNames = map[int]string{2: "second", 3: "third", 4: "fourth"}
