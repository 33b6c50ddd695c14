package figures

// The age of a person named in a clause ("a condamné un homme de 45 ans
// à 25 ans de réclusion") describes the person; it does not end the
// clause of the figure after it, whose verb and actor come before it.

var personNouns = map[string]bool{"homme": true, "femme": true, "jeune": true, "garçon": true, "fille": true,
	"adolescent": true, "adolescente": true, "enfant": true, "âgé": true, "âgée": true,
	"conducteur": true, "conductrice": true, "automobiliste": true, "individu": true, "suspect": true}

// ageOfPerson: the number at j is "de N ans" after a person noun.
func (p *parser) ageOfPerson(j int) bool {
	return p.num(j) != nil && (p.word(j+1) == "ans" || p.word(j+1) == "an") && p.word(j-1) == "de" && personNouns[p.word(j-2)]
}
