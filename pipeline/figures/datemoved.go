package figures

import "slices"

// dateMoved: the bullet ties t, a date to the day, to a name the source
// ties to another date, and the source's own date of t's value to
// another name: "Les concerts de Brest, les 8 et 9 novembre ... À
// Rennes, le Liberté accueillera l'artiste le 15 novembre" told "His
// Rennes shows on 8 and 9 November". The clause check reads counts only;
// a date is judged by who it is said of, names alone, and only by a
// name the source first writes after s: a name written before may be
// whom s's sentence speaks of in other words ("l'ancienne maire de
// Mexico prendra ses fonctions le 1er octobre" after "Claudia
// Sheinbaum est devenue, dimanche 2 juin, ...").
func dateMoved(src []*atom, s, t *atom) *atom {
	if t.m.Kind != Date || t.m.Date == nil || t.m.Date.Day == 0 || s.m.Kind != Date || len(s.m.actors()) == 0 || len(t.m.actors()) == 0 {
		return nil
	}
	for _, o := range src {
		if o == s || o.m.Kind != Date || o.m.Date == nil || o.m.Date.Day == 0 || o.m.Value == s.m.Value || sameSentence(o, s) {
			continue
		}
		own, other := discriminate(s.m.actors(), o.m.actors(), s.m.actors(), o.m.actors(), t.m.actors())
		if other >= 1 && own == 0 && !slices.ContainsFunc(t.m.actors(), func(a string) bool { return slices.Contains(figureWords(*s.m), a) || namedBy(src, s, a) }) {
			return o
		}
	}
	return nil
}

// namedBy: a source figure at or before s's sentence names a.
func namedBy(src []*atom, s *atom, a string) bool {
	return slices.ContainsFunc(src, func(e *atom) bool {
		return (e.m.Paragraph < s.m.Paragraph || e.m.Paragraph == s.m.Paragraph && e.m.Sentence <= s.m.Sentence) && slices.Contains(e.m.actors(), a)
	})
}

// yearEventMoved: t, a year, is told with the words of another event of
// the source than its own year's: "founded in 1978" where the source says
// "fondée en 1952" and "a racheté en 1978 le cellier". Names are left
// out, as every year of a story may be said of them; only the words of
// what happened tell the two years apart, as for weekdays.
func (r *check) yearEventMoved(src []*atom, s, t *atom) *atom {
	if t.m.Kind != Year || s.m.Kind != Year {
		return nil
	}
	tw := withoutActors(t.m.clause(), t.m.actors())
	if len(tw) == 0 {
		return nil
	}
	var best *atom
	sw := withoutActors(dayWords(src, s), s.m.actors())
	for _, o := range src {
		if o == s || o.m.Kind != Year || o.m.Value == s.m.Value || sameSentence(o, s) {
			continue
		}
		own, other := eventWords(sw, withoutActors(dayWords(src, o), o.m.actors()), r.notInBoth(s, o, tw))
		if other == 0 || own > 0 {
			continue
		}
		if best != nil {
			return nil // two other years: no evidence for either
		}
		best = o
	}
	return best
}
