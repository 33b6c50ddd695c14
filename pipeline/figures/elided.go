package figures

import (
	"math/big"
	"strings"
)

// A French sentence that shares out an amount often writes the scale and
// the currency once: "La facture de 12 milliards d'euros sera partagée:
// 6 milliards pour l'État, les régions 4 et les communes 2". The bare 4
// and 2 are billions of euros, as the English "€4bn" says; elsewhere a
// bare number stays a bare number.

// elidedAfter are the words a bare share of an amount may stand before:
// a list joint or the receiver, never what the number counts ("4
// régions").
var elidedAfter = map[string]bool{"": true, "et": true, "ou": true, "pour": true, "à": true, "au": true, "aux": true,
	"chacun": true, "chacune": true, "seulement": true, "sur": true, "dans": true,
	"avec": true, "en": true, "par": true, "sous": true} // "60 000 euros, dont 20 000 avec sursis": a preposition after the part leaves it the amount

// elidedAmount gives m, a bare number right after an amount with a scale
// (or after an earlier share of the same list) in its sentence, the
// scale and currency of that amount as a second reading.
func (p *parser) elidedAmount(prev Mention, m *Mention) {
	if p.lang != French || m.Kind != Cardinal && m.Kind != Decimal || m.Unit != "" || m.Scale != "" || m.Word || isYearish(*m) {
		return
	}
	scale, cur, _ := strings.Cut(prev.shareOf, " ")
	whole := prev
	if prev.Kind == Range && len(prev.Parts) == 2 {
		whole = prev.Parts[1] // "entre 35 et 40 millions d'euros, quand les Anglais n'en proposent que 28"
	}
	if whole.Kind == Money && whole.Scale != "" {
		scale, cur = canonical(p.scaleValue(whole)), whole.Unit
	} else if whole.Kind == Cardinal && whole.Scale != "" && strings.Contains(" "+p.text[prev.End:m.Start], " en ") {
		scale, cur = canonical(p.scaleValue(whole)), "" // "couper 48 milliards, il en coupe 42": 42 billion, of what the 48 counts
	}
	if scale == "" || prev.End > m.Start || !elidedAfter[p.word(p.tokenAfter(m.End))] && p.word(p.tokenAfter(m.Start)-1) != "dont" {
		// ("132 milliards de dollars, dont 70 dus à des créditeurs": a part of it)
		return
	}
	if v := m.Rat(); v == nil || v.Cmp(big.NewRat(1000, 1)) >= 0 {
		return // a mantissa: "les régions 4", never "4 500"
	}
	if !listContinues(p.text[prev.End:m.Start], false) {
		return // the list must continue the amount in its sentence
	}
	m.shareOf = scale + " " + cur
}

// elidedNoun gives m, a French count whose noun the list leaves unsaid
// ("3,4 millions de passagers par voie maritime et 5,1 millions par voie
// aérienne"), the noun of the count before it: the two then add up as
// counts of one noun do.
func (p *parser) elidedNoun(prev Mention, m *Mention) {
	if p.lang != French || !numeric(*m) || m.Unit != "" || prev.Unit != "" || isYearish(*m) || isYearish(prev) || class(prev.Kind) != class(m.Kind) ||
		strings.TrimSuffix(m.Scale, "s") != strings.TrimSuffix(prev.Scale, "s") || !pluralNounLike(prev.Head) || prev.End > m.Start {
		return
	}
	next := p.word(p.tokenAfter(m.End))
	others := next == "autres" // "112 migrants au sud de la Crète, et 87 autres au large": more of them
	parallel := next == m.Head && listedParticiple(next) && participleIn(p.text[prev.End:m.Start]) ||
		(next == "d'" || next == "de") && !pluralWord(p.word(p.tokenAfter(m.End)+1)) && (ofAfterNoun(p.text[prev.End:m.Start], prev.Head) || prev.nounElided && ofAfterElided(p.text[prev.End:m.Start])) // "trois médailles d'or et deux d'argent", "... et une de bronze" ("trois semaines de grève, la quarantaine de salariés" names its own noun)
	// "1 050 pompiers professionnels et 4 300 volontaires": the status
	// said of both, the noun only of the first
	status := next == m.Head && staffStatus[next] && statusAfterHead(p.text[prev.End:m.Start], prev.Head)
	if !others && !parallel && !status && (!elidedNounAfter[m.Head] || next != m.Head) {
		return // the head read is a place, a way or a time right after the number
	}
	if !listContinues(p.text[prev.End:m.Start], true) {
		return // the list must continue the count in its sentence
	}
	m.Head, m.nounElided = prev.Head, true
}

