package figures

import "strings"

// The age of a person named in a clause ("a condamné un homme de 45 ans
// à 25 ans de réclusion") describes the person; it does not end the
// clause of the figure after it, whose verb and actor come before it.

var personNouns = map[string]bool{"homme": true, "femme": true, "jeune": true, "garçon": true, "fille": true,
	"adolescent": true, "adolescente": true, "enfant": true, "âgé": true, "âgée": true,
	"conducteur": true, "conductrice": true, "automobiliste": true, "individu": true, "suspect": true,
	// kin and partners: "sa compagne de 38 ans", "son fils de 12 ans"
	"compagne": true, "compagnon": true, "conjoint": true, "conjointe": true, "épouse": true, "époux": true, "mari": true,
	"fils": true, "père": true, "mère": true, "frère": true, "sœur": true, "victime": true, "retraité": true, "retraitée": true,
	"piéton": true, "piétonne": true, "cycliste": true, "motard": true, "passager": true, "passagère": true,
	// ranks and trades the courts' reports name people by: "un ex-lieutenant de 68 ans"
	"lieutenant": true, "capitaine": true, "colonel": true, "général": true, "sergent": true, "soldat": true, "officier": true,
	"militaire": true, "policier": true, "policière": true, "gendarme": true, "médecin": true, "infirmier": true, "infirmière": true,
	"enseignant": true, "enseignante": true, "ouvrier": true, "ouvrière": true, "agriculteur": true, "agricultrice": true,
	"commerçant": true, "commerçante": true, "chauffeur": true, "prêtre": true, "gérant": true, "gérante": true,
	"accusé": true, "accusée": true, "prévenu": true, "prévenue": true, "détenu": true, "détenue": true, "subordonné": true,
	// offices and sports: "un maire de 74 ans", "une joueuse de 19 ans"
	"maire": true, "président": true, "présidente": true, "directeur": true, "directrice": true, "patron": true, "patronne": true,
	"joueur": true, "joueuse": true, "entraîneur": true, "coureur": true, "coureuse": true, "nageur": true, "nageuse": true,
	"skieur": true, "skieuse": true, "athlète": true, "étudiant": true, "étudiante": true, "salarié": true, "salariée": true,
	// the sports pages' and the arts pages' people: "le technicien de 52 ans", "l'attaquant de 24 ans"
	"technicien": true, "technicienne": true, "sélectionneur": true, "sélectionneuse": true, "entraîneuse": true,
	"attaquant": true, "attaquante": true, "défenseur": true, "défenseure": true, "gardien": true, "gardienne": true,
	"ailier": true, "milieu": true, "pilote": true, "boxeur": true, "boxeuse": true, "cavalier": true, "cavalière": true,
	"navigateur": true, "navigatrice": true, "skipper": true, "chanteur": true, "chanteuse": true, "acteur": true, "actrice": true,
	"réalisateur": true, "réalisatrice": true, "écrivain": true, "écrivaine": true, "auteur": true, "autrice": true,
	"élu": true, "élue": true, "député": true, "députée": true, "sénateur": true, "sénatrice": true, "ministre": true}

// agedPersonNoun: w names a person, its "ex-" form too ("un
// ex-lieutenant", "un ex-policier").
func agedPersonNoun(w string) bool {
	w = strings.TrimPrefix(w, "ex-")
	return personNouns[w] || len(w) > 4 && personNouns[strings.TrimSuffix(w, "s")] // ("deux jeunes de 19 et 20 ans")
}

// ageOfPerson: the number at j is "de N ans" after a person noun.
func (p *parser) ageOfPerson(j int) bool {
	if p.num(j) == nil {
		return false
	}
	if p.lang == English {
		rest := p.text[p.toks[j].end:]
		return strings.HasPrefix(rest, "-year-old") || strings.HasPrefix(rest, " year-old") // "a 27-year-old former firefighter"
	}
	// "un pompier volontaire de 27 ans": the person's noun may take an adjective
	noun := agedPersonNoun(p.word(j-2)) || agedPersonNoun(p.word(j-3)) && p.word(j-2) != "" && !frFunction[p.word(j-2)]
	if (p.word(j+1) == "et" || p.word(j+1) == "à") && p.num(j+2) != nil && p.word(j+3) == "ans" && p.word(j-1) == "de" && noun {
		return true // "deux jeunes de 19 et 20 ans": the first of two ages
	}
	if (p.word(j-1) == "et" || p.word(j-1) == "à") && p.num(j-2) != nil && p.word(j-3) == "de" && p.word(j+1) == "ans" {
		return p.ageOfPerson(j - 2) // its second
	}
	return (p.word(j+1) == "ans" || p.word(j+1) == "an") && p.word(j-1) == "de" && noun
}

// apposedAge: an age set between commas after a name, "Gérard Montel, 71
// ans,", "Gérard Montel, 71,", or before it, "À 20 ans, Martinez".
func (p *parser) apposedAge(m Mention) bool {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if p.lang == French && m.Kind == Cardinal && p.word(i0-1) == "à" && p.word(i1) == "ans" && p.sym(i1+1) == "," && p.capital(i1+2) {
		return true // "À 20 ans, Martinez s'empare du maillot blanc"
	}
	if p.lang == French && m.Kind == Cardinal && !m.Word && p.word(i0-1) == "à" && p.sym(i0-2) == "," && p.word(i1) == "ans" && (p.sym(i1+1) == "," || p.sym(i1+1) == ".") {
		return true // "elle avait repris ses études en 2009, à 66 ans, par une licence": set off by commas, the subject's age then
	}
	if m.Kind != Cardinal || m.Word || p.sym(i0-1) != "," || !p.capital(i0-2) && !siblingNouns[p.word(i0-2)] || p.num(i0) == nil || len(p.toks[i0].text) > 3 {
		return false
	}
	if p.lang == French && p.word(i1) != "ans" {
		return false
	}
	return p.appositionAge(i1)
}

