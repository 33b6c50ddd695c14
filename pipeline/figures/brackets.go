package figures

import "strings"

// conversionNote: an English figure next to a matched one, in another
// currency or in another unit of the same dimension, is a conversion the
// translator added. It may follow the original figure, "12 million euros
// ($13m)", "30 knots (56km/h)", "from 90 to 80 km/h (56 to 50 mph)", or
// lead with the original in brackets after it, "62 miles (100 km)". Any
// rate is plausible for a currency; a unit must convert within the
// rounding the English wrote, so a wrong conversion stays an added figure
// (N17: a conversion is allowed when the original is kept).
func (r *check) conversionNote(u unit, t *atom) bool {
	if t.m.Kind != Quantity && t.m.Kind != Money {
		return false
	}
	for _, o := range inGroups(u.tgt, t.grp, 0, t.idx) {
		if o == t || !o.used || o.m.Kind != t.m.Kind || !sameEnd(o.m, t.m) {
			continue
		}
		switch {
		case o.m.End <= t.m.Start && t.m.Start-o.m.End <= 3:
			// the conversion follows the original
		case t.m.End <= o.m.Start && o.m.bracketed:
			// the original follows in brackets: "134 mph (215 km/h)"
		default:
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

// sameEnd: two range ends convert each other only at the same end, the
// low with the low ("90 to 80 km/h (56 to 50 mph)"); a figure that is no
// range end pairs with anything.
func sameEnd(a, b *Mention) bool {
	return a.rangeEnd == 0 || b.rangeEnd == 0 || (a.rangeEnd-1)%2 == (b.rangeEnd-1)%2
}

// convertsTo: t is o in another currency, or o converted to t's unit;
// the same number in another unit ("100 km (100 miles)") converted
// nothing.
func convertsTo(o, t Mention) bool {
	if t.Kind == Money {
		return true
	}
	a, b := o.Rat(), t.Rat()
	if a == nil || b == nil || a.Cmp(b) == 0 && !sameScale(o.Unit, t.Unit) {
		return false
	}
	x, _ := a.Float64()
	y, _ := b.Float64()
	conv, ok := converted(x, o.Unit, t.Unit)
	return ok && closeTo(conv, y, t.Value)
}

// inBracket: only an opening bracket lies between two figures, so the
// second is said in brackets right after the first, "62 miles (100 km)".
func inBracket(between string) bool {
	return strings.TrimSpace(between) == "("
}

// restated: the English figure is said again in brackets right after it,
// in the form the source uses, and that one is matched: "a three-room
// (T3) flat" for "un T3", "five (5) years". The pair is one figure.
func restated(u unit, t *atom) bool {
	for _, o := range inGroups(u.tgt, t.grp, 0, t.idx) {
		if o != t && o.used && o.m.bracketed && o.m.Start > t.m.End && o.m.Start-t.m.End <= 3 && o.m.Value == t.m.Value {
			return true
		}
	}
	return false
}

// convertedInLine: a summary figure in brackets right after a figure of
// its bullet that the source supports, converting it ("about 100 km (62
// miles)", "€68 million (about $74 million)"): the rule of translations
// (conversionNote) for a bullet.
func (r *check) convertedInLine(t *atom) bool {
	if !t.m.bracketed || t.m.Kind != Quantity && t.m.Kind != Money {
		return false
	}
	var prev *atom
	for _, u := range r.line {
		if u == t {
			break
		}
		prev = u
	}
	return prev != nil && prev.pair != nil && prev.m.Kind == t.m.Kind && prev.m.Unit != t.m.Unit && convertsTo(*prev.m, *t.m)
}
