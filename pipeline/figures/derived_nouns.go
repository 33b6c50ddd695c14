package figures

import (
	"slices"
	"strings"
)

// Which figures a derivation may combine: the same noun or noun family,
// hedged or not, apart in the text (N20).

// apart: two figures told of different things, which make no sum: "les
// ventes 120 millions, les bénéfices 15 millions". Read only when a sum
// would fit, since the clauses cost time.
func apart(a, b, t Mention) bool {
	if h := nounHead(a.Head); h != "" && h == nounHead(b.Head) && a.Sentence == b.Sentence && a.Paragraph == b.Paragraph {
		return false // "où 140 préparateurs sont en grève, ce sont 95 préparateurs du site de Mâcon": one noun counted twice
	}
	if peopleSum(a, b, t) {
		return false // "1,311 people": passengers and crew
	}
	ka, kb := knownNouns(a.clause()), knownNouns(b.clause())
	if len(ka) == 0 || len(kb) == 0 || ctxSim(ka, kb) != 0 || familyShared(ka, kb) || a.elliptic() || b.elliptic() {
		return false
	}
	// "dead or missing" names both, in its clause or, where a figure
	// follows and the clause stops at "and", in its noun phrase: "36
	// nurses and emergency doctors at a cost of €2.1 million"
	told := slices.Concat(t.clause(), t.np())
	return ctxSim(ka, told) == 0 || ctxSim(kb, told) == 0
}

// familyShared: two clauses name nouns of one family (postes,
// licenciements): the same thing said two ways.
func familyShared(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if sameFamilyNoun(x, y) {
				return true
			}
		}
	}
	return false
}

// hedged figures are not exact enough to derive an exact one from:
// "une quarantaine" and "quelque 90" do not make "50 missing" (N20).
func hedged(m Mention) bool {
	return m.Comparator != CmpNone && m.Comparator != CmpExact || m.Kind == Approx || m.Vague
}

// statedMax: an upper bound gives its value exactly, the most reached or
// allowed ("jusqu'à 420 000 téléspectateurs", "up to 420,000"): a
// summary may count from it, as it may not from an estimate (environ,
// près de, une quarantaine) or a floor.
func statedMax(m Mention) bool {
	return m.Comparator == CmpLE && m.Kind != Approx && !m.Vague
}

// statedMin: m is a floor ("il en faudrait au moins 100 000") that the
// bullet names as a minimum ("22,000 short of the minimum needed"): the
// floor's value is exact for it.
func statedMin(m, t Mention) bool {
	return m.Comparator == CmpGE && m.Kind != Approx && !m.Vague && slices.Contains(t.ctx, "minimum")
}

// sameNoun: two source figures count the same thing, or one of them has
// no noun of its own ("120 millions d'euros, contre 100 millions"); one
// may be a figure the summary derived, with its English noun ("7,9 ans"
// and "5.7 years").
func sameNoun(a, b Mention) bool {
	ha, hb := nounHead(a.Head), nounHead(b.Head)
	return ha == "" || hb == "" || ha == hb || cognate(ha, hb) || !knownNoun(ha) || !knownNoun(hb) || sameFamilyNoun(ha, hb) ||
		a.Lang != b.Lang && (headAgrees(ha, hb) || headAgrees(hb, ha)) || staffOf(a) && staffOf(b) || hiresOf(a) && hiresOf(b) || prisonersOf(a) && prisonersOf(b)
}

// prisonersOf: m counts inmates, détenus, or "personnes incarcérées".
func prisonersOf(m Mention) bool {
	return familyOrPeople(m, 16, "incarcér", "déten", "écrou", "emprisonn")
}

// hiresOf: m counts hires, embauches, recrutements, or the people a firm
// hires ("prévoit de recruter 350 personnes" beside "210 embauches").
func hiresOf(m Mention) bool {
	return familyOrPeople(m, 15, "recrut", "embauch")
}

// staffOf: m counts a staff, salariés, agents, or the people an
// employer employs ("employait encore 310 personnes" beside "les 142
// salariés du site").
func staffOf(m Mention) bool {
	return familyOrPeople(m, 3, "emplo")
}

