package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// newsNouns is a small FR->EN lexicon of the nouns figures count, used
// to see whether two figures swapped their nouns (figures.md, Matching 3).
var newsNouns = map[string][]string{
	"morts":        {"dead", "killed", "killing", "deaths", "died", "fatalities", "people"},
	"blessés":      {"injured", "injuring", "wounded", "wounding", "hurt", "injuries", "people"},
	"manifestants": {"protesters", "protestors", "demonstrators", "marchers", "people"},
	"habitants":    {"inhabitants", "residents", "people", "population"},
	"salariés":     {"employees", "workers", "staff", "jobs", "people"},
	"personnes":    {"people", "persons", "individuals", "personnel", "staff"},
	"soldats":      {"soldiers", "troops"}, "militaires": {"soldiers", "troops", "military", "personnel", "service"},
	"enfants": {"children", "kids", "pupils", "schoolchildren"}, "femmes": {"women"}, "hommes": {"men", "troops", "soldiers", "personnel"}, // "5 000 hommes" of a force are troops
	"mineurs": {"minors", "children", "young", "people"}, "jeunes": {"young", "youths", "youth", "people"}, "journées": {"rounds", "matchdays", "games", "days"},
	"épargnants": {"savers", "investors", "people"}, "retraités": {"pensioners", "retirees", "people"},
	"chômeurs": {"unemployed", "jobless", "jobseekers", "people"}, "abonnés": {"subscribers", "customers"},
	"rencontres": {"games", "matches", "fixtures"}, "essais": {"tries"},
	"intervenants": {"workers", "contractors", "staff", "technicians", "people"}, "prestataires": {"contractors", "subcontractors", "workers", "people"}, // "4 500 intervenants" of a plant's outage
	"travailleurs": {"workers", "employees", "people"}, "travailleuses": {"workers", "employees", "people"},
	"éducatrices": {"educators", "childcare", "staff", "workers"}, "éducateurs": {"educators", "childcare", "staff", "workers"}, "pénalités": {"penalties"}, "transformations": {"conversions"},
	"bovins": {"cattle", "cows", "animals", "livestock", "head"}, "ovins": {"sheep", "animals", "livestock", "head"},
	"porcins": {"pigs", "animals", "livestock", "head"}, "caprins": {"goats", "animals", "livestock", "head"},
	"vaches": {"cows", "cattle", "animals", "livestock", "head"}, "brebis": {"sheep", "ewes", "animals", "livestock", "head"},
	"moutons": {"sheep", "animals", "livestock", "head"}, "chèvres": {"goats", "animals", "livestock", "head"},
	"porcs": {"pigs", "animals", "livestock", "head"}, "volailles": {"poultry", "birds", "chickens", "animals"}, // a farm's animals, each kind and all
	"clients": {"customers", "clients"}, "agents": {"agents", "staff", "officers", "employees", "workers"}, "vies": {"lives"}, "comptes": {"accounts"},
	"élèves": {"pupils", "students", "schoolchildren", "children"}, "collégiens": {"pupils", "students", "schoolchildren", "children"},
	"lycéens": {"pupils", "students", "schoolchildren"}, "écoliers": {"pupils", "schoolchildren", "children"},
	"conseillers": {"councillors", "councilors", "members", "advisers", "advisors"}, "étudiants": {"students"}, "emplois": {"jobs", "positions", "workers"},
	"victimes": {"victims", "people", "casualties", "dead", "killed", "deaths", "fatalities"}, "foyers": {"homes", "households", "houses"},
	"logements": {"homes", "housing", "dwellings", "flats", "apartments"}, "maisons": {"houses", "homes"},
	"pays": {"countries", "nations", "member", "allied"}, "ans": {"years", "year"}, "jours": {"days", "day"},
	"mois": {"months", "month"}, "semaines": {"weeks", "week"}, "heures": {"hours", "hour"},
	"voix": {"votes"}, "sièges": {"seats"}, "députés": {"mps", "deputies", "lawmakers", "members", "member", "seats", "votes"},
	"élus":      {"seats", "members", "mps", "councillors", "elected", "votes", "senators", "deputies", "representatives", "lawmakers"}, // "s'effondre à sept élus": seven seats; an assembly of 83 élus casts "83 votes"
	"sénateurs": {"senators", "lawmakers", "members", "member", "seats"},                                                                // a Senate election counts its seats in senators
	"policiers": {"police", "officers", "policemen"}, "gendarmes": {"gendarmes", "police"},
	"euros": {"euros", "eur"}, "dollars": {"dollars"}, "électeurs": {"voters", "electors", "votes", "ballots"},
	"migrants": {"migrants"}, "réfugiés": {"refugees"}, "patients": {"patients", "people"}, "cas": {"cases"},
	"décès": {"deaths", "dead", "killed", "killing", "fatalities", "people"}, "tués": {"killed", "dead", "killing", "deaths", "fatalities", "people"}, "arrestations": {"arrests", "arrested", "detained"},
	"interpellations": {"arrests", "detentions", "arrested", "detained"}, "entreprises": {"companies", "firms", "businesses"},
	"visiteurs": {"visitors", "tourists", "people"}, "touristes": {"tourists", "visitors", "people"},
	"festivaliers": {"festivalgoers", "festival-goers", "visitors", "attendees", "people"}, "vacanciers": {"holidaymakers", "vacationers", "tourists", "people"},
	"spectateurs": {"spectators", "viewers", "cinemagoers", "moviegoers", "festivalgoers", "festival-goers", "audience", "people"}, "voyageurs": {"passengers", "travellers", "travelers", "people"},
	"passagers": {"passengers", "travellers", "travelers", "people"}, "départements": {"departments", "départements"},
	// a vote's sides: "with two abstentions" counts as surely as "deux abstentions"
	"abstentions": {"abstentions", "abstained"}, "abstention": {"abstention", "abstained"},
	"agriculteurs": {"farmers", "growers", "people"}, "éleveurs": {"farmers", "breeders", "herders", "people"},
	"tracteurs": {"tractors"}, "commerces": {"shops", "businesses", "stores", "retailers"}, "représentants": {"representatives", "delegates", "members"},
	"chercheurs": {"researchers", "scientists"}, "chercheuses": {"researchers", "scientists"}, "chercheur": {"researcher", "scientist"},
	"choux-fleurs": {"cauliflowers", "cauliflower"}, "chou-fleur": {"cauliflower"}, // (no stem shared)
	"lits": {"beds"}, "médecins": {"doctors", "physicians", "gps", "staff", "people"}, "infirmiers": {"nurses", "staff", "people"},
	"infirmières": {"nurses", "staff", "people"}, "coureurs": {"riders", "cyclists", "runners", "people"}, "marathoniens": {"runners", "marathoners", "marathon", "people"}, "coureuses": {"riders", "cyclists", "runners", "women", "people"},
}