// staffStatus say what terms a staff serves on, "pompiers
// professionnels", "salariés saisonniers".
var staffStatus = map[string]bool{"professionnels": true, "volontaires": true, "bénévoles": true, "titulaires": true,
	"contractuels": true, "permanents": true, "saisonniers": true, "temporaires": true, "intérimaires": true,
	"vacataires": true, "réservistes": true}

// statusAfterHead: the words after a count open with its noun and a
// staff status, " pompiers professionnels et ".
func statusAfterHead(gap, head string) bool {
	ws := strings.Fields(gap)
	return len(ws) >= 2 && ws[0] == head && staffStatus[ws[1]]
}

// listContinues: the words between two figures continue one list in one
// sentence, with "et" or a comma (right before the second figure when
// commaLast, "..., 1,3 million sur les lignes intérieures").
func listContinues(gap string, commaLast bool) bool {
	switch {
	case strings.ContainsAny(gap, ".;:!?") || len(gap) > 60:
		return false
	case strings.Contains(" "+gap+" ", " et "):
		return true
	case commaLast:
		return strings.HasSuffix(strings.TrimSpace(gap), ",")
	}
	return strings.Contains(gap, ",")
}

// elidedNounAfter are the words after a count that leave its noun to the
// list: a place, a way, a time.
var elidedNounAfter = map[string]bool{"par": true, "en": true, "pour": true, "dans": true, "à": true, "au": true, "aux": true,
	"sur": true, "vers": true, "chez": true, "depuis": true}

// elidedMatch: the English wrote in full the amount a bare French share
// left to its list: "les régions 4" = "€4bn for the regions".
func elidedMatch(s, t Mention) bool {
	if t.Kind != Money && (t.Kind != Cardinal || t.Scale == "") {
		return false
	}
	v := elidedAmount(s, t.Unit)
	if v == nil && t.Kind == Money {
		v = elidedAmount(s, "") // a share of a count in billions the English told in dollars, as it told the whole (N6 warns there)
	}
	tv := t.Rat()
	return v != nil && tv != nil && v.Cmp(tv) == 0
}

// elidedAmount is s's value as the amount in currency cur its elided
// reading gives ("les régions 4" after "12 milliards d'euros": 4 billion
// EUR), or nil when it has none in cur.
func elidedAmount(s Mention, cur string) *big.Rat {
	scale, c, _ := strings.Cut(s.shareOf, " ")
	sc, ok := new(big.Rat).SetString(scale)
	v := s.Rat()
	if scale == "" || c != cur || !ok || v == nil {
		return nil
	}
	return v.Mul(v, sc)
}

// dontAmount gives m, a bare number right after "dont" that closes an
// amount ("22 euros, dont 5 reversés à une association"), the reading of
// an amount in its currency: the part of the amount, as the English
// "€5" says, while a literal "of which 5" stays right. A noun after the
// number counts something else ("dont 5 enfants").
func (p *parser) dontAmount(prev Mention, m *Mention) {
	scaled := prev.Scale != "" && m.Scale != "" && strings.EqualFold(prev.Scale, m.Scale) // "7,9 millions d'euros, dont 5,1 millions de billetterie"
	if p.lang != French || prev.Kind != Money || (prev.Scale != "" || m.Scale != "") && !scaled || m.Kind != Cardinal && m.Kind != Decimal || m.Unit != "" || isYearish(*m) {
		return
	}
	if gap := strings.TrimSpace(p.text[min(prev.End, m.Start):m.Start]); gap != ", dont" && gap != "dont" && !amountNounThenDont(gap) {
		return
	}
	if v, pv := m.Rat(), prev.Rat(); v == nil || pv == nil || v.Cmp(pv) >= 0 {
		return // a part is less than its whole
	}
	j := p.tokenAfter(m.End)
	if j < len(p.toks) && p.toks[j].kind == tWord && !elidedAfter[p.word(j)] && !participle(p.word(j)) && !(scaled && (p.word(j) == "de" || p.word(j) == "d'")) && !((frCopulas[p.word(j)] || p.word(j) == "sera" || p.word(j) == "seront") && !nounDeterminers[p.word(j+1)] && p.word(j+1) != "des" && p.word(j+1) != "de") {
		return // ("dont 290 sont couverts par l'aide": a verb in the passive, no noun)
	}
	m.shareOf = "1 " + prev.Unit
}

