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
