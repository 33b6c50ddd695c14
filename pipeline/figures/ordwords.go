package figures

// Ordinals and multipliers in words: premier, third, doublé, twice (N11, N12).

import (
	"math/big"
	"strings"
)

// multiplierAt: multiplié par trois, doublé, twice, tripled, threefold, x2.
func (p *parser) multiplierAt(i int) (*Mention, int) {
	w := p.word(i)
	if m, n := p.byFactorAt(i); n > 0 {
		return m, n
	}
	if m, n := p.titleCount(i); n > 0 {
		return m, n
	}
	if p.lang == French && (w == "une" || w == "un") && p.words(i+1, "fois", "et") && (p.word(i+3) == "demie" || p.word(i+3) == "demi") {
		m := Mention{Kind: Multiplier, Value: "1.5", Word: true, style: "factor"} // "une fois et demie plus éloignée": one and a half times
		used := 4 + p.factorAfter(&m, i+4)
		return ptr(m), used
	}
	if w == "once" && p.hedgedOnce(i) {
		return &Mention{Kind: Multiplier, Value: "1", Word: true}, 1 // "more than once" = "plus d'une fois"
	}
	if v, ok := awardAdverbs[w]; ok && p.lang == French && awardedAdjective(p.word(i+1)) {
		// "31 tables triplement étoilées": three-star restaurants, a count of stars
		return &Mention{Kind: Cardinal, Value: v, Word: true, style: "idiom"}, 1
	}
	if (w == "doublement" || w == "dédoublement") && p.lang == French && p.doubledWay(i+1) {
		return nil, 0 // "le doublement partiel de la voie": a second track built, no figure doubled
	}
	if v, ok := multiplierWords[w]; ok && !p.doublesMatch(i) && !(p.lang == French && (w == "doubles" || w == "triples") && !determiners[p.word(i-1)] && !articles[p.word(i-1)]) {
		// (French "des champs doubles": an adjective after its noun; "des triples vainqueurs" counts)
		m := Mention{Kind: Multiplier, Value: v, Word: true}
		if prev := p.word(i - 1); w != "twice" && w != "thrice" && !determiners[prev] && (!articles[prev] || p.lang == French && prev == "a") {
			m.style = "verb" // doubled, a doublé: a change the text asserts ("a" is no article in French)
			if (w == "doublement" || w == "triplement") && !nounDeterminers[prev] {
				m.style = "idiom" // "doublement perdants": doubly, no change of any figure ("le doublement des effectifs" is one)
			}
		}
		if (w == "twice" || w == "thrice") && p.word(i+1) == "as" && asSmall[p.word(i+2)] {
			m.Value, m.style = canonical(big.NewRat(1, int64(atoiSafe(v)))), "factor" // "twice as low": half
		}
		if p.word(i+1) == "presque" || p.word(i+1) == "quasiment" {
			m.Comparator = CmpNearly // "doublera presque"
			return ptr(m), 2
		}
		return ptr(m), 1
	}
	if v := frMultiplierConjugated(w); v != "" && p.lang == French {
		return &Mention{Kind: Multiplier, Value: v, Word: true, style: "verb"}, 1 // "nous doublerions la prestation"
	}
	if v, ok := frPresentMultipliers[w]; ok && p.lang == French && (strings.HasSuffix(w, "ent") || p.frVerbContext(i)) {
		// ("doublent", "triplent": only ever the verb)
		return &Mention{Kind: Multiplier, Value: v, Word: true, style: "verb"}, 1
	}
	if v, ok := map[string]string{"double": "2", "triple": "3"}[w]; ok && p.lang == French && (p.word(i-1) == "une" || p.word(i-1) == "d'une") && planNouns[p.word(i+1)] {
		// "une triple approche": "a three-pronged approach", a count of the
		// parts of a plan; soft ("un double meurtre" stays "a double murder")
		return &Mention{Kind: Cardinal, Value: v, Word: true, style: "idiom"}, 1
	}
	if v, ok := enMultiplierVerbs[w]; ok && p.lang == English && p.verbContext(i) {
		return &Mention{Kind: Multiplier, Value: v, Word: true, style: "verb"}, 1
	}
	if (w == "x" || p.sym(i) == "×") && p.glued(i+1) && p.num(i+1) != nil && p.num(i-1) == nil {
		return &Mention{Kind: Multiplier, Value: canonical(p.num(i + 1).val), style: "factor"}, 2
	}
	if strings.HasSuffix(w, "fold") {
		if v, ok := enUnits[strings.TrimSuffix(strings.TrimSuffix(w, "fold"), "-")]; ok {
			value := itoa(int(v))
			if p.foldDown(i, i+1) && v > 1 {
				value = canonical(big.NewRat(1, int64(v))) // "down fivefold": divided by five
			}
			return &Mention{Kind: Multiplier, Value: value, Word: true, style: "factor"}, 1
		}
	}
	return nil, 0
}

// planNouns are the plans a French double or triple counts the parts of.
var planNouns = map[string]bool{"approche": true, "stratégie": true, "démarche": true, "mission": true}