// amountNounThenDont: the noun of an amount, or the period it is paid
// per, then "dont": "60 000 euros d'amende, dont 20 000 avec sursis"
// (one or two words, no figure).
func amountNounThenDont(gap string) bool {
	noun, ok := strings.CutSuffix(gap, ", dont")
	if !ok || strings.ContainsAny(noun, "0123456789,;()") {
		return false
	}
	if period, ok := strings.CutPrefix(noun, "par "); ok {
		return periodUnit[period] != "" // the period it is paid per: "320 euros par mois, dont 290 sont couverts"
	}
	rest, ok := strings.CutPrefix(noun, "d'")
	if !ok {
		rest, ok = strings.CutPrefix(noun, "de ")
	}
	return ok && rest != "" && len(strings.Fields(rest)) <= 2
}

// shortParticiples are too short, or too irregular, for participle's
// endings to tell: "dont 150 000 couverts par l'assurance".
var shortParticiples = map[string]bool{"pris": true, "prise": true, "prises": true, "mis": true, "mise": true, "mises": true,
	"dus": true, "dues": true, "dû": true, "due": true, "vus": true, "vues": true,
	"couvert": true, "couverts": true, "couverte": true, "couvertes": true, "offert": true, "offerts": true, "offerte": true, "offertes": true,
	"ouvert": true, "ouverts": true, "ouverte": true, "ouvertes": true,
	"construit": true, "construits": true, "construite": true, "construites": true}

