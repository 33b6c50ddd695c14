package figures

import (
	"math/big"
	"strings"
)

// A comparison often leaves the unit of its second figure unsaid when
// the first was written in words the check does not read as a figure:
// "une tonne de céréales environ, contre plus de quatre en Chine". The
// English makes it explicit ("more than four tons"): the same number in
// the unit the sentence already gave, not a cardinal turned quantity.

// carriedUnit returns the unit of measure named last before the
// compared French figure m in its sentence, or "".
func (p *parser) carriedUnit(m Mention) string {
	// (a part after "dont" too: "7 700 kilomètres, dont environ 5 100 de
	// spéciales" are kilometres)
	reach := 30
	if p.lang != French || m.Unit != "" || m.Kind != Cardinal && m.Kind != Decimal || isYearish(m) {
		return ""
	}
	if !m.prior && !p.bareWhole(m) && p.word(p.tokenAfter(m.Start)-1) != "dont" && !p.partOfOpeningWhole(m) {
		if !p.restatedMeasure(m) {
			return ""
		}
		reach = 8 // "30 pieds de large pour 120 de long", "48 degrés au départ, 55 à l'arrivée"
	}
	i := p.tokenAfter(m.Start)
	for j := i - 1; j >= 0 && j >= i-reach; j-- {
		switch p.sym(j) {
		case ".", ";", ":", "!", "?":
			return ""
		}
		// whole words only: a lone "t" or "m" is an elision or a letter
		if w := p.word(j); len(w) > 2 && unitWords[w] != "" {
			if u, _ := p.unitAt(j); u != "" {
				return u // "14 500 mètres cubes ..., contre 9 800": cubic metres too; "35 litres par seconde ..., contre 140": litres a second
			}
			return unitWords[w]
		}
	}
	return ""
}

// enPronounBefore: the pronoun "en" stands a few words before the figure
// at i and names what it counts, the unit said before: "un bâtiment de
// 1 450 m² remplacera l'ancien, qui n'en comptait que 380". The
// preposition ("en 2024", "en hausse de 380") has no subject or "n'"
// before it.
func (p *parser) enPronounBefore(i int) bool {
	for k := 1; k <= 4 && i-k > 0; k++ {
		if p.word(i-k) == "en" && (enSubjects[p.word(i-k-1)] || k > 1 && asideVerbs[p.word(i-k+1)]) {
			return true // (or before its verb: "La Suisse, deuxième, en compte 5 904")
		}
		if k == 2 && p.word(i-2) == "en" && frFiniteVerb(p.word(i-1)) && !enAdverbs[p.word(i-1)] && p.word(i-3) != "" {
			return true // a verb right before the figure: "quand l'intersyndicale en réclame 40 000"
		}
		if k == 2 && p.word(i-2) == "en" && (p.word(i-3) == "d'" || p.word(i-3) == "de") && infinitiveEnding(p.word(i-1)) {
			return true // an infinitive after "d'en": "L'université a promis d'en verser 20 000" (euros)
		}
		if p.word(i-k) == "" {
			return false
		}
	}
	return false
}

// enPronounUnit is the unit of the last measure of m's sentence when the
// pronoun "en" before the bare m stands for it, else "".
func (p *parser) enPronounUnit(out []Mention, m Mention) string {
	if p.lang != French || m.Unit != "" || class(m.Kind) != Cardinal || isYearish(m) || !p.enPronounBefore(p.tokenAfter(m.Start)) {
		return ""
	}
	for k := len(out) - 1; k >= 0 && p.sameSentenceSpan(out[k], m); k-- {
		if k > 0 && p.priceBasis(out[k-1], out[k]) {
			continue // "500 euros les 1 000 litres, ... leur en propose 425": the litres are what the price is per; the euros are counted
		}
		if (out[k].Kind == Quantity || out[k].Kind == Money) && out[k].Unit != "" {
			return out[k].Unit // (and "60 000 euros ..., la direction n'en propose que 20 000": euros)
		}
	}
	// a sentence that opens on its pronoun takes the unit of the sentence
	// before: "L'Autriche ... avec 6 318 points. La Suisse, deuxième, en
	// compte 5 904"
	for k := len(out) - 1; k >= 0 && p.sentencesApart(out[k], m) <= 1; k-- {
		if p.sameSentenceSpan(out[k], m) {
			continue
		}
		if (out[k].Kind == Quantity || out[k].Kind == Money) && out[k].Unit != "" {
			return out[k].Unit
		}
	}
	return ""
}