// byFactorAt: "multiplié par trois", "multipliés par plus de treize",
// "divisé par trois", "divided by three": a factor said with its verb.
func (p *parser) byFactorAt(i int) (*Mention, int) {
	w := p.word(i)
	if strings.HasPrefix(w, "multipli") || strings.HasPrefix(w, "multiply") {
		by := p.byAfterObject(i)
		if p.word(by) == "par" || p.word(by) == "by" {
			if p.words(by+1, "un", "facteur", "de") || p.words(by+1, "a", "factor", "of") {
				by += 3 // "multiplié la dette par un facteur de deux"
			}
			// "multipliés par plus de treize" keeps its hedge, as "more than 13 times"
			c, h := p.hedgeAt(by + 1)
			if v, ok := p.valueAt(by+1+h, false); ok {
				if nx := p.word(by + 1 + h + v.n); by == i+1 && pluralNounLike(nx) && !objectArticles[nx] && !frFunction[nx] && nx != "lors" && nx != "leurs" && nx != "nos" && nx != "vos" && nx != "des" {
					return nil, 0 // "multipliés par trois paliers de gouvernement": three levels, each multiplying
				}
				m := Mention{Kind: Multiplier, Value: canonical(v.v), style: "factor", Comparator: c}
				used := by - i + 1 + h + v.n + p.halfAfterTimes(&m, by+1+h+v.n) // "multipliées par deux et demi": 2.5
				return ptr(m), used
			}
		}
	}
	if p.words(i, "a", "factor", "of") || p.words(i, "un", "facteur") || p.words(i, "factors", "of") {
		// "exceeds the population by a factor of 7", "augmenté d'un facteur
		// 3", "growth by factors of 10 or more"
		k := 3 - boolInt(p.lang == French || p.word(i) == "factors")
		if p.word(i+k) == "de" {
			k++
		}
		c, h := p.hedgeAt(i + k)
		if v, ok := p.valueAt(i+k+h, false); ok && v.v.Sign() > 0 {
			m := Mention{Kind: Multiplier, Value: canonical(v.v), style: "factor", Comparator: c}
			if d := p.word(i - 2); (p.word(i-1) == "by" || p.word(i-1) == "d'") && (dirOf(d) < 0 || cutVerbs[d]) && v.v.IsInt() {
				m.invertFactor(v.v) // "fell by a factor of three": a third of it
			}
			n := k + h + v.n
			if c == CmpNone && p.words(i+n, "or", "more") {
				m.Comparator, n = CmpGE, n+2 // "factors of 10 or more": au moins décupler
			}
			return ptr(m), n
		}
	}
	if divides(w) || w == "division" && p.word(i+1) == "par" && p.lang == French {
		// ("une division par deux du nombre de tués": the noun of the verb,
		// as "multiplication par deux" is)
		by := p.byAfterObject(i)
		if p.word(by) == "par" || p.word(by) == "by" {
			// "divisé par trois", "divided by three": a factor of a third;
			// "divisé par plus de deux" keeps its hedge, as "more than halved"
			c, h := p.hedgeAt(by + 1)
			if v, ok := p.valueAt(by+1+h, false); ok && v.v.Sign() > 0 && v.v.IsInt() && (w != "division" || !pluralNounLike(p.word(by+1+h+v.n))) {
				// ("la 2e division par trois voix" counts votes)
				m := Mention{Kind: Multiplier, style: "factor", Comparator: c}
				m.invertFactor(v.v)
				return ptr(m), by - i + 1 + h + v.n
			}
		}
	}
	return nil, 0
}

// nounDeterminers open a French noun phrase: "du doublement", "ce doublement".
var nounDeterminers = map[string]bool{"le": true, "du": true, "au": true, "un": true, "ce": true, "son": true, "leur": true, "notre": true, "votre": true, "d'un": true}

// byAfterObject is where "by" may stand after the verb at i: next, or
// after an English pronoun object ("multiply it by five", "divide them by two").
func (p *parser) byAfterObject(i int) int {
	if w := p.word(i + 1); p.lang == English && (w == "it" || w == "them" || w == "that" || w == "this") {
		return i + 2
	}
	if p.lang == French && (p.words(i+1, "en", "conséquence") || p.words(i+1, "donc") || p.words(i+1, "ainsi") || p.words(i+1, "encore")) {
		return i + 2 + boolInt(p.word(i+1) == "en") // "en multipliant en conséquence par cinq"
	}
	if objectArticles[p.word(i+1)] {
		// "multiplié la dette par", "multiplying the debt by", "a multiplié
		// son chiffre d'affaires par trois": the object's words, then the factor
		for j := i + 2; j <= i+6 && p.word(j) != "" && p.num(j) == nil; j++ {
			if p.word(j) == "par" || p.word(j) == "by" {
				if j > i+2 {
					return j
				}
				break
			}
		}
	}
	if _, hedge := p.hedgeAt(i + 1); p.lang == English && hedge == 0 {
		for j := i + 1; j <= i+3 && p.word(j) != ""; j++ {
			if p.word(j) == "by" {
				return j // "divided prices by a hundred", "divided waiting times by four": an object without article
			}
		}
	}
	return i + 1
}

// objectArticles open the noun a multiplying verb takes: "la dette", "the debt".
var objectArticles = map[string]bool{"la": true, "le": true, "les": true, "l'": true, "sa": true, "son": true, "ses": true, "ce": true, "cet": true, "cette": true, "ces": true, "these": true, "those": true,
	"the": true, "its": true, "their": true}

// foldDown: the "-fold" word from i to end (excluded) tells a fall, "down
// fivefold", "fell tenfold", "a fivefold drop": a division, as French
// "divisé par cinq".
func (p *parser) foldDown(i, end int) bool {
	if p.lang != English {
		return false
	}
	if foldFallAfter[p.word(end)] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := p.word(k)
		if foldFallBefore[w] {
			return true // "has cut the number of outbreaks tenfold": the verb before its object
		}
		if w == "" || w == "and" || w == "but" || w == "while" || changeVerbs[w] {
			return false // (a clause's end, or another change: "rose tenfold")
		}
	}
	return false
}

var foldFallBefore = map[string]bool{"down": true, "fell": true, "fallen": true, "falls": true, "dropped": true,
	"cut": true, "decreased": true, "declined": true, "shrank": true, "shrunk": true, "reduced": true, "plunged": true}

var foldFallAfter = map[string]bool{"drop": true, "fall": true, "decrease": true, "reduction": true, "cut": true,
	"decline": true, "lower": true, "smaller": true, "fewer": true, "less": true}

// subjectOpeners open the noun phrase a French verb may follow.
var subjectOpeners = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "ce": true, "cet": true, "cette": true, "ces": true}

// frVerbContext: a subject pronoun before, or a possessive or article
// object after: "qui double son score", "elles triplent leurs ventes".
func (p *parser) frVerbContext(i int) bool {
	if w := p.word(i - 1); p.capital(i-1) && !p.capital(i) && len(p.word(i+1)) > 1 && !articles[w] && w != "la" && w != "les" && w != "une" && w != "sa" && w != "ses" && w != "cette" {
		return true // "Telecinco double pour la première fois la valeur...": a name, then its verb
	}
	switch p.word(i - 1) {
	case "qui", "il", "elle", "ils", "elles", "on", "presque", "quasiment":
		return true
	case "payé", "payée", "payés", "payées", "rémunéré", "rémunérée", "rémunérés", "rémunérées", "compte", "comptent", "comptera", "compteront":
		return true // "310 salariés volontaires, payés double ces jours-là", "les points comptent double": twice the rate
	}
	if (p.sym(i+1) == "," || p.word(i+1) == "pour") && levelVerbs[p.word(i+2)] && (p.word(i+3) == "à" || p.word(i+3) == "de" || p.word(i+3) == "au" || p.num(i+3) != nil) {
		return true // "Son salaire double, passant à 250 000 euros", "double pour atteindre"
	}
	switch p.word(i + 1) {
	case "son", "sa", "ses", "leur", "leurs", "presque", "quasiment", "pratiquement":
		return true
	case "les", "la", "le", "l'", "ces", "cette", "ce":
		// "que le gouvernement double les fonds": an object after it, and
		// a noun or an adjective before (an article would make it one:
		// "un double meurtre", "le double des fonds")
		prev := p.word(i - 1)
		return prev != "" && !articles[prev] && !nounDeterminers[prev] && !determiners[prev] && (subjectOpeners[p.word(i-2)] || subjectOpeners[p.word(i-3)] || subjectOpeners[p.word(i-4)] && p.word(i-2) != "") // ("Ce défaut d'observance double le risque")
	case "tous", "toutes", "chaque", "depuis":
		return true // "le nombre de malades double tous les vingt ans"
	case "à":
		return p.word(i+2) == "tous" || p.word(i+2) == "toutes" || p.word(i+2) == "chaque" // "double à tous les vingt ans", as Quebec writes it
	case "normalement", "généralement", "souvent", "largement", "désormais", "encore", "celui", "celle", "ceux", "celles":
		return true // "le nombre de votes double normalement celui des régionales"
	case "en":
		return growthNouns[p.word(i+2)] // "l'huile de beurre double en quantité année après année"
	}
	return false
}

