package figures

import "strings"

// A bullet that gives both ends of a change and its way must add up:
// "cases fell to 412 in 2024, from 116 the previous year" tells a fall
// between two figures that make a rise. Both figures are the source's,
// so only their way is wrong (N18).

// levelAgainstPrior reports a level told as reached by a rise or a fall
// ("fell to 412") that the earlier figure of its own clause ("from 116")
// contradicts.
func (r *check) levelAgainstPrior(line []*atom) {
	for k, t := range line {
		if t.m.levelDir == 0 || t.m.Kind == Ordinal || r.hasError(t) || t.m.Start > len(r.text) || !strings.HasSuffix(strings.TrimSpace(r.text[:t.m.Start]), " to") {
			continue // (a level reached: "fell to 412"; a rank rises as its number falls)
		}
		for _, u := range line[k+1:] {
			if u.m.Sentence != t.m.Sentence || class(u.m.Kind) != class(t.m.Kind) || u.m.Unit != t.m.Unit || u.m.Start > len(r.text) {
				continue
			}
			between := strings.ToLower(r.text[t.m.End:u.m.Start])
			if !strings.HasSuffix(strings.TrimSpace(between), "from") || strings.ContainsAny(between, ";.") {
				break // the earlier level is told right after its "from", in the same clause
			}
			tv, uv := t.m.Rat(), u.m.Rat()
			if tv == nil || uv == nil || tv.Cmp(uv) == 0 || tv.Cmp(uv) == int(t.m.levelDir) {
				break
			}
			way := "fall"
			if t.m.levelDir > 0 {
				way = "rise"
			}
			r.add(t.pair, t, verdict{true, "modified", Error, "N18", "the bullet tells a " + way + " from " + u.m.Raw + " to " + t.m.Raw + ", which is the other way"})
			break
		}
	}
}
