package figures

// The direction of a change (N18, sign by verb): "l'action a gagné 3,4 %"
// is a rise however the figure is written, so "its shares fell 3.4%" is
// a value error even though 3.4% matches. Only a verb or noun of change
// right before the figure ("a reculé de", "rose by", "une hausse de"),
// or a comparative right after it ("six points de moins", "3% higher"),
// gives a direction; a level ("fell to 8%") and a change told further
// off give none, so that only two plain opposite readings are flagged.

import "strings"

var upWords = map[string]bool{
	"supérieur": true, "supérieure": true, "supérieurs": true, "supérieures": true, // "supérieur de 15 %": 15% higher
	"hausse": true, "augmenté": true, "augmente": true, "augmentent": true, "augmentation": true,
	"revalorisation": true, "revalorisé": true, "revalorisée": true, "revalorisés": true, "revalorisées": true, // a pay or benefit rise
	"progressé": true, "progresse": true, "progressent": true, "grimpent": true, "bondissent": true, "progression": true, "gagné": true,
	"gagne": true, "gagnent": true, "monté": true, "montée": true, "grimpé": true, "grimpe": true, "bondi": true, "bond": true,
	"rose": true, "rise": true, "rises": true, "risen": true, "rising": true, "increased": true,
	"increase": true, "increases": true, "gained": true, "gain": true, "gains": true, "climbed": true,
	"widen": true, "widened": true, "widens": true, "widening": true, "deepen": true, "deepened": true,
	"climb": true, "jumped": true, "jump": true, "grew": true, "grow": true, "grows": true, "growing": true, "grown": true, "soared": true, "surged": true, "up": true,
	// won and lost: "a perdu deux de ses trois matches" is no "won two"
	"remporté": true, "won": true, "win": true, "wins": true,
	// futures and conditionals: "le prix augmentera de 1,3 % en décembre"
	"augmentera": true, "augmenteront": true, "augmenterait": true, "augmenteraient": true,
	"progressera": true, "progresseront": true, "progresserait": true, "grimpera": true, "grimperont": true,
	"bondira": true, "gagnera": true, "gagneront": true, "gagnant": true, "augmentait": true, "progressait": true, "gagnait": true, "gagnaient": true, "bondissait": true, "montait": true,
	"augmentaient": true, "progressaient": true, "grimpait": true, "grimpaient": true,
	// infinitives: "a vu son chiffre d'affaires progresser de 8 %"
	"augmenter": true, "progresser": true, "grimper": true, "bondir": true, "envolé": true, "flambé": true,
	"accroître": true, "relever": true, "surcoût": true, "surcoûts": true,
	"augmentée": true, "augmentées": true, "augmentés": true, "accru": true, "accrue": true, "accrus": true, "accrues": true, "rebondi": true, "rebondit": true,
	"relevé": true, "relevée": true, "relevés": true, "relevées": true, "relève": true, "relèvera": true, "relèvent": true,
	// a wall or a dike raised: "la digue sera surélevée de 3,5 mètres", "rehausser l'ouvrage de 80 centimètres"
	"surélevé": true, "surélevée": true, "surélevés": true, "surélevées": true, "surélever": true, "surélèvera": true,
	"rehaussé": true, "rehaussée": true, "rehaussés": true, "rehaussées": true, "rehausser": true, "rehaussera": true, "rehausse": true, "rehaussement": true,
	// "les températures devraient remonter de 10 degrés"
	"monter": true, "montera": true, "monteront": true, "remonter": true, "remonté": true, "remontée": true,
	"remontera": true, "remonteront": true, "remontent": true,
}