// growthNouns are what a thing doubles or triples in: "double en
// quantité", "triple en volume" ("en double" stays a copy).
var growthNouns = map[string]bool{"quantité": true, "volume": true, "taille": true, "nombre": true, "valeur": true, "superficie": true, "importance": true}

// ordinalWordAt: troisième, first; not "Premier ministre" (a title).
func (p *parser) ordinalWordAt(i int) (*Mention, int) {
	w := p.word(i)
	table := frOrdinals
	if p.lang == English {
		table = enOrdinals
	}
	if (w == "secondes" || w == "seconde" || w == "seconds") && (p.num(i-1) != nil || w != "seconde" && numberWord(p.word(i-1))) {
		return nil, 0 // "22,4 secondes", "trente secondes": the unit of time; "une seconde école" ranks
	}
	if p.lang == French && (strings.HasSuffix(w, "-ligne") || strings.HasSuffix(w, "-lignes")) {
		return nil, 0 // "le deuxième-ligne": a rugby lock, a position
	}
	if v, ok := p.tensAndOne(i); ok {
		return &Mention{Kind: Ordinal, Value: itoa(int(v)), Word: true}, 3
	}
	if v, n := p.hundredsRank(i, table); n > 0 {
		return &Mention{Kind: Ordinal, Value: itoa(int(v)), Word: true}, n
	}
	if p.lang == French && w == "première" && p.word(i-1) == "une" && (firstNounAfter[p.word(i+1)] || p.word(i+1) == "") {
		return nil, 0 // "une première depuis 1986": a first, something never done, no rank
	}
	v, head, ok := p.rankValue(w, table)
	if rest, cut := strings.CutPrefix(w, "mid-"); cut && !ok && p.lang == English && p.word(i+1) == "century" {
		if c, isRank := enOrdinals[rest]; isRank {
			return &Mention{Kind: Ordinal, Value: itoa(int(c)), Word: true}, 1 // "the mid-eighteenth century": "au milieu du XVIIIe siècle"
		}
	}
	if (w == "runoff" || w == "run-off") && runoffAvoided[p.word(i-2)] && p.word(i-1) == "a" || (w == "runoff" || w == "run-off") && p.word(i-1) == "no" {
		return nil, 0 // "avoiding a runoff", "no runoff": won in the first round, which the source says
	}
	if w == "runoff" || w == "run-off" {
		return &Mention{Kind: Ordinal, Value: "2", Word: true, style: "runoff"}, 1 // second round of an election
	}
	if !ok {
		return nil, 0
	}
	nx, prev := p.word(i+1), p.word(i-1)
	if strings.HasPrefix(w, "premi") && (nx == "ministre" || nx == "ministres") {
		return nil, 0
	}
	if p.lang == English && w == "first" && firstAdverb(nx) {
		// "the mayor, first elected in 2014": when, not a rank; it
		// answers "pour la première fois" and drops out unpaired
		return &Mention{Kind: Ordinal, Value: "1", Word: true, style: "fixed"}, 1
	}
	if p.secondOfTime(i, w, prev, nx) {
		return nil, 0
	}
	m := Mention{Kind: Ordinal, Value: itoa(int(v)), Word: true, Head: head}
	if p.lang == English && p.frozenRankWrong(i, v, head) {
		m.style = "frozen" // "second of all", "fourth-country nationals": a set phrase said with another rank
	}
	if p.inARow(i + 1) {
		m.style = "row" // the fourth day in a row, a third consecutive win: a count
	}
	if p.lang == English && (rankVerbs[prev] || prev == "in" && nx == "" && p.sym(i+1) != "") && head == "" {
		m.style = "place" // "finished second", "rank third": a place in a ranking, a fact
	}
	if p.lang == English && m.style == "" && prev == "to" && enRankMoves[p.word(i-2)] && (head == "" || nx == "with" || nx == "on" || nx == "in" || nx == "after") {
		m.style, m.Head = "place", "" // "Le Mans dropped to seventh", "moved up to third with a 15-9 record": the place a move ended at
	}
	if p.lang == French && (frPlaceVerbs[prev] || mannerAdverb(prev) && frPlaceVerbs[p.word(i-2)]) && (nx == "" || nx == "au" || nx == "à" || nx == "avec" || nx == "du" || nx == "de" || nx == "des" || nx != "" && (ofWords[p.word(i+2)] || p.word(i+2) == "en")) {
		m.style = "place" // "arrivé troisième au premier tour", "classée deuxième", "se classe finalement troisième": a place, as "came second"; "se classe premier des aéroports", "classée première ville de Bretagne" too
	}
	if p.lang == English && m.style == "" && nx == "in" && !articles[prev] && (p.capital(i+2) && !p.isMonth(i+2) || p.word(i+2) == "the" && rankTables[p.word(i+3)]) {
		m.style, m.Head = "place", "" // "puts Toulouse university hospital third in France", "fifth in the league"; "the first in France to" is a novelty
	}
	if m.style == "" && head == "" && p.placeAtClauseEnd(i) {
		m.style = "place" // "devant Toulouse, troisième.", "Le Clos des Rives is third."
	}
	if p.lang == French && m.style == "" && head == "" && p.elidedPlace(i) {
		m.style = "place" // "L'A6 se classe deuxième (867 accidents) et l'A1 troisième": the verb left out
	}
	if p.lang == English && v == 3 && (nx == "world" || nx == "world's") && p.word(i+2) != "war" {
		m.style = "fixed" // the Third World (le tiers monde), not a rank; the Third World War is one
	}
	if p.lang == French && v == 2 && nx == "fois" && (prev == "une" || prev == "un") {
		m.style = "idiom" // "la poser une seconde fois": again; compared when paired ("a third time"), else dropped
	}
	return ptr(m), 1
}

