package figures

import (
	"strconv"
	"strings"
)

// schoolGrades marks a French class named by its ordinal, "redoubler
// leur seconde", "en classe de sixième", "entrer en troisième", in a
// sentence about school: the name of a year, which English tells by its
// own count ("Year 7", "tenth grade", "the first year of upper secondary
// school"), not a rank.
func (p *parser) schoolGrades(ms []Mention) {
	if p.lang != French {
		return
	}
	for k := range ms {
		m := &ms[k]
		named := m.Word && gradeNames[strings.ToLower(m.Raw)] || !m.Word && collegeYears[m.Value] // ("élèves de 5e")
		i := p.tokenAfter(m.Start)
		j := p.tokenAfter(m.End)
		bare := !m.Word && (p.sym(j) != "" || p.word(j) == "" || gradeFollowers[p.word(j)]) // "élèves de 3e du département": no noun of its own
		if m.Kind != Ordinal || !named || m.Head != "" && !bare && (!schoolWords[m.Head] || strings.HasPrefix(m.Head, "classe")) {
			continue // ("de première classe" is first-class: the class is its head)
		}
		if !gradeLeads[p.word(i-1)] || !p.sentenceHasWord(m.Start, schoolWords) {
			continue
		}
		m.style = "grade"
	}
}

// gradeNames: the classes of collège and lycée the French name by their
// ordinal ("terminale" is a word of its own).
var gradeNames = map[string]bool{"sixième": true, "cinquième": true, "quatrième": true, "troisième": true, "seconde": true, "première": true}

// collegeYears are the classes of collège written in digits, "en 6e",
// "élèves de 3e" (a "2e" or "1re" in digits is more often a rank).
var collegeYears = map[string]bool{"6": true, "5": true, "4": true, "3": true}

// gradeFollowers may follow a class in digits that has no noun of its
// own: "les élèves de 3e du département", "en 6e et en 5e".
var gradeFollowers = map[string]bool{"du": true, "de": true, "des": true, "d'": true, "et": true, "ou": true, "à": true, "au": true, "dans": true, "en": true}

// gradeLeads stand before a class's name: "en seconde", "classe de
// sixième", "leur troisième".
var gradeLeads = map[string]bool{"en": true, "de": true, "leur": true, "sa": true, "son": true, "ma": true, "ta": true, "notre": true, "votre": true}

// schoolWords make a sentence one about school.
var schoolWords = map[string]bool{"élève": true, "élèves": true, "lycée": true, "lycées": true, "lycéen": true, "lycéens": true,
	"collège": true, "collèges": true, "collégien": true, "collégiens": true, "classe": true, "classes": true, "redoubler": true,
	"redoublement": true, "redoublent": true, "redouble": true, "scolaire": true, "école": true, "écoles": true, "enseignants": true, "professeurs": true}

// gradeTold: t tells the French class s by one of the counts English
// gives it: the US grade (seconde is tenth grade), the English Year
// (Year 11), or its year in collège or lycée (the first year of upper
// secondary school).
func gradeTold(s, t Mention) bool {
	if s.style != "grade" || t.Kind != Ordinal && t.Kind != Cardinal {
		return false
	}
	n := gradeNumber(s)
	v := t.Value
	in := 7 - n // sixième is the first year of collège
	if n <= 2 {
		in = 3 - n // seconde is the first year of lycée
	}
	return v == itoa(12-n) || v == itoa(13-n) || v == itoa(in)
}

// gradeNumber is the French count of a class, sixième 6 ... seconde 2,
// première 1, counted down to the baccalauréat; "5e" in digits.
func gradeNumber(m Mention) int {
	if !m.Word {
		n, _ := strconv.Atoi(m.Value)
		return n
	}
	return int(frOrdinals[strings.ToLower(m.Raw)])
}
