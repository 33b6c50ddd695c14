package figures

import "strings"

// newsLexicon: more French words of news clauses and their English
// words, for binding a figure to what it is said of (figures.md,
// Matching 3-4). Verbs are left out: "a reculé" and "fell" say how a
// figure moved, not what it counts.
var newsLexicon = map[string][]string{
	// a tournament's places and prizes: "le vainqueur touche 5 000 euros, le finaliste 2 500"
	"vainqueur": {"winner", "winners"}, "vainqueure": {"winner"}, "finaliste": {"runner-up", "finalist"}, "finalistes": {"runners-up", "finalists"},
	"jeux": {"games", "olympics", "olympic"}, // "ses cinquièmes Jeux", "his fifth Olympics"
	// "31 500 projets de recrutement", "31,500 hiring plans"
	"recrutement": {"hiring", "recruitment", "recruiting", "recruits"},
	"projets":     {"plans", "projects", "schemes", "proposals"}, "projet": {"plan", "project", "scheme", "proposal"},
	// a standings gap: "à trois longueurs de la zone de relégation", "three points clear of"
	"longueurs": {"points", "lengths", "wins"}, "longueur": {"point", "length", "win"},
	// a change near zero: "quasiment stable (-0,8 %)", "broadly flat"
	"stable": {"flat", "unchanged", "stagnant"}, "stables": {"flat", "unchanged"},
	// "48 reclassements sur d'autres ateliers", "48 staff to be redeployed"
	"reclassements": {"redeployed", "redeployment", "redeployments", "transfers", "transferred", "relocated"},
	"reclassés":     {"redeployed", "transferred", "relocated"},
	// a squad's players: "les joueurs alignés cette saison", "the players fielded this season"
	"alignés": {"fielded", "lined", "played"}, "alignées": {"fielded", "lined", "played"}, "aligné": {"fielded", "lined", "played"},
	"utilisés": {"used"}, "utilisées": {"used"},
	// a score told on the way: "après avoir été mené 3-19", "came back from 3-19 down"; "qui a mené 19-3", "led 19-3"
	// ("behind" and "ahead" say a gap in the table as often: "five behind Perpignan")
	"mené": {"down", "trailing", "trailed", "led", "leading"}, "menés": {"down", "trailing", "trailed", "led", "leading"},
	"menée": {"down", "trailing", "trailed", "led", "leading"}, "menées": {"down", "trailing", "trailed", "led", "leading"},
	"mènent": {"lead", "leading", "led"}, "mène": {"leads", "lead", "leading", "led"}, "menait": {"led", "leading"}, "menaient": {"led", "leading"},
	// the road's users, as accident figures count them
	"piétons": {"pedestrians", "pedestrian"}, "deux-roues": {"motorcyclists", "two-wheelers", "motorbikes", "motorcycles", "scooters", "riders"},
	"motards": {"motorcyclists", "bikers", "riders"}, "cyclistes": {"cyclists", "riders"}, "automobilistes": {"motorists", "drivers"},
	"conducteurs": {"drivers"},
	"sondés":      {"polled", "respondents", "surveyed", "asked"}, // a poll's sample
	"interrogés":  {"polled", "respondents", "surveyed", "asked", "questioned"}, "interrogées": {"polled", "respondents", "surveyed", "asked", "questioned"},
	"lieutenant": {"lieutenant", "second-in-command", "deputy", "right-hand"}, "chef": {"head", "leader", "boss", "chief", "ringleader"},
	"filières": {"courses", "streams", "programmes", "programs", "tracks", "subjects"}, "filière": {"course", "stream", "programme", "program", "track", "subject"},
	"manque": {"lacks", "lack", "short", "shortage", "missing", "needs"}, "manquent": {"lacks", "lack", "short", "shortage", "missing", "needed"},
	"places": {"places", "spaces", "seats", "beds"}, "épreuve": {"race", "event", "competition", "test"}, "maison": {"house", "houses", "home"}, "appartement": {"flat", "flats", "apartment", "apartments"},
	"volontaires": {"volunteers", "volunteer"}, "bénévoles": {"volunteers", "volunteer"},
	"licenciés": {"members", "licence-holders", "license-holders", "players", "laid", "dismissed", "sacked"}, // a club's registered players, or a firm's laid-off staff
	"pib":       {"gdp"},                                                                                     // gross domestic product
	// nationalities whose English is no cognate
	"allemands": {"germans", "german"}, "britanniques": {"britons", "british", "brits"}, "espagnols": {"spaniards", "spanish"},
	"néerlandais": {"dutch"}, "suisses": {"swiss"}, "chinois": {"chinese"}, "japonais": {"japanese"}, "anglais": {"english"},
	// exams: those who passed, "14 % des admis", "successful candidates"
	"admis": {"successful", "passed", "admitted"}, "reçus": {"passed"}, "rattrapage": {"resits", "resit", "retakes"},
	// shops: "35 boutiques" are "store openings" as much as magasins are
	"boutiques": {"shops", "stores", "boutiques"}, "ouvrir": {"open", "openings", "opening"}, "ouvertures": {"openings"},
	// speed limits and the roads they are set on
	"vitesse": {"speed", "speeds"}, "axes": {"roads", "routes", "arteries"}, "principaux": {"main", "major"},
	"abaissée": {"lowered", "cut", "reduced"}, "abaissé": {"lowered", "cut", "reduced"},
	"périphérique": {"ring", "ring-road", "beltway", "orbital"}, "limitée": {"capped", "limited", "restricted"},
	// works on a network: what is renewed, what only upgraded
	"renouvelés": {"renewed", "replaced"}, "renouvelées": {"renewed", "replaced"}, "entièrement": {"completely", "fully", "entirely"},
	"remise": {"upgrade", "upgraded", "overhaul"},
	// contracts a hiring plan splits its jobs between
	"cdi": {"permanent", "open-ended"}, "cdd": {"fixed-term", "temporary"}, "déterminée": {"fixed-term", "temporary"},
	"indéterminée": {"permanent", "open-ended"}, "intérim": {"temping", "temporary", "agency"},
	"sages": {"members", "judges", "justices"}, "cars": {"coaches", "buses"}, "autocars": {"coaches", "buses"},
	"adhérents": {"members", "subscribers"}, "membres": {"members"}, "sociétaires": {"members"},
	"assurés": {"policyholders", "insured", "customers"}, "souscripteurs": {"subscribers", "policyholders"},
	"usagers": {"users", "passengers", "commuters", "riders"},
	"crédits": {"funding", "funds", "budget", "appropriations", "credits"}, "renseignement": {"intelligence"}, "cyberdéfense": {"cyber-defence", "cyberdefence", "cyber", "cyberdefense"},
	// goals against: what a side let in
	"encaissé": {"conceded", "conceding", "let"}, "encaissés": {"conceded", "conceding", "let"}, "encaissées": {"conceded", "conceding", "let"}, "encaisse": {"concedes", "conceding", "conceded"},
	"reserve": {"fed"}, "réserve": {"fed"}, // the Federal Reserve, "la Fed" in French too
	"prévision": {"forecast", "forecasts", "projection", "outlook", "expects", "expected"}, "prévisions": {"forecasts", "projections", "outlook", "expects", "expected"},
	"croissance": {"growth", "grew", "expansion"}, "déficit": {"deficit", "shortfall", "gap", "below"}, "précipitations": {"rainfall", "rain", "precipitation"}, "débouché": {"market", "outlet"}, "débouchés": {"markets", "outlets"}, "fermés": {"closed", "shut"}, "fermées": {"closed", "shut"}, "fermé": {"closed", "shut"}, "fermée": {"closed", "shut"}, "faute": {"lack", "shortage"}, "personnel": {"staff", "personnel", "workers"},
	"chômage": {"unemployment", "jobless", "joblessness"}, "consommation": {"consumption", "demand", "use"},
	"production": {"output", "production"}, "investissement": {"investment"}, "investissements": {"investment", "investments"},
	"recettes": {"revenue", "receipts", "takings", "income"}, "dépenses": {"spending", "expenditure", "costs"}, "dépense": {"spending", "expenditure", "cost"},
	"bâtiment": {"construction", "building"}, "construire": {"building", "construction"}, "construction": {"construction", "building"},
	"permis": {"permits", "permit", "licences", "licenses"}, "mises": {"starts"}, "chantier": {"site", "construction", "works", "starts"}, "travaux": {"work", "works", "construction", "renovation", "repairs", "roadworks"},
	"chantiers": {"sites", "works", "projects"}, "soignants": {"care", "health", "medical", "nurses", "caregivers", "carers", "hospital"}, "lits": {"beds"}, "obtenu": {"won", "got", "secured", "awarded"}, "diplômés": {"graduates", "qualified"}, "diplômées": {"graduates", "qualified"}, "engagent": {"sign", "commit", "pledge"}, "engage": {"signs", "commits", "pledges"}, "remporté": {"won"}, "gagné": {"won", "earned"}, "imposé": {"won", "imposed"}, "imposée": {"won", "imposed"},
	"décroché": {"won", "earned", "secured", "landed", "clinched"}, "décrochée": {"won", "earned", "secured", "landed", "clinched"}, "décrochés": {"won", "earned", "secured", "landed"}, "décrochées": {"won", "earned", "secured", "landed"},
	"décroche": {"wins", "won", "earns", "secures", "lands", "clinches"}, "décrochent": {"win", "won", "earn", "secure", "land"},
	"hôpital": {"hospital"}, "hôpitaux": {"hospitals"}, "enseignants": {"teachers"}, "professeurs": {"teachers"},
	"fonctionnaires": {"civil", "servants", "officials", "public"}, "préfecture": {"prefecture", "police", "authorities"},
	"syndicats": {"unions"}, "syndicat": {"union"}, "manifestation": {"protest", "march", "demonstration", "rally"},
	"cortège": {"march", "procession"}, "grévistes": {"strikers"}, "grève": {"strike"},
	"vaccinés": {"vaccinated"}, "doses": {"doses"}, "hospitalisés": {"hospitalised", "hospitalized", "hospital"},
	"réanimation": {"intensive", "icu", "critical"}, "contaminations": {"infections", "cases"}, "infections": {"infections", "cases"},
	"communes": {"towns", "municipalities", "villages", "communes"}, "villages": {"villages"},
	"billets": {"tickets"}, "entrées": {"admissions", "tickets", "visitors", "entries"}, "fréquentation": {"attendance", "visitors"},
	"amende": {"fine", "fined", "penalty"}, "sanction": {"sanction", "penalty", "fine", "punishment"},
	"promus": {"promoted", "promotion", "newcomers"}, "promu": {"promoted", "promotion", "newcomer"}, "promue": {"promoted", "promotion"},
	"relégués": {"relegated", "relegation", "demoted"}, "relégué": {"relegated", "relegation", "demoted"}, "sanctions": {"sanctions", "penalties", "fines"}, "gérant": {"manager", "boss", "director", "owner"}, "gérante": {"manager", "boss", "director", "owner"},
	"dirigeant": {"executive", "boss", "head", "manager", "director", "chief"}, "patron": {"boss", "head", "owner", "chief", "skipper"}, "matelot": {"deckhand", "sailor", "crewman"}, "passager": {"passenger"}, "passagère": {"passenger"}, "contrôleur": {"controller", "inspector"}, "contrôleuse": {"controller", "inspector"},
	"inéligibilité": {"ineligible", "ineligibility", "barred", "banned", "ban", "office"}, "inéligible": {"ineligible", "barred", "banned"},
	"prison": {"prison", "jail"}, "emprisonnement": {"prison", "jail", "imprisonment"}, "réclusion": {"prison", "jail"}, "sursis": {"suspended"}, "peine": {"sentence", "sentenced", "term", "prison", "jail"},
	"ferme":  {"bars", "custodial", "jail", "inside", "serve", "firm"}, // "dont trois ferme": three behind bars
	"action": {"shares", "share", "stock"}, "actions": {"shares", "stocks"}, "bourse": {"stock", "market", "exchange", "shares"},
	"affaires": {"sales", "revenue", "turnover"}, "intérimaires": {"temporary", "temps", "agency", "workers"},
	"pass": {"passes", "pass", "tickets"}, "diesel": {"diesel"}, "électriques": {"electric", "e-bike", "e-bikes"},
	"vélos": {"bikes", "bicycles", "cycles", "e-bikes"}, "vélo": {"bike", "bicycle", "bikes"}, "accompagnateurs": {"escorts", "companions", "chaperones", "helpers", "guides", "support"}, "classiques": {"conventional", "classic", "traditional", "regular"},
	"raccordés": {"connected"}, "fonds": {"fund", "funds"}, "racheté": {"bought", "acquired", "took"},
	"rachat": {"takeover", "purchase", "buyout", "acquisition", "buyback", "buy-back", "repurchase"}, "racheter": {"buy", "back", "buyback", "repurchase"}, "rachats": {"buybacks", "buyback", "repurchases"}, "propriétaire": {"owner", "owners"},
	// who a court's or a crash's figures are said of
	"chauffeur": {"driver"}, "conducteur": {"driver"}, "camionnette": {"van"}, "société": {"company", "firm"},
	"camion": {"lorry", "truck"}, "lourd": {"lorry", "truck", "heavy", "heaviest"}, "lourde": {"heavy", "heaviest", "harshest", "severe"}, // "poids lourd"
	// what a party claims, and what a court gives it: "qui réclamaient 40 000 euros ..., en obtiendront 15 000"
	"réclamaient": {"claimed", "sought", "demanded", "asked"}, "réclament": {"claim", "seek", "demand", "ask"}, "réclamait": {"claimed", "sought", "demanded", "asked"},
	"obtiendront": {"get", "receive", "awarded", "obtain"}, "obtiendra": {"get", "receives", "awarded", "obtain"}, "obtiennent": {"get", "receive", "awarded", "obtain"},
	// ships at the quay are in port, at the same time at once: "trois paquebots simultanément à quai", "three ships in port at once"
	"quai": {"quay", "dock", "docked", "port", "berth", "wharf"}, "simultanément": {"simultaneously", "once", "together"},
	// a match's state before its end: "à égalité 2-2 après la prolongation", "a 2-2 draw after extra time"
	"égalité": {"draw", "drawn", "deadlock"}, "prolongation": {"extra", "overtime"},
	// players a ban or a fee is said of
	"pilier": {"prop"}, "talonneur": {"hooker"}, "ailier": {"winger", "wing"}, "attaquant": {"striker", "forward"}, "défenseur": {"defender"},
	"marge": {"margin", "margins"}, "résultat": {"profit", "result", "earnings"}, "perte": {"loss"}, "pertes": {"losses"}, "caristes": {"forklift", "drivers"},
	"pompiers": {"firefighters", "firemen", "fire"}, "secours": {"rescuers", "rescue", "emergency"}, "sauveteurs": {"rescuers", "lifeguards", "lifeboatmen", "crew", "crews"}, "secouristes": {"rescuers", "first-aiders", "paramedics"},
	"incendie": {"fire", "blaze", "wildfire"}, "incendies": {"fires", "blazes", "wildfires"}, "feu": {"fire", "blaze", "wildfire"}, "feux": {"fires", "blazes", "wildfires"},
	"logement": {"housing", "home", "homes"}, "loyer": {"rent"}, "immobilier": {"property", "housing", "real"},
	"électricité": {"electricity", "power", "energy"}, "énergie": {"energy", "power"}, "gaz": {"gas", "energy"}, "essence": {"petrol", "gasoline", "fuel"},
	"cantine": {"canteen", "canteens", "school", "lunch", "lunches", "meals"},
	"piscine": {"pool", "swimming"}, "piscines": {"pools", "pool", "swimming"},
	"carburant": {"fuel"}, "gazole": {"diesel"}, "sans-plomb": {"unleaded", "petrol"}, "fioul": {"fuel", "heating", "oil"}, "pétrole": {"oil"}, "blé": {"wheat"}, "lait": {"milk"}, "vin": {"wine"},
	"fonctionnement": {"running", "operating", "operations", "day-to-day"},
	"suffrages":      {"votes", "ballots", "vote"}, "exprimés": {"cast", "valid", "voting"}, // "66,1 % des suffrages exprimés": of the votes cast
	// "900 votes pour sur 1 200 exprimés": "three-quarters of voting workers"
	"votants": {"voters", "votes", "cast", "ballots", "voting"}, "votes": {"votes", "ballots", "voters", "voting"},
	"blancs": {"blank", "spoiled", "spoilt"}, "nuls": {"spoiled", "spoilt", "void", "invalid"},
	"salles": {"cinemas", "screens", "theatres", "theaters", "venues", "halls", "rooms"}, "cinémas": {"cinemas", "screens", "theatres", "theaters"},
	"laitiers": {"dairy"}, "boissons": {"drinks", "beverages"}, "spiritueux": {"spirits"},
	"récolte": {"harvest", "crop"}, "récoltes": {"harvests", "crops"}, "pluie": {"rain", "rainfall"}, "neige": {"snow"},
	"vent": {"wind"}, "rafales": {"gusts", "winds"}, "température": {"temperature"}, "températures": {"temperatures"},
	"buteur": {"scorer", "striker"}, "gardien": {"goalkeeper", "keeper"}, "équipe": {"team", "side"}, "club": {"club"},
	"supporters": {"fans", "supporters"}, "joueurs": {"players"}, "joueuses": {"players"}, "titre": {"title", "championship", "crown", "shares", "stock"}, "clôture": {"close", "closed", "closing"}, "séance": {"session", "trading"},
	"stades": {"stadiums", "stadia", "grounds", "venues"}, "stade": {"stadium", "ground", "venue"}, "remplissage": {"full", "capacity", "occupancy"},
	"affluence": {"attendance", "crowd", "crowds"}, "spectateurs": {"spectators", "fans", "crowd", "crowds", "attendance"},
	"série": {"series", "seed", "seeded"}, // "tête de série", a seed
	"sacre": {"title", "crown"}, "sacres": {"titles", "crowns"}, "finale": {"final"}, "match": {"match", "game", "games", "matches"}, "rencontre": {"match", "game", "matches", "games", "fixture"}, "rencontres": {"matches", "games", "fixtures"}, "matchs": {"matches", "games", "match", "game"}, "matches": {"matches", "games", "match", "game"}, "courses": {"races"}, "course": {"race"},
	"livres": {"books", "pounds"}, "exemplaires": {"copies", "units"}, "détenus": {"inmates", "prisoners", "detainees"}, "films": {"films", "movies"}, "œuvres": {"works"},
	"musée": {"museum"}, "festival": {"festival"}, "concerts": {"concerts"}, "albums": {"albums"},
	"commandes": {"orders"}, "commandé": {"ordered"}, "livraisons": {"deliveries"}, "livré": {"delivered"},
	"avions": {"aircraft", "planes", "jets"}, "appareils": {"aircraft", "planes", "devices"},
	"accusé": {"defendant", "accused"}, "victime": {"victim"}, "procès": {"trial"}, "tribunal": {"court"},
	"juges": {"judges"}, "avocats": {"lawyers"}, "plaintes": {"complaints"},
	"subvention": {"grant", "subsidy"}, "subventions": {"grants", "subsidies"}, "aide": {"aid", "help", "grant", "support", "subsidy"}, "aides": {"aid", "grants", "subsidies", "support"},
	"demandes": {"requests", "applications", "claims"}, "dossiers": {"files", "cases", "applications"},
	"familles": {"families"}, "foyers": {"households", "homes"}, "ménages": {"households"},
	"malades": {"patients", "sick", "ill"}, "médicaments": {"drugs", "medicines"}, "molécules": {"molecules", "drugs", "medicines"}, "billetterie": {"ticketing", "tickets", "ticket", "box", "gate"}, "droits": {"rights", "fees", "duties"}, "télévisés": {"tv", "television", "broadcast", "broadcasting"}, "vaccins": {"vaccines"},
	"retraites": {"pensions"}, "pension": {"pension"}, "impôt": {"tax"}, "impôts": {"taxes", "tax"}, "imposables": {"taxable", "liable", "tax"}, "imposable": {"taxable", "liable", "tax"}, "taxe": {"tax", "levy"}, "revenu": {"income"}, "tva": {"vat"},
	"public": {"public"}, "publique": {"public"}, "dette": {"debt"}, "inflation": {"inflation", "prices"},
	"plafonne": {"stuck", "capped", "peaks", "plateaued", "tops"}, "plafonnent": {"stuck", "capped", "peak", "plateaued"},
	"couverture": {"coverage", "cover"}, "vaccinale": {"vaccine", "vaccination"},
	"féminines": {"women", "female", "women's"}, "féminins": {"women", "female"}, "masculines": {"men", "male"}, "masculins": {"men", "male", "men's"},
	"mi-temps": {"half-time", "halftime", "interval", "break"}, "pause": {"break", "half-time", "interval"},
	"médaille": {"medal"}, "médailles": {"medals"}, "or": {"gold"}, "argent": {"silver", "money", "cash"}, "titres": {"titles", "championships", "crowns", "shares", "stock", "securities"}, "trophée": {"trophy"},
	"internautes": {"users", "viewers", "visitors", "online", "surfers"}, "internaute": {"user", "viewer", "visitor"},
	"campings": {"campsites", "campers", "camping"}, "évacuées": {"evacuated"}, "condamnations": {"convictions", "convicted"},
	"relaxes": {"acquittals", "acquitted"}, "prévenus": {"defendants"}, "articles": {"articles", "provisions", "clauses"},
	"emploi": {"employment", "jobs"}, "naissances": {"births", "born", "babies"}, "ailleurs": {"elsewhere"},
	"grand": {"large", "big", "major", "great"}, "grande": {"large", "big", "major", "great"},
	"petit": {"small", "little"}, "petite": {"small", "little"}, "droite": {"right", "right-wing"},
	"gauche": {"left", "left-wing"}, "centre": {"centre", "center", "centrist"}, "mariages": {"marriages", "weddings"}, "embauches": {"hires", "hiring", "recruits", "jobs"}, "gardes": {"shifts", "duty", "duties"}, "garde": {"shift", "duty"}, "majorées": {"increased", "raised", "more", "extra"}, "majorés": {"increased", "raised", "more", "extra"}, "majorée": {"increased", "raised", "more", "extra"}, "majoré": {"increased", "raised", "more", "extra"}, "départs": {"departures", "leavers"}, "abandons": {"drop-outs", "dropouts", "withdrawals", "abandonments"}, "abandon": {"drop-out", "dropout", "withdrawal"},
	"complice": {"accomplice", "accomplices"}, "complices": {"accomplices"}, "prévenu": {"defendant", "accused"}, "prévenue": {"defendant", "accused"},
	// kinds of firms and public bodies, what tells their shares apart
	"pme": {"smes", "sme", "small"}, "tpe": {"microbusinesses", "small"}, "eti": {"midcaps", "mid-sized"},
	"collectivités": {"authorities", "councils", "local"}, "collectivité": {"authority", "council", "local"}, "corse": {"corsica", "corsican"}, "détenue": {"owned", "held"}, "détenu": {"owned", "held", "prisoner", "inmate", "detainee"},
	// parties and lists of an election, what tells their scores apart
	"écologiste": {"green", "greens", "ecologist", "ecologists", "environmentalist"}, "écologistes": {"greens", "green", "ecologists", "environmentalists"},
	"socialiste": {"socialist", "socialists"}, "socialistes": {"socialists", "socialist"}, "communiste": {"communist", "communists"},
	"rassemblement": {"rally"}, "républicains": {"republicans"}, "insoumis": {"unbowed"}, "insoumise": {"unbowed"},
	"citoyenne": {"citizen", "citizens", "citizens'"}, "citoyennes": {"citizen", "citizens"},
	// paid and free, private and public: what tells two counts of one noun apart
	"payants": {"paid", "paying", "ticketed", "fee-paying"}, "payant": {"paid", "paying", "ticketed", "fee-paying"},
	"payantes": {"paid", "paying", "ticketed", "fee-paying"}, "gratuits": {"free"}, "gratuit": {"free"}, "gratuites": {"free"},
	"gratuite": {"free"}, "privés": {"private"}, "privé": {"private"}, "privées": {"private"}, "publics": {"public", "state"},
	// the courts' outcomes, what tells two counts of defendants apart
	"détention": {"custody", "detention", "remanded", "remand"}, "provisoire": {"remand", "remanded", "pre-trial", "custody"},
	"comparution": {"hearing", "hearings", "trial", "tried", "court"}, "immédiate": {"fast-track", "immediate", "summary"},
	// a vote's outcome, what tells two tallies apart
	"rejeté": {"rejected", "defeated", "voted", "down"}, "rejetée": {"rejected", "defeated"}, "adopté": {"passed", "adopted", "approved", "carried"},
	"adoptée": {"passed", "adopted", "approved", "carried"},
	"marché":  {"market"}, "marchés": {"markets"},
	"vêtements": {"clothes", "clothing", "garments"}, "chaussures": {"shoes", "footwear"}, "chars": {"tanks"},
	"obusiers": {"howitzers", "guns"}, "blindés": {"armoured", "armored", "vehicles"},
	// what an ordinal ranks
	"femme": {"woman"}, "homme": {"man"}, "usine": {"plant", "factory"}, "journée": {"matchday", "round"},
	"semestre": {"half"}, "trimestre": {"quarter"},
	// what a company's or a market's figures are said of
	"valeur": {"value", "worth"}, "année": {"year"}, "dernier": {"last", "latest", "previous", "final"}, "dernière": {"last", "latest", "previous", "final"}, "expéditions": {"shipments", "exports"}, "revenus": {"revenue", "revenues", "income"},
	"appartements": {"flats", "apartments"}, "commerçants": {"shopkeepers", "traders", "retailers", "merchants"},
	// materials and commodities that tonnes and barrels are said of
	"chêne": {"oak"}, "plomb": {"lead"}, "acier": {"steel"}, "bois": {"wood", "timber"}, "béton": {"concrete"},
	"pierre": {"stone"}, "verre": {"glass"}, "cuivre": {"copper"}, "fer": {"iron"}, "charbon": {"coal"},
	"ligne": {"online", "line"}, "maïs": {"maize", "corn"}, "riz": {"rice"}, "sucre": {"sugar"}, "orge": {"barley"}, "colza": {"rapeseed", "oilseed", "canola"},
	"abricots": {"apricots", "apricot"}, "cerises": {"cherries", "cherry"}, "pêches": {"peaches", "peach"}, "pommes": {"apples", "apple"},
	"poires": {"pears", "pear"}, "prunes": {"plums", "plum"}, "fraises": {"strawberries", "strawberry"}, "olives": {"olives", "olive"}, "betteraves": {"beet", "beets", "sugar-beet"},
	"viande": {"meat"}, "déchets": {"waste", "rubbish", "garbage"},
	// the items of a town's budget
	"enfance": {"childhood", "children", "childcare"}, "voirie": {"roads", "road", "highways"}, "propreté": {"cleaning", "cleanliness", "street-cleaning"},
	"éclairage": {"lighting"}, "assainissement": {"sanitation", "sewerage", "wastewater", "sewage"}, "collecte": {"collection", "collecting"},
	"crèches": {"nurseries", "creches", "crèches", "childcare"}, "périscolaire": {"after-school", "extracurricular"},
	// animals, shelter, kin: what counts of a toll or a rescue are said of
	"plein": {"full"}, "pleine": {"full"}, "paniers": {"boxes", "baskets", "hampers"}, "cantines": {"canteens", "cafeterias"}, "radars": {"cameras", "radars"}, "généralistes": {"gps", "gp", "doctors"}, "médecin": {"doctor", "physician", "gp"}, "généraliste": {"gp", "doctor"}, "praticiens": {"practitioners", "doctors", "physicians", "gps"}, "collèges": {"secondary", "middle", "junior"}, "lycées": {"secondary", "high", "sixth-form"}, "primaires": {"primary", "elementary"}, "agences": {"branches", "agencies"}, "agence": {"branch", "agency"}, "communales": {"municipal", "town", "town-hall", "local"}, "communale": {"municipal", "town", "town-hall", "local"}, "salariale": {"wage", "payroll", "salary"}, "salariales": {"wage", "payroll", "salary"}, "bureaux": {"offices", "office"}, "bureau": {"office"},
	"chats": {"cats"}, "chiens": {"dogs"}, "ruches": {"hives", "beehives"}, "ruche": {"hive", "beehive"}, "chevaux": {"horses"}, "vaches": {"cows", "cattle"}, "moutons": {"sheep"},
	"oiseaux": {"birds"}, "animaux": {"animals"}, "proches": {"relatives", "family", "friends"}, "famille": {"family", "relatives"},
	"hébergées": {"housed", "sheltered", "accommodated"}, "hébergés": {"housed", "sheltered", "accommodated"},
	"dessin": {"drawing"}, "tableau": {"painting", "canvas"}, "sculpture": {"sculpture", "statue"},
	"participants": {"participants", "people", "respondents"}, "sous-traitants": {"subcontractors", "subcontractor", "contractors", "suppliers"}, "bouteilles": {"bottles"}, "actionnaires": {"shareholders"},
	"effectifs": {"workforce", "staff", "headcount"},
	// runs of wins or losses: "sa cinquième victoire consécutive", "their fifth in a row"
	"consécutive": {"row", "consecutive"}, "consécutives": {"row", "consecutive", "straight", "last"}, "défaites": {"defeats", "losses", "beaten", "lost", "games", "matches"}, "défaite": {"defeat", "loss", "beaten", "lost"}, "victoires": {"wins", "victories", "won", "games", "matches"}, "affilée": {"row", "running", "straight", "consecutive"},
	"consécutif": {"row", "consecutive"}, "consécutifs": {"row", "consecutive"},
	// "le taux de réussite": the success rate
	"réussite": {"success", "pass"},
	// what a plan aims at: "l'objectif de 18 % fixé pour 2030", "the 18% target"
	"objectif": {"target", "goal", "objective", "aim"}, "objectifs": {"targets", "goals", "objectives", "aims"}, "cible": {"target"},
	// averages and seats, what a figure "par siège" is said of
	"moyenne": {"average", "mean", "averaged", "averages", "averaging"}, "moyen": {"average", "mean", "averaged", "averages", "averaging"}, "moyennes": {"average", "mean", "averaged", "averages", "averaging"}, "brut": {"gross"}, "bruts": {"gross"}, "brute": {"gross"}, "brutes": {"gross"}, "siège": {"seat"},
	// kin and partners, whose ages and counts a story sets side by side
	"compagne": {"partner", "girlfriend", "companion"}, "compagnon": {"partner", "boyfriend", "companion"},
	"conjoint": {"spouse", "partner", "husband"}, "conjointe": {"spouse", "partner", "wife"},
	"épouse": {"wife", "spouse"}, "époux": {"husband", "spouse"}, "mari": {"husband"},
	"fils": {"son", "sons"}, "fille": {"daughter", "girl"}, "père": {"father", "dad"}, "mère": {"mother", "mum", "mom"},
	"frère": {"brother"}, "sœur": {"sister"}, "grand-mère": {"grandmother"}, "grand-père": {"grandfather"},
	// rounds of a postman, a bus, a show: "quatre tournées sur 26", "four of the 26 rounds"
	"tournée": {"round", "route", "tour", "run"}, "facteur": {"postman", "carrier", "postie", "postal"},
}