// doubledWay: the words from j name a way or a crossing that
// "doublement" builds a second of ("partiel de la voie", "des voies",
// "de la rocade").
func (p *parser) doubledWay(j int) bool {
	if p.word(j) == "partiel" || p.word(j) == "complet" {
		j++
	}
	switch p.word(j) {
	case "de", "du", "des":
	default:
		return false
	}
	if p.word(j+1) == "la" || p.word(j+1) == "l'" {
		j++
	}
	return doubledWays[p.word(j+1)]
}

// doubledWays are built twice over, not multiplied: a dual track, a dual
// carriageway, a second bridge.
var doubledWays = map[string]bool{"voie": true, "voies": true, "route": true, "rocade": true, "ligne": true, "pont": true, "tunnel": true, "piste": true, "chaussée": true, "tube": true}

// enRankMoves say a side moved up or down a table, before "to" and the
// place it reached.
var enRankMoves = map[string]bool{"dropped": true, "drops": true, "slipped": true, "slips": true, "fell": true, "falls": true, "climbed": true, "climbs": true,
	"rose": true, "rises": true, "jumped": true, "jumps": true, "slid": true, "slides": true, "sank": true, "sinks": true, "tumbled": true, "tumbles": true,
	"up": true, "down": true, "back": true} // "moved up to third", "went back to first"

// tensAndOne reads the rank of a ten and one, spaced as the older
// spelling writes it: "vingt et unième" (21st), "soixante et onzième".
func (p *parser) tensAndOne(i int) (int64, bool) {
	if p.lang != French || p.word(i+1) != "et" {
		return 0, false
	}
	tens, unit := frTens[p.word(i)], frAndOne[p.word(i+2)]
	return tens + unit, tens > 0 && unit > 0 && (unit == 1 || tens == 60)
}

// hundredsRank reads a rank above a hundred spelled in several words,
// "cent cinquante-quatrième" (154th), "deux cent unième", "one hundred
// and fifty-fourth": whole hundreds or thousands, then the rank word.
func (p *parser) hundredsRank(i int, table map[string]int64) (int64, int) {
	first, _, _ := strings.Cut(p.word(i), "-")
	if _, ok := p.atomValue(first); !ok || numberWord(p.word(i-1)) || !p.rankAhead(i+1, table) {
		return 0, 0 // (most numbers are no rank: spare the splits)
	}
	var atoms []string
	and := false
	for j := i; j < i+6; j++ {
		w := p.word(j)
		if r, _, ok := p.rankValue(w, table); ok && len(atoms) > 0 && !strings.HasPrefix(w, "premi") && !strings.HasPrefix(w, "derni") {
			// ("les cent premières années": the first hundred years)
			base, ok := p.combine(atoms)
			if !ok || !base.IsInt() || !base.Num().IsInt64() {
				return 0, 0
			}
			b := base.Num().Int64()
			switch {
			case (r == 100 || r == 1000 || r == 1000000 || r == 1000000000) && b >= 2 && b < 100:
				return b * r, j - i + 1 // "deux centième", "two millionth", the hyphen lost: 200th, 2,000,000th
			case r < 100 && b >= 100 && b%100 == 0, and && r < 20 && b > 100 && b%10 == 0:
				return b + r, j - i + 1 // ("cent vingt et unième": 121st)
			}
			return 0, 0
		}
		if (w == "and" && p.lang == English || w == "et" && p.lang == French) && len(atoms) > 0 {
			and = true
			continue // "one hundred and fifth", "cent vingt et unième"
		}
		parts := strings.Split(w, "-")
		if w == "" || p.atomPrefix(parts) != len(parts) {
			return 0, 0
		}
		atoms = append(atoms, parts...)
	}
	return 0, 0
}

// rankAhead: a rank word stands within the few words from j.
func (p *parser) rankAhead(j int, table map[string]int64) bool {
	for k := j; k < j+5 && k < len(p.toks); k++ {
		if _, _, ok := p.rankValue(p.word(k), table); ok {
			return true
		}
	}
	return false
}