// participle: a French past participle ("reversés", "versée", "pris"),
// which tells what happens to a part, not what it counts.
func participle(w string) bool {
	if shortParticiples[w] {
		return true // "22 000 euros, dont 9 000 pris en charge par les aides"
	}
	for _, suf := range [...]string{"é", "és", "ée", "ées", "is", "ise", "ises", "us", "ue", "ues"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// partLeads say the figure after them is a part of the one before, and
// how far back that one may stand: "dont" a clause after its whole ("174
// personnes ont été placées en garde à vue, dont 61 mineurs"), "mais
// seules" a clause on ("Une vingtaine ... avaient déposé une candidature,
// mais seules onze ont été retenues").
var partLeads = map[Lang][]partLead{
	French: {{"dont", 100}, {"mais seules", 80}, {"mais seuls", 80}, {"mais seulement", 80},
		{"parmi lesquelles", 60}, {"parmi lesquels", 60}, {"parmi eux", 60}, {"parmi elles", 60}},
	English: {{"including", 40}, {"among them", 40}, {"of whom", 40}, {"but only", 80}, {"among whom", 40}, {"of which", 40}},
}

// partLead is a lead of a part and how far back its whole may stand.
type partLead struct {
	words string
	reach int
}

// partLeadMax is the longest reach of any lead: the gap past which no
// part is read.
var partLeadMax = func() int {
	n := 0
	for _, ls := range partLeads {
		for _, l := range ls {
			n = max(n, l.reach)
		}
	}
	return n
}()

// subsetVerbs follow a bare count that is the subject of its clause.
var subsetVerbs = map[string]bool{"ont": true, "sont": true, "avaient": true, "étaient": true, "restent": true, "demeurent": true}

// elidedSubset: a bare count that opens its own clause with a verb, after
// a count of people in the same sentence, counts some of those people:
// "une trentaine d'enfants ont présenté des vomissements, et huit ont
// été conduits au CHU" (eight of the thirty, never thirty-eight).
func (p *parser) elidedSubset(prev, m Mention) bool {
	if p.lang != French || m.Kind != Cardinal || m.Unit != "" || m.Scale != "" || !peopleNoun(prev.Head) || prev.End > m.Start || m.Start-prev.End > 120 {
		return false
	}
	if gap := p.text[prev.End:m.Start]; strings.ContainsAny(gap, ".;:!?") {
		return false
	}
	if j := p.tokenAfter(m.End); j >= len(p.toks) || !subsetVerbs[p.word(j)] {
		return false
	}
	v, pv := m.Rat(), prev.Rat() // (last: a value is parsed for each call)
	return v != nil && pv != nil && v.Cmp(pv) < 0
}

// partPastDate: the figure at k is a part, after a lead ("dont"), of the
// count before the dates or times that stand between them: "une trentaine
// de navires étaient bloqués mardi matin, dont 12 pétroliers", "... mardi
// à 10:30, dont 12 pétroliers". The lead's reach is measured from the last
// date, which belongs to the whole's clause. Only the gaps between the
// figures may not part clauses: a time's own text holds a colon.
func (p *parser) partPastDate(ms []Mention, k int) bool {
	w := k - 1
	for w >= 0 && (whenKind(ms[w].Kind) || p.spanOver(ms[w]) || ms[w].personAge) {
		w--
	}
	if w < 0 || w == k-1 || ms[k-1].End > ms[k].Start {
		return false
	}
	for g := w; g < k; g++ {
		if ms[g+1].Start < ms[g].End || strings.ContainsAny(p.text[ms[g].End:ms[g+1].Start], ".;:!?") {
			return false
		}
	}
	return frCountPair(ms[w], ms[k], len(p.text)) && p.partAfterLead(ms[w], ms[k], ms[k-1].End)
}

// spanOver: m is the length of time a count was made over, "ont attiré
// 150 000 spectateurs en cinq jours, dont 85 000 payants": it belongs to
// the whole's clause like a date, and the part is the count's.
func (p *parser) spanOver(m Mention) bool {
	if p.lang != French || !isDuration(m) {
		return false
	}
	switch p.word(p.tokenAfter(m.Start) - 1) {
	case "en", "sur", "pendant", "durant":
		return true
	}
	return false
}

// dontPart gives m, a bare number right after "dont" that closes a
// count or a length of time, that whole's noun when m has none of its
// own: "36 mois de prison, dont 18 ferme" are 18 months, "2 000 vélos,
// dont 1 000 électriques" 1,000 bikes; "dont 5 enfants" keeps its own.
// Only an adjective stands where the noun was left out.
func (p *parser) dontPart(prev Mention, m *Mention) {
	if p.wholeFirst(prev, *m) {
		m.ofPrev = true // "Sur 51 380 électeurs inscrits, 14 902 ont voté": the part after its whole
	}
	if p.wholeAfter(prev, *m) {
		m.wholeOfPrev = true // "Environ 250 salariés, sur les 610 que compte le site": the whole after its part
	}
	if (frCountPair(prev, *m, partLeadMax-1) || amountPair(prev, *m, partLeadMax-1)) && p.partAfterLead(prev, *m, prev.End) {
		// "Quatre alpinistes, dont deux Français", "40 injured, including
		// five children", "42 millions d'euros, dont 11 millions": a part
		// of the figure before, never added to it
		m.ofPrev = true
	}
	if p.lang != French || prev.Head == "" || m.Kind != Cardinal || m.Unit != "" || m.Scale != "" || isYearish(*m) || m.Head == prev.Head || prev.personAge {
		return // ("14 coureuses, âgées de 19 à 31 ans, dont huit Françaises": the ages are no whole of the part)
	}
	if periodUnit[prev.Head] == "" && (m.Head != "" && !adjectiveLike(m.Head) && !mannerAdverb(m.Head) || class(prev.Kind) != Cardinal && prev.Kind != Range || prev.Unit != "") {
		return
	}
	gap := p.text[min(prev.End, m.Start):m.Start]
	if reach := partLeadReach(French, strings.TrimSpace(gap)); reach == 0 || len(gap) > reach || strings.ContainsAny(gap, ".;:!?") {
		return // ("36 mois de prison, dont", "14 personnes blessées, parmi lesquelles": the whole's noun and clause before it)
	}
	pv := prev.Rat()
	if prev.Kind == Range && len(prev.Parts) == 2 {
		pv = prev.Parts[1].Rat() // "portée de 1 750 à 2 000 vélos, dont 1 000": of the 2 000
	}
	if v := m.Rat(); v == nil || pv == nil || v.Cmp(pv) >= 0 {
		return // a part is less than its whole
	}
	m.Head = prev.Head
}

// adjectiveLike: a French word with the ending of an adjective, not of
// the noun a number counts: électriques, rapides, nouveaux, blessés.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"iques", "ique", "ables", "ibles", "aires", "elles", "els", "ives", "ifs", "ales", "aux", "ées", "és", "ants", "antes", "ents", "entes", "ides", "eaux", "ères", "iers"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// dontTerm: "deux ans de prison, dont un avec sursis": the part a bare
// "un" gives of a term counts the term's period.
func (p *parser) dontTerm(prev Mention, m *Mention) {
	if p.lang != French || m.Kind != Cardinal || !m.Word || m.Value != "1" || m.Head != "" && periodUnit[m.Head] != "" || periodUnit[prev.Head] == "" {
		return
	}
	if gap := strings.TrimSpace(p.text[min(prev.End, m.Start):m.Start]); strings.HasSuffix(gap, "dont") && len(gap) < 40 {
		m.Head = prev.Head
	}
}

// partAfterLead: the text from from to m ends with a lead of a part
// ("dont", "including") within its reach, and m is smaller than whole.
func (p *parser) partAfterLead(whole, m Mention, from int) bool {
	gap := strings.TrimSpace(p.text[from:m.Start])
	if reach := partLeadReach(p.lang, gap); len(gap) >= reach || strings.ContainsAny(gap, ".;:!?") {
		return false
	}
	v, wv := m.Rat(), whole.Rat()
	return v != nil && wv != nil && v.Cmp(wv) < 0
}

// partLeadReach is how far back the whole of a part that gap ends with a
// lead of may stand, or 0 when gap ends with none.
func partLeadReach(lang Lang, gap string) int {
	for _, l := range partLeads[lang] {
		if strings.HasSuffix(gap, l.words) {
			return l.reach
		}
	}
	return 0
}

// frCountPair: prev and m are counts of one unit, prev before m and at
// most gap bytes from it: the two ends a part and its whole are read from.
func frCountPair(prev, m Mention, gap int) bool {
	return class(m.Kind) == Cardinal && class(prev.Kind) == Cardinal && m.Unit == prev.Unit && prev.End <= m.Start && m.Start-prev.End <= gap
}

// amountPair is frCountPair for amounts of one currency or unit: "42
// millions d'euros de fiscalité, dont 11 millions pour la commune".
func amountPair(prev, m Mention, gap int) bool {
	return (m.Kind == Money || m.Kind == Quantity) && m.Kind == prev.Kind && m.Unit == prev.Unit && prev.End <= m.Start && m.Start-prev.End <= gap
}

// surBefore: "sur", "sur les", "sur ses" stands right before m, the
// whole of a share; it returns the token of "sur".
func (p *parser) surBefore(m Mention) (int, bool) {
	i := p.tokenAfter(m.Start) - 1
	if wholeDeterminers[p.word(i)] {
		i--
	}
	return i, p.word(i) == "sur"
}

// wholeAfter: m, after a comma and "sur (les)", is the whole of which
// prev, a smaller count of its kind just before, is a part: "Environ 250
// salariés, sur les 610 que compte le site".
func (p *parser) wholeAfter(prev, m Mention) bool {
	if p.lang != French || !p.wholeNamed(prev, m) && !p.wholeBare(prev, m) {
		return false
	}
	if gap := p.text[prev.End:m.Start]; strings.ContainsAny(gap, ".;:!?") {
		return false
	}
	v, pv := m.Rat(), prev.Rat()
	return v != nil && pv != nil && pv.Cmp(v) < 0
}

// wholeBare: "salariés, sur les 610": the whole of prev's count after
// "sur (les)" and a comma.
func (p *parser) wholeBare(prev, m Mention) bool {
	i, ok := p.surBefore(m)
	return ok && p.sym(i-1) == "," && frCountPair(prev, m, 64)
}

// wholeNamed: "2,1 milliards d'euros d'aides, sur une enveloppe totale
// de 3 milliards": the whole named by its noun, counts or amounts.
func (p *parser) wholeNamed(prev, m Mention) bool {
	i, ok := p.surWholeNoun(m)
	return ok && p.sym(i-1) == "," && (frCountPair(prev, m, 60) || moneyPair(prev, m, 60))
}

// surWholeNoun: "sur une enveloppe (totale) de", "sur un budget de"
// stands right before m, the whole named by its noun; it returns the
// token of "sur".
func (p *parser) surWholeNoun(m Mention) (int, bool) {
	i := p.tokenAfter(m.Start) - 1
	if p.word(i) != "de" && p.word(i) != "d'" {
		return i, false
	}
	i--
	if wholeAdjectives[p.word(i)] {
		i--
	}
	if !wholeNouns[p.word(i)] || p.word(i-1) != "un" && p.word(i-1) != "une" {
		return i, false
	}
	return i - 2, p.word(i-2) == "sur"
}

// wholeNouns name a whole a part is taken from: "sur une enveloppe de".
var wholeNouns = map[string]bool{"enveloppe": true, "budget": true, "total": true, "montant": true, "effectif": true, "somme": true}

// wholeAdjectives say a whole is all of it: "une enveloppe totale de".
var wholeAdjectives = map[string]bool{"totale": true, "total": true, "globale": true, "global": true}

// moneyPair: two amounts of one currency, m after prev within gap bytes.
func moneyPair(prev, m Mention, gap int) bool {
	return m.Kind == Money && prev.Kind == Money && m.Unit == prev.Unit && prev.End <= m.Start && m.Start-prev.End <= gap
}

// wholeFirst: prev opens its sentence with "sur" as the whole that m, a
// smaller count of its kind after a comma, is part of: "Sur les 203 417
// électeurs inscrits, environ 35 300 avaient voté".
func (p *parser) wholeFirst(prev, m Mention) bool {
	if p.lang != French || !frCountPair(prev, m, 60) {
		return false
	}
	if i, ok := p.surBefore(prev); !ok || !p.sentenceInitial(i) && p.sym(i-1) != "," {
		return false
	}
	if gap := p.text[prev.End:m.Start]; !strings.Contains(gap, ",") || strings.ContainsAny(gap, ".;:!?") {
		return false
	}
	v, pv := m.Rat(), prev.Rat()
	return v != nil && pv != nil && v.Cmp(pv) < 0
}

// listedParticiple: a plural past participle that may stand for its
// noun in a list, "87 vols ont été annulés et 214 retardés", but is no
// noun of a toll of its own ("12 morts et 85 blessés" counts two things).
func listedParticiple(w string) bool {
	if len(w) < 5 || newsNouns[w] != nil || nounFamilies[w] != 0 || personNoun(w) {
		return false
	}
	for _, suf := range []string{"és", "ées", "its", "ites"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// participleIn: the words between two counts hold the first one's
// participle, so the second's parallels it: "annulés et".
func participleIn(gap string) bool {
	for _, w := range strings.Fields(gap) {
		if listedParticiple(strings.Trim(strings.ToLower(w), ",")) {
			return true
		}
	}
	return false
}

// ofAfterElided: the words after a count whose noun was elided are its
// own "de" complement, "d'argent et", so the next count with a "de"
// ("deux de bronze") goes on with the list.
func ofAfterElided(gap string) bool {
	ws := strings.Fields(strings.ToLower(gap))
	return len(ws) >= 2 && deWord(ws[0])
}

// deWord: a French "de" or an elided "d'" opening its complement.
func deWord(w string) bool {
	return w == "de" || strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’")
}

// ofAfterNoun: the words after the first count are its noun and a "de"
// complement, "médailles d'or et", so a second count with a "de" of its
// own ("deux d'argent") counts the same noun.
func ofAfterNoun(gap, noun string) bool {
	ws := strings.Fields(strings.ToLower(gap))
	return len(ws) >= 2 && ws[0] == noun && deWord(ws[1])
}
