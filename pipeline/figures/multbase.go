package figures

// A multiple of the same base: "deux fois plus qu'en 1990" summarised
// as "three times the 1990 figure". The source says the factor, so a
// bullet's other factor against the same base is a changed figure, even
// when two unrelated source figures happen to divide to it (433 000
// cases and 157 000 deaths).

// otherFactor finds the source multiplier whose base (the figure after
// it in its sentence) is the base the bullet gives after t ("qu'en
// 1990" and "the 1990 figure" name one year; "en dix ans" is no "WHO
// target of 10 µg/m³").
func (r *check) otherFactor(src []*atom, t *atom) *atom {
	if t.m.Kind != Multiplier {
		return nil
	}
	base := nextIn(r.line, t)
	if base == nil {
		return nil
	}
	for _, s := range src {
		if s.m.Kind != Multiplier || s.m.Value == t.m.Value || hedgedRoundingOf(s, *t.m) {
			continue // ("nearly three times" for "2,8 fois": the factor rounded with a hedge)
		}
		if b := nextIn(src, s); b != nil && (b.m.rangeEnd == 1 || b.m.rangeEnd == 3) && b.m.rangeEnd != base.m.rangeEnd {
			continue // "multiplié par deux entre 2019 et 2021": a factor up to another year than the bullet's level ("three times the 2019 level" in 2023)
		}
		if b := nextIn(src, s); b != nil && b.m.Sentence == s.m.Sentence && (exact(*b.m, *base.m) || b.m.Value == base.m.Value && b.m.Unit == base.m.Unit && isDuration(*b.m) == isDuration(*base.m)) {
			return s
		}
	}
	return nil
}

// nextIn is the atom after a in list, or nil.
func nextIn(list []*atom, a *atom) *atom {
	for k, x := range list {
		if x == a && k+1 < len(list) {
			return list[k+1]
		}
	}
	return nil
}