// familyOrPeople: m's noun is of the noun family, or m counts
// "personnes" next to a verb of the family ("recruter 350 personnes"
// are hires, "emploie 310 personnes" a staff).
func familyOrPeople(m Mention, family int, verbs ...string) bool {
	h := nounHead(m.Head)
	if nounFamilies[h] == family {
		return true
	}
	verb := func(w string) bool {
		return slices.ContainsFunc(verbs, func(v string) bool { return strings.HasPrefix(w, v) })
	}
	return h == "personnes" && (slices.ContainsFunc(m.ctx, verb) || slices.ContainsFunc(m.clause(), verb))
}

// pluralNounLike: a French word that reads as the plural noun a number
// counts, not a participle after it ("une vingtaine placées", "3 000
// recensés") nor a function word.
func pluralNounLike(h string) bool {
	if len(h) < 4 || !strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "x") || frFunction[h] {
		return false
	}
	for _, suf := range []string{"és", "ées", "ies", "ues", "us", "is", "ais", "ait", "ont", "ans", "mois", "fois"} {
		if strings.HasSuffix(h, suf) {
			return false
		}
	}
	return true
}

func sameFamilyNoun(a, b string) bool {
	return nounFamilies[a] != 0 && nounFamilies[a] == nounFamilies[b] || tollOfPeople(a, b) || tollOfPeople(b, a)
}

// tollOfPeople: "3 167 personnes ont perdu la vie" and "3 398 morts"
// count the same dead; people are the dead or the injured of a toll.
func tollOfPeople(a, b string) bool {
	return a == "personnes" && (nounFamilies[b] == 1 || nounFamilies[b] == 4)
}

// knownNouns are the lexicon nouns of a clause: what its figure counts.
func knownNouns(ws []string) []string {
	var out []string
	for _, w := range ws {
		if knownNoun(w) {
			out = append(out, w)
		}
	}
	return out
}

// knownNoun: a noun of the lexicons, so that two of them that differ
// count different things; "une vingtaine placées en garde à vue" has a
// participle where its noun would be.
func knownNoun(h string) bool {
	_, a := newsNouns[h]
	_, b := ctxLexicon[h]
	_, c := newsLexicon[h]
	return a || b || c || enCounted[h]
}

func nounHead(h string) string {
	if len(h) <= 2 || ctxStop[h] || notNoun[h] || frFunction[h] {
		return ""
	}
	return h
}

// peopleSum: two counts of people of different kinds that an English
// total calls "people", "52 passagers et 4 membres d'équipage" told
// "all 56 people on board". The dead and the injured are kept apart:
// their sum is no toll of either.
func peopleSum(a, b, t Mention) bool {
	return peopleTotal(a, t) && peopleTotal(b, t) || peopleOfKind(a, t) && peopleOfKind(b, t) && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence
}

// peopleOfKind: t counts people, "1,311 people on board", and a people of
// one kind its sentence sets beside another ("1 217 passagers et 94
// membres d'équipage"): the bullet's people may be both.
func peopleOfKind(a, t Mention) bool {
	return (t.Head == "people" || t.Head == "participants") && class(t.Kind) == Cardinal && personNoun(a.Head)
}

// peopleTotal: t, "all 55 people", is a total of people, and a counts
// people of one kind, a part of it ("47 clients").
func peopleTotal(a, t Mention) bool {
	return t.Head == "people" && t.totalSaid && class(t.Kind) == Cardinal && personNoun(a.Head)
}

// personNoun: a French noun counting people who are not a toll.
func personNoun(h string) bool {
	if h == "membres" || h == "clients" || nounFamilies[h] == 3 || nounFamilies[h] == 7 || peopleKinds[h] {
		return true // "membres d'équipage", "membres du personnel"; a staff's or a line's people, a shop's customers
	}
	ws := newsNouns[h]
	if ws == nil {
		ws = newsLexicon[h]
	}
	return slices.Contains(ws, "people") && !slices.Contains(ws, "dead") && !slices.Contains(ws, "injured")
}

