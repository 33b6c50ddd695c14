package figures

// relativeCentury: the source's numbered century, "le XXIe siècle", is
// said in the translation from the time of writing, "the next century",
// "the new century": no number to compare, and right or wrong by the
// date, which the check does not know, so a warning and not silence.
func (r *check) relativeCentury(s *atom) bool {
	if s.m.Kind != Ordinal || s.m.Unit != "century" && s.m.Head != "siècle" && s.m.Head != "siècles" {
		return false
	}
	return saysAny(r.target, relativeCenturies)
}

var relativeCenturies = []string{"next century", "coming century", "new century", "this century", "current century", "century ahead", "new millennium"}

// relativeCenturyTold: the translation numbers the century the source
// counts from the time of writing, "le prochain siècle" written "the
// 21st century": a warning, as the other way round.
func (r *check) relativeCenturyTold(t *atom) bool {
	if t.m.Kind != Ordinal || t.m.Unit != "century" && t.m.Head != "century" && t.m.Head != "centuries" {
		return false
	}
	return saysAny(r.source, frRelativeCenturies)
}

var frRelativeCenturies = []string{"prochain siècle", "siècle prochain", "nouveau siècle", "siècle qui vient", "ce siècle", "siècle actuel",
	"présent siècle", "nouveau millénaire", "prochain millénaire"}
