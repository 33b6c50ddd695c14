package figures

// modifiedPass pairs what is left in a unit: a source and a target figure
// of the same kind (or a related kind) are one figure changed, reported
// with its diff class (figures.md, Matching 2).
func (r *Report) modifiedPass(src, tgt []*atom) {
	for _, strict := range []bool{true, false} {
		for _, s := range src {
			if s.used {
				continue
			}
			var best *atom
			bestScore := -1 << 30
			for _, t := range tgt {
				if t.used || !related(s.m, t.m, strict) {
					continue
				}
				if sc := pairScore(s, t); sc > bestScore {
					best, bestScore = t, sc
				}
			}
			if best != nil {
				r.modified(s, best)
			}
		}
	}
}

// related kinds can be one figure changed: same class, or percent and
// points, or a cardinal that lost its unit.
func related(s, t Mention, strict bool) bool {
	if class(s.Kind) == class(t.Kind) {
		if s.Kind == Money && t.Kind == Money || s.Kind == Quantity && t.Kind == Quantity {
			return !strict || s.Unit == t.Unit
		}
		return true
	}
	if strict {
		return false
	}
	num := map[Kind]bool{Cardinal: true, Decimal: true, Approx: true, Percent: true, PercentPoint: true,
		PerMille: true, Money: true, Quantity: true}
	dates := map[Kind]bool{Date: true, Year: true}
	return num[s.Kind] && num[t.Kind] || dates[s.Kind] && dates[t.Kind]
}

func (r *Report) modified(s, t *atom) {
	s.used, t.used, s.pair, t.pair = true, true, t, s
	if s.row >= 0 {
		r.Rows[s.row].English = t.m.Raw
	}
	sev := Error
	if !mandatory(s.m) && !mandatory(t.m) {
		sev = Warning
	}
	why := diffClass(s.m, t.m)
	kind := "modified"
	switch {
	case why == "scale word wrong":
		kind = "scale"
	case why == "score order reversed":
		sev = Warning
	case s.m.Kind == Percent && t.m.Kind == PercentPoint || s.m.Kind == PercentPoint && t.m.Kind == Percent:
		kind = "unit"
	case s.m.Kind == Quantity && t.m.Kind == Quantity && s.m.Unit != t.m.Unit:
		kind, sev, why = "unit", Warning, "converted from "+s.m.Unit+" to "+t.m.Unit+"; keep the original figure"
	}
	r.add(s, t, verdict{true, kind, sev, "M2", why})
	if s.row >= 0 && sev == Warning {
		r.raise(s.row, Warning, true)
	}
}

// leftovers reports unmatched figures: removed from the source, added in
// the target (figures.md, Matching 2).
func (r *Report) leftovers(src, tgt [][]*atom) {
	for _, p := range src {
		for _, s := range p {
			if s.used {
				continue
			}
			sev := Error
			if !mandatory(s.m) {
				sev = Warning
			}
			r.add(s, nil, verdict{true, "removed", sev, "M2", "is missing from the translation"})
		}
	}
	for _, p := range tgt {
		for _, t := range p {
			if t.used || t.m.Alt == "one" || r.conversionNote(t, p) {
				continue
			}
			sev := Error
			// "a five-year term" often renders one word (quinquennat).
			if !mandatory(t.m) || t.m.Word && compoundAdjective(t.m.Raw) {
				sev = Warning
			}
			r.add(nil, t, verdict{true, "added", sev, "M2", "of the translation is not in the source"})
		}
	}
}

// conversionNote accepts "5 km (3 miles)": an imperial figure in brackets
// after a matched metric one (N17, Verifika's rule).
func (r *Report) conversionNote(t *atom, para []*atom) bool {
	if t.m.Kind != Quantity || !imperial[t.m.Unit] {
		return false
	}
	for _, o := range para {
		if o != t && o.used && o.m.Kind == Quantity && o.m.End <= t.m.Start && t.m.Start-o.m.End <= 3 {
			r.add(nil, t, verdict{true, "unit", Info, "N17", "is a conversion kept next to the original figure"})
			return true
		}
	}
	return false
}