func translates(fr, en string) bool {
	if lexTranslates(fr, en) || demonymTranslates(fr, en) {
		return true
	}
	// the lexicons list one number of a noun: villes is ville, cities city
	fs, es := singular(fr), singular(en)
	if fs != fr && es == en && lexTranslates(fr, en+"s") {
		return true // "850 lits": "the 850-bed hospital", a noun made an adjective stays singular
	}
	if (fs != fr || es != en) && lexTranslates(fs, es) {
		return true
	}
	if m := masculine(fr); m != fr {
		return translates(m, en) // the lexicons list the masculine: "licenciées" are "licenciés", members
	}
	if k := strings.LastIndexByte(fr, '-'); k >= 4 && pluralWord(fr[:k]) && pluralWord(fr[k+1:]) && !compoundPrefixes[fr[:k]] && !strings.Contains(fr[:k], "-") {
		// "sapeurs-pompiers" are "pompiers", firefighters: two plural nouns, the
		// last one says what (a name, "Unsa-Ferroviaire", is no plural)
		return translates(fr[k+1:], en) // (the last part has no hyphen: one step)
	}
	return false
}

// pluralWord ends as a French plural does.
func pluralWord(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")
}

// compoundPrefixes change what the word after them means: "anti-",
// "sous-", "contre-" ("les non-salariés" are no employees).
var compoundPrefixes = map[string]bool{"anti": true, "semi": true, "sous": true, "vice": true, "demi": true, "post": true, "mini": true, "maxi": true,
	"super": true, "hyper": true, "multi": true, "contre": true, "extra": true, "inter": true, "infra": true, "ultra": true, "micro": true, "macro": true,
	"avant": true, "après": true, "arrière": true, "grand": true, "grands": true, "petit": true, "petits": true, "petite": true, "petites": true}