var (
	frTens   = map[string]int64{"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
	frAndOne = map[string]int64{"unième": 1, "unièmes": 1, "onzième": 11, "onzièmes": 11}
)

// inARow: the ordinal at j-1 counts a run: "consecutive", "straight",
// "successive" after it, "in a row", "running" after its noun.
func (p *parser) inARow(j int) bool {
	switch p.word(j) {
	case "consecutive", "straight", "successive", "consécutive", "consécutif", "d'affilée":
		return true
	}
	return p.words(j+1, "in", "a", "row") || p.word(j+1) == "running" || p.word(j+1) == "d'affilée" ||
		p.words(j+1, "de", "suite") || p.word(j+1) == "consécutive" || p.word(j+1) == "consécutif"
}

// hashRankAt reads an English "#1", "#3" glued to a small number: a
// place in a ranking ("Brazil still #1 supplier"), as "premier".
func (p *parser) hashRankAt(i int) (*Mention, int) {
	if p.lang != English || p.sym(i) != "#" || !p.glued(i+1) {
		return nil, 0
	}
	if v, ok := p.smallInt(i+1, 100); ok && v > 0 && !p.glued(i+2) || ok && v > 0 && p.toks[min(i+2, len(p.toks)-1)].kind == tSym {
		return &Mention{Kind: Ordinal, Value: itoa(v), style: "place"}, 2
	}
	return nil, 0
}

// quarterAt: Q3 and T3 stand for the third quarter (N11).
func (p *parser) quarterAt(i int) (*Mention, int) {
	t := p.toks[i]
	if t.kind != tWord || (t.text != "Q" && t.text != "T") || !p.glued(i+1) {
		return nil, 0
	}
	if v, ok := p.smallInt(i+1, 4); ok && v > 0 && (p.lang == English || t.text == "T") {
		return &Mention{Kind: Ordinal, Value: itoa(v)}, 2
	}
	return nil, 0
}

// halfYearAt: H1 and H2 stand for the first and second half of a
// year, as financial copy writes them ("H1 revenue").
func (p *parser) halfYearAt(i int) (*Mention, int) {
	t := p.toks[i]
	if p.lang != English || t.kind != tWord || t.text != "H" || !p.glued(i+1) || p.glued(i+2) && p.toks[min(i+2, len(p.toks)-1)].kind != tSym {
		return nil, 0
	}
	v, ok := p.smallInt(i+1, 2)
	if _, year := p.yearAt(i + 2); !ok || v == 0 || v == 2 && !halfResults[p.word(i+2)] && !year && p.word(i-1) != "in" {
		return nil, 0 // ("H2" is hydrogen unless results, a year or "in" go with it)
	}
	return &Mention{Kind: Ordinal, Value: itoa(v), Head: "half", style: "half"}, 2
}

// halfResults are what a half-year's figures are of, "H2 revenue".
var halfResults = map[string]bool{"revenue": true, "revenues": true, "sales": true, "results": true, "profit": true,
	"profits": true, "earnings": true, "loss": true, "losses": true, "net": true, "operating": true, "turnover": true, "growth": true}

// verbContext: "to double", "will almost double", "double its workforce".
func (p *parser) verbContext(i int) bool {
	switch p.word(i - 1) {
	case "a", "an", "the":
		return false // "a double every weekend": a noun
	case "received", "receive", "receives", "earned", "earn", "earns", "paid", "pay", "pays", "cost", "costs":
		return true // "if one received double": twice the amount
	case "to", "will", "would", "could", "can", "may", "might", "should", "must", "almost", "nearly",
		"more", "than", "did", "does", "do", "roughly", "effectively", "least":
		return true
	}
	if be := p.word(i - 1); (be == "are" || be == "is" || be == "was" || be == "were") && p.word(i+1) == "" && i+1 < len(p.toks) {
		return true // "the value of exports are double.": twice what it was
	}
	if nx := p.word(i + 1); (strings.HasSuffix(nx, "'s") || strings.HasSuffix(nx, "’s")) && p.capital(i+1) {
		return true // "1,243 dead, double Tuesday's initial count": the factor, its base a possessive
	}
	switch p.word(i + 1) {
	case "its", "their", "his", "her", "the", "in", "by", "from", "over", "again", "our", "this", "that", "what",
		"every", "each", "within": // "living standards double every generation"
		return true
	case "last", "previous":
		return strings.HasSuffix(p.word(i+2), "'s") // "50,000 calls, double last year's figure"
	case "of":
		switch p.word(i - 1) {
		case "are", "is", "was", "were", "be", "been":
			return true // "they are triple of what they were"
		}
	case "or":
		// "could double or triple current levels": a verb joined to a
		// verb that a verb's object follows
		if _, ok := enMultiplierVerbs[p.word(i+2)]; ok && p.word(i-1) != "or" && p.verbContext(i+2) {
			return true
		}
	}
	if _, ok := enMultiplierVerbs[p.word(i-2)]; ok && (p.word(i-1) == "or" || p.word(i-1) == "and") && p.word(i-3) != "a" && p.word(i-3) != "the" && p.word(i+1) != "digits" {
		return true // the second verb of "double or triple the price", "more than double and triple others"
	}
	return false
}

// nthAt reads fractions named by an ordinal: "un cinquième des", "deux
// dixièmes de", "a fifth of", "one-fifth", "two-fifths" (N8).
// periodCountAt: a count of a period opens at j, "five years earlier",
// "10 months before": when a share set against another was.
func (p *parser) periodCountAt(j int) bool {
	return (p.num(j) != nil || numberWord(p.word(j))) && periodUnit[p.word(j+1)] != ""
}

func (p *parser) nthAt(i, k int, num int64) (*Mention, int) {
	w := p.word(i + k)
	if a, b, ok := strings.Cut(w, "-"); ok && k == 0 && p.lang == English {
		n, ok1 := enUnits[a]
		d, ok2 := enOrdinals[strings.TrimSuffix(b, "s")]
		if ok1 && ok2 && n > 1 && (d == 100 || d == 1000) && !strings.HasSuffix(b, "s") {
			return &Mention{Kind: Ordinal, Value: itoa(int(n * d)), Word: true}, 1 // "its two-thousandth anniversary": the 2,000th, where "two-thousandths" are a share
		}
		if ok1 && ok2 && d >= 4 && n < d && n > 0 {
			return &Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d)), Word: true}, 1 // ("one-fourth", "three-fourths": American quarters)
		}
		return nil, 0
	}
	if k == 0 && p.goodShare(i) {
		if d, ok := enOrdinals[w]; ok && d >= 5 && d <= 10 {
			return &Mention{Kind: Fraction, Value: canonical(big.NewRat(1, d)), Word: true}, 1 // "a good fifth of the mass", hedged before it
		}
	}
	if k == 0 {
		return nil, 0
	}
	table, of := frOrdinals, p.word(i+k+1) == "de" || p.word(i+k+1) == "des" || p.word(i+k+1) == "du" || p.word(i+k+1) == "d'"
	if p.lang == English {
		table, of = enOrdinals, p.word(i+k+1) == "of"
	}
	if p.lang == French && (p.word(i) == "le" || p.word(i) == "la") && of && (p.capital(i+k+2) || p.word(i+k+2) == "classement") {
		return nil, 0 // "le huitième de Ligue 1", "du classement": a rank, not an eighth
	}
	if p.lang == French && (p.word(i) == "la" || p.word(i) == "une") {
		return nil, 0 // the French fractions are masculine, "le dixième": "la dixième d'affilée" is a rank, the tenth in a row
	}
	if p.lang == French && p.word(i) == "le" && p.word(i+k+1) == "des" && (p.num(i+k+2) != nil || numberWord(p.word(i+k+2))) {
		return nil, 0 // "le cinquième des six sous-marins": the fifth of six, a rank
	}
	if p.lang == French && (p.words(i+k+1, "de", "suite") || p.word(i+k+1) == "d'affilée" || p.word(i+k+1) == "consécutif") {
		return nil, 0 // "ce succès, le cinquième de suite": the fifth in a row, a rank
	}
	if p.lang == French && p.word(i) == "le" && p.words(i+k+1, "d'", "entre") {
		return nil, 0 // "la cinquième d'entre elles": the fifth of them, a rank
	}
	if p.lang == French && p.words(i+k+1, "de", "finale") {
		return nil, 0 // "la huitième de finale" is a knockout round (stageAt)
	}
	d, ok := table[strings.TrimSuffix(w, "s")]
	change := p.lang == English && num == 1 && p.changeShare(i, k)
	of = of || pluralShare(num, w) || change || p.lang == English && num == 1 && p.hedgedShare(i) ||
		p.lang == French && num == 1 && (p.hedgedShare(i) || (p.word(i-1) == "dont" || p.word(i-1) == "soit" || p.word(i-1) == "seulement") && p.word(i) != "le" || p.word(i-1) == "qu'" && p.word(i) != "au") || // "dont environ un cinquième provient", "seulement un dixième prévoit" ("n'arrive qu'au neuvième rang", "avec seulement le septième chrono" rank)
		p.lang == French && num == 1 && p.word(i-1) == "d'" && (upWords[p.word(i-2)] || downWords[p.word(i-2)] || marginVerbs[p.word(i-2)]) || // "a progressé d'un cinquième pour atteindre": a change by a share; "amélioré d'un dixième la marque"
		p.lang == French && num == 1 && p.word(i-1) == "d'" && !p.nounAfter(i+k+1) && p.changeVerbBefore(i-2, 5) || // "a réduit ses effectifs d'un dixième en cinq ans"
		p.lang == French && num == 1 && p.word(i-1) == "contre" && p.word(i) == "un" && !p.nounAfter(i+k+1) || // "un tiers du budget, contre un cinquième en 2015": the share compared with
		p.lang == English && num == 1 && p.setAgainst(i-1) && (changeShareEnds[p.word(i+k+1)] && !p.words(i+k+1, "in", "a", "row") || p.periodCountAt(i+k+1)) || // "14.7 per cent, compared with a fifth in the 1980s"
		num == 1 && p.sharedOf(i+k+1, table) || // "entre un huitième et un dixième du financement"
		p.lang == English && num == 1 && p.word(i) == "a" && shareVerbs[p.word(i+k+1)] || // "A fifth back the opposition": a share of those asked
		p.lang == French && p.word(i+k+1) == "" && p.num(i+k+1) == nil && p.word(i) != "le" && p.word(i) != "la" // "n'en représentent plus qu'un sixième.": no noun, a share ("que le dixième." ranks)
	if !ok || !of || d < 4 || d == 4 && p.lang == French || d > 10 && d != 100 && d != 12 && !pluralShare(num, w) || num >= d || (num > 1) != strings.HasSuffix(w, "s") {
		return nil, 0
	}
	m := Mention{Kind: Fraction, Value: canonical(big.NewRat(num, d)), Word: true}
	if change {
		m.style = "change" // "cut by a fourth": a change, as "by a quarter"
	}
	return ptr(m), k + 1
}

