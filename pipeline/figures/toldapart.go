package figures

import "strings"

// quarterAsMonths finds the English months that spell out the source
// quarter s, "au troisième trimestre" told "in the July-September
// period", "T1" told "January-March": the two ends of a span of months,
// unpaired, in s's sentence group or the next, running from the
// quarter's first month to its last.
func quarterAsMonths(tgt []*atom, s *atom) (lo, hi *atom) {
	q := atoiSafe(s.m.Value)
	if s.m.Kind != Ordinal || q < 1 || q > 4 || !quarterNamed(*s.m) {
		return nil, nil
	}
	for _, a := range tgt {
		if a.used || a.m.rangeEnd != 1 || a.grp-s.grp > 1 || s.grp-a.grp > 1 || !monthOnly(a.m, 0) {
			continue
		}
		for _, b := range tgt {
			if b != a && !b.used && b.m.rangeEnd == 2 && b.m.Start == a.m.Start && monthOnly(b.m, 0) && quarterOfMonths(a.m.Date.Month, b.m.Date.Month) == q {
				return a, b
			}
		}
	}
	return nil, nil
}

// quarterOfMonths is the quarter of the year the months first to last
// make ("July-September" is the third), or 0 when they make none.
func quarterOfMonths(first, last int) int {
	if last%3 != 0 || first != last-2 {
		return 0
	}
	return last / 3
}

// quarterNamed: the ordinal ranks a quarter of the year, "troisième
// trimestre", "T3", "Q3".
func quarterNamed(m Mention) bool {
	r := strings.ToUpper(m.Raw)
	return m.Head == "trimestre" || m.Head == "trimestres" || m.Head == "quarter" || len(r) == 2 && (r[0] == 'T' || r[0] == 'Q')
}

// ratioAsCounts finds the two English counts that tell the source ratio
// s, "deux mois sur douze" told "two of the twelve months": the part an
// unpaired cardinal of s's sentence group, the whole a few words after
// it (paired already, maybe: "twelve months" may have taken "un an").
func ratioAsCounts(tgt []*atom, s *atom) (part, whole *atom) {
	if s.m.Kind != Fraction || len(s.m.Parts) != 2 || hedged(*s.m) {
		return nil, nil
	}
	pv, wv := s.m.Parts[0].Value, s.m.Parts[1].Value
	for _, a := range tgt {
		if a.used || a.m.Kind != Cardinal || a.m.Value != pv || a.grp-s.grp > 1 || s.grp-a.grp > 1 {
			continue
		}
		for _, b := range tgt {
			if b != a && b.m.Kind == Cardinal && b.m.Value == wv && b.m.Paragraph == a.m.Paragraph && b.m.Start > a.m.End && b.m.Start-a.m.End <= 12 {
				return a, b // ("two of the twelve": " of the " between)
			}
		}
	}
	return nil, nil
}