var downWords = map[string]bool{
	"amputé": true, "amputée": true, "amputés": true, "amputées": true, "amputer": true, // "la production a été amputée de 18 000 tonnes": cut by
	"repli": true, "replis": true, // "avec un repli de 14 %": a fall
	"replié": true, "repliée": true, "repliés": true, "repliées": true, "replie": true, "replient": true, "replier": true, // "se sont repliés de 12 %"
	"fléchi": true, "fléchit": true, "fléchissent": true, "reflué": true, "reflue": true, "refluent": true, "régressé": true, "régresse": true,
	"dévissé": true, "dévisse": true, "effrité": true, "effritée": true, "effrite": true,
	"diminuée": true, "diminuées": true, "diminués": true, "baissée": true, "baissées": true,
	"tombe": true, "tombent": true, "tomber": true,
	"ralenti": true, "ralentit": true, "ralentira": true, "ralentissement": true, "slowed": true, // of a rate: "l'inflation a ralenti à 2,4 %"
	"baisse": true, "baissé": true, "baissent": true, "recul": true, "reculé": true, "recule": true, "descendu": true, "descendue": true,
	"reculent": true, "diminué": true, "diminue": true, "diminuent": true, "diminution": true,
	"chuté": true, "chute": true, "chutent": true, "plonge": true, "plongent": true, "dégringole": true, "dégringolent": true, "tombé": true, "tombée": true, "tombés": true, "tombées": true, "tombant": true, "tombera": true, "tomberont": true, "perdu": true, "perd": true, "perdent": true, "perdant": true, "cédé": true, "cède": true,
	"cédant": true, "cèdent": true, "reculant": true, "chutant": true, "baissant": true, "lâche": true, "lâché": true, "lâchant": true, "abandonne": true, "abandonné": true, "abandonnant": true, // "le CAC 40 cédant 1,96 %"
	"fall": true, "fell": true, "falls": true, "fallen": true, "falling": true, "drop": true, "dropped": true,
	"drops": true, "declined": true, "decline": true, "declines": true, "decreased": true, "decrease": true,
	"lost": true, "lose": true, "loses": true, "slid": true, "slipped": true, "slip": true, "slips": true, "slide": true, "slides": true, "shed": true, "down": true, "dip": true, "dipped": true, "dips": true,
	"plunged": true, "slumped": true, "tumbled": true, "loss": true, "shrank": true, "shrink": true, "shrinks": true, "shrunk": true,
	"baissera": true, "baisseront": true, "baisserait": true, "baisseraient": true, "diminuera": true,
	"diminueront": true, "diminuerait": true, "reculera": true, "reculeront": true, "reculerait": true,
	"chutera": true, "chuteront": true, "perdra": true, "perdront": true, "baissait": true, "reculait": true, "perdait": true, "perdaient": true, "cédait": true, "cédaient": true,
	"baissaient": true, "reculaient": true, "diminuait": true, "diminuaient": true, "chutait": true, "chutaient": true,
	"réduit": true, "réduite": true, "réduits": true, "réduites": true, "réduira": true, "reduced": true,
	// infinitives: "a vu son bénéfice chuter de 67 %"
	"baisser": true, "reculer": true, "diminuer": true, "chuter": true, "effondré": true, "plongé": true, "dégringolé": true,
	"réduire": true, "abaisser": true, "abaissé": true, "abaissée": true, "abaissés": true, "abaissées": true, "abaisse": true, "abaissent": true, "réduisent": true, "réduisant": true, "décliné": true, "décline": true, "déclinent": true, "déclin": true,
	"réduction": true, "réductions": true, "contraction": true,
	"descendre": true, "redescendre": true, "redescendu": true, "redescendue": true, "descendra": true, "redescendra": true,
	// a gap to a reference: "inférieur de 15 % aux prévisions" is 15% lower
	"inférieur": true, "inférieure": true, "inférieurs": true, "inférieures": true,
}

// phrasalUp: verbs whose "up" is a particle, not a rise ("gave up five
// minutes", "took up 40% of the budget", "set up 12 centres").
var phrasalUp = map[string]bool{"give": true, "gave": true, "given": true, "giving": true, "gives": true,
	"take": true, "took": true, "taken": true, "taking": true, "takes": true, "make": true, "made": true,
	"making": true, "makes": true, "use": true, "used": true, "using": true, "uses": true, "set": true,
	"sets": true, "setting": true, "sign": true, "signed": true,
	"put": true, "puts": true, "eat": true, "ate": true, "eaten": true, "eats": true, "tie": true, "tied": true,
	"tying": true, "ties": true, "sum": true, "summed": true, "line": true, "lined": true, "back": true, "backed": true,
	"free": true, "freed": true, "open": true, "opened": true, "opening": true, "bring": true, "brought": true, "call": true, "called": true}

// after a figure: "six points de moins", "3% higher than", "2% down".
var upAfter = map[string]bool{"higher": true, "more": true, "up": true, "rise": true, "increase": true, "jump": true, "gain": true,
	"above": true}
var downAfter = map[string]bool{"lower": true, "less": true, "fewer": true, "down": true, "fall": true, "drop": true,
	"decline": true, "decrease": true, "below": true}