// oneNounTold: the bullet's noun is one source figure's and not the
// other's, so the two count different things even when the lexicon knows
// neither: "13 million documents" is no difference of "10 millions de
// documents" and "23 millions de visites". People of two kinds told
// "people", and the men and women of one sentence, stay one count. Two
// amounts of money are no counts: the noun after "euros de" is often who
// paid ("95 000 euros d'entreprises"), and the sum is judged by their
// clauses (apart).
func oneNounTold(a, b, t Mention) bool {
	ha, hb := nounHead(a.Head), nounHead(b.Head)
	if a.Kind == Money && b.Kind == Money || extraHead(a) || extraHead(b) || ha == "" || hb == "" || ha == hb || cognate(ha, hb) || sameFamilyNoun(ha, hb) || !pluralNounLike(ha) || !pluralNounLike(hb) || peopleSum(a, b, t) || bothSexes(a, b, t) || npTold(ha, t) && npTold(hb, t) || t.Kind != Fraction && t.wholeTold != "" && (t.wholeTold == a.Value || t.wholeTold == b.Value) ||
		(t.Kind == Fraction || t.Kind == Percent || class(t.Kind) == Cardinal) && partAndWhole(a, b) || (t.Kind == Fraction || t.Kind == Percent) && partOfNext(a, b) || netSaid(t) && class(a.Kind) == class(b.Kind) {
		return false // ("20 membres, dont 10 femmes": "half of its 20 members" names the whole its part is of; "a net 11 classes" nets closures against openings)
	}
	return nounTold(ha, t) != nounTold(hb, t)
}

// nounTold: the bullet's figure has a word that says the French noun fr,
// as its head or in its clause ("3 million digitised objects").
func nounTold(fr string, t Mention) bool {
	says := func(en string) bool { return fr == en || cognate(fr, en) || headAgrees(fr, en) }
	return says(t.Head) || slices.ContainsFunc(t.clause(), says)
}

// npTold: the bullet figure's noun phrase says the French noun fr, as
// one of the nouns it joins: "60 residents and staff" names both
// "habitants" and "agents".
func npTold(fr string, t Mention) bool {
	return fr != "" && slices.ContainsFunc(t.np(), func(en string) bool { return fr == en || cognate(fr, en) || headAgrees(fr, en) || translates(fr, en) })
}

// shareNounTold: the bullet's share names the noun of its part or of its
// whole, so two figures of different sentences may make it.
func shareNounTold(a, b, t Mention) bool {
	ha, hb := nounHead(a.Head), nounHead(b.Head)
	return ha != "" && nounTold(ha, t) || hb != "" && nounTold(hb, t)
}

// peopleKinds are French nouns of people on a trip, at school or at work
// that the lexicons list with no "people": a coach's "48 lycéens et 4
// accompagnateurs" are its 52 people.
var peopleKinds = map[string]bool{"lycéens": true, "lycéennes": true, "collégiens": true, "collégiennes": true, "écoliers": true,
	"élèves": true, "étudiants": true, "étudiantes": true, "enseignants": true, "professeurs": true, "accompagnateurs": true,
	"accompagnatrices": true, "encadrants": true, "animateurs": true, "moniteurs": true, "randonneurs": true, "skieurs": true,
	"pèlerins": true, "soldats": true, "militaires": true, "pompiers": true, "secouristes": true, "soignants": true, "résidents": true,
	"pensionnaires": true, "détenus": true, "surveillants": true, "adultes": true, "mineurs": true, "bénévoles": true,
	// a crowd's or a club's people: "2 850 spectateurs payants et 600 invités" are 3,450 people
	"invités": true, "invitées": true, "participants": true, "participantes": true, "adhérents": true, "adhérentes": true,
	"abonnés": true, "abonnées": true, "licenciés": true, "licenciées": true, "supporters": true, "spectatrices": true,
	"enfants": true, "joueurs": true, "joueuses": true} // "1 240 adultes et 860 enfants", "32 joueurs et membres du staff, ainsi que 140 supporters"
