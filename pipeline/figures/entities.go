package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A figure said of one country, region or people in the source and of
// another in the English ("À La Réunion, 17,6 %" written "In Guadeloupe,
// 17.6%"; "les Chinois (6 %)" written "the British (6%)") is attributed
// to the wrong place (M4). Only names both sides of this table know are
// compared: a town or a company the table does not know proves nothing.

// places maps each place or people, French and English forms alike
// (lowered, with and without accents), to one code.
var places = func() map[string]string {
	out := map[string]string{}
	for code, forms := range map[string]string{
		"FR":  "france français française françaises french",
		"DE":  "allemagne allemands allemand allemande allemandes germany germans german",
		"ES":  "espagne espagnols espagnol espagnole spain spanish spaniards",
		"IT":  "italie italiens italien italienne italy italians italian",
		"GB":  "royaume-uni royaume britanniques britannique angleterre anglais anglaise britain british britons uk england english",
		"US":  "états-unis unis américains américain américaine us usa americans",
		"CN":  "chine chinois chinoise china chinese",
		"JP":  "japon japonais japonaise japan japanese",
		"RU":  "russie russes russe russia russians russian",
		"BE":  "belgique belges belge belgium belgians belgian",
		"CH":  "suisse suisses switzerland swiss",
		"NL":  "pays-bas bas néerlandais hollandais netherlands dutch holland",
		"PT":  "portugal portugais portuguese",
		"PL":  "pologne polonais poland poles polish",
		"GR":  "grèce grecs grec greece greeks greek",
		"IN":  "inde indiens indien india indians indian",
		"BR":  "brésil brésiliens brésilien brazil brazilians brazilian",
		"CA":  "canada canadiens canadien canadians canadian",
		"MA":  "maroc marocains marocain morocco moroccans moroccan",
		"DZ":  "algérie algériens algérien algeria algerians algerian",
		"TN":  "tunisie tunisiens tunisien tunisia tunisians tunisian",
		"UA":  "ukraine ukrainiens ukrainien ukrainians ukrainian",
		"AF":  "afghanistan afghans afghan",
		"SY":  "syrie syriens syrien syria syrians syrian",
		"TR":  "turquie turcs turc turkey turks turkish",
		"AU":  "australie australiens australien australia australians australian",
		"MX":  "mexique mexicains mexicain mexico mexicans mexican",
		"SE":  "suède suédois sweden swedes swedish",
		"NO":  "norvège norvégiens norway norwegians norwegian",
		"DK":  "danemark danois denmark danes danish",
		"IE":  "irlande irlandais ireland irish",
		"AT":  "autriche autrichiens austria austrians austrian",
		"IR":  "iran iraniens iranien iranienne iranians iranian",
		"IL":  "israël israel israéliens israélien israélienne israelis israeli",
		"IQ":  "irak iraq irakiens irakien iraqis iraqi",
		"EG":  "égypte egypte égyptiens égyptien egypt egyptians egyptian",
		"KR":  "corée coréens coréen coréenne korea koreans korean",
		"RO":  "roumanie roumains roumain romania romanians romanian",
		"HU":  "hongrie hongrois hongroise hungary hungarians hungarian",
		"VN":  "vietnam viêt-nam vietnamiens vietnamien vietnamese",
		"ID":  "indonésie indonésiens indonésien indonesia indonesians indonesian",
		"PK":  "pakistan pakistanais pakistanaise pakistanis pakistani",
		"MY":  "malaisie malaisiens malaisien malaysia malaysians malaysian",
		"TH":  "thaïlande thaïlandais thaïlandaise thailand thais thai",
		"PH":  "philippines philippin philippins philippine filipinos filipino",
		"AR":  "argentine argentins argentin argentina argentines argentinians argentinian",
		"CL":  "chili chiliens chilien chile chileans chilean",
		"CO":  "colombie colombiens colombien colombia colombians colombian",
		"PE":  "pérou péruviens péruvien peru peruvians peruvian",
		"NG":  "nigeria nigéria nigérians nigérian nigerians nigerian",
		"ZA":  "sud-africains sud-africain sud-africaine south africans",
		"SN":  "sénégal sénégalais sénégalaise senegal senegalese",
		"KE":  "kenya kényans kényan kenyans kenyan",
		"ET":  "éthiopie éthiopiens éthiopien ethiopia ethiopians ethiopian",
		"BD":  "bangladesh bangladais bangladeshis bangladeshi",
		"SA":  "saoudite saoudiens saoudien saudi saudis",
		"QA":  "qatar qataris qatari",
		"LB":  "liban libanais libanaise lebanon lebanese",
		"JO":  "jordanie jordaniens jordanien jordan jordanians jordanian",
		"FI":  "finlande finlandais finlandaise finland finns finnish",
		"CZ":  "tchéquie tchèques tchèque czechia czechs czech",
		"SK":  "slovaquie slovaques slovaque slovakia slovaks slovak",
		"SI":  "slovénie slovènes slovène slovenia slovenians slovenian slovenes",
		"HR":  "croatie croates croate croatia croatians croatian croats",
		"RS":  "serbie serbes serbe serbia serbians serbian serbs",
		"BG":  "bulgarie bulgares bulgare bulgaria bulgarians bulgarian",
		"LU":  "luxembourg luxembourgeois luxembourgeoise luxembourgers",
		"NZ":  "néo-zélandais néo-zélandaise zealand zealanders",
		"ML":  "mali maliens malien malians malian",
		"CM":  "cameroun camerounais camerounaise cameroon cameroonians cameroonian",
		"MG":  "madagascar malgaches malgache malagasy",
		"BZH": "bretagne bretons bretonne bretonnes brittany",
		"NOR": "normandie normandy normands normande normandes",
		"OCC": "occitanie",
		"BOU": "bourgogne burgundy bourguignon bourguignonne bourguignons",
		"CHA": "champagne champenois champenoise champenoises",
		"COR": "corse corses corsica corsican",
		"GP":  "guadeloupe",
		"MQ":  "martinique",
		"GF":  "guyane guiana",
		"RE":  "réunion",
		"YT":  "mayotte",
		"ALS": "alsace alsaciens alsacien alsacienne alsaciennes alsatian alsatians",
		"PRO": "provence provençaux provençale provençales",
		"AUV": "auvergne auvergnats auvergnat auvergnate auvergnates",
		"SAV": "savoie savoy savoyards savoyard savoyarde savoyardes",
		"PIC": "picardie picardy",
		"LOR": "lorraine lorrains lorrain lorraines",
	} {
		for _, f := range strings.Fields(forms) {
			out[f], out[stripAccents(f)] = code, code // as written, and without accents: Réunion, Reunion
		}
	}
	return out
}()

