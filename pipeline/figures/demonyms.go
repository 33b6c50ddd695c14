package figures

import "strings"

// demonymBases: French nationality adjectives, masculine singular, and
// the English words that translate them in any gender or number: "l'armée
// française" is "the French army", "les troupes allemandes" "German
// troops". Their English is rarely a cognate the stem test would find.
var demonymBases = map[string][]string{
	"français": {"french", "france", "frenchman", "frenchmen"}, "anglais": {"english", "england", "englishman", "englishmen"},
	"allemand": {"german", "germans", "germany"}, "espagnol": {"spanish", "spaniard", "spaniards", "spain"},
	"italien": {"italian", "italians", "italy"}, "américain": {"american", "americans", "us", "america"},
	"russe": {"russian", "russians", "russia"}, "chinois": {"chinese", "china"}, "japonais": {"japanese", "japan"},
	"britannique": {"british", "briton", "britons", "britain", "uk"}, "belge": {"belgian", "belgians", "belgium"},
	"suisse": {"swiss", "switzerland"}, "néerlandais": {"dutch", "netherlands"}, "portugais": {"portuguese", "portugal"},
	"grec": {"greek", "greeks", "greece"}, "polonais": {"polish", "poles", "poland"}, "turc": {"turkish", "turks", "turkey"},
	"ukrainien": {"ukrainian", "ukrainians", "ukraine"}, "syrien": {"syrian", "syrians", "syria"},
	"israélien": {"israeli", "israelis", "israel"}, "palestinien": {"palestinian", "palestinians"},
	"iranien": {"iranian", "iranians", "iran"}, "irakien": {"iraqi", "iraqis", "iraq"}, "afghan": {"afghan", "afghans", "afghanistan"},
	"algérien": {"algerian", "algerians", "algeria"}, "marocain": {"moroccan", "moroccans", "morocco"},
	"tunisien": {"tunisian", "tunisians", "tunisia"}, "canadien": {"canadian", "canadians", "canada"},
	"québécois": {"quebec", "quebecer", "quebecers", "quebecker", "quebeckers"}, "européen": {"european", "europeans", "europe", "eu"},
	"africain": {"african", "africans", "africa"}, "asiatique": {"asian", "asians", "asia"}, "indien": {"indian", "indians", "india"},
	"pakistanais": {"pakistani", "pakistanis", "pakistan"}, "mexicain": {"mexican", "mexicans", "mexico"},
	"brésilien": {"brazilian", "brazilians", "brazil"}, "argentin": {"argentine", "argentinian", "argentinians", "argentina"},
	"australien": {"australian", "australians", "australia"}, "suédois": {"swedish", "swedes", "sweden"},
	"norvégien": {"norwegian", "norwegians", "norway"}, "danois": {"danish", "danes", "denmark"},
	"finlandais": {"finnish", "finns", "finland"}, "autrichien": {"austrian", "austrians", "austria"},
	"hongrois": {"hungarian", "hungarians", "hungary"}, "roumain": {"romanian", "romanians", "romania"},
	"bulgare": {"bulgarian", "bulgarians", "bulgaria"}, "serbe": {"serbian", "serbs", "serbia"}, "croate": {"croatian", "croats", "croatia"},
	"tchèque": {"czech", "czechs"}, "slovaque": {"slovak", "slovaks", "slovakia"}, "irlandais": {"irish", "ireland"},
	"écossais": {"scottish", "scots", "scotland"}, "gallois": {"welsh", "wales"}, "libanais": {"lebanese", "lebanon"},
	"égyptien": {"egyptian", "egyptians", "egypt"}, "saoudien": {"saudi", "saudis"}, "coréen": {"korean", "koreans", "korea"},
	"vietnamien": {"vietnamese", "vietnam"}, "sénégalais": {"senegalese", "senegal"}, "malien": {"malian", "malians", "mali"},
	"congolais": {"congolese", "congo"}, "kurde": {"kurdish", "kurds"}, "nigérian": {"nigerian", "nigerians", "nigeria"},
	"néo-zélandais": {"zealand", "zealander", "zealanders", "kiwi", "kiwis"}, // teamName reads "New Zealand" as "zealand"
	"sud-africain":  {"africa", "african", "africans", "springboks"},
}

