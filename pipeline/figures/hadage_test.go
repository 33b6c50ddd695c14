package figures

import "testing"

// An age told with "avoir" is a person's age; a length of something
// after "a N ans" or a time ago is not.
func TestHadAge(t *testing.T) {
	cases := []struct {
		text, raw string
		age       bool
	}{
		{"Le plus jeune, Théo Aubrac, n'a que 22 ans.", "22", true},
		{"Son patron, qui avait 44 ans, a signé.", "44", true},
		{"Marc Durand a 12 ans d'ancienneté dans l'entreprise.", "12", false},
		{"L'usine a fermé il y a 22 ans.", "22", false},
		{"Le record a 20 ans de plus que le précédent.", "20", false},
	}
	for _, c := range cases {
		found := false
		for _, m := range extract(c.text, French, true) {
			if m.Raw == c.raw {
				found = true
				if m.personAge != c.age {
					t.Errorf("%q: %s read as a person's age = %v, want %v", c.text, c.raw, m.personAge, c.age)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %s", c.text, c.raw)
		}
	}
}