// placesOf are the codes of the places the names next to m name.
func placesOf(m Mention) []string {
	var out []string
	for _, n := range m.names {
		if c, ok := places[n]; ok {
			out = append(out, c)
		}
	}
	return out
}

// placesTraded: the source figure is said of one known place and its
// English counterpart of another, while each sentence names both: "une
// baisse de 7 % en Bourgogne, tandis que la production champenoise
// devrait rester stable" written "a 7% drop in Champagne, while
// Burgundy's output should hold steady". The two places traded clauses.
// Neither place may stand near the other figure, in any case or place in
// the sentence: "La Pologne accueille près d'un million de réfugiés
// ukrainiens" names both beside its one figure.
func (r *check) placesTraded(s, t *atom) bool {
	ps, pt := placesOf(*s.m), placesOf(*t.m)
	if len(ps) != 1 || len(pt) != 1 || ps[0] == pt[0] || !anyIn(ps, t.m.sentPlaces) || !anyIn(pt, s.m.sentPlaces) || s.m.Paragraph >= len(r.source) {
		return false
	}
	told := r.text
	if r.target != nil && t.m.Paragraph < len(r.target) {
		told = r.target[t.m.Paragraph]
	}
	return t.m.End <= len(told) && !placeNear(r.source[s.m.Paragraph], *s.m, pt[0]) && !placeNear(told, *t.m, ps[0])
}

// placeNear: a word of text within a few words of m names the place code.
func placeNear(text string, m Mention, code string) bool {
	before, after := text[max(0, m.Start-40):m.Start], text[m.End:min(len(text), m.End+50)]
	if k := strings.LastIndexAny(before, ",;.:"); k >= 0 {
		before = before[k+1:] // (the clause only: "en Bourgogne, tandis que la production champenoise")
	}
	if k := strings.IndexAny(after, ",;.:"); k >= 0 {
		after = after[:k]
	}
	for _, w := range strings.FieldsFunc(before+" "+after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if places[strings.ToLower(w)] == code {
			return true
		}
	}
	return false
}

// otherPlace: the source figure is said of known places and its English
// counterpart of other known places, which the source sentence never
// names, while the English sentence never names the source's ("Turkey
// hosts 3.6 million Syrian refugees" names Syria as the French
// "réfugiés syriens" does, in lower case).
func otherPlace(s, t Mention) bool {
	ps, pt := placesOf(s), placesOf(t)
	return len(ps) > 0 && len(pt) > 0 && !anyIn(ps, pt) && !anyIn(pt, s.sentPlaces) && !anyIn(ps, t.sentPlaces)
}

// sentencePlaces are the places the sentence at off names, in any case
// in French (whose adjectives of peoples are lower case) and capitalised
// in English (where "us" is a pronoun).
func (p *parser) sentencePlaces(off int) []string {
	lo, hi := p.sentenceTokens(off)
	if got, ok := p.placesIn[lo]; ok {
		return got
	}
	var out []string
	for j := lo; j < hi; j++ {
		w := p.word(j)
		if w == "" || p.lang == English && !p.capital(j) || p.lang == French && !p.capital(j) && lowerAmbiguous[w] {
			continue
		}
		if c, ok := places[strings.TrimSuffix(w, "'s")]; ok {
			out = append(out, c) // (and "Burgundy's output")
		}
	}
	if p.placesIn == nil {
		p.placesIn = map[int][]string{}
	}
	p.placesIn[lo] = out
	return out
}

// lowerAmbiguous are forms that name a place only capitalised: "bas" of
// Pays-Bas, "unis" of États-Unis.
var lowerAmbiguous = map[string]bool{"bas": true, "unis": true, "royaume": true}

// namesSaid writes lowered names back with a capital: "Chinois", "British".
func namesSaid(names []string) string {
	out := make([]string, len(names))
	for k, n := range names {
		r, size := utf8.DecodeRuneInString(n)
		out[k] = string(unicode.ToUpper(r)) + n[size:]
	}
	return strings.Join(out, " ")
}