// demonymCountries: French names of countries whose adjective is in
// demonymBases, so that "le sud du Liban" binds to "Lebanon" as
// "libanais" does, not less: a clause must not lose to another for
// naming the country by its noun.
var demonymCountries = map[string]string{
	"france": "français", "angleterre": "anglais", "allemagne": "allemand", "espagne": "espagnol", "italie": "italien",
	"amérique": "américain", "russie": "russe", "chine": "chinois", "japon": "japonais", "belgique": "belge",
	"portugal": "portugais", "grèce": "grec", "pologne": "polonais", "turquie": "turc", "ukraine": "ukrainien",
	"syrie": "syrien", "israël": "israélien", "iran": "iranien", "irak": "irakien", "afghanistan": "afghan",
	"algérie": "algérien", "maroc": "marocain", "tunisie": "tunisien", "canada": "canadien", "québec": "québécois",
	"europe": "européen", "afrique": "africain", "asie": "asiatique", "inde": "indien", "pakistan": "pakistanais",
	"mexique": "mexicain", "brésil": "brésilien", "argentine": "argentin", "australie": "australien",
	"suède": "suédois", "norvège": "norvégien", "danemark": "danois", "finlande": "finlandais", "autriche": "autrichien",
	"hongrie": "hongrois", "roumanie": "roumain", "bulgarie": "bulgare", "serbie": "serbe", "croatie": "croate",
	"slovaquie": "slovaque", "irlande": "irlandais", "écosse": "écossais", "liban": "libanais", "égypte": "égyptien",
	"corée": "coréen", "sénégal": "sénégalais", "mali": "malien", "congo": "congolais", "nigeria": "nigérian",
	"nouvelle-zélande": "néo-zélandais",
}

// demonymForms maps every inflected French form, and the country's
// name, to its base.
var demonymForms = func() map[string]string {
	out := map[string]string{}
	for base := range demonymBases {
		forms := []string{base}
		switch {
		case strings.HasSuffix(base, "s"):
			forms = append(forms, base+"e", base+"es") // français, française(s)
		case strings.HasSuffix(base, "e"):
			forms = append(forms, base+"s") // russe(s), belge(s)
		case strings.HasSuffix(base, "en"):
			forms = append(forms, base+"ne", base+"nes", base+"s") // italienne(s)
		case strings.HasSuffix(base, "c"):
			forms = append(forms, base+"que", base+"ques", base+"s") // grecque, turque
		default:
			forms = append(forms, base+"e", base+"es", base+"s") // allemande(s)
		}
		for _, f := range forms {
			out[f] = base
		}
	}
	for country, base := range demonymCountries {
		if _, taken := out[country]; !taken {
			out[country] = base // "suisse" and "belge" are already the adjective
		}
	}
	return out
}()

// demonymTranslates: the French nationality word fr, in any gender or
// number, is translated by the English word en.
func demonymTranslates(fr, en string) bool {
	base, ok := demonymForms[fr]
	if !ok {
		return false
	}
	for _, w := range demonymBases[base] {
		if w == en {
			return true
		}
	}
	return false
}

// townDemonym: fr names the people of the place en the way French forms
// them from a town's name, "les Nantais" of Nantes, "les Brestoises" of
// Brest, "les Lyonnais" of Lyon: a team or a town's people is said of
// the town. The stem must keep four letters, so "Varois" is no "Var".
func townDemonym(fr, en string) bool {
	if len(fr) < 7 || len(en) < 4 || !strings.HasSuffix(fr, "s") && !strings.HasSuffix(fr, "e") && !strings.HasSuffix(fr, "n") {
		return false // (the common case, before any copy)
	}
	for _, suf := range townSuffixes {
		if !strings.HasSuffix(fr, suf) {
			continue
		}
		stem, e := stripAccents(fr[:len(fr)-len(suf)]), stripAccents(en)
		if len(stem) < 4 {
			return false
		}
		if len(stem) > 4 && stem[len(stem)-1] == stem[len(stem)-2] {
			stem = stem[:len(stem)-1] // "lyonnais": Lyon
		}
		return strings.HasPrefix(e, stem) && len(e)-len(stem) <= 3
	}
	return false
}

// townSuffixes, longest first.
var townSuffixes = []string{"iennes", "aises", "oises", "ienne", "aines", "aise", "oise", "iens", "aine", "ains", "ais", "ois", "ien", "ain"}
