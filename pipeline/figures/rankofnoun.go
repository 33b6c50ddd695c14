package figures

import "slices"

// rankOfOtherNoun: the bullet ranks a noun, "his second victory of the
// season", the source figure of its value ranks no noun at all
// ("Verbeke, deuxième"), and another source ordinal ranks that very noun
// otherwise ("signe sa troisième victoire de la saison"), with more of
// the bullet's words: the rank moved from another fact.
func rankOfOtherNoun(src, line []*atom, s *atom, t Mention) *atom {
	if t.Kind != Ordinal || s.m.Kind != Ordinal || t.Head == "" || s.m.Head != "" || placeNouns[t.Head] || t.Head == "placed" || t.label {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Kind == Ordinal && o.m.Value != t.Value && o.m.Head != "" && headTold(o.m.Head, t.Head) && ctxSim(o.m.ctx, t.ctx) > ctxSim(s.m.ctx, t.ctx) {
			if slices.ContainsFunc(line, func(l *atom) bool { return l.m.Kind == Ordinal && l.m.Value == o.m.Value }) {
				return nil // "the 4th and 7th arrondissements": the bullet gives that rank too, its noun shared
			}
			return o
		}
	}
	return nil
}
