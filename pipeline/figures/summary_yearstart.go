package figures

import (
	"slices"
	"strings"
)

// sinceYearStart: "depuis le début de l'année" briefed "since January"
// (or "from January"): the start of the year is its first month, a date
// the source gives in words (startOfYear reads a translation's paragraph
// so; a summary looks the words up in the whole source's index).
func (r *check) sinceYearStart(t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Month != 1 || d.Day != 0 || t.m.Start > len(r.text) {
		return false
	}
	before := strings.Fields(strings.ToLower(r.text[:t.m.Start]))
	if len(before) == 0 || before[len(before)-1] != "since" && before[len(before)-1] != "from" {
		return false
	}
	return slices.ContainsFunc(yearStartWords, r.inSourceText)
}