// priceBasis: q is the quantity a price is per, said right after it:
// "500 euros les 1 000 litres", "3 euros le kilo".
func (p *parser) priceBasis(price, q Mention) bool {
	if price.Kind != Money || q.Kind != Quantity || price.End > q.Start {
		return false
	}
	switch strings.TrimSpace(p.text[price.End:q.Start]) {
	case "les", "le", "la", "l'", "par", "pour":
		return true
	}
	return false
}

// sentencesApart counts the sentence ends between a and m, in one
// paragraph.
func (p *parser) sentencesApart(a, m Mention) int {
	if a.End > m.Start {
		return 0
	}
	gap := p.text[a.End:m.Start]
	if strings.Contains(gap, "\n") {
		return 2
	}
	return strings.Count(gap, ". ") + strings.Count(gap, "! ") + strings.Count(gap, "? ") + strings.Count(gap, "; ")
}

// infinitiveEnding: w ends as a French infinitive does (verser,
// recruter, ouvrir, vendre), read only right after "d'en".
func infinitiveEnding(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

var enSubjects = map[string]bool{"n'": true, "qui": true, "il": true, "elle": true, "ils": true, "elles": true,
	"on": true, "j'": true, "nous": true, "vous": true, "y": true}

// enAdverbs follow the preposition "en" with a verb's ending: "accueille
// en moyenne 40 000 visiteurs" has no pronoun.
var enAdverbs = map[string]bool{"moyenne": true, "hausse": true, "baisse": true, "tête": true, "ligne": true,
	"place": true, "cause": true, "charge": true, "route": true, "pause": true, "marge": true, "outre": true,
	"somme": true, "revanche": true, "pratique": true, "théorie": true, "partie": true, "ville": true, "zone": true, "forte": true, "large": true}

// listedAfterCarried: m is the next item of a list whose first item
// carried its unit, joined by "et" or a comma in the same sentence, and
// bare like it.
func (p *parser) listedAfterCarried(prev, m Mention) bool {
	if prev.carried == "" || m.Unit != "" || class(m.Kind) != Cardinal || prev.Sentence != m.Sentence || isYearish(m) || m.Scale != prev.Scale {
		return false
	}
	gap := p.text[prev.End:m.Start]
	return len(strings.Fields(gap)) <= 6 && (strings.Contains(gap, " et ") || strings.Contains(gap, ",")) && !strings.ContainsAny(gap, ".;:")
}

// percentBefore: m is a bare decimal of a sentence that gave a percent
// before it, as French leaves the unit of a rate unsaid once named.
func (p *parser) percentBefore(out []Mention, m Mention) bool {
	if m.Lang != French || m.Kind != Decimal || m.Unit != "" || m.Scale != "" {
		return false
	}
	for k := len(out) - 1; k >= 0 && p.sameSentenceSpan(out[k], m); k-- {
		if out[k].Kind == Percent {
			return true
		}
	}
	return false
}

// percentLater: prev, a bare French number, and the percent m after it
// are one list ("20 et même 30 p. 100", "5 ou 6 %"), which says the
// unit once, at its end.
func (p *parser) percentLater(prev, m Mention) bool {
	if p.lang != French || m.Kind != Percent || class(prev.Kind) != Cardinal || prev.Unit != "" || prev.Scale != "" || prev.carried != "" || isYearish(prev) || prev.End > m.Start {
		return false
	}
	switch strings.TrimSpace(p.text[prev.End:m.Start]) {
	case "et", "ou", "et même", "voire", "ou même", "à", ",":
		return true
	}
	return false
}

// englishCarried: an English bare number in a list after a figure with
// a unit, "78 cents, then 75 and then 70", "2.5% in May and 2.7 in
// June", leaves that unit said once: the unit it may carry, or "".
func (p *parser) englishCarried(out []Mention, m Mention) string {
	if m.Lang != English || m.Unit != "" || class(m.Kind) != Cardinal || isYearish(m) || m.Word || len(out) == 0 {
		return ""
	}
	prev := out[len(out)-1]
	if w := p.word(p.tokenAfter(m.End)); (w == "more" || w == "fewer" || w == "less") && p.word(p.tokenAfter(m.End)+1) == "than" {
		// "burned 6,800 hectares in under two days, 5,600 more than the
		// 2019 blaze": the gap told in the unit of the sentence's last
		// measure, past a length of time
		for k := len(out) - 1; k >= 0 && p.sameSentenceSpan(out[k], m); k-- {
			if (out[k].Kind == Quantity || out[k].Kind == Money) && out[k].Unit != "" && !isDuration(out[k]) {
				return out[k].Unit
			}
		}
	}
	if m.prior && len(out) > 1 && (prev.Kind == Fraction || prev.Kind == Percent) && out[len(out)-2].Kind == Quantity {
		// "sowed 8,000 hectares, down nearly a quarter from 10,500": the
		// level before its change is in the level's unit
		if prev = out[len(out)-2]; p.sameSentenceSpan(prev, m) {
			return prev.Unit
		}
		return ""
	}
	rate := prev
	for k := len(out) - 1; k > 0 && k >= len(out)-3 && (rate.Kind == Multiplier || rate.Kind == Year); k-- {
		rate = out[k-1] // (past the factor and the year: "9.7 per 1,000 in 2023 was more than double the national 3.9")
	}
	if gap := p.text[rate.End:m.Start]; (rate.Kind == PerMille || rate.Kind == Percent) && comparedRate(gap) && len(strings.Fields(gap)) <= 11 && p.sameSentenceSpan(rate, m) {
		return rate.Unit // "9.6 per 1,000 births, more than double the national 3.7": the rate compared with, in its unit
	}
	unit := prev.Unit
	if unit == "" {
		unit = prev.carried // "78 cents, then 75 and then 70": the list goes on
	}
	if unit == "" || carriedKind(unit) == Quantity || prev.Unit != "" && prev.Kind != Money && prev.Kind != Percent || !p.sameSentenceSpan(prev, m) {
		return ""
	}
	gap := p.text[prev.End:m.Start]
	n := len(strings.Fields(gap))
	if n > 6 || n > 3 && !strings.Contains(gap, " and ") || !strings.Contains(gap, ",") && !strings.Contains(gap, " and ") && !strings.Contains(gap, " then ") {
		return "" // ("9.3% of the working population and 9.7 with the overseas departments")
	}
	return unit
}

// comparedRate: the words between two rates set the second against the
// first, "more than double the national", "against", "than".
func comparedRate(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		switch strings.Trim(w, ",;:()") {
		case "double", "twice", "triple", "times", "than", "against", "versus", "vs", "compared":
			return true
		}
	}
	return false
}

