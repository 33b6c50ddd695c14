package figures

import (
	"slices"
	"strings"
)

// A rank told with the places it gained or lost: "place Air France au
// 11e rang mondial, soit un gain de quatre places" gives the rank
// reached; "climbed four places to 7th" takes four from it as if 11th
// were the rank left. The source's rank is the one the bullet must give
// after "to", unless the source says it was the earlier one ("11e l'an
// dernier").

// placeCounts count places gained or lost in a ranking.
var placeCounts = map[string]bool{"places": true, "place": true, "rangs": true, "positions": true, "spots": true, "rungs": true, "crans": true}

// rankReachedOtherwise finds the source rank that the bullet's rank t,
// told as the level of a change in places, should be: a source rank
// stated before a change of as many places in its sentence, as the rank
// reached. Nil when the bullet's rank is that one or none fits.
func (r *check) rankReachedOtherwise(src []*atom, t *atom) *atom {
	if t.m.Kind != Ordinal {
		return nil
	}
	u := r.placesBefore(t)
	if u == nil {
		return nil
	}
	for _, o := range src {
		if class(o.m.Kind) != Cardinal || o.m.Value != u.m.Value || !placeCounts[o.m.Head] {
			continue
		}
		for _, s := range src {
			if s.m.Kind == Ordinal && sameSentence(s, o) && s.m.End <= o.m.Start && s.m.Value != t.m.Value && r.reachedRank(s, o) {
				return s
			}
		}
	}
	return nil
}

// placesBefore is the bullet's count of places that t is the level of:
// "climbed four places to 7th".
func (r *check) placesBefore(t *atom) *atom {
	i := slices.Index(r.line, t)
	if i < 1 {
		return nil
	}
	u := r.line[i-1]
	if class(u.m.Kind) != Cardinal || !placeCounts[u.m.Head] || u.m.End > t.m.Start || t.m.Start > len(r.text) {
		return nil
	}
	if between := strings.Fields(strings.ToLower(r.text[u.m.End:t.m.Start])); len(between) > 3 || !slices.Contains(between, "to") {
		return nil
	}
	return u
}

// reachedRank: the change o is told after the rank s by a noun that
// sums it up ("au 11e rang, soit un gain de quatre places"), not by a
// verb that starts from it ("Classée 31e, elle devrait gagner six
// places"), and nothing between them says s was the earlier rank.
func (r *check) reachedRank(s, o *atom) bool {
	if s.m.Paragraph >= len(r.source) || o.m.Start > len(r.source[s.m.Paragraph]) {
		return false
	}
	between := strings.ToLower(r.source[s.m.Paragraph][s.m.End:o.m.Start])
	for _, w := range [...]string{"dernier", "dernière", "précédent", "précédente", "auparavant", "contre", "était", "passé", "passant", "de la"} {
		if strings.Contains(between, w) {
			return false // "11e l'an dernier, gagne quatre places", "passe de la 11e à": 11th was left
		}
	}
	lead := strings.TrimSpace(between)
	for _, n := range [...]string{"gain de", "bond de", "progression de", "remontée de", "recul de", "perte de", "chute de"} {
		if strings.HasSuffix(lead, n) {
			return true
		}
	}
	return false
}
