package figures

// Which two source figures a derivation may combine: figures of one
// noun or family of nouns, of one act, of one measure.

import (
	"math/big"
	"slices"
	"strings"
)

// raceGap: a race time and the hundredths it beat a record by are of
// very different sizes, and still add up to the old record (in seconds
// as written, or as inOnePeriod reads two lengths of time).
func raceGap(a, b Mention) bool {
	secs := func(m Mention) bool { return m.Kind == Quantity && (m.Unit == "s" || m.Unit == "sec") }
	return secs(a) && secs(b)
}

// smallShare: a share under one percent is of two counts more than a
// hundred times apart ("12 of the 2,400 manuscripts, or 0.5%"), which
// no sum or difference of them is.
func smallShare(t Mention, tv *big.Rat) bool {
	return t.Kind == Percent && tv.Sign() > 0 && tv.Cmp(big.NewRat(1, 1)) < 0
}

// alikeMaybe: one of the two is a level in points or a race time, which
// alikeMeasures may read the other with, or a sum of money the other
// (or the bullet's t) gives a currency.
func alikeMaybe(a, b *Mention, t Mention) bool {
	return a.Unit == "pts" || b.Unit == "pts" || a.Kind == Quantity && a.Unit == "s" || b.Kind == Quantity && b.Unit == "s" ||
		a.moneyCtx && b.Kind == Money || b.moneyCtx && a.Kind == Money || a.moneyCtx && b.moneyCtx && t.Kind == Money
}

// alikeMeasures: "745 points" is read as a level and "85 points" as a
// count of points; beside each other they are one measure, so the
// leader's 830 is their sum. So are a race time and seconds counted
// ("9 s 86" and "0,04 seconde" make the old record's 9.90).
func alikeMeasures(a, b, t Mention) (Mention, Mention) {
	if a.Unit == "pts" || b.Unit == "pts" {
		for _, m := range []*Mention{&a, &b} {
			if m.Kind == Cardinal && m.Unit == "" && (m.Head == "points" || m.Head == "point") {
				m.Kind, m.Unit = Quantity, "pts"
			}
		}
	}
	if a.Kind == Quantity && a.Unit == "s" || b.Kind == Quantity && b.Unit == "s" {
		for _, m := range []*Mention{&a, &b} {
			if d, unit := duration(*m); unit == "sec" && class(m.Kind) == Cardinal && periodSize[m.Head] <= 3600 {
				m.Kind, m.Unit, m.Value, m.Head = Quantity, "s", canonical(d), ""
			}
		}
	}
	if a.moneyCtx && a.Unit == "" && b.Kind == Money {
		a.Kind, a.Unit = Money, b.Unit // "42,2 milliards de ventes" of "86,2 milliards d'euros"
	}
	if b.moneyCtx && b.Unit == "" && a.Kind == Money {
		b.Kind, b.Unit = Money, a.Unit
	}
	if a.moneyCtx && b.moneyCtx && a.Unit == "" && b.Unit == "" && t.Kind == Money && class(a.Kind) == Cardinal && class(b.Kind) == Cardinal {
		// "fixé à 5 milliards, avant d'être amputé d'un milliard": two
		// sums in the bullet's currency
		a.Kind, a.Unit, b.Kind, b.Unit = Money, t.Unit, Money, t.Unit
	}
	return a, b
}

// bareCompared: one figure is the bare compared figure of the other
// ("80 jours, contre 52"; "90 jours par an, contre 120 aujourd'hui"),
// which counts what the first one does.
func bareCompared(a, b Mention) bool {
	if a.Paragraph != b.Paragraph || a.Sentence != b.Sentence {
		return false // "4 ans et 6 mois de prison ... 40 bénéficiaires, contre 320": compared with another figure of its own sentence
	}
	return (a.prior || a.nowCompared) && !isDuration(a) && !knownNoun(a.Head) || (b.prior || b.nowCompared) && !isDuration(b) && !knownNoun(b.Head)
}