// direction: +1 for a rise, -1 for a fall, 0 when the text gives none.
func (p *parser) direction(m Mention) int8 {
	if d, told := ownDirection(m); told {
		return d
	}
	if p.upToLevel(m) {
		return 0 // "le fleuve était monté jusqu'à 6,10 mètres": the level reached, no rise of 6.10 m
	}
	i := p.tokenAfter(m.Start)
	j := i - 1
	if p.fromLevel(m) {
		return 0 // "a reculé de 58 % en 2015 à 47 %": from 58%, a level, not a fall of 58%
	}
	if w := p.word(j); w == "de" || w == "d'" || w == "by" || w == "of" {
		j-- // "a reculé de 3 %", "rose by 3%", "une hausse de"
		if p.sym(j) == "," && w != "of" {
			if d := p.changeVerbBack(j-1, 1); d != 0 {
				return d // "voit ses défaillances reculer, de 4 %": the change set off by a comma
			}
		}
	}
	if p.lang == French && p.word(j) == "que" && dirOf(p.word(j-1)) != 0 {
		j-- // "n'a reculé que de 3,1 %": only 3.1%, a fall still
	}
	if p.lang == English && p.words(j-1, "a", "further") {
		j -= 2 // "fell a further 33%": the verb before the article
	} else if p.lang == English && p.word(j) == "another" {
		j-- // "rose another 4%"
	}
	if p.lang == English && (p.word(j) == "up" && phrasalUp[p.word(j-1)] || p.word(j) == "down" && downVerbs[p.word(j-1)]) {
		return 0 // "gave up five minutes", "turned down by seven publishers": a verb's particle, no rise or fall
	}
	if d := p.gapToReference(m); d != 0 {
		return d // "gagnent 15 % de moins que la moyenne": they earn less, whatever "gagner" says
	}
	if d := p.qualityDirection(j); d != 0 {
		return d // "punctuality improved by 3 points": a rise; "unemployment improved by 0.3 points": a fall
	}
	if d := p.marketMove(m, i, j); d != 0 {
		return d
	}
	if d := dirOf(p.word(j)); d != 0 {
		if p.lang == French && j == i-1 && (strings.HasPrefix(p.word(j), "relev") || strings.HasPrefix(p.word(j), "relèv")) {
			return 0 // "Lyon-Bron a relevé 39,8 °C": a reading; a raise says "relevé de" or "relevé à"
		}
		if d < 0 && strings.HasPrefix(p.word(j), "recul") && p.deferredBefore(j) {
			return 1 // "l'âge légal de départ recule de trois mois": pushed back is later, a rise
		}
		return d
	}
	if p.lang == French && copulaWords[p.word(j)] {
		for k := j - 1; k >= j-4 && k >= 0; k-- {
			if d := dirOf(p.word(k)); d != 0 && changeNouns[p.word(k)] {
				return d // "la hausse n'est que de 3 %", "la baisse a été de 2 %": the change's noun, then its size
			}
			if !copulaWords[p.word(k)] {
				break
			}
		}
	}
	if p.lang == French && (p.word(j) == "atteint" || p.word(j) == "atteignent") {
		if d := dirOf(p.word(j - 1)); d != 0 {
			return d // "le surcoût atteint 27 millions", "la hausse atteint 4 %": the change's noun before its level verb
		}
	}
	if j < i-1 {
		if d := p.directionBefore(j); d != 0 {
			return d
		}
	}
	e := p.tokenAfter(m.End)
	if p.lang == French && p.word(e) != "" && p.word(e) != "de" && p.word(e) != "en" && (p.word(e+1) == "en" || p.word(e+1) == "de") && (p.word(e+2) == "plus" || p.word(e+2) == "moins") {
		e++ // "400 000 élèves en moins", "4 800 élèves de moins": the noun, then the change
	}
	if p.lang == French {
		if d := p.frDirectionAfter(m, e); d != 0 {
			return d
		}
	}
	if p.lang == English && p.word(e+1) != "of" && (upAfter[p.word(e)] || downAfter[p.word(e)]) && !p.heightAbove(m, e) {
		if upAfter[p.word(e)] {
			return 1
		}
		return -1
	}
	return 0
}