// scaleBefore: an English bare count after a scaled figure of its
// sentence may leave the scale unsaid, "Three million for each mother,
// two for each father", "$40 billion ... and 24 more": the power of ten
// it may carry, or 0.
func (p *parser) scaleBefore(out []Mention, m Mention) int8 {
	if m.Lang != English || m.Scale != "" || class(m.Kind) != Cardinal || m.Unit != "" && m.Kind != Money || isYearish(m) {
		return 0
	}
	e := 0
	for k := len(out) - 1; k >= 0 && e == 0 && p.sameSentenceSpan(out[k], m); k-- {
		e = scaleExp(out[k])
		if raw := out[k].Raw; e == 0 && out[k].Word && strings.LastIndexByte(raw, ' ') > 0 {
			e = enScale[strings.ToLower(raw[strings.LastIndexByte(raw, ' ')+1:])] // "Three million" in words
		}
		if e < 3 {
			e = 0
		}
	}
	if v := m.Rat(); e == 0 || v == nil || v.Sign() <= 0 || v.Cmp(big.NewRat(1000, 1)) >= 0 {
		return 0 // (the value last: reading it allocates, and this runs for every English figure)
	}
	return int8(e)
}

// scaleCarried: t is the bare count of an English sentence whose scale
// an earlier figure gave, and the source figure is that count at that
// scale.
func scaleCarried(s, t Mention) bool {
	if t.scaleCarry == 0 || class(s.Kind) != Cardinal && s.Kind != Money {
		return false // (first: this runs for every pair compared)
	}
	sv, tv := s.Rat(), t.Rat()
	if sv == nil || tv == nil {
		return false
	}
	return new(big.Rat).Mul(tv, pow10(int(t.scaleCarry))).Cmp(sv) == 0
}