// ageBand: a range of ages that names a group, "les jeunes de 15 à 24
// ans", "des 15-64 ans": like a person's age, it describes the people of
// the clause and ends no figure's clause.
func (p *parser) ageBand(m Mention) bool {
	if m.Kind == Range && yearOldsRaw(m.Raw) {
		return true // "18-24-year-olds": the band names its people
	}
	if m.Kind == Cardinal && m.Comparator != CmpNone && p.boundedBand(m) {
		return true // "les plus de 65 ans", "over-65s": the people past an age
	}
	if m.Kind != Range || m.Head != "ans" && m.Head != "years" {
		return false
	}
	i := p.tokenAfter(m.Start)
	if p.word(i) == "de" || p.word(i) == "from" {
		return groupNouns[p.word(i-1)] // "les jeunes de 15 à 24 ans"
	}
	return p.word(i-1) == "des" || p.word(i-1) == "les" // "le taux d'emploi des 15-64 ans"
}

// boundedBand: a bound on an age that names the people past it, French
// "les plus de 65 ans", "des moins de 26 ans", English "over-65s",
// "under-26s".
func (p *parser) boundedBand(m Mention) bool {
	if p.lang == English {
		r := strings.ToLower(m.Raw)
		return (strings.HasPrefix(r, "over-") || strings.HasPrefix(r, "under-")) && strings.HasSuffix(r, "s")
	}
	i := p.tokenAfter(m.Start)
	return m.Head == "ans" && (p.word(i) == "plus" || p.word(i) == "moins") && (p.word(i-1) == "les" || p.word(i-1) == "des" || p.word(i-1) == "aux")
}

// groupNouns are plural nouns of people an age band may follow.
var groupNouns = map[string]bool{"jeunes": true, "enfants": true, "femmes": true, "hommes": true, "personnes": true,
	"adultes": true, "salariés": true, "chômeurs": true, "actifs": true, "élèves": true, "filles": true, "garçons": true}

// inAgeBand: the number at j is an end of an age band after a group noun,
// "les jeunes de 15 à 24 ans", which a clause reads past as it reads
// past a person's age.
func (p *parser) inAgeBand(j int) bool {
	if p.num(j) == nil {
		return false
	}
	if p.word(j+1) == "à" && p.num(j+2) != nil && p.word(j+3) == "ans" {
		return p.word(j-1) == "de" && groupNouns[p.word(j-2)] // the low end
	}
	return p.word(j+1) == "ans" && p.word(j-1) == "à" && p.num(j-2) != nil && p.word(j-3) == "de" && groupNouns[p.word(j-4)]
}

// agedCue: the words before m say it is someone's age, "âgé de 26 ans",
// "à l'âge de 26 ans", "aged 26", "at the age of 26".
func (p *parser) agedCue(m Mention) bool {
	if m.Kind != Cardinal && m.Kind != Range {
		return false // ("aged 22 to 31", "âgés de 22 à 31 ans": each end an age)
	}
	i := p.tokenAfter(m.Start)
	for k := 0; k < 8 && (p.sym(i-1) == "," || p.word(i-1) == "et" || p.word(i-1) == "and") && p.num(i-2) != nil; k++ {
		i -= 2 // "âgés de 4, 7 et 10 ans", "aged 4, 7 and 12": each of the list is an age
	}
	if p.lang == French {
		if m.Kind == Range && p.word(i) == "de" {
			i++ // "âgés de 45 à 75 ans": the range took its "de"
		}
		return p.word(i-1) == "de" && strings.HasPrefix(p.word(i-2), "âgé") || p.words(i-3, "l'", "âge", "de")
	}
	return p.word(i-1) == "aged" || p.words(i-3, "the", "age", "of")
}

// hadAge: a French age told with "avoir", "Théo Aubrac n'a que 22 ans",
// "qui avait 30 ans": not "il y a 22 ans" (a time ago), "a 10 ans
// d'ancienneté" (a length of something) or "a 20 ans de plus", "20 ans
// plus tard".
func (p *parser) hadAge(m Mention) bool {
	if p.lang != French || m.Kind != Cardinal {
		return false
	}
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if p.word(i1) != "ans" || p.word(i1+1) == "de" || p.word(i1+1) == "d'" || p.word(i1+1) == "plus" {
		return false
	}
	if p.word(i0-1) == "que" {
		i0-- // "n'a que 22 ans"
	}
	switch p.word(i0 - 1) {
	case "a", "avait", "aura", "aurait", "ont", "avaient":
		return p.word(i0-2) != "y"
	}
	return false
}

// siblingNouns name a person by rank among others, "L'aîné, 38 ans, ...
// le cadet, 33 ans", "the elder, 38": the age set after them is theirs.
var siblingNouns = map[string]bool{"aîné": true, "aînée": true, "cadet": true, "cadette": true, "benjamin": true, "benjamine": true,
	"elder": true, "younger": true, "eldest": true, "youngest": true, "older": true}

// yearOldsRaw: an English figure written with its people, "18-24-year-olds".
func yearOldsRaw(raw string) bool {
	return strings.HasSuffix(raw, "year-olds") || strings.HasSuffix(raw, "year-old")
}