// ownDirection: the direction m's kind or sign settles alone, and
// whether it does (a kind that tells no change says 0).
func ownDirection(m Mention) (int8, bool) {
	switch class(m.Kind) {
	case Cardinal, Percent, PercentPoint, Money, Quantity:
	case Range:
		if len(m.Parts) != 2 || class(m.Parts[0].Kind) != Percent {
			return 0, true // "de 30 à 37 % de moins": a change told as a span of rates
		}
	case Fraction:
		if m.style != "change" {
			return 0, true // "fallen by two-thirds" tells a change; "two-thirds of them" a share
		}
		if halving(m) {
			return -1, true // "halved", "roughly halved"
		}
	default:
		return 0, true
	}
	if m.Signed && strings.HasPrefix(strings.TrimLeft(m.Raw, "~≈"), "+") {
		return 1, true // "Free +215,000": a gain
	}
	if v := m.Rat(); m.Signed && v != nil && v.Sign() < 0 {
		return -1, true // "Orange −28,000": a loss, whatever the figure before it
	}
	return 0, false
}

// frDirectionAfter reads the French words after a figure (e the token
// after it) that tell a change: "de plus", "en moins", "30 % plus qu'un
// an plus tôt", "quatre appareils supplémentaires".
func (p *parser) frDirectionAfter(m Mention, e int) int8 {
	if w := p.word(e); (w == "de" || w == "en") && !(w == "en" && (p.word(e+2) == "de" || p.word(e+2) == "d'") && (p.num(e+3) != nil || numberWord(p.word(e+3)))) {
		// ("monté de 6 mètres en moins de quatre heures": in under four hours)
		switch p.word(e + 1) {
		case "plus":
			return 1
		case "moins":
			return -1
		}
	}
	if nx := p.word(e + 1); (nx == "que" || nx == "qu'") && class(m.Kind) != Cardinal {
		switch p.word(e) {
		case "plus":
			return 1
		case "moins":
			return -1
		}
	}
	if p.word(e+1) == "supplémentaires" || p.word(e+1) == "supplémentaire" || p.word(e) == "supplémentaires" || p.word(e) == "supplémentaire" {
		return 1
	}
	return p.changeAfterNoun(e)
}

// gapToReference: right after the figure m, "de moins que", "de plus
// qu'", "less than", "more than": a gap to a reference, whose sign is the
// figure's direction before any verb's ("gagnent 15 % de moins que la
// moyenne": they earn less, whatever "gagner" says). Both languages read
// it alike, so a figure-only translation reads back.
func (p *parser) gapToReference(m Mention) int8 {
	e := p.tokenAfter(m.End)
	w := p.word(e)
	if w == "de" {
		e++
		w = p.word(e)
	}
	if nx := p.word(e + 1); nx != "que" && nx != "qu'" && nx != "than" {
		return 0
	}
	switch {
	case w == "plus" || upAfter[w]:
		return 1
	case w == "moins" || downAfter[w]:
		return -1
	}
	return 0
}

// changeAfterNoun reads the change told after the noun at e against
// another time: "un millier de logements neufs de moins qu'en 2022",
// "40 000 conteneurs de plus qu'en 2023". Only words stand between, and
// no figure word, which would own the change ("10 %, soit un tiers de
// moins que").
func (p *parser) changeAfterNoun(e int) int8 {
	for k := e; k <= e+4 && k < len(p.toks); k++ {
		if p.toks[k].kind != tWord || p.ownsChange(k) {
			return 0
		}
		if k == e || p.word(k) != "de" {
			continue
		}
		if nx := p.word(k + 2); nx == "que" || nx == "qu'" {
			switch p.word(k + 1) {
			case "plus":
				return 1
			case "moins":
				return -1
			}
		}
	}
	return 0
}

func dirOf(w string) int8 {
	switch {
	case upWords[w]:
		return 1
	case downWords[w]:
		return -1
	}
	return 0
}

// directionCheck: a rise told as a fall, or the reverse.
func directionCheck(s, t Mention) verdict {
	if s.levelDir*t.levelDir < 0 {
		return verdict{true, "modified", Error, "N18", "the source tells a " + dirName(s.levelDir) + " to this level, not a " + dirName(t.levelDir)}
	}
	if s.dir*t.dir >= 0 {
		return verdict{}
	}
	return verdict{true, "modified", Error, "N18", "the source tells a " + dirName(s.dir) + ", not a " + dirName(t.dir)}
}