// enHeads are the English words of the lexicon.
var enHeads = func() map[string]bool {
	out := map[string]bool{}
	for _, ws := range newsNouns {
		for _, w := range ws {
			out[w] = true
		}
	}
	return out
}()

// headAgrees: the English head noun is a translation of the French one.
func headAgrees(fr, en string) bool {
	for _, w := range newsNouns[fr] {
		if w == en {
			return true
		}
	}
	return false
}

// cognate: the nouns share a long stem, as news nouns often do across
// the two languages (Américains / Americans, Belges / Belgians).
func cognate(fr, en string) bool {
	n := sharedStem(fr, en)
	if n < 4 {
		return false // most pairs part at the first letter: no need to count
	}
	la, lb := utf8.RuneCountInString(fr), utf8.RuneCountInString(en)
	// solaires / solar: the English word is all but one letter shared
	// ("participation" is no "party": four shared letters of thirteen)
	return n >= 5 || n >= 4 && (n >= la-2 && n >= lb-2 || n >= lb-1 && la-n <= 4)
}

// sharedStem counts the runes the two words share from the start, both
// lowered and stripped of accents: English keeps the accents of the
// French names it borrows (Césars, Molières, Élysée).
// It reads rune by rune rather than building folded copies: the swap
// check asks it for every pair of context words, which made it the
// verifier's largest allocator.
func sharedStem(fr, en string) int {
	shared := 0
	for fr != "" && en != "" {
		a, wa := utf8.DecodeRuneInString(fr)
		b, wb := utf8.DecodeRuneInString(en)
		if unaccent(unicode.ToLower(a)) != unaccent(unicode.ToLower(b)) {
			break
		}
		shared, fr, en = shared+1, fr[wa:], en[wb:]
	}
	return shared
}

// unaccent maps the accented lower-case letters of French to their base
// letter, as stripAccents does for whole strings.
func unaccent(r rune) rune {
	switch r {
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'à', 'â':
		return 'a'
	case 'î', 'ï':
		return 'i'
	case 'ô', 'ö':
		return 'o'
	case 'ù', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	}
	return r
}

// sameHead: the English noun translates the French one.
func sameHead(fr, en string) bool {
	return fr != "" && en != "" && (headAgrees(fr, en) || cognate(fr, en) || compoundNouns[fr] == en)
}

var accents = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i",
	"ô", "o", "ö", "o", "ù", "u", "û", "u", "ü", "u", "ç", "c")

func stripAccents(s string) string { return accents.Replace(strings.ToLower(s)) }

// knownHead: both nouns are in the lexicon's domain, so disagreement
// means something.
func knownHead(fr, en string) bool {
	_, ok := newsNouns[fr]
	return ok && enHeads[en]
}

// attributionCheck flags matched pairs of one sentence whose nouns
// crossed: "500 morts et 4 000 blessés" written "4,000 dead and 500
// injured" (figures.md, Matching 3). A crossing seen from both figures is
// an error; a one-sided one, which a loose head noun can cause, a warning.
func (r *check) attributionCheck(u unit) {
	for _, a := range u.src {
		if a.pair == nil || !knownHead(a.m.Head, a.pair.m.Head) || headAgrees(a.m.Head, a.pair.m.Head) {
			continue
		}
		if peopleNoun(a.m.Head) && deathWord(a.pair.m.Head) && deathWords(a.m.ctx) {
			continue // "où 29 personnes avaient péri" told "where 29 died": the verb says who they are
		}
		if periodUnit[a.m.Head] != "" && periodUnit[a.pair.m.Head] != "" {
			continue // "six mois" told "half a year": one length in two units, which the value check weighs
		}
		for _, b := range inGroups(u.src, a.grp, 0, a.idx) {
			if b == a || b.pair == nil || b.m.Sentence != a.m.Sentence || b.m.Paragraph != a.m.Paragraph || !headAgrees(b.m.Head, a.pair.m.Head) {
				continue
			}
			sev := Warning
			if headAgrees(a.m.Head, b.pair.m.Head) {
				sev = Error
			}
			r.add(a, a.pair, verdict{true, "attribution", sev, "M3",
				"the figure now counts \"" + a.pair.m.Head + "\", which the source says of " + b.m.Raw + " " + b.m.Head})
			break
		}
	}
}