// feminineEndings are French feminine endings and their masculine, the
// plural first: "salariées", "infirmière", "directrices", "conductrice".
var feminineEndings = [...][2]string{{"ées", "és"}, {"ée", "é"}, {"ières", "iers"}, {"ière", "ier"}, {"trices", "teurs"}, {"trice", "teur"},
	{"euses", "eurs"}, {"euse", "eur"}, {"iennes", "iens"}, {"ienne", "ien"}}

// masculine is the lexicon's masculine of a French feminine, the word
// itself when the lexicons hold no such masculine.
func masculine(fr string) string {
	if m, ok := masculineForms[fr]; ok {
		return m
	}
	return fr
}

// masculineForms maps the feminine forms of the lexicons' masculine
// words to them, built once so that reading a word allocates nothing.
var masculineForms = func() map[string]string {
	out := map[string]string{}
	for _, lex := range []map[string][]string{ctxLexicon, newsLexicon, eventLexicon} {
		for k := range lex {
			for _, e := range feminineEndings {
				if stem, ok := strings.CutSuffix(k, e[1]); ok && len(stem) > 2 {
					if prev, taken := out[stem+e[0]]; !taken || k < prev {
						out[stem+e[0]] = k // (the same choice whatever order the maps give)
					}
					break
				}
			}
		}
	}
	return out
}()

