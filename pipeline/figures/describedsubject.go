package figures

// describedAntecedent are the names that open the sentence before the
// figure at token i0 when the figure's own sentence opens on a
// description of that subject instead of its name: "Tesla a livré 1 245
// Model Y ... Sur les neuf premiers mois, la marque américaine totalise
// près de 28 000 immatriculations": the brand is Tesla, as "elle" would
// be. Without them the figure has no name, and a bullet that names Tesla
// reads as if it gave the figure to the only other figure that does.
func (p *parser) describedAntecedent(i0 int) []string {
	ss := p.sentenceStart(i0, 2*clauseReach+2) // (the fronted phrase and the description, no further)
	if ss <= 0 {
		return nil
	}
	subj := p.subjectStart(ss, i0)
	if subj < 0 || subj+1 >= i0 || i0-subj > clauseReach || !placeArticle[p.word(subj)] || !describingNouns[p.word(subj+1)] {
		return nil
	}
	for k := subj; k < i0; k++ {
		if p.toks[k].kind == tNum || p.sym(k) == "," || p.actorWord(k) != "" {
			return nil // a figure or a comma between, or a name of its own: "le groupe Renault"
		}
	}
	ps := p.sentenceStart(ss-1, 8*clauseReach) // (its names open it, however long)
	if ps < 0 {
		return nil
	}
	var names []string
	k := p.subjectStart(ps, ss)
	if k >= 0 && placeArticle[p.word(k)] {
		k++ // "Le Mans a vendu": the article of a name
	}
	for ; k >= 0 && k < ss && p.capital(k); k++ {
		if a := p.actorWord(k); a != "" {
			names = append(names, a)
		}
	}
	return names
}

// sentenceStart is the first token of the sentence of token i, read
// back at most reach tokens (a sentence with no end in a long paragraph
// would cost its length for every figure), or -1 beyond.
func (p *parser) sentenceStart(i, reach int) int {
	for k := i; k >= 0 && k >= i-reach; k-- {
		if p.sentenceInitial(k) {
			return k
		}
	}
	return -1
}

// subjectStart is where the main clause of the sentence that starts at
// ss opens, before the figure at i0: past a fronted phrase and its comma
// ("Sur les neuf premiers mois de l'année, la marque ..."), or -1 when
// a comma sets something else first.
func (p *parser) subjectStart(ss, i0 int) int {
	if !frontingWords[p.word(ss)] {
		return ss
	}
	for k := ss + 1; k < i0 && k < ss+12; k++ {
		if endMark(p.sym(k)) {
			return -1
		}
		if p.sym(k) == "," {
			return k + 1
		}
	}
	return -1
}

// frontingWords open a phrase of time or place set before a sentence's
// subject.
var frontingWords = map[string]bool{"sur": true, "en": true, "dans": true, "au": true, "aux": true, "à": true,
	"depuis": true, "après": true, "pour": true, "selon": true, "lors": true, "fin": true, "début": true, "cette": true,
	"ce": true, "cet": true, "l'an": true, "mardi": true, "lundi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true, "hier": true, "in": true, "over": true, "on": true, "after": true, "since": true, "last": true, "this": true}

// describingNouns name a kind of subject a sentence takes up from the
// one before: "la marque", "le club", "le constructeur", "the carmaker".
var describingNouns = map[string]bool{"marque": true, "groupe": true, "constructeur": true, "entreprise": true,
	"société": true, "firme": true, "enseigne": true, "compagnie": true, "opérateur": true, "club": true, "équipe": true,
	"formation": true, "ville": true, "commune": true, "municipalité": true, "métropole": true, "région": true,
	"département": true, "parti": true, "syndicat": true, "établissement": true, "laboratoire": true, "banque": true,
	"assureur": true, "distributeur": true, "fabricant": true, "géant": true, "transporteur": true, "écurie": true,
	"fédération": true, "chaîne": true, "start-up": true, "joueur": true, "joueuse": true, "pilote": true, "coureur": true,
	"coureuse": true, "nageur": true, "nageuse": true, "athlète": true, "attaquant": true, "entraîneur": true,
	"sélectionneur": true, "skipper": true, "navigateur": true, "navigatrice": true, "maire": true, "candidat": true, "candidate": true,
	"company": true, "group": true, "carmaker": true, "firm": true, "brand": true, "team": true, "city": true,
	"airline": true, "bank": true, "retailer": true, "player": true, "driver": true, "rider": true, "mayor": true}