// nounFamilies group French nouns that news copy uses for one thing:
// the dead of a disaster are its victims, job cuts are posts cut or
// layoffs. Figures of one family may be summed or divided.
var nounFamilies = map[string]int{
	"morts": 1, "tués": 1, "décès": 1, "victimes": 1, "mortes": 1,
	"postes": 2, "emplois": 2, "licenciements": 2, "suppressions": 2, "départs": 2,
	"salariés": 3, "employés": 3, "agents": 3, "collaborateurs": 3, "effectifs": 3, "saisonniers": 3, "permanents": 3, "ouvriers": 3,
	"blessés": 4, "blessées": 4,
	"manifestants": 5, "personnes": 5, "habitants": 5, "participants": 5, "bénévoles": 5, "spectateurs": 5, "festivaliers": 5, "supporters": 5, "visiteurs": 5, "touristes": 5, "vacanciers": 5, "coureurs": 5, "marathoniens": 5, "cyclistes": 5, "nageurs": 5, "randonneurs": 5,
	"entrées": 5, "billets": 5, // a film's or a show's admissions are its spectators
	"députés": 6, "sénateurs": 6, "élus": 6, "parlementaires": 6, "conseillers": 6, "sièges": 6, "mandats": 6,
	"passagers": 7, "voyageurs": 7, "usagers": 7,
	// a season's games are its wins, draws and losses
	"matches": 8, "matchs": 8, "rencontres": 8, "victoires": 8, "défaites": 8, "nuls": 8,
	"véhicules": 9, "voitures": 9, "autos": 9, "camions": 9, "bus": 9, "autocars": 9,
	// a utility's customers are the homes it serves: "1,2 million de clients ... 780 000 foyers rebranchés"
	"clients": 10, "foyers": 10, "ménages": 10, "abonnés": 10, "logements": 10,
	// a ballot's shares: "58,3 % des voix", "49,1 % de oui", "des suffrages"
	"voix": 11, "oui": 11, "non": 11, "suffrages": 11, "votes": 11, "bulletins": 11,
	// a chain's shops, whatever the word: "fermer 78 magasins ... conserve 134 boutiques"
	"magasins": 12, "boutiques": 12, "succursales": 12, "agences": 12, "points-de-vente": 12,
	// a table's gaps are in points: "13es avec 32 points, sept longueurs d'avance" on a side with 25
	"points": 13, "longueurs": 13,
	// a book's or a record's sales are its copies: "410 000 albums vendus ... 205 000 exemplaires"
	"exemplaires": 14, "albums": 14, "livres": 14, "disques": 14,
	// a firm's hires, whatever the word: "recruter 350 personnes, après 210 embauches"
	"embauches": 15, "recrutements": 15, "recrues": 15, "créations": 15,
	// a prison's population: "78 210 détenus ... 74 100 personnes incarcérées"
	"détenus": 16, "prisonniers": 16, "incarcérés": 16, "écroués": 16,
	// a side's goals, as sport copy varies the word: "298 buts ... la Suède, avec 301 réalisations"
	"buts": 17, "réalisations": 17,
}

// capacityShare: people counted against the places that hold them, "4
// 200 spectateurs ... pour une capacité de 16 800 places", "78 210
// détenus pour 62 040 places": a share or a rate of occupancy, never a
// sum.
func capacityShare(a, b Mention) bool {
	ha, hb := nounHead(a.Head), nounHead(b.Head)
	if capacityNouns[ha] {
		ha, hb = hb, ha
	}
	return capacityNouns[hb] && !capacityNouns[ha] && nounFamilies[ha] != 0 && a.Paragraph == b.Paragraph && abs(a.Sentence-b.Sentence) <= 1
}

// capacityNouns count the places a ground, a prison or a hall holds.
var capacityNouns = map[string]bool{"places": true, "sièges": true, "lits": true}

// workforceShare: job cuts (family 2) and a staff (family 3) are two
// things to add up, but the cuts are a share of the staff: "2 800
// postes ... environ 50 000 salariés", "roughly 6% of its workforce".
func workforceShare(a, b Mention) bool {
	fa, fb := nounFamilies[nounHead(a.Head)], nounFamilies[nounHead(b.Head)]
	if fa == 2 {
		a, b, fa, fb = b, a, fb, fa
	}
	// (a staff told as the level the cuts reach, "pour atteindre 100 000
	// salariés", is after them: the cut is no share of it)
	if fa == 5 && staffOf(a) {
		fa = 3 // "le groupe, qui emploie 48 000 personnes": its staff
	}
	if fa != 3 || fb != 2 || a.levelDir != 0 || a.dir != 0 || a.tallyTo {
		return false
	}
	for _, w := range a.ctx {
		if levelVerbs[w] {
			return false
		}
	}
	return true
}

// levelVerbs bring a figure to the level it states, after a change.
var levelVerbs = map[string]bool{"atteindre": true, "atteint": true, "atteignant": true, "passant": true, "ramené": true,
	"ramenant": true, "ramener": true, "reach": true, "reaching": true, "bringing": true, "leaving": true}