// shareVerbs follow a share of people that says or does something: "a
// fifth back the opposition", "a quarter say they will vote".
var shareVerbs = map[string]bool{"back": true, "support": true, "say": true, "said": true, "plan": true,
	"want": true, "intend": true, "expect": true, "believe": true, "think": true, "favour": true, "favor": true, "oppose": true,
	"prefer": true, "approve": true, "disapprove": true, "declare": true, "declared": true}

// marginVerbs tell a gap or a record bettered by a part: "a amélioré
// d'un dixième la marque", "l'a devancé d'un centième".
var marginVerbs = map[string]bool{"amélioré": true, "améliore": true, "battu": true, "bat": true, "devancé": true, "devance": true,
	"précédé": true, "précède": true, "abaissé": true, "abaisse": true}

// sharedOf: at j a link word, then another share that carries the "of"
// both take: "un huitième et un dixième du budget", "an eighth or a
// tenth of the funding".
func (p *parser) sharedOf(j int, table map[string]int64) bool {
	switch p.word(j) {
	case "et", "ou", "à", "and", "or", "to":
	default:
		return false
	}
	art, next := p.word(j+1), p.word(j+3)
	definite := func(w string) bool { return w == "le" || w == "la" || w == "au" || w == "autre" }
	if _, ok := table[p.word(j+2)]; !ok || !fractionArticle(p.lang, art) || definite(art) || definite(p.word(j-2)) {
		return false // "le huitième et le neuvième du classement" rank
	}
	if p.lang == English {
		return next == "of"
	}
	return next == "de" || next == "des" || next == "du" || next == "d'"
}

// titleCount reads how many times a title was won: a count a
// translation may leave out ("the Olympic champion"), so soft unpaired.
func (p *parser) titleCount(i int) (*Mention, int) {
	w := p.word(i)
	v, ok := titleMultipliers[w]
	if pre, found := strings.CutSuffix(w, "-time"); found && p.lang == English {
		if n, ok2 := enUnits[pre]; ok2 && n >= 2 {
			v, ok = itoa(int(n)), true
		}
	} else if n, ok2 := enUnits[w]; ok2 && n >= 2 && p.lang == English && p.word(i+1) == "time" && !p.glued(i+1) && (p.word(i-1) == "a" || p.word(i-1) == "the") &&
		p.word(i+2) != "" && !timeCompounds[p.word(i+2)] {
		return &Mention{Kind: Multiplier, Value: itoa(int(n)), Word: true, style: "title"}, 2 // "a three time rapist": the hyphen left out
	} else if ok {
		ok = false
		for k := 1; k <= 3 && !ok; k++ {
			ok = titleNouns[p.word(i+k)]
			if p.lang == French {
				break // the title follows at once: "triple champion"
			}
		}
	}
	if !ok {
		return nil, 0
	}
	return &Mention{Kind: Multiplier, Value: v, Word: true, style: "title"}, 1
}

// timeCompounds make "time" a noun's first half: "the two time zones".
var timeCompounds = map[string]bool{"zone": true, "zones": true, "slot": true, "slots": true, "limit": true, "limits": true,
	"frame": true, "frames": true, "periods": true, "scale": true, "scales": true, "lag": true}

// changeShare: "up a fifth on 2022", "fell by a fifth.", "a fifth
// higher": a share told as the size of a change. After "by" or "up" it
// must end its phrase, as a rank goes on to its noun ("chalked up a
// fourth home win", "by a fifth term").
func (p *parser) changeShare(i, k int) bool {
	nx := p.word(i + k + 1)
	if changeHedges[p.word(i-1)] || narrowing[p.word(i-1)] {
		i-- // "up about three-quarters", "down roughly a third", "by only a fifth"
	}
	switch p.word(i - 1) {
	case "by", "up", "down", "off":
		return changeShareEnds[nx]
	case "to":
		return cutVerbs[p.word(i-2)] && changeShareEnds[nx] // "net profit was cut to a fourth"
	}
	return comparativeAfterShare[nx]
}

// narrowing words stand between "by" and a change without hedging it:
// "risen by only a fifth".
var narrowing = map[string]bool{"only": true, "just": true, "barely": true, "merely": true}

// setAgainst: the words ending at j set what follows against another
// figure: "compared with", "against", "versus".
func (p *parser) setAgainst(j int) bool {
	w := p.word(j)
	return w == "against" || w == "versus" || w == "with" && (p.word(j-1) == "compared" || p.word(j-1) == "comparison") ||
		w == "from" && (p.word(j-1) == "up" || p.word(j-1) == "down") // "25% of revenue, up from a tenth in 2012"
}

// changeHedges may stand between a change word and its share.
var changeHedges = map[string]bool{"about": true, "roughly": true, "nearly": true, "almost": true, "around": true, "some": true}

