package figures

import "strings"

// relativeCentury: the source's numbered century, "le XXIe siècle", is
// said in the translation from the time of writing, "the next century",
// "the new century": no number to compare, and right or wrong by the
// date, which the check does not know, so a warning and not silence.
func (r *check) relativeCentury(s *atom) bool {
	if s.m.Kind != Ordinal || s.m.Unit != "century" && s.m.Head != "siècle" && s.m.Head != "siècles" {
		return false
	}
	return saysCount(r.target, relativeCenturies) > saysCount(r.source, frRelativeCenturies) // ("un nouveau millénaire, le XXIe siècle": the millennium told for itself)
}

var relativeCenturies = []string{"next century", "coming century", "new century", "this century", "current century", "century ahead", "new millennium"}

// relativeCenturyTold: the translation numbers the century the source
// counts from the time of writing, "le prochain siècle" written "the
// 21st century": a warning, as the other way round.
func (r *check) relativeCenturyTold(t *atom) bool {
	if t.m.Kind != Ordinal || t.m.Unit != "century" && t.m.Head != "century" && t.m.Head != "centuries" {
		return false
	}
	return saysCount(r.source, frRelativeCenturies) > saysCount(r.target, relativeCenturies)
}

var frRelativeCenturies = []string{"prochain siècle", "siècle prochain", "nouveau siècle", "siècle qui vient", "ce siècle", "siècle actuel",
	"présent siècle", "nouveau millénaire", "prochain millénaire"}

// saysCount counts the phrases' occurrences in the paragraphs.
func saysCount(paras, phrases []string) int {
	n := 0
	for _, p := range paras {
		lp := strings.ToLower(p)
		for _, ph := range phrases {
			n += strings.Count(lp, ph)
		}
	}
	return n
}
