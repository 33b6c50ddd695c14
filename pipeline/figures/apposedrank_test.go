package figures

import (
	"slices"
	"testing"
)

// A rank in apposition after a name is that name's, the second as much
// as the first; an ordinal is never read as the verb after an aside.
func TestApposedRankOwner(t *testing.T) {
	t.Parallel()
	ms := extract("Il a réglé le sprint, devant le Français Hugo Lemaire, deuxième, et l'Australien Jack Turner, troisième.", French, true)
	want := map[string]string{"deuxième": "lemaire", "troisième": "turner"}
	for _, m := range ms {
		if w, ok := want[m.Raw]; ok {
			if !slices.Contains(m.actors(), w) {
				t.Errorf("%s: actors %v, want %s among them", m.Raw, m.actors(), w)
			}
			delete(want, m.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("ranks not read: %v", want)
	}
	if frFiniteVerb("deuxième") {
		t.Error(`frFiniteVerb("deuxième") = true: an ordinal read as a verb`)
	}
}
