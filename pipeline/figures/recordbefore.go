package figures

import (
	"math/big"
	"slices"
)

// recordBefore: the mark a record beat, worked out from the new mark and
// the margin it was beaten by. "8 912 points, effaçant de 21 points
// l'ancienne marque" makes "the old mark of 8,891"; "56,975 km ... Il
// améliore de 183 mètres la marque" makes 56.792 km. A record of time
// is beaten by running faster, so its old mark is the longer one.
func recordBefore(src []*atom, t Mention) string {
	tv, tf := markValue(t)
	if tv == nil || hedged(t) {
		return ""
	}
	for _, c := range src {
		if !slices.ContainsFunc(c.m.ctx, recordBeaten) ||
			!slices.ContainsFunc(c.m.ctx, func(w string) bool { return w == "record" || w == "marque" }) {
			continue
		}
		cv, cf := markValue(*c.m)
		if cv == nil {
			continue
		}
		for _, a := range src {
			if a == c || a.m.Paragraph != c.m.Paragraph || a.m.Sentence != c.m.Sentence && a.m.Sentence != c.m.Sentence-1 || hedged(*a.m) {
				continue // (the new mark, said in the margin's sentence or just before it)
			}
			av, af := markValue(*a.m)
			if av == nil || af != cf || af != tf || av.Cmp(cv) <= 0 {
				continue
			}
			old := new(big.Rat).Sub(av, cv)
			if af == "s" {
				old.Add(av, cv)
			}
			if old.Cmp(tv) == 0 {
				return "the record before " + a.m.Raw + ", beaten by " + c.m.Raw
			}
		}
	}
	return ""
}

// recordBeaten: a verb of a record bettered by a margin, the margin verbs
// of ordwords.go ("améliore de 183 mètres la marque", "abaisse de 2 s
// le record") and those only records take ("effaçant de 21 points
// l'ancienne marque", "pulvérise").
func recordBeaten(w string) bool {
	return marginVerbs[w] || recordOnlyVerbs[w]
}

var recordOnlyVerbs = map[string]bool{"améliorant": true, "efface": true, "effaçant": true, "effacé": true, "battant": true,
	"pulvérise": true, "pulvérisant": true, "pulvérisé": true}

// markValue is a mark in its unit's base ("s" for times, "m" for
// lengths), or a plain count of points; nil when it is neither.
func markValue(m Mention) (*big.Rat, string) {
	if v, base := inBase(m); v != nil {
		return v, base
	}
	if !numeric(m) || m.Kind == Percent || m.Kind == Money || isYearish(m) || m.Unit != "" && m.Unit != "pts" {
		return nil, ""
	}
	return m.Rat(), "count"
}
