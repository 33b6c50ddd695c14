package figures

// conversionNote: an English figure right after a matched one, in
// another currency or in another unit of the same dimension, is a
// conversion the translator added: "12 million euros ($13m)", "30 knots
// (56km/h)", "320 km (200 miles)". Any rate is plausible for a currency;
// a unit must convert within the rounding the English wrote.
func (r *check) conversionNote(u unit, t *atom) bool {
	if t.m.Kind != Quantity && t.m.Kind != Money {
		return false
	}
	for _, o := range inGroups(u.tgt, t.grp, 0, t.idx) {
		if o == t || !o.used || o.m.Kind != t.m.Kind || o.m.End > t.m.Start || t.m.Start-o.m.End > 3 {
			continue
		}
		if o.m.Unit == t.m.Unit || !convertsTo(*o.m, *t.m) {
			return false
		}
		r.add(nil, t, verdict{true, "unit", Info, "N17", "is a conversion kept next to the original figure"})
		return true
	}
	return false
}

// convertsTo: t is o in another currency, or o converted to t's unit.
func convertsTo(o, t Mention) bool {
	if t.Kind == Money {
		return true
	}
	a, b := o.Rat(), t.Rat()
	if a == nil || b == nil {
		return false
	}
	x, _ := a.Float64()
	y, _ := b.Float64()
	conv, ok := converted(x, o.Unit, t.Unit)
	return ok && closeTo(conv, y, t.Value)
}