// peopleOf: the French noun is the generic "personnes" and the English
// one a kind of people ("78 500 spectateurs ... 76 200 personnes" make
// "a combined 154,700 fans"): a part of the sum, not another thing.
func peopleOf(fr, en string) bool {
	if fr != "personnes" {
		return false
	}
	for _, ws := range newsNouns {
		if slices.Contains(ws, en) && slices.Contains(ws, "people") {
			return true
		}
	}
	return false
}

// summable: two amounts a summary may add up, listed together ("30
// milliards pour l'industrie et 10 milliards pour la formation"), in one
// sentence, or counting one noun ("12 morts ... 7 victimes"); a figure
// told in another sentence of something else may be a part of the first
// ("le plan prévoit 40 milliards. La région recevra 4,4 milliards").
func summable(a, b Mention) bool {
	if averaged(a) != averaged(b) && !(a.listed && b.listed && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence) && !addedOnto(a, b) {
		// an average adds up with no part: "1,4 milliard" of hail and "la
		// moyenne annuelle ... 3,6 milliards"; the average of a list is
		// each item's ("paie en moyenne 95 euros d'électricité et 60 de gaz")
		return false
	}
	if a.Paragraph == b.Paragraph && a.Sentence == b.Sentence {
		return true
	}
	if (a.listed || b.listed || a.elliptic() || b.elliptic()) && a.Paragraph == b.Paragraph && abs(a.Sentence-b.Sentence) <= 1 {
		return true // ("six de plus que Bordeaux" two sentences after "deux essais" counts points, not tries)
	}
	ha, hb := nounHead(a.Head), nounHead(b.Head)
	if ha != "" && hb != "" && (ha == hb || sameFamilyNoun(ha, hb)) {
		return true
	}
	// one act told twice, unless each counts a known noun of its own:
	// "5 personnes tuées dans trois accidents" and "11 personnes blessées"
	// share "personnes", but accidents add up with no injured
	return sameAct(a, b) && !(pluralNounLike(ha) && pluralNounLike(hb) && ha != hb)
}

// twoCounted: two bare French counts, each right before a plural noun
// of its own, count two things; a bullet that names one of them as its
// total's noun adds the other in ("650 postes et 2 500 classes": "3,150
// posts"), while a wider noun may hold both ("70 joueurs et 25
// entraîneurs": "95 people in all").
func twoCounted(a, b, t Mention) bool {
	if a.Lang != French || b.Lang != French || a.Kind != Cardinal || b.Kind != Cardinal || a.Unit != "" || b.Unit != "" || extraHead(a) || extraHead(b) {
		return false // ("850 personnes ..., puis 1 200 supplémentaires": more of the same, no second noun)
	}
	ha, hb := nounHead(a.Head), nounHead(b.Head)
	if ha == hb || !pluralNounLike(ha) || !pluralNounLike(hb) || cognate(ha, hb) || sameFamilyNoun(ha, hb) || npTold(ha, t) && npTold(hb, t) {
		return false // ("750 cattle and sheep" names both)
	}
	if peopleSum(a, b, t) {
		return false // "1,311 people on board": the 1 217 passagers and 94 membres d'équipage
	}
	for _, w := range t.clause() {
		if sameHead(ha, w) != sameHead(hb, w) {
			return true
		}
	}
	return false
}

// sameAct: the two clauses share a word of four letters or more (*a levé
// 62 millions ... avait levé 18 millions*): the same act twice, whose
// amounts add up.
func sameAct(a, b Mention) bool {
	for _, x := range a.clause() {
		if len(x) < 4 {
			continue
		}
		for _, y := range b.clause() {
			if x == y {
				return true
			}
		}
	}
	return false
}

// addedOnto: of two figures of one sentence, the later is said to come
// on top of the other, "520 euros en moyenne, auxquels s'ajoutent 45
// euros de charges": their sum is the average's total.
func addedOnto(a, b Mention) bool {
	later := b
	if a.Start > b.Start {
		later = a
	}
	return a.Paragraph == b.Paragraph && a.Sentence == b.Sentence && slices.ContainsFunc(later.ctx, func(w string) bool { return addedToWords[w] && w != "déjà" })
}

// averaged: the figure's clause calls it an average.
func averaged(m Mention) bool {
	return slices.ContainsFunc(m.clause(), func(w string) bool {
		return strings.HasPrefix(w, "moyen") || strings.HasPrefix(w, "average") // "averaging €700", "averaged"
	})
}