// sameSentenceSpan: no end of sentence between a and the later m (the
// parser numbers sentences only after this pass).
func (p *parser) sameSentenceSpan(a, m Mention) bool {
	return a.End <= m.Start && !strings.ContainsAny(p.text[a.End:m.Start], ".!?;\n")
}

// carriedMatch: a French figure whose unit the sentence carried over,
// written in English with that unit and the same value.
// Either side may carry it: "3,000 of the region's 41,000 hectares".
func carriedMatch(s, t Mention) bool {
	return s.carried != "" && t.Kind == carriedKind(s.carried) && t.Unit == s.carried && carriedValue(s) == t.Value ||
		t.carried != "" && s.Kind == carriedKind(t.carried) && s.Unit == t.carried && carriedValue(t) == s.Value
}

// carriedValue is m's value in the unit it carries: a bare 75 after "78
// cents" is 0.75 of the currency, as cents are kept.
func carriedValue(m Mention) string {
	if v := m.Rat(); m.carried == centUnit && v != nil {
		return canonical(v.Quo(v, big.NewRat(100, 1)))
	}
	return m.Value
}

// carriedKind is the kind of figure a carried unit makes.
func carriedKind(u string) Kind {
	switch {
	case u == "%":
		return Percent
	case u == "‰":
		return PerMille
	case u == centUnit || len(u) == 3 && strings.ToUpper(u) == u:
		return Money // a currency code, or cents
	}
	return Quantity
}

// partUnits: a part counted out of a whole often names the unit once, on
// the whole: "3,000 of the region's 41,000 hectares", "3 000 des 41 000
// hectares". The part carries the whole's unit.
func (p *parser) partUnits(ms []Mention) {
	for k := 1; k < len(ms); k++ {
		part, whole := &ms[k-1], ms[k]
		if whole.Kind != Quantity || whole.Unit == "" || whole.Word || !bareListed(*part) || part.carried != "" {
			continue
		}
		switch p.word(p.tokenAfter(part.End)) {
		case "of", "des", "sur":
		default:
			continue
		}
		if gap := p.text[part.End:whole.Start]; strings.ContainsAny(gap, ".,;:!?()") || len(strings.Fields(gap)) > 5 {
			continue
		}
		part.carried = whole.Unit
	}
}

// bareWhole: m is the whole that a part named earlier in the sentence is
// counted out of, "3 000 hectares de vergers sur les 41 000 que compte la
// région": a bare number after "sur (les)" or "parmi les" that names
// nothing of its own, so it counts in the part's unit.
func (p *parser) bareWhole(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	if p.words(i-3, "sur", "un", "total", "de") {
		i -= 3
	}
	if p.word(i) == "les" {
		i--
	}
	if w := p.word(i); w != "sur" && w != "parmi" {
		return false
	}
	j := p.tokenAfter(m.End)
	return p.word(j) == "" || wholeTail[p.word(j)]
}

// wholeTail are the words after a bare whole that leave it bare: what
// follows says where the whole is, not what it counts.
var wholeTail = map[string]bool{"que": true, "qu'": true, "qui": true, "de": true, "du": true, "des": true, "d'": true,
	"au": true, "en": true, "dans": true, "existants": true, "existantes": true, "recensés": true,
	"recensées": true, "prévus": true, "prévues": true, "disponibles": true, "et": true,
	"depuis": true, "à": true, "selon": true, "pour": true, "cette": true, "l'an": true}