// levelDirection: the verb right before "à" or "to" says which way the
// level was reached, "ont reculé à 18,6 milliards", "rose to €18.6bn";
// only two opposite verbs are flagged, as "fell to 8%" and "stood at 8%"
// tell the same level. "Up to 500" is a bound, not a rise.
func (p *parser) levelDirection(m Mention) int8 {
	j := p.tokenAfter(m.Start) - 1
	if p.upToLevel(m) {
		return dirOf(p.word(j)) // "monté jusqu'à 6,10 mètres": risen to that level
	}
	if w := p.word(j); w != "à" && w != "to" || p.word(j-1) == "up" || p.word(j-1) == "down" {
		return p.apposedChange(m)
	}
	if d := dirOf(p.word(j - 1)); d != 0 {
		return d
	}
	if p.changeAdverb(j - 1) {
		if d := dirOf(p.word(j - 2)); d != 0 {
			return d // "progresse légèrement à 21,8 %", "slipped slightly to 21.8%"
		}
	}
	return p.apposedChange(m) // "a procédé à 37 arrestations, un chiffre en baisse"
}

// apposedChange reads a change told after a figure and its noun, with no
// size of its own: "37 arrestations, un chiffre en baisse par rapport à
// l'an dernier", "37 arrests, up on last year". "37 arrests, down 5%"
// leaves the change to the 5%.
func (p *parser) apposedChange(m Mention) int8 {
	j := p.tokenAfter(m.End)
	for k := 0; k < 2 && p.word(j) != ""; k++ {
		j++ // the noun: "arrestations", "new cases"
	}
	if p.sym(j) != "," {
		return 0
	}
	j++
	if p.words(j, "un", "chiffre") || p.words(j, "un", "nombre") || p.words(j, "a", "figure") || p.words(j, "a", "number") {
		j += 2
	}
	d := int8(0)
	switch {
	case p.lang == French && p.word(j) == "en" && dirOf(p.word(j+1)) != 0:
		d, j = dirOf(p.word(j+1)), j+2
	case p.lang == English && (p.word(j) == "up" || p.word(j) == "down"):
		d, j = dirOf(p.word(j)), j+1
	default:
		return 0
	}
	if p.num(j) != nil || p.word(j) == "de" && p.num(j+1) != nil || p.word(j) == "by" {
		return 0 // "en baisse de 5 %": the change has its own figure
	}
	return d
}

func dirName(d int8) string {
	if d > 0 {
		return "rise"
	}
	return "fall"
}

// changedOwner are the possessives between a verb of change and what it
// changes: "ont augmenté leur production de 3 %", "decreased their
// output by 3%".
var changedOwner = map[string]bool{"leur": true, "leurs": true, "son": true, "sa": true, "ses": true, "notre": true,
	"their": true, "its": true, "his": true, "her": true, "our": true}

// directionBefore reads a verb or noun of change a few words before the
// "de"/"by" of a figure, with what changes between them: "ont augmenté
// leur production de 3 %", "cut its debt by 10%", "nouveau recul du
// cheptel de 2 %", "une hausse des loyers de 3 %", "baissent également de
// 12,4 %", "rose sharply by 3%". j is the word right before "de"/"by".
func (p *parser) directionBefore(j int) int8 {
	w1, w2 := p.word(j-1), p.word(j-2)
	if n := p.adverbPhraseEndingAt(j); n > 0 {
		return dirOf(p.word(j - n)) // "il progresse en revanche de 2,1 %"
	}
	switch {
	case p.changeAdverb(j):
		return dirOf(w1) // baissent également de
	case changedOwner[w1] && w2 != "up" && w2 != "down":
		return dirOf(w2) // augmenté leur production de
	case p.lang == French && (w1 == "du" || w1 == "des"):
		return dirOf(w2) // recul du cheptel de
	case p.lang == French && (w1 == "la" || w1 == "l'") && w2 == "de":
		return dirOf(p.word(j - 3)) // hausse de la fréquentation de
	case p.lang == French && (w1 == "la" || w1 == "le" || w1 == "les" || w1 == "l'") && frInfinitive(w2):
		return dirOf(w2) // réduire la consommation de
	case p.lang == English:
		if d := p.verbOverObject(j); d != 0 {
			return d
		}
		for k := j - 1; k >= j-4; k-- {
			if enObjectOpeners[p.word(k)] && !marginWins[p.word(k-1)] {
				return dirOf(p.word(k - 1)) // raised the levy by 3%; increased the nursery place count by 100%
			}
		}
	case p.lang == French:
		for k := j - 1; k >= j-4 && k > 0 && p.toks[k].kind == tWord; k-- {
			if changedOwner[p.word(k)] {
				return p.changeVerbBack(k-1, 2) // "a par ailleurs réduit sa masse salariale de 9 %": the object's words between
			}
		}
	}
	return 0
}

