package figures

import "cmp"

// What an amount is counted per, beyond its unit: whom ("1 205 euros par
// habitant" is not "€1,205 per household") and which period, said after
// the figure or after its noun ("14 allers-retours par jour" is not "a
// week").

const (
	perPerson  int8 = 1
	perHome    int8 = 2
	perHectare int8 = 3
	perAcre    int8 = 4
)

var perWhoName = map[int8]string{perPerson: "person", perHome: "household", perHectare: "hectare", perAcre: "acre"}

// perWhoNouns are the heads an amount is counted per, in both languages.
var perWhoNouns = map[string]int8{
	"habitant": perPerson, "personne": perPerson, "tête": perPerson, "citoyen": perPerson, "résident": perPerson,
	"resident": perPerson, "inhabitant": perPerson, "person": perPerson, "capita": perPerson, "head": perPerson,
	"citizen": perPerson,
	"foyer":   perHome, "ménage": perHome, "famille": perHome, "logement": perHome, "household": perHome,
	"home": perHome, "family": perHome, "dwelling": perHome,
	// yields are counted per area: "7,8 tonnes par hectare" is no "7.8 tonnes per acre"
	"hectare": perHectare, "ha": perHectare, "acre": perAcre,
}

// perWhoAfter reads "par habitant", "per household", "a head" after m
// (and after its unit or currency word): whom it is counted per, or 0.
func (p *parser) perWhoAfter(m Mention) int8 {
	j := p.tokenAfter(m.End)
	if w := p.word(j); m.Kind == Money && (w == "pour" && (p.word(j+1) == "une" || p.word(j+1) == "un") || w == "for" && p.word(j+1) == "a") {
		return perWhoNouns[p.word(j+2)] // "2 500 euros pour une famille de quatre", "€2,500 for a family of four"
	}
	if w := p.word(j); (w == "de" || w == "d'" || w == "of") && (p.word(j+2) == "par" || p.word(j+2) == "per") && perArea(p.word(j+3)) {
		j += 2 // "7,8 tonnes de blé par hectare", "7.8 tonnes of wheat per acre"
	}
	for k := 0; k < 2 && p.word(j) != "par" && p.word(j) != "per" && p.word(j) != "a"; k++ {
		if unitWords[p.word(j)] == "" && p.currencyAt(j) == "" {
			return 0
		}
		j++ // "176 euros par habitant"
	}
	w := p.word(j)
	if p.lang == French && w != "par" || p.lang == English && w != "per" && w != "a" {
		return 0
	}
	return perWhoNouns[p.word(j+1)]
}

// perWhoClash: both figures say whom they are counted per, differently.
func perWhoClash(s, t Mention) bool {
	return s.perWho != 0 && t.perWho != 0 && s.perWho != t.perWho
}

// periodClash: both figures say the period they are counted per, by
// their unit or their noun ("14 allers-retours par jour", "14 round
// trips a week"), and the periods differ.
func periodClash(s, t Mention) bool {
	a, b := cmp.Or(s.per, s.nounPer), cmp.Or(t.per, t.nounPer)
	return a != 0 && b != 0 && a != b
}

// eachTotal: the source says the figure of each one ("six réacteurs de
// 900 MW chacun") and the English calls it a total ("totalling 900MW").
func eachTotal(s, t Mention) bool {
	// ("Each operator to fund ~1,000 sites in total" says both, as
	// "Chaque opérateur doit financer environ 1 000 sites au total")
	return s.eachSaid && t.totalSaid && !t.eachSaid || t.eachSaid && s.totalSaid && !s.eachSaid
}

// eachNear: a French figure said of each one, "chacun" or "chacune" just
// after it, or "chaque" opening its clause before it.
func (p *parser) eachNear(m Mention) bool {
	i1 := p.tokenAfter(m.End)
	for j := i1; j < len(p.toks) && j < i1+6 && p.toks[j].kind == tWord; j++ {
		if w := p.word(j); (w == "chacun" || w == "chacune" || w == "apiece") && (j < i1+3 || p.word(j-1) == "pour" || p.word(j-1) == "à") {
			return true // ("6 000 euros d'aide pour chacun de ses trois apprentis": further off, "pour" says whom each)
		}
	}
	if i0 := p.tokenAfter(m.Start); (p.word(i0-1) == "de" || p.word(i0-1) == "of") && p.word(i0-2) != "" && p.num(i0-3) != nil && p.word(p.tokenAfter(m.End)) != "" {
		return true // "42 équipes de quatre joueurs", "42 teams of four players": so many in each of the count before
	}
	for j := p.tokenAfter(m.Start) - 1; j >= 0 && j >= p.tokenAfter(m.Start)-8; j-- {
		if p.num(j) != nil || p.sym(j) == "," || endMark(p.sym(j)) {
			return false
		}
		if w := p.word(j); w == "chaque" || w == "each" || w == "every" {
			return periodUnit[p.word(j+1)] == "" // ("on dépense chaque année 140 millions": how often, a total each year)
		}
	}
	return false
}

// adjectivePeriod reads the period an amount's noun is said per by an
// adjective a few words before it: "la facture annuelle atteindra
// environ 516 euros", "an annual bill of €516", "un loyer mensuel de 800
// euros"; 0 when none.
func (p *parser) adjectivePeriod(m Mention) int64 {
	if w := p.word(p.tokenAfter(m.End)); periodAdjectives[w] != "" && (p.lang == English) == englishPeriodAdjective[w] {
		return periodSize[periodAdjectives[w]] * familyScale(periodUnit[periodAdjectives[w]]) // "a €250 annual allowance", "400 euros mensuels"
	}
	i := p.tokenAfter(m.Start)
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if p.toks[j].kind != tWord {
			return 0
		}
		if n := periodAdjectives[p.word(j)]; n != "" && (p.lang == English) == englishPeriodAdjective[p.word(j)] {
			return periodSize[n] * familyScale(periodUnit[n]) // (a French word left in English copy says nothing)
		}
	}
	return 0
}

// englishPeriodAdjective are the English words of periodAdjectives.
var englishPeriodAdjective = map[string]bool{"annual": true, "yearly": true, "monthly": true, "weekly": true, "daily": true}

// periodAdjectives name the period a noun is counted per.
var periodAdjectives = map[string]string{
	"annuel": "an", "annuelle": "an", "annuels": "an", "annuelles": "an", "annual": "an", "yearly": "an",
	"mensuel": "mois", "mensuelle": "mois", "mensuels": "mois", "mensuelles": "mois", "monthly": "mois",
	"hebdomadaire": "semaine", "hebdomadaires": "semaine", "weekly": "semaine",
	"quotidien": "jour", "quotidienne": "jour", "quotidiens": "jour", "quotidiennes": "jour", "daily": "jour",
	// a loan's instalments name their period as the adjectives do: "une mensualité de 1 127 euros sur 22 ans" is paid each month
	"mensualité": "mois", "mensualités": "mois", "annuité": "an", "annuités": "an",
}

// perArea: w names the area a yield is counted per.
func perArea(w string) bool {
	return perWhoNouns[w] == perHectare || perWhoNouns[w] == perAcre
}
