package figures

import "slices"

// rankOfOtherNoun: the bullet ranks a noun, "his second victory of the
// season", the source figure of its value ranks no noun at all
// ("Verbeke, deuxième"), and another source ordinal ranks that very noun
// otherwise ("signe sa troisième victoire de la saison"), with more of
// the bullet's words: the rank moved from another fact.
func (r *check) rankOfOtherNoun(src, line []*atom, s *atom, t Mention) *atom {
	if t.Kind != Ordinal || s.m.Kind != Ordinal || t.Head == "" || s.m.Head != "" || placeNouns[t.Head] || t.Head == "placed" || t.label {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Kind == Ordinal && o.m.Value != t.Value && o.m.Head != "" && headTold(o.m.Head, t.Head) && ctxSim(o.m.ctx, t.ctx) > ctxSim(s.m.ctx, t.ctx) && !r.elidedFrom(s, o) {
			if slices.ContainsFunc(line, func(l *atom) bool { return l.m.Kind == Ordinal && l.m.Value == o.m.Value }) {
				return nil // "the 4th and 7th arrondissements": the bullet gives that rank too, its noun shared
			}
			return o
		}
	}
	return nil
}

// elidedFrom: s, a rank after an article with no noun, takes the noun of
// the rank o told the same way before it in its sentence: "Le 16e
// arrondissement reste le plus cher, le 19e le moins cher".
func (r *check) elidedFrom(s, o *atom) bool {
	if !sameSentence(s, o) || o.m.End > s.m.Start || s.m.Paragraph >= len(r.source) {
		return false
	}
	text := r.source[s.m.Paragraph]
	return s.m.Start <= len(text) && placeArticle[lastWord(text[:s.m.Start])] && placeArticle[lastWord(text[:o.m.Start])] // "le 19e", "la 3e"
}
