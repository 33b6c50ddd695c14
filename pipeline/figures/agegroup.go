package figures

// otherAgeGroup: t names an age group, "France's under-23s", that the
// source gives with another bound, "les moins de 20 ans": a team's
// category changed, not a name the source leaves out.
func otherAgeGroup(src []*atom, t Mention) *atom {
	if t.style != "name" || t.Head != "ans" || t.Comparator != CmpLT {
		return nil
	}
	for _, s := range src {
		if s.m.Head == "ans" && s.m.Comparator == CmpLT && class(s.m.Kind) == Cardinal && s.m.Value != t.Value {
			return s
		}
	}
	return nil
}