// partOfOpeningWhole: m is the first figure after the whole its
// sentence opens with, "Sur les 4 200 kilomètres de cours d'eau suivis,
// 1 050 étaient à sec": the part counts in the whole's unit.
func (p *parser) partOfOpeningWhole(m Mention) bool {
	i := p.tokenAfter(m.Start)
	lo := i // the sentence's start, looked for only as far back as a whole may stand (sentenceTokens walks the whole sentence, and this runs for every bare number)
	for lo > 0 && i-lo <= 32 && !endMark(p.sym(lo-1)) {
		lo--
	}
	if lo > 0 && !endMark(p.sym(lo-1)) {
		return false
	}
	k := lo
	if p.word(k) != "sur" && p.word(k) != "parmi" {
		return false
	}
	if k++; p.word(k) == "les" || p.word(k) == "ses" || p.word(k) == "leurs" {
		k++
	}
	if p.num(k) == nil || i-k > 30 {
		return false
	}
	comma := false
	for j := k + 1; j < i; j++ {
		if _, year := p.yearAt(j); p.num(j) != nil && !(year && (p.word(j-1) == "en" || p.word(j-1) == "depuis")) {
			return false // another figure between: m is no part of the whole (a year dates the whole: "récoltées en 2023")
		}
		comma = comma || p.sym(j) == ","
	}
	return comma
}

// restatedMeasure: a bare number that names nothing of its own, followed
// by a dimension or a place in the course ("120 de long", "55 à
// l'arrivée"): the second of two measures said with one unit.
func (p *parser) restatedMeasure(m Mention) bool {
	j := p.tokenAfter(m.End)
	switch w := p.word(j); w {
	case "à", "au":
		return true
	case "de", "d'":
		switch p.word(j + 1) {
		case "long", "large", "haut", "hauteur", "largeur", "longueur", "profondeur", "diamètre":
			return true
		}
	}
	return false
}

// sameScaleLater: m, a bare scaled number closing its clause, follows a
// measure of the same scale in its sentence, whose unit it leaves
// unsaid: "2,3 millions de m³, pour une capacité de 24,6 millions".
func (p *parser) sameScaleLater(prev, m Mention) bool {
	if p.lang != French || m.Unit != "" || m.Scale == "" || prev.Kind != Quantity || prev.Scale != m.Scale || prev.End > m.Start {
		return false
	}
	if strings.ContainsAny(p.text[prev.End:m.Start], ".;:!?") {
		return false
	}
	j := p.tokenAfter(m.End)
	return p.word(j) == "" && p.num(j) == nil
}

// pastDatesAndRanks steps back from k past dates and ranks: a rank
// between a measure and a later bare figure of its scale says where, no
// measure ("4,1 millions de tonnes, ... la première place, devant l'Aisne
// (3,9 millions)").
func pastDatesAndRanks(ms []Mention, k int) int {
	for k = pastDates(ms, k, -1); k >= 0 && ms[k].Kind == Ordinal; k = pastDates(ms, k-1, -1) {
	}
	return k
}

// pastDates is the index of the first figure of ms from k on, stepping
// by step (1 or -1), that is no year nor date, or -1 or len(ms): a year
// between a measure and a later bare figure of its scale ("49,5 millions
// de tonnes, dépassant le pic de 2018 (47,7 millions)"), or between a
// change and the level it is carried to ("ouvert 97 magasins en 2023,
// portant son réseau à 860"), dates one of them and joins nothing.
func pastDates(ms []Mention, k, step int) int {
	for k >= 0 && k < len(ms) && (ms[k].Kind == Year || ms[k].Kind == Date || isYearish(ms[k])) {
		k += step
	}
	return k
}

// soitAmount: m, a bare number right after "soit", restates a change of
// the amount before it in its sentence and leaves its currency unsaid:
// "420 000 euros ont été reversés, soit 120 000 de plus qu'en 2023". It
// returns that currency, or "". A noun after m counts something else
// ("soit 120 000 repas").
func (p *parser) soitAmount(out []Mention, m Mention) string {
	n := len(out)
	if p.lang != French || n == 0 || m.Unit != "" || class(m.Kind) != Cardinal || m.Kind == Ordinal || isYearish(m) || p.word(p.tokenAfter(m.Start)-1) != "soit" {
		return ""
	}
	prev := out[n-1]
	if prev.Kind != Money || prev.End > m.Start || strings.ContainsAny(p.text[prev.End:m.Start], ".;:!?") {
		return ""
	}
	j := p.tokenAfter(m.End)
	switch w := p.word(j); {
	case w == "de" && (p.word(j+1) == "plus" || p.word(j+1) == "moins"):
	case w == "" && p.num(j) == nil:
	default:
		return ""
	}
	return prev.Unit
}