// transitiveChange: English verbs of change that take an object before
// "by": "raises research and higher-education credits by €904 million".
var transitiveChange = map[string]int8{"raise": 1, "raises": 1, "raised": 1, "raising": 1, "boosted": 1, "boosts": 1, "lifted": 1,
	"lifts": 1, "increased": 1, "increases": 1, "cut": -1, "cuts": -1, "slashed": -1, "slashes": -1, "trimmed": -1, "trims": -1,
	"reduced": -1, "reduces": -1, "lowered": -1, "lowers": -1}

// verbOverObject: a verb of transitiveChange stands a few plain words
// before the word at j, its object between (the object at j at least:
// "cut by" alone is read elsewhere).
func (p *parser) verbOverObject(j int) int8 {
	for k := j - 1; k >= j-5 && k >= 0 && p.toks[k].kind == tWord; k-- {
		if d := transitiveChange[p.word(k)]; d != 0 {
			return d
		}
	}
	return 0
}

// marginWins take a margin with "by", no change: "won the slalom by
// 0.31 seconds".
var marginWins = map[string]bool{"won": true, "win": true, "wins": true, "winning": true, "beat": true, "beats": true,
	"led": true, "leads": true, "lead": true, "leading": true, "edged": true, "topped": true, "took": true, "takes": true}

// enObjectOpeners open the object between an English verb of change and
// its "by": "increased the flag population by 100%".
var enObjectOpeners = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true}

// changeAdverbs may stand between a verb of change and its figure.
var changeAdverbs = map[string]bool{"également": true, "encore": true, "aussi": true, "légèrement": true,
	"fortement": true, "nettement": true, "sensiblement": true, "also": true, "sharply": true, "slightly": true,
	"again": true, "further": true}