// cutVerbs bring a figure down to a share of itself: "cut to a fourth".
var cutVerbs = map[string]bool{"cut": true, "reduced": true, "slashed": true, "shrunk": true, "shrank": true,
	"fell": true, "dropped": true, "divided": true}

var comparativeAfterShare = map[string]bool{"more": true, "less": true, "fewer": true, "higher": true,
	"lower": true, "cheaper": true, "bigger": true, "smaller": true, "larger": true, "greater": true}

// changeShareEnds close the phrase of a change: punctuation (""), the
// period or the base it is measured against, or the level it reached
// ("cut by a fourth to €0.40").
var changeShareEnds = map[string]bool{"": true, "to": true, "on": true, "from": true, "in": true, "over": true, "since": true,
	"compared": true, "against": true, "year-on-year": true, "between": true, "last": true, "this": true, "and": true}

// hedgedShare: a hedge right before "a fourth", "a fifth" makes it a
// share, as no rank is nearly or about ("nearly a fourth came from
// abroad" is a quarter; "a fourth term" stays an ordinal).
func (p *parser) hedgedShare(i int) bool {
	for k := 1; k <= 3; k++ {
		if _, n := p.hedgeAt(i - k); n == k {
			return true
		}
	}
	return false
}

// divides: a form of diviser or divide.
func divides(w string) bool {
	return strings.HasPrefix(w, "divis") && !strings.HasPrefix(w, "division") || w == "divided" || w == "divide" || w == "divides"
}

// doublesMatch: English "doubles" as a match of two players, "a deciding
// doubles", "the mixed doubles", "doubles rubber", not a verb.
func (p *parser) doublesMatch(i int) bool {
	if p.lang == English && pluralFactorNouns[p.word(i)] && (p.num(i-1) != nil && !p.yearToken(i-1) || numberWord(p.word(i-1))) {
		return true // "256 triples", "three doubles": teams of a game, counted; a verb never follows its number
	}
	if p.lang != English || p.word(i) != "doubles" {
		return false
	}
	switch p.word(i - 1) {
	case "deciding", "decisive", "mixed", "men's", "women's", "the", "a", "in", "of", "and":
		return true
	}
	if p.capital(i-1) && i > 1 && !endMark(p.sym(i-2)) && (p.word(i+1) == "" || doublesAfterEvent[p.word(i+1)]) {
		return true // "won the Wimbledon doubles on Saturday": a named event's doubles; a verb takes its object ("Renault doubles its output")
	}
	switch p.word(i + 1) {
	case "rubber", "match", "final", "title", "partner", "partners", "pair", "pairs", "team", "teams", "specialist", "specialists", "champion", "champions", "event", "draw", "tournament", "semi-final", "semifinal", "crown", "player", "players":
		return true
	}
	return false
}

// pluralFactorNouns are multiplying verbs that are also plural nouns.
var pluralFactorNouns = map[string]bool{"doubles": true, "triples": true, "trebles": true, "quadruples": true}

// doublesAfterEvent may follow the doubles of a named event.
var doublesAfterEvent = map[string]bool{"on": true, "at": true, "in": true, "with": true, "for": true, "after": true, "and": true}

// firstAdverb: the word after "first" is a past participle, so "first"
// says when something began ("first elected", "first built").
func firstAdverb(nx string) bool {
	switch nx {
	case "built", "held", "won", "made", "run", "seen", "known", "drawn", "written", "taken", "given", "sold", "shown", "found":
		return true
	}
	return len(nx) > 4 && strings.HasSuffix(nx, "ed") && nx != "seed" && nx != "need" && nx != "speed" && nx != "breed"
}

// secondOfTime: "a second", "per second", "12 seconds", "a split
// second", a bare "second." closing a clause: the unit of time, no rank
// ("France's second," ranks; "level with Hibernian in second." too).
func (p *parser) secondOfTime(i int, w, prev, nx string) bool {
	if p.lang == English && w == "second" && prev == "a" && boundLeads[p.word(i-2)] {
		return true // "less than a second", "in under a second": a bound says the unit, whatever follows
	}
	if (w == "second" || w == "seconde") && !p.inARow(i+1) && (p.num(i-1) != nil || prev == "a" || prev == "une" || prev == "per" || prev == "one" || prev == "par" || prev == "chaque" || prev == "split") && !p.secondOfNoun(i) {
		return true
	}
	if p.sym(i+1) == "," && enOrdinals[p.word(i+2)] != 0 {
		return false // "the second, third or eleventh victim": a list of ranks
	}
	return p.lang == English && w == "second" && (nx == "" || nx == "of") && p.sym(i+1) != "" && !rankVerbs[prev] && prev != "in" && prev != "to" && !strings.HasSuffix(prev, "'s") && !(p.sym(i-1) == "," && p.capital(i-2)) && !rankCopulas[prev] && !frPlaceVerbs[prev] // ("est classé second.": an engine's French left around it; "climb back to second,": a place; "six more than Toulon, second.", "who are nonetheless second,": its rank)
}

// rankCopulas say what rank a team or a runner holds, right before a
// bare "second": "who are nonetheless second, six points off the top".
// (rankVerbs, tested before them, hold "remain" and "stay")
var rankCopulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "nonetheless": true, "still": true, "now": true, "currently": true, "only": true, "just": true,
	// (and their French, which a text of figures alone or an engine's leftovers may keep: "qui est pourtant second,")
	"est": true, "sont": true, "reste": true, "restent": true, "pourtant": true, "toujours": true}

// rankValue is the rank a word spells and the noun glued after it
// ("fourth-largest"): from the table, a plural of it, a number and a
// suffix or a rank ("vingt-troisième", "soixante-dixième", "sixtieth"),
// or a compound ("twenty-first-century").
func (p *parser) rankValue(w string, table map[string]int64) (int64, string, bool) {
	v, ok := table[w]
	if !ok && p.lang == French && strings.HasSuffix(w, "s") {
		v, ok = table[strings.TrimSuffix(w, "s")] // "troisièmes du championnat"
	}
	if ok {
		return v, "", true
	}
	if v, ok := p.spelledOrdinal(strings.TrimSuffix(w, "s"), table); ok {
		return v, "", true // vingt-troisième, twenty-first, soixante-dixième, sixtieth
	}
	if tens, unit, found := strings.Cut(w, "-"); found {
		if o, ok := table[tens]; ok {
			return o, unit, true // fourth-largest, second-half
		}
	}
	return p.compoundOrdinal(w, table) // twenty-first-century
}