// singular strips a plural ending, French or English, or a possessive:
// villes, cities, taxes, the left's; a word that does not end like a plural is returned as it is.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "'s"):
		return w[:len(w)-2] // the left's
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && pluralWord(w) && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

func lexTranslates(fr, en string) bool {
	for _, w := range ctxLexicon[fr] {
		if w == en {
			return true
		}
	}
	for _, w := range newsLexicon[fr] {
		if w == en {
			return true
		}
	}
	return false
}

// enCounted are the English nouns of the lexicons: things a figure counts.
var enCounted = func() map[string]bool {
	out := map[string]bool{}
	for _, lex := range []map[string][]string{newsNouns, ctxLexicon, newsLexicon} {
		for _, ws := range lex {
			for _, w := range ws {
				out[w] = true
			}
		}
	}
	return out
}()

// countedNoun: an English noun that counts people or things, not a unit
// or a word of time.
func countedNoun(w string) bool {
	return enCounted[w] && unitWords[w] == "" && periodUnit[w] == "" && currencyWords[w] == "" && !notNoun[w] && !enSumNouns[w]
}

// enSumNouns name a sum of money, not things counted: "the 1.1 million
// deficit" after "a 2.7 million franc surplus" is an amount whose
// currency its sentence gives once.
var enSumNouns = map[string]bool{"deficit": true, "deficits": true, "shortfall": true, "surplus": true, "budget": true,
	"debt": true, "revenue": true, "turnover": true, "profit": true, "profits": true, "loss": true, "losses": true,
	"spending": true, "investment": true, "cost": true, "costs": true, "savings": true, "subsidy": true, "subsidies": true}