// changeAdverb: the word at j may stand between a verb of change and its
// figure: a listed adverb, a sentence adverb ("le résultat net recule
// toutefois de 12 %") or any adverb of manner ("progresse modérément de",
// "rose modestly by").
func (p *parser) changeAdverb(j int) bool {
	w := p.word(j)
	if changeAdverbs[w] || sentenceAdverbs[w] {
		return true
	}
	if p.lang == French {
		return len(w) > 6 && strings.HasSuffix(w, "ment")
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// sentenceAdverbs link a sentence to the one before without telling
// anything of its change.
var sentenceAdverbs = map[string]bool{"toutefois": true, "cependant": true, "pourtant": true, "néanmoins": true,
	"donc": true, "ainsi": true, "déjà": true, "however": true, "though": true}

// changeAdverbPhrases may stand, as changeAdverbs do, between a verb of
// change and its figure: "il progresse en revanche de 2,1 %".
var changeAdverbPhrases = [][]string{{"en", "revanche"}, {"par", "contre"}, {"pour", "sa", "part"}, {"pour", "leur", "part"},
	{"de", "son", "côté"}, {"de", "leur", "côté"}, {"à", "son", "tour"}, {"quant", "à", "lui"}, {"quant", "à", "elle"},
	{"in", "turn"}, {"for", "its", "part"}, {"for", "their", "part"}, {"by", "contrast"}, {"in", "contrast"}}

// adverbPhraseEndingAt is the length of the changeAdverbPhrases phrase
// whose last word is at j, or 0.
func (p *parser) adverbPhraseEndingAt(j int) int {
	for _, ph := range changeAdverbPhrases {
		if p.words(j-len(ph)+1, ph...) {
			return len(ph)
		}
	}
	return 0
}

// frInfinitive: a French verb of change in the infinitive, whose object
// may stand between it and "de": "veut réduire la consommation de 10 %".
func frInfinitive(w string) bool {
	return dirOf(w) != 0 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ire") || strings.HasSuffix(w, "ître"))
}

// ctxDir is the direction the words around m say, rise or fall, or 0.
func ctxDir(m Mention) int8 {
	return wordsDir(m.ctx)
}

// ownsChange: the word at k is a number, a share or the "soit" that
// brings one, which would own the change words after it.
func (p *parser) ownsChange(k int) bool {
	w := p.word(k)
	_, share := shareNouns[w]
	return numberWord(w) || share || w == "soit" || w == "moitié"
}

// heightAbove: a length "above" or "below" a place, no figure after it
// ("6,800 km above South-East Asia", "300 m below the surface"), is
// where a thing stands, not a rise or a fall; "2 m above the 4.1 m
// alert level" sets it against a figure, a gap.
func (p *parser) heightAbove(m Mention, e int) bool {
	if w := p.word(e); m.Kind != Quantity || metricBase[m.Unit].base != "m" || w != "above" && w != "below" {
		return false
	}
	for k := e + 1; k <= e+4 && k < len(p.toks); k++ {
		if p.num(k) != nil || p.sym(k) == "." || p.sym(k) == "," {
			return p.sym(k) != "" // a figure first is the gap's reference
		}
	}
	return true
}

// deferredBefore: the verb at j has for subject an age or a date, which
// "reculer" pushes back, later ("l'âge de départ recule", "la date
// limite recule").
func (p *parser) deferredBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6 && !endMark(p.sym(k)); k-- {
		if w := p.word(k); w == "âge" || w == "date" || w == "échéance" {
			return true
		}
	}
	return false
}

// copulaWords join a change's noun to its size: "la hausse est de 4 %",
// "n'est que de", "a été de", "s'élève à".
var copulaWords = map[string]bool{"est": true, "était": true, "sera": true, "serait": true, "été": true, "a": true, "n'": true, "ne": true,
	"que": true, "qu'": true, "s'": true, "élève": true, "établit": true, "reste": true, "demeure": true,
	"plus": true} // ("la hausse n'était plus que de 1,8 %")

// upToLevel: a French measure told with "jusqu'à" after a verb of change,
// "le fleuve était monté jusqu'à 6,10 mètres", is the level reached; a
// percentage there may be the most a change reaches ("augmenter jusqu'à
// 30 %"), so only measures count.
func (p *parser) upToLevel(m Mention) bool {
	return p.lang == French && m.Kind == Quantity && len(m.Raw) >= 5 && strings.EqualFold(m.Raw[:5], "jusqu") && dirOf(p.word(p.tokenAfter(m.Start)-1)) != 0
}

// changeVerbBack is the way the French word of change at v says, or the
// one before up to skip days or adverbs: "reculaient légèrement, de
// 0,4 %", "a abaissé jeudi ses taux directeurs".
func (p *parser) changeVerbBack(v, skip int) int8 {
	for ; v >= 0; v-- {
		if d := dirOf(p.word(v)); d != 0 || p.lang != French || skip == 0 {
			return d
		}
		if frWeekdays[p.word(v)] == 0 && !strings.HasSuffix(p.word(v), "ment") {
			return 0
		}
		skip--
	}
	return 0
}

// marketMove: a share price "prend" or "lâche" a rate, "son action a pris
// 1,9 % vendredi", "le titre lâche 4 %": a rise or a fall told with the
// verbs of taking and letting go, right before a percentage that counts
// no share of anything ("a pris 30 % du marché" is a share).
func (p *parser) marketMove(m Mention, i, j int) int8 {
	if p.lang != French || j != i-1 || class(m.Kind) != Percent {
		return 0
	}
	switch {
	case partitives[p.word(p.tokenAfter(m.End))]:
		return 0
	case takeVerbs[p.word(j)]:
		return 1
	case letGoVerbs[p.word(j)]:
		return -1
	}
	return 0
}

var takeVerbs = map[string]bool{"pris": true, "prend": true, "prennent": true, "prenait": true, "prendra": true}
var letGoVerbs = map[string]bool{"lâché": true, "lâche": true, "lâchent": true, "lâchait": true, "lâchera": true}

// fromLevel: a French figure after "de" whose year follows and then "à"
// and another figure, "a reculé de 58 % en 2015 à 47 % aujourd'hui": the
// level the change started from.
func (p *parser) fromLevel(m Mention) bool {
	if p.lang != French || p.word(p.tokenAfter(m.Start)-1) != "de" {
		return false
	}
	k := p.tokenAfter(m.End)
	if p.word(k) != "en" || p.num(k+1) == nil || len(p.toks[k+1].text) != 4 {
		return false
	}
	return p.word(k+2) == "à" && p.num(k+3) != nil
}