// frozenRankWrong: the English rank at i stands in a set phrase that only
// one rank makes ("first of all", "first and foremost", "third-country
// nationals"), with another: no translator writes it, so it is a figure
// changed, not an idiom to let pass.
func (p *parser) frozenRankWrong(i int, v int64, head string) bool {
	switch {
	case p.words(i+1, "of", "all") || p.words(i+1, "and", "foremost"):
		return v != 1
	case head == "country" || head == "countries":
		return v != 3
	}
	return false
}

// hedgedOnce: "once" after a hedge, "more than once", "at least once", is
// a count of times; alone it may be "formerly".
func (p *parser) hedgedOnce(i int) bool {
	return p.lang == English && (p.words(i-2, "more", "than") || p.words(i-2, "at", "least") || p.words(i-2, "less", "than"))
}

// awardAdverbs count what the adjective after them says was won.
var awardAdverbs = map[string]string{"doublement": "2", "triplement": "3"}

// awardedAdjective: a word that says what was won, counted by the adverb
// before it: "triplement étoilé", "doublement médaillée".
func awardedAdjective(w string) bool {
	for _, stem := range [...]string{"étoilé", "médaillé", "primé", "couronné", "titré", "sacré"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// runoffAvoided: "avoiding a runoff" tells a first-round win.
var runoffAvoided = map[string]bool{"avoiding": true, "avoided": true, "avoid": true, "avoids": true, "without": true}

// firstNounAfter follow "une première" the noun, a first of its kind.
var firstNounAfter = map[string]bool{"depuis": true, "historique": true, "mondiale": true, "absolue": true, "pour": true,
	"dans": true, "en": true, "européenne": true, "nationale": true}

// nounAfter: a word that may be a noun stands at j, not a preposition,
// an article or the end of the clause ("d'un cinquième roman" ranks,
// "d'un dixième en cinq ans" shares).
func (p *parser) nounAfter(j int) bool {
	w := p.word(j)
	switch w {
	case "", "en", "à", "au", "sur", "depuis", "par", "entre", "pour", "dans", "et", "ou", "d'ici", "cette", "ce", "l'an", "le", "la", "les", "il", "lors", "avant", "après", "l'année", "un", "une":
		return false
	}
	return true
}

// changeVerbBefore: a verb of rise or fall stands among the n words
// before i, in its clause.
func (p *parser) changeVerbBefore(i, n int) bool {
	for j := i; j >= 0 && j > i-n; j-- {
		if p.toks[j].kind != tWord {
			return false
		}
		if dirOf(p.word(j)) != 0 {
			return true
		}
	}
	return false
}

// frMultiplierConjugated reads the forms of doubler, tripler and
// quadrupler that only a verb has ("doublerions", "triplons",
// "doublerez"): the value, or "".
func frMultiplierConjugated(w string) string {
	for _, st := range multiplierStems {
		rest, ok := strings.CutPrefix(w, st.stem)
		if !ok {
			continue
		}
		switch rest {
		case "ons", "ez", "erons", "erez", "eront", "erai", "eras", "erions", "eriez", "erais", "ions", "iez", "èrent", "asse", "assent":
			return st.value
		}
	}
	return ""
}

// multiplierStems are the stems of doubler, tripler and quadrupler (a
// table, not a literal: the trigger test asks for every word).
var multiplierStems = [...]struct{ stem, value string }{{"doubl", "2"}, {"tripl", "3"}, {"quadrupl", "4"}}

// frPlaceVerbs put the ordinal after them as a place in a ranking.
var frPlaceVerbs = map[string]bool{"arrivé": true, "arrivée": true, "arrivés": true, "arrivées": true, "classé": true, "classée": true,
	"classés": true, "classées": true, "terminé": true, "terminée": true, "finit": true, "termine": true,
	"classe": true, "classent": true, "arrive": true, "arrivent": true, "terminent": true, "finissent": true, "classant": true}

// boundLeads bound "a second" of time before them.
var boundLeads = map[string]bool{"than": true, "under": true, "over": true, "about": true, "nearly": true, "almost": true, "within": true}

// placeAtClauseEnd: a bare ordinal closing its clause after a copula
// ("Le Clos des Rives is third.") or apposed to a name after a comma
// ("devant Toulouse, troisième.", "avec le Cala Gogo, troisième"): the
// name's place in a ranking.
func (p *parser) placeAtClauseEnd(i int) bool {
	next, prev := p.sym(i+1), p.word(i-1)
	switch {
	case p.lang == French && p.sym(i-1) == "," && p.word(i+1) == "à" && p.num(i+2) != nil:
		return true // "Jules Lapierre, 27 ans, troisième à 13,9 s": the verb left out, a gap after
	case i+1 < len(p.toks) && next == "" && !(p.lang == French && frCopulas[prev] && placeAfter[p.word(i+1)]):
		return false
	case p.lang == English:
		// (at the sentence's end only: "was second, 1 min 12 s back" may
		// be told from "Il devance le Français", which gives no rank)
		return (prev == "is" || prev == "are" || prev == "was" || prev == "were") && (next == "" || endMark(next))
	case frCopulas[prev]:
		return true // "Kévin Maurel est septième à 11 min 47 s"
	case p.sym(i-1) == ",":
		return p.capital(i-2) && !p.sentenceInitial(i-2)
	}
	return false
}

// rankTables are what a place is held in: "fifth in the league".
var rankTables = map[string]bool{"league": true, "table": true, "standings": true, "rankings": true, "ranking": true, "world": true, "championship": true, "country": true, "region": true}

// frCopulas and the words that may follow a place after them.
var (
	frCopulas  = map[string]bool{"est": true, "était": true, "sont": true, "étaient": true}
	placeAfter = map[string]bool{"à": true, "au": true, "avec": true}
)

// elidedPlace: the ordinal at i follows a name after "et" or a comma,
// and a verb of placing stands earlier in its sentence: "L'A6 se classe
// deuxième et l'A1 troisième" gives the A1 a place as the A6 has one.
func (p *parser) elidedPlace(i int) bool {
	j := i - 1
	if p.num(j) != nil && p.capital(j-1) {
		j-- // "l'A1": a road's letter and number
	}
	if !p.capital(j) {
		return false
	}
	for j > 0 && p.capital(j-1) {
		j-- // "Saint Étienne"
	}
	if w := p.word(j - 1); w == "l'" || w == "le" || w == "la" || w == "les" {
		j--
	}
	if w := p.word(j - 1); w != "et" && p.sym(j-1) != "," {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-16; k-- {
		if p.sym(k) == "." || p.sym(k) == ";" {
			return false
		}
		if frPlaceVerbs[p.word(k)] {
			return true
		}
	}
	return false
}
