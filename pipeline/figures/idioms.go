package figures

import (
	"math/big"
	"slices"
	"strings"
)

// idioms rewrites constructions whose figures are not what they look
// like: "24 heures sur 24" says 24 once (the English is "24 hours a day"
// or "24/7"), and "deux décennies" / "two decades" are 20 years.
func (p *parser) idioms(ms []Mention) []Mention {
	out := ms[:0]
	lastMoney := ""
	for _, m := range ms {
		if p.penaltyKick(m) || p.namedCoin(m) {
			m.style = "name" // may be dropped: English says "a penalty", "a quarter"
		}
		p.phrasings(&m)
		p.decadeSpan(&m)
		if fixed, idiom := p.fixedPhrase(m); fixed {
			m.style, m.idiom = "fixed", idiom
		}
		if len(out) > 0 && p.joinPrevious(&out[len(out)-1], m) {
			continue
		}
		if n := len(out); n > 1 && (dateLike(out[n-1]) || p.moneyConversion(out[n-2], out[n-1]) || p.perDenominator(out[n-2], out[n-1]) || p.bracketedAfter(out[n-2], out[n-1])) {
			// "1 020 m³/s à Beaucaire en 2023, contre 1 700": the date
			// between says when, the compared figure is the measure's
			p.inheritUnit(out[n-2], &m, out[n-1])
		} else if n > 0 {
			p.inheritUnit(out[n-1], &m, Mention{})
		}
		if n := len(out); n > 0 {
			p.comparedClock(out[n-1], &m)
		}
		if m.Kind == Money && m.Unit == "FRF" && lastMoney != "FRF" && isFranc(lastMoney) {
			m.Unit = lastMoney // "1 800 francs CFA le kilo, contre 1 500 francs": the franc named before
		}
		if m.Kind == Money && m.Unit == "USD" && lastMoney != "USD" && isDollar(lastMoney) && p.lang == French && bareDollars(m.Raw) {
			m.Unit = lastMoney // "96,5 millions de dollars australiens ... 132 000 dollars": the dollar named before
		}
		if m.Kind == Money && !(len(out) > 0 && p.moneyConversion(out[len(out)-1], m)) {
			lastMoney = m.Unit // (not a conversion in brackets: "3,1 milliards d'euros (3,6 milliards de dollars), contre 2,2 milliards" are euros)
		} else if n := len(out); lastMoney != "" && !(n > 0 && p.countBefore(out[n-1], m)) && !(n > 0 && out[n-1].Kind == Quantity && p.priorOf(m)) {
			p.inheritCurrency(&m, lastMoney) // ("660 000 tonnes ..., contre 1,5 million": tonnes, not euros)
		}
		p.monthCarried(out, &m)
		if n := len(out); n > 0 {
			p.currencyBack(&out[n-1], m)
			p.elidedAmount(out[n-1], &m)
			p.dontAmount(out[n-1], &m)
			p.dontTerm(out[n-1], &m)
			p.elidedTimes(&out[n-1], m)
		}
		if p.numberOfName(m) || p.departmentOfName(m) || p.lineNumber(m) {
			m.style, m.label = "name", true // "Le Racing 92 a annoncé", "France 2 a diffusé": the number names its subject
		}
		if p.lang == English && p.teamCategory(m) {
			m.style = "name" // "France's under-21s": a team, "les Espoirs" in French, with no figure to pair
		}
		if p.namedNumber(m) {
			m.style = "name" // "a Six Nations record", "the Big Four": a name, a warning when unpaired
			if i1 := p.tokenAfter(m.End); i1 < len(p.toks) && p.capital(i1) {
				m.nameWord = p.toks[i1].text
			}
			if i0 := p.tokenAfter(m.Start); p.word(i0-1) != "" && p.capital(i0-1) && !articles[p.word(i0-1)] {
				m.nameWord = strings.TrimSpace(p.toks[i0-1].text + " " + m.nameWord) // "Fathom Five National", "the Final Four": either side may be kept
			}
		}
		if m.Kind == Ordinal {
			m.qual = p.centuryQualifier(m)
		}
		if p.yearToDate(m) {
			m.style = "idiom" // "depuis le 1er janvier": "so far this year", a warning when the day is dropped
		}
		m.prior = numeric(m) && (p.priorOf(m) || p.priorListed(out, m)) || (m.Kind == Year || isYearish(m)) && p.comparedYear(m) ||
			m.Kind == Time && p.insteadOf(m) // "arrivé à 14 h 05, au lieu de 11 h 01": the clock compared with
		m.otherPlace = m.prior && p.otherPlace(m)
		m.nowCompared = numeric(m) && !m.prior && p.contreNow(m)
		p.carry(out, &m)
		p.rateCarried(out, &m)
		p.moneyAfter(out, &m)
		m.scaleCarry = p.scaleBefore(out, m)
		p.countedPer(&m)
		p.decades(&m)
		p.cardinalRun(&m)
		out = append(out, m)
	}
	return out
}

// namedNumber: an English number word written with a capital inside its
// sentence, before a capitalised word, is part of a name: "a Six
// Nations record", "the Five Eyes" (le Tournoi, les Cinq Yeux).
func (p *parser) namedNumber(m Mention) bool {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if p.lang != English || !m.Word || m.Kind != Cardinal || i1 != i0+1 || !p.capital(i0) || p.sentenceInitial(i0) || m.Comparator != CmpNone {
		return false
	}
	if p.word(i1) != "" && p.capital(i1) {
		return true // "a Six Nations record"
	}
	// "the Final Four", "the Big Three": a capitalised word before it,
	// no month nor weekday ("May Four" is a date's slip, not a name)
	prev := i0 - 1
	return p.word(prev) != "" && p.capital(prev) && !articles[p.word(prev)] && !p.isMonth(prev) && p.weekdayOf(prev) == 0 && !p.sentenceInitial(prev) && p.num(prev) == nil
}

// numberOfName: a bare number right after a capitalised word and right
// before the verb of their sentence, or before the place a French name
// is of, is part of the name: "Le Racing 92 a annoncé", "Racing 92 have
// signed", "France 2 a diffusé", "le cinéma Studio 7 de Rodez".
func (p *parser) numberOfName(m Mention) bool {
	if !p.clauses || m.Kind != Cardinal || m.Word || m.Unit != "" || m.Scale != "" || isYearish(m) {
		return false // (summary mode only: a translation keeps the name whole, "the Bel 20")
	}
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	prev := i0 - 1
	if i1 != i0+1 || prev < 0 || len(p.word(prev)) < 3 || !p.capital(prev) || articles[p.word(prev)] || p.isMonth(prev) || p.weekdayOf(prev) != 0 {
		return false
	}
	if p.lang == French {
		// "le cinéma Studio 7 de Rodez": the name, then its place
		return asideVerbs[p.word(i1)] || (p.word(i1) == "de" || p.word(i1) == "d'") && p.word(i1+1) != "" && p.capital(i1+1) && !p.isMonth(i1+1)
	}
	switch p.word(i1) {
	case "have", "has", "is", "are", "was", "were", "will":
		return true
	}
	return false
}

// lineNumber: a short bare number before "emergency", "hotline" or
// "helpline" is the number dialled, "Lyon's 115 emergency line", no
// count of anything.
func (p *parser) lineNumber(m Mention) bool {
	if p.lang != English || m.Kind != Cardinal || m.Word || m.Unit != "" || m.Scale != "" || len(m.Raw) > 4 {
		return false
	}
	w := p.word(p.tokenAfter(m.End))
	return w == "emergency" || w == "hotline" || w == "helpline"
}

// departmentOfName: a one- or two-digit number closing a name of two
// capitalised words at a clause's end, "l'association Solidarité
// Paysanne 82.": a department's number in the name, no count.
func (p *parser) departmentOfName(m Mention) bool {
	if p.lang != French || m.Kind != Cardinal || m.Word || m.Unit != "" || m.Scale != "" {
		return false
	}
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if i1 != i0+1 || i0 < 2 || len(p.toks[i0].text) > 2 || p.word(i1) != "" && p.sym(i1) != "," && p.sym(i1) != "." {
		return false
	}
	for _, j := range []int{i0 - 1, i0 - 2} {
		if p.toks[j].kind != tWord || !p.capital(j) || p.sentenceInitial(j) || len(p.word(j)) < 3 || p.isMonth(j) || p.weekdayOf(j) != 0 {
			return false
		}
	}
	return true
}

// carry gives m the unit its sentence said once for it, before or after
// (carried), and the figure before m the percent m says for both.
func (p *parser) carry(out []Mention, m *Mention) {
	if c := p.carriedUnit(*m); c != "" {
		m.carried = c
	} else if n := len(out); n > 0 && p.listedAfterCarried(out[n-1], *m) {
		m.carried = out[n-1].carried // "dont 3,1 millions vers le Maroc et 2,4 millions vers l'Algérie"
	} else if u := p.enPronounUnit(out, *m); u != "" {
		m.carried = u // "1 450 m² ..., qui n'en comptait que 380"
	} else if p.percentBefore(out, *m) {
		m.carried = "%" // "passera de 2,1 à 2,5 pour cent mais, en 2009, il baissera à 1,9"
	} else if u := p.englishCarried(out, *m); u != "" {
		m.carried = u // "drop to 78 cents, then 75 and then 70"
	} else if u := p.soitAmount(out, *m); u != "" {
		m.carried = u // "420 000 euros ..., soit 120 000 de plus qu'en 2023"
	} else if k := pastDatesAndRanks(out, len(out)-1); k >= 0 && p.sameScaleLater(out[k], *m) {
		m.carried = out[k].Unit // "2,3 millions de m³, pour une capacité de 24,6 millions."; "(47,7 millions)" after "49,5 millions de tonnes, dépassant le pic de 2018"
	}
	if n := len(out); n > 0 && p.percentLater(out[n-1], *m) {
		out[n-1].carried = "%" // "jusqu'à 20 et même 30 p. 100": the first rate too
	}
}

// rateCarried: a measure compared with a rate of its sentence leaves the
// rate's "per second" unsaid, "3,6 térabits par seconde, contre 1,2
// térabit un an plus tôt": it is that rate too.
func (p *parser) rateCarried(out []Mention, m *Mention) {
	if !m.prior || m.Kind != Quantity || m.Unit == "" || strings.Contains(m.Unit, "/") {
		return
	}
	for k := len(out) - 1; k >= 0 && p.sameSentenceSpan(out[k], *m); k-- {
		if u := out[k].Unit; out[k].Kind == Quantity && (u == m.Unit+"/s" || u == m.Unit+"/h") {
			m.Unit = u
			return
		}
	}
}

// joinPrevious: m and the figure before it are one figure ("Mai 68",
// "paragraphe 2 de l'Article 17", "24 heures sur 24", "1,5 million"
// said as a fraction of a scale), now held in *prev.
func (p *parser) joinPrevious(prev *Mention, m Mention) bool {
	if merged, ok := p.shortYearMonth(*prev, m); ok {
		*prev = merged // Mai 68
		return true
	}
	if merged, ok := p.mergedIdent(*prev, m); ok {
		*prev = merged // "paragraphe 2 de l'Article 17", "SR.72 à 74"
		return true
	}
	if p.lang == French && p.repeatedPer(*prev, m) {
		*prev = p.perIdiom(*prev, m)
		return true
	}
	if spelledTwice(p.text, *prev, m) {
		end := m.End + strings.Index(p.text[m.End:], ")") + 1
		prev.End, prev.Raw = end, p.text[prev.Start:end] // "trois (3) ans", "Cinquante-cinq (55) répondants"
		return true
	}
	if p.fractionOfScale(*prev, m) {
		*prev = scaledFraction(*prev, m, p.text)
		return true
	}
	if nthCentenary(*prev, m, p.text) {
		// "le huitième centenaire": the 800th anniversary
		prev.Value, prev.Head, prev.End, prev.Raw = itoa(atoiSafe(prev.Value)*atoiSafe(m.Value)), m.Head, m.End, p.text[prev.Start:m.End]
		return true
	}
	return false
}

// nthCentenary: an ordinal in words right before "centenaire" or
// "millénaire" counts hundreds or thousands of years.
func nthCentenary(prev, m Mention, text string) bool {
	return prev.Kind == Ordinal && prev.Word && m.Kind == Ordinal && m.Head == "anniversary" && (m.Value == "100" || m.Value == "1000") &&
		prev.End <= m.Start && strings.TrimSpace(text[prev.End:m.Start]) == "" && atoiSafe(prev.Value) > 1 && atoiSafe(prev.Value) < 100
}

// countBefore: the figure before m in its sentence is a count in millions
// ("Les visiteurs américains ont été 4,5 millions, et les Britanniques
// 12,9 millions"), so a bare m in millions counts the same, whatever
// amount of money the paragraph gave before.
func (p *parser) countBefore(prev, m Mention) bool {
	if prev.Scale == "" || class(prev.Kind) != Cardinal || prev.Unit != "" || prev.End > m.Start {
		return false
	}
	return !strings.ContainsAny(p.text[prev.End:m.Start], ".;!?\n") // one sentence
}

// countedPer reads what m is counted per: a period ("par mois", after
// its noun too), a person or a home, a unit of measure.
func (p *parser) countedPer(m *Mention) {
	if m.Kind == Range && len(m.Parts) == 2 {
		// "de 13,49 à 14,99 euros par mois": both ends are monthly;
		// "€600 to €800 per kilo": both ends are per kilo
		m.per, m.perWho = p.perPeriod(*m), p.perWhoAfter(*m)
		if m.Unit != "" {
			m.rateOf = p.rateUnit(*m)
		}
		return
	}
	if m.Kind == Money || m.Kind == Quantity || class(m.Kind) == Cardinal {
		m.per = p.perPeriod(*m)
		if m.per == 0 && m.Kind == Quantity {
			m.per = p.everyBefore(*m) // "importait chaque mois environ 400 kilos"
		}
		if m.per == 0 && m.Kind == Money {
			m.per = p.everyNAfter(*m) // "4,14 euros tous les deux mois", "€4.14 every two months"
		}
		m.perWho = p.perWhoAfter(*m)
		m.nounPer = p.nounPerPeriod(*m)
		if m.per == 0 && m.nounPer == 0 && m.Kind == Money {
			m.nounPer = p.adjectivePeriod(*m) // "la facture annuelle atteindra 516 euros"
		}
	}
	if m.Kind == Money || m.Kind == Quantity || class(m.Kind) == Cardinal && m.Unit == "" {
		m.rateOf = p.rateUnit(*m)
	}
}

// repeatedPer: m is the second N of "N <unit> sur N".
func (p *parser) repeatedPer(prev, m Mention) bool {
	if prev.Kind != Cardinal || m.Kind != Cardinal || prev.Value != m.Value {
		return false
	}
	between := strings.Fields(strings.ToLower(p.text[prev.End:m.Start]))
	return len(between) == 2 && between[1] == "sur"
}

// perIdiom makes "24 heures sur 24" one figure that FormatEnglish writes
// "24 hours a day".
func (p *parser) perIdiom(prev, m Mention) Mention {
	unit := strings.Fields(strings.ToLower(p.text[prev.End:m.Start]))[0]
	// its noun is inside: "7 jours sur 7 de 9 heures" counts days
	prev.End, prev.Raw, prev.Alt, prev.Head = m.End, p.text[prev.Start:m.End], "per:"+unit, unit
	prev.style = "fixed" // "around the clock", "seven days a week": said without a figure as often as with
	return prev
}

// perPhrase is the English of "N <unit> sur N".
var perPhrase = map[string]string{
	"heures": "hours a day", "h": "hours a day", "jours": "days a week", "mois": "months a year",
}

// followedBy says whether the word right after m is one of words.
func (p *parser) followedBy(m Mention, words ...string) bool {
	w := p.word(p.tokenAfter(m.End))
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// fractionOfScale: "half a million", "a quarter of a billion", "un
// demi-million" arrive as a fraction and a scaled figure.
func (p *parser) fractionOfScale(f, m Mention) bool {
	if f.Kind != Fraction || strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.text[f.End:m.Start]), "of")) != "" {
		return false
	}
	raw := strings.ToLower(m.Raw)
	if !strings.HasPrefix(raw, "a ") && !strings.HasPrefix(raw, "un ") && !strings.HasPrefix(raw, "-") {
		return false
	}
	v := m.Rat()
	return v != nil && v.IsInt() && v.Cmp(big.NewRat(1000, 1)) >= 0
}

func scaledFraction(f, m Mention, text string) Mention {
	v := m.Rat()
	v.Mul(v, f.Rat())
	m.Value, m.Start, m.Word = canonical(v), f.Start, false
	m.Raw = text[m.Start:m.End]
	if m.Comparator == CmpNone {
		m.Comparator = f.Comparator // "more than a quarter of a million": the hedge is the fraction's
	}
	return m
}

// penaltyKick: "une pénalité de 11 mètres", "un 11 mètres" name a
// penalty kick in football reports, which English calls "a penalty".
func (p *parser) penaltyKick(m Mention) bool {
	if m.Value != "11" || m.Kind != Cardinal && m.Kind != Quantity || p.lang != French {
		return false
	}
	near := strings.ToLower(p.text[max(0, m.Start-24):min(len(p.text), m.End+24)])
	return strings.Contains(near, "mètre") && (strings.Contains(near, "pénalit") || strings.Contains(near, "penalty"))
}

// inheritUnit gives a bare figure compared with an amount the amount's
// unit: "120 millions d'euros, contre 100 millions", "€5m, against 4m";
// skipped is a date between them, whose words do not count.
func (p *parser) inheritUnit(prev Mention, m *Mention, skipped Mention) {
	if prev.Kind == Range && len(prev.Parts) == 2 {
		// "entre 31 et 34 milliards de livres, contre 18 milliards": the
		// compared figure takes the unit of the range's ends
		hi := prev.Parts[1]
		hi.Start, hi.End, hi.Sentence, hi.Raw = prev.Start, prev.End, prev.Sentence, prev.Raw
		prev = hi
	}
	collective := m.Kind == Approx && m.Unit == "" && m.Scale == "" // "84 points de base, contre une cinquantaine"
	if w := p.word(p.tokenAfter(m.End)); periodUnit[w] != "" || w == "x" || p.sym(p.tokenAfter(m.End)) == "×" {
		return // "rises to €24.99 after 12 months": a length of time, not a price; "from 46 x 13 MW": a count
	}
	spelledGap := m.Word && p.gapSetOff(prev, *m) // "54 m², six more than in 2022"
	if m.Unit != "" || m.Kind != Cardinal && m.Kind != Decimal && !collective || isYearish(*m) || m.Word && m.Scale == "" && !collective && !spelledGap {
		return
	}
	if prev.Kind != Money && prev.Kind != Percent && prev.Kind != Quantity || prev.Sentence != m.Sentence && prev.End > m.Start {
		return
	}
	if prev.Kind == Percent && wholeWords[strings.ToLower(prev.Raw)] {
		return // "18 agences seront entièrement refaites, contre 11 à Grenoble": a word for the whole lends no unit; 11 counts branches
	}
	if v := m.Rat(); prev.Kind == Percent && (m.Scale != "" || v != nil && v.Cmp(big.NewRat(1000, 1)) >= 0) {
		return // "down 14% from 1.18 million", "up 23 per cent from 15,000": the level of the change, never a percentage
	}
	between, trimmed := p.comparedBy(prev, *m, skipped)
	between = slices.DeleteFunc(between, func(w string) bool { return onlyWords[w] }) // "contre seulement 65": against 65
	if trimmed && len(between) == 1 && between[0] == "from" {
		return // "21% of them from abroad, from 150 countries": another figure, not the level before
	}
	if p.bracketedRival(*m, between) {
		m.Kind, m.Unit, m.guessedUnit = prev.Kind, prev.Unit, true
		return
	}
	if p.gapInherits(prev, m, between) || len(between) == 0 || len(between) > 3 {
		return
	}
	switch joined := strings.Join(between, " "); {
	case comparedWords[joined]:
		if p.lang == English && (prev.Kind == Money || prev.Kind == Quantity) && p.pluralNounAhead(p.tokenAfter(m.End)) {
			return // "$23,870 from 109 donors", "€300 million after 14 major flood events": a count of what the noun names
		}
		if w := p.word(p.tokenAfter(m.End)); prev.Kind == Percent && countedNoun(w) {
			return // "occupancy at 184%, up from 480 prisoners for 330 places": a count of its own noun
		}
		if prev.Kind == Percent && p.percentChange(prev) && (between[0] == "from" || between[0] == "after") {
			return // "up nearly 60% from 780 in 2020": the level that rose, not a percentage
		}
		if v, pv := m.Rat(), prev.Rat(); prev.Kind == Percent && v != nil && pv != nil && v.Cmp(big.NewRat(100, 1)) > 0 && pv.Cmp(big.NewRat(100, 1)) <= 0 {
			return // "215 are women, or 37.3%, down from 224 in 2017": a share no more than whole is compared with the count it was, not with 224%
		}
		m.Kind, m.Unit, m.guessedUnit, m.compUnit = prev.Kind, prev.Unit, trimmed, true
		if v := m.Rat(); prev.Unit == centUnit && v != nil && m.Scale == "" {
			m.Value = canonical(v.Quo(v, big.NewRat(100, 1))) // "29 centimes per kWh, down from 32.1": 32.1 cents, as the cents before it are kept
		}
		p.comparedScale(prev, m)
	case joined == "sur" || joined == "en sur" || joined == "out of" || joined == "in out of":
		// "1,3 million de mètres cubes en 2023, sur 3,2 millions produits":
		// the whole, in the unit of its part
		if prev.Kind == Quantity && m.Scale != "" && periodUnit[m.Head] == "" {
			m.Kind, m.Unit = prev.Kind, prev.Unit
		}
	case joined == "en à" || joined == "in to":
		// "passée de 80 µg/m³ en 2012 à 48 en 2022": the level a change
		// reached, in the unit it started from
		if from := p.word(p.tokenAfter(prev.Start) - 1); skipped.End > skipped.Start && (from == "de" || from == "from") {
			m.Kind, m.Unit = prev.Kind, prev.Unit
		}
	case joined == "soit":
		// "1 145 points, soit 212 de plus": the restated gap, in the same
		// unit, which the English may leave bare ("212 ahead"); "50,3 %,
		// soit 212 voix" turns a share into a count
		if prev.Kind != Percent && m.Head == "" {
			m.Kind, m.Unit, m.guessedUnit = prev.Kind, prev.Unit, true
		}
	case joined == "en et" || joined == "in and":
		listGoesOn(prev, m, skipped)
	case replacedWords[joined]:
		// "212 km/h au lieu de 110": the limit in the speed's unit, which
		// the English may write ("110 km/h") or leave bare ("a 110 zone")
		if prev.Kind == Quantity {
			m.carried = prev.Unit
		}
	}
}

// onlyWords qualify a compared figure without saying what it is.
var onlyWords = map[string]bool{"seulement": true, "only": true, "just": true, "encore": true, "still": true}

// pluralNounAhead: an English plural noun starts at j or after up to two
// words that qualify it ("14 major flood events"); a word that ends a
// noun phrase (a preposition, a verb, "the") or any sign stops the look.
func (p *parser) pluralNounAhead(j int) bool {
	for k := range 3 {
		w := p.word(j + k)
		if w == "" || notNoun[w] || amountTail[w] || periodUnit[w] != "" || unitWords[w] != "" {
			return false
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// bracketedRival: m is a bare figure in brackets after a name that the
// figure before it is set against, "avec 428,5 points, devant l'Italie
// (415) et l'Allemagne (401)", "ahead of Italy (415)": the rival's
// figure, in the leader's unit.
func (p *parser) bracketedRival(m Mention, between []string) bool {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if m.Head != "" || p.sym(i0-1) != "(" || p.sym(i1) != ")" || !p.capital(i0-2) || len(between) < 2 || len(between) > 6 {
		return false
	}
	first := between[0]
	if first == ")" {
		first = between[1] // "(415) et l'Allemagne (401)": the next rival of the list
	}
	return rivalLinks[first]
}

// rivalLinks open the name of a rival set against a leader's figure.
var rivalLinks = map[string]bool{"devant": true, "derrière": true, "ahead": true, "behind": true, "et": true, "and": true, "puis": true, "then": true}

// listGoesOn gives m the unit of prev, a dated compared figure of the
// same scale: "contre 1,68 million en 2024 et 1,95 million en 2023".
func listGoesOn(prev Mention, m *Mention, skipped Mention) {
	if (prev.Kind == Quantity || prev.Kind == Money) && m.Scale != "" && strings.EqualFold(m.Scale, prev.Scale) && skipped.End > skipped.Start {
		m.Kind, m.Unit, m.guessedUnit = prev.Kind, prev.Unit, true
	}
}

// comparedBy: the words between prev and m in one clause, lower-cased,
// without the skipped date's; trimmed says a comma cut what prev
// counts off ("85 kilomètres de pistes cyclables, contre 60").
func (p *parser) comparedBy(prev, m, skipped Mention) (between []string, trimmed bool) {
	gap := p.text[prev.End:m.Start]
	if skipped.End > skipped.Start && skipped.Start >= prev.End && skipped.End <= m.Start {
		gap = p.text[prev.End:skipped.Start] + p.text[skipped.End:m.Start] // its words are not between
	}
	if strings.ContainsAny(gap, ".;:") {
		return nil, false
	}
	if c := strings.LastIndex(gap, ","); c >= 0 {
		// ("25,3 millions de tonnes, la plus faible depuis 1983, contre 35
		// millions": four words, the comma before them is no fifth)
		if n := len(strings.Fields(strings.Trim(gap[:c], " ,"))); n <= 4 || ratePhrase(gap[:c]) {
			gap, trimmed = gap[c:], n > 0
		}
	}
	return strings.Fields(strings.ToLower(strings.Trim(gap, " ,;"))), trimmed
}

// comparedWords stand between a figure and the one it is compared with,
// "120 millions d'euros, contre 100 millions", "35 minutes, down from 80".
var comparedWords = map[string]bool{"contre": true, "against": true, "versus": true, "vs": true, "compared with": true, "compared to": true,
	"from": true, "après": true, "after": true, "down from": true, "up from": true}

// replacedWords stand between a figure and the one it replaces, "30
// euros au lieu de 45".
var replacedWords = map[string]bool{"au lieu de": true, "au lieu d'": true, "instead of": true, "rather than": true, "plutôt que": true}

// ratePhrase: the words after a measure say what it is counted per, "par
// habitant et par jour", "per person per day": part of the measure, not a
// clause between it and the figure compared with it.
func ratePhrase(words string) bool {
	ws := strings.Fields(strings.ToLower(words))
	return len(ws) > 0 && len(ws) <= 6 && (ws[0] == "par" || ws[0] == "per" || ws[0] == "a")
}

// gapInherits gives a gap set off after a measure the measure's unit,
// "169 points, 31 de plus que Leclerc", and reports that it did.
func (p *parser) gapInherits(prev Mention, m *Mention, between []string) bool {
	if len(between) != 0 || prev.Kind == Percent || m.Head != "" || !p.gapSetOff(prev, *m) {
		return false
	}
	m.Kind, m.Unit, m.guessedUnit = prev.Kind, prev.Unit, true
	return true
}

// gapSetOff: m follows prev after a comma, alone or with "soit", and is
// told as a gap, "169 points, 31 de plus", "54 m², six more".
func (p *parser) gapSetOff(prev, m Mention) bool {
	if prev.End > m.Start || !p.gapAfter(m) {
		return false
	}
	between := strings.TrimSpace(p.text[prev.End:m.Start])
	rest, ok := strings.CutPrefix(between, ",")
	rest = strings.TrimSpace(rest)
	return ok && (rest == "" || rest == "soit" || rest == "or") // ("21 degrés, soit deux de moins")
}

// gapAfter: m is told as a difference by the words after it, "31 de
// plus que", "12 de moins", "31 more than".
func (p *parser) gapAfter(m Mention) bool {
	j := p.tokenAfter(m.End)
	return p.words(j, "de", "plus") || p.words(j, "de", "moins") || p.word(j) == "more" || p.word(j) == "fewer" || p.word(j) == "less" || p.word(j) == "ahead"
}

// decades reads "trois décennies", "three decades" as thirty years.
func (p *parser) decades(m *Mention) {
	if p.followedBy(*m, "décennies", "décades", "decades") {
		if v := m.Rat(); v != nil && (m.Kind == Cardinal || m.Kind == Decimal) {
			m.Value, m.Head, m.inDecades = canonical(v.Mul(v, big.NewRat(10, 1))), "years", true
		}
	}
}

// yearToDate: "depuis le 1er janvier" with no year counts the year so far.
func (p *parser) yearToDate(m Mention) bool {
	d := m.Date
	return p.lang == French && m.Kind == Date && d != nil && d.Month == 1 && d.Day == 1 && d.Year == 0 &&
		p.words(p.tokenAfter(m.Start)-2, "depuis", "le")
}

// deLocutions begin the prepositions French ends with "de" ("lors de",
// "près de"): no adjective of what the number counts.
var deLocutions = map[string]bool{"lors": true, "près": true, "auprès": true, "hors": true, "autour": true, "loin": true, "afin": true, "faute": true}

// spelledMillions: a number written in words that ends on a scale of a
// million or more, "un million", "deux milliards": scaled as "1 million" is.
func spelledMillions(m Mention) bool {
	if !m.Word {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Raw))
	return len(f) > 1 && (frScale[f[len(f)-1]] >= 6 || enScale[f[len(f)-1]] >= 6)
}

// inheritCurrency gives a bare scaled amount the currency of the last
// amount of its paragraph: "2 millions d'euros de l'État. Quelque 100
// millions doivent suivre" are euros, as "€100m" says. A scale word
// followed by what it counts ("3 millions de visiteurs") is no amount.
func (p *parser) inheritCurrency(m *Mention, cur string) {
	if m.Unit != "" || m.Kind != Cardinal && m.Kind != Decimal || m.Scale == "" && !spelledMillions(*m) || isYearish(*m) || strings.HasSuffix(strings.ToLower(m.Scale), "milles") {
		return // ("7 milles exposants": the noun it counts follows)
	}
	if w := p.word(p.tokenAfter(m.Start) - 1); w == "été" || w == "sont" || w == "étaient" {
		return // "les Américains ont été 3,6 millions": people counted, not an amount
	}
	if p.numberOfWhat(*m) != "" || p.countSubjectBefore(*m) {
		return // "le nombre de comptes s'élève à 5,2 millions", "ridership reached 122 million": a count
	}
	j := p.tokenAfter(m.End)
	switch w := p.word(j); {
	case (w == "de" || w == "d'") && moneyNouns[p.word(j+1)]:
		// "dont 620 millions d'investissements": an amount of spending
	case w == "de" && (p.word(j+1) == "plus" || p.word(j+1) == "moins" || p.word(j+1) == "trop"):
		// "a coûté 35 millions de plus que prévu": more of the same amount
	case w == "de" || w == "d'" || w == "of":
		return
	case p.lang == French && w != "" && !deLocutions[w] && (p.word(j+1) == "de" || p.word(j+1) == "d'") && !moneyNouns[p.word(j+2)] && p.currencyAt(j+2) == "":
		return // "la ligne au million quotidien de voyageurs": an adjective, then what it counts
	case p.lang == English && (w == "a" || w == "per" || w == "every") && periodUnit[p.word(j+1)] != "":
		// "€6 million over five years, or 1.2 million a year": the amount per period
	case p.lang == English && w != "" && !notNoun[w] && !amountTail[w]:
		return // "3 million people": English names what it counts without "of"
	case p.lang == English && (w == "more" || w == "extra" || w == "additional") && pluralNounLike(p.word(j+1)) && currencyWords[p.word(j+1)] == "":
		return // "to 1 million more households": more of what it counts
	}
	m.Kind, m.Unit = Money, cur
}

// moneyNouns are what an amount is spent or earned as: after "millions
// de" they keep it an amount, where "3 millions de visiteurs" counts.
var moneyNouns = map[string]bool{"investissements": true, "investissement": true, "dépenses": true,
	"recettes": true, "subventions": true, "aides": true, "crédits": true, "économies": true,
	"bénéfices": true, "bénéfice": true, "pertes": true, "dettes": true, "revenus": true, "impôts": true,
	"taxes": true, "charges": true, "travaux": true, "financements": true, "dividendes": true,
	"bonus": true, "primes": true, "frais": true, "indemnités": true, "amendes": true, "honoraires": true,
	"loyers": true, "salaires": true, "redevances": true, "intérêts": true, "royalties": true,
	"mises": true, "enjeux": true, "gains": true, "dons": true, "cotisations": true, "prêts": true, "emprunts": true}

// amountTail are English words after a bare amount that leave it an
// amount: "€100m more is due", "a further 40 million will follow".
var amountTail = map[string]bool{"more": true, "extra": true, "further": true, "will": true, "would": true,
	"the": true, "last": true, "this": true, "earlier": true, "previously": true, // "from 6.8 billion the month before": a time, not what it counts
	"should": true, "must": true, "could": true, "may": true, "each": true, "apiece": true, "in": true}

// centuryQualifiers say which part of a century: "au début du XXe
// siècle" is "the early 20th century", not "the end of the 20th century".
var centuryQualifiers = []struct{ before, q string }{
	{"début du ", "early"}, {"fin du ", "late"}, {"milieu du ", "mid"}, {"mi-", "mid"},
	{"early ", "early"}, {"late ", "late"}, {"mid-", "mid"}, {"the end of the ", "late"},
	{"the beginning of the ", "early"}, {"the start of the ", "early"}, {"the middle of the ", "mid"},
}

// centuryQualifier reads the part of the century before an ordinal
// century.
func (p *parser) centuryQualifier(m Mention) string {
	if m.Unit != "century" && !p.followedBy(m, "century", "centuries", "siècle", "siècles") {
		return ""
	}
	before := strings.ToLower(p.text[max(0, m.Start-24):m.Start])
	for _, c := range centuryQualifiers {
		if strings.HasSuffix(before, c.before) {
			return c.q
		}
	}
	return ""
}

// nounPerPeriod reads the period a count's noun is counted per: "95 000
// visiteurs par an", "12,000 visits a week" (perPeriod reads a period
// right after the figure or its unit).
func (p *parser) nounPerPeriod(m Mention) int64 {
	j := p.tokenAfter(m.End)
	if p.toks[min(j, len(p.toks)-1)].kind != tWord || periodUnit[p.word(j)] != "" || unitWords[p.word(j)] != "" {
		return 0
	}
	if periodAdjectives[p.word(j)] != "" {
		return 0 // "3 864 euros mensuels en 2024": a month's amount, told in its year (adjectivePeriod)
	}
	if w := p.word(j + 1); (p.lang == French && w == "en" || p.lang == English && w == "in") && p.word(j) != "jusqu'" && p.word(j) != "jusque" {
		if _, ok := p.yearAt(j + 2); ok {
			return periodSize["an"] * familyScale("month") // "36 500 interventions en 2023": a year's count
		}
	}
	if per := p.periodAfter(j + 1); per != 0 || p.toks[min(j+1, len(p.toks)-1)].kind != tWord {
		return per
	}
	if p.lang == English {
		if per := p.periodAfter(j + 2); per != 0 {
			return per // "14 round trips a week": English nouns of two words
		}
	}
	return p.clausePeriod(j + 1)
}

// clausePeriod reads a period counted per at the end of the words after
// a count's noun: "600 demandes de renouvellement par heure", "3 600
// camions traversent le tunnel par jour", "3,600 lorries use it per
// day". Only "par" and "per": an English "a week" after a verb is as
// often "a week later".
func (p *parser) clausePeriod(j int) int64 {
	for k := j; k < j+6 && k < len(p.toks) && p.toks[k].kind == tWord; k++ {
		if w := p.word(k); w == "par" || w == "per" {
			return p.periodAfter(k)
		}
	}
	return 0
}

// perPeriod reads the period an amount is counted per: "1 100 euros par
// mois", "€1,100 a month", "35 heures par semaine", "per year": a
// rent per month is not one per week. The key is the period's length.
func (p *parser) perPeriod(m Mention) int64 {
	j := p.tokenAfter(m.End)
	if p.word(j-1) == "bpj" {
		return periodSize["jour"] * familyScale("sec") // barils par jour
	}
	if grossNet[p.word(j)] {
		j++ // "75 000 euros bruts par mois", "€75,000 gross a year"
	}
	if w := p.word(j); (w == "of" || w == "de" || w == "d'") && p.word(j+1) != "" && p.periodAfter(j+2) > 0 {
		j += 2 // "400 kg of cocaine a week", "400 kilos de cocaïne par mois"
	}
	if w := p.word(j); (periodUnit[w] != "" || unitWords[w] != "") && !(p.lang == English && w == "an") {
		j++ // 35 heures par semaine; "60 an hour" is no French year
		if w := p.word(j); (w == "de" || w == "d'" || w == "of") && p.word(j+1) != "" && periodAfterWord(p.word(j+2)) {
			j += 2 // "2 heures de travail par jour", "2 hours of work per week"
		}
	}
	if w := p.word(j); (w == "per" || w == "par" || w == "a") && perWhoNouns[p.word(j+1)] != 0 {
		j += 2 // "€8.45 per person per week": whom, then how often
		if p.word(j) == "et" || p.word(j) == "and" {
			j++
		}
	}
	return p.periodAfter(j)
}

// everyNAfter reads "tous les deux mois", "every two months" right after
// an amount (everyAt's reading of how often): the length of the period it
// is paid per, or 0. A single period ("tous les mois") is left to
// perPeriod, and a count that is not whole to nothing.
func (p *parser) everyNAfter(m Mention) int64 {
	j := p.tokenAfter(m.End)
	if w := p.word(j); w != "tous" && w != "toutes" && w != "every" {
		return 0 // (asked of every amount: look before reading)
	}
	e, k := p.everyAt(j)
	if k == 0 || e.style == "idiom" {
		return 0
	}
	v := e.Rat()
	if v == nil || !v.IsInt() || v.Cmp(big.NewRat(2, 1)) < 0 || periodSize[e.Head] == 0 {
		return 0
	}
	return v.Num().Int64() * periodSize[e.Head] * familyScale(periodUnit[e.Head])
}

// everyBefore reads "chaque mois", "every week" right before a measure:
// the length of the period it is counted per, or 0.
func (p *parser) everyBefore(m Mention) int64 {
	i := p.tokenAfter(m.Start)
	n := p.word(i - 1)
	if w := p.word(i - 2); (w == "chaque" || w == "every" || w == "each") && periodUnit[n] != "" && !strings.HasSuffix(n, "s") || w == "chaque" && n == "mois" {
		return periodSize[n] * familyScale(periodUnit[n])
	}
	return 0
}

// periodAfter reads "par mois", "a month", "per year", "/an" at j: the
// length of the period counted per, or 0.
func (p *parser) periodAfter(j int) int64 {
	w := p.word(j)
	if !(p.lang == French && w == "par" || p.lang == English && (w == "a" || w == "an" || w == "per" || w == "each") || p.sym(j) == "/") {
		return 0
	}
	if n := p.word(j + 1); periodUnit[n] != "" && !strings.HasSuffix(n, "s") || n == "mois" {
		if w := p.word(j + 2); p.lang == English && (periodTails[w] || w == "after") {
			return 0 // "34,000 weekday riders a year after opening", "a week later": a point in time, no rate (not "on", "before": "€5m a year on repairs")
		}
		return periodSize[n] * familyScale(periodUnit[n])
	}
	if p.lang == English && p.word(j+1) == "quarter" && w != "a" {
		return periodSize["trimestre"] * familyScale("month") // "¥400bn each quarter", "par trimestre"
	}
	if n := p.word(j + 1); p.lang == English && p.sym(j) == "/" && (n == "mo" || n == "mth") {
		return periodSize["month"] * familyScale("month") // "€19.99/mo"; French "Mo" is a megabyte
	}
	if n := p.word(j + 1); n == "nuit" || n == "night" || n == "soir" || n == "soirée" || n == "evening" {
		return periodSize["jour"] * familyScale("sec") // a hotel night, a festival's evening, is counted as a day, never a week
	}
	return 0
}

// dateLike: a year or a span of months, which tells when a figure was,
// not what it counts (a day may be the start of a count: "depuis le 1er
// janvier").
func dateLike(m Mention) bool {
	return m.Kind == Year || isYearish(m) || m.Kind == Date && m.Date != nil && m.Date.Day == 0 && m.Date.Year != 0 || m.Kind == Range && len(m.Parts) == 2 && m.Parts[0].Kind == Date && m.Parts[0].Date != nil && m.Parts[0].Date.Day == 0
}

// numberOfWhat is the noun of "le nombre de comptes ... s'élève à 5,2
// millions", "the number of" before m: what m counts, whatever amounts
// come before it; "" when none.
func (p *parser) numberOfWhat(m Mention) string {
	if k := p.countedNounAt(p.tokenAfter(m.Start), func(j int) bool { return !endMark(p.sym(j)) }); k >= 0 {
		return p.word(k)
	}
	return ""
}

// countedNounAt is the token of the noun of "le nombre de chômeurs", "the
// number of", within the 16 tokens before i that within accepts (a long
// sentence is read a few words back only); -1 when none.
func (p *parser) countedNounAt(i int, within func(j int) bool) int {
	for j := i - 1; j >= 0 && j >= i-16 && within(j); j-- {
		if w := p.word(j); (w == "nombre" || w == "number") && (p.word(j+1) == "de" || p.word(j+1) == "d'" || p.word(j+1) == "of") {
			return j + 2
		}
	}
	return -1
}

// countSubjectBefore: a noun of people counted stands a few words before
// m in its sentence, the subject whose size m gives.
func (p *parser) countSubjectBefore(m Mention) bool {
	i := p.tokenAfter(m.Start)
	for j := i - 1; j >= 0 && j >= i-8 && !endMark(p.sym(j)); j-- {
		if countSubjects[p.word(j)] {
			return true
		}
	}
	return false
}

// countSubjects are nouns of a number of people, never of money.
var countSubjects = map[string]bool{"ridership": true, "attendance": true, "turnout": true, "passengers": true, "visitors": true,
	"population": true, "subscribers": true, "users": true, "viewers": true, "audience": true, "membership": true,
	"enrolment": true, "enrollment": true, "headcount": true, "tourists": true, "spectators": true, "travellers": true, "travelers": true,
	"fréquentation": true, "voyageurs": true, "visiteurs": true, "habitants": true, "abonnés": true, "utilisateurs": true,
	"spectateurs": true, "passagers": true, "touristes": true, "effectifs": true,
	// stays, entries, trips and copies are counted too: "les nuitées ont dépassé les 3,4 millions"
	// (not members or pupils: "18 millions à ses adhérents et 7 millions à ses éleveurs" are paid to them)
	"nuitées": true, "entrées": true, "admissions": true, "trajets": true, "rides": true, "journeys": true, "visites": true,
	"visits": true, "exemplaires": true, "copies": true}

// periodAfterWord: the word opens a period counted per.
func periodAfterWord(w string) bool {
	return w == "par" || w == "per" || w == "a" || w == "each"
}

// grossNet qualify an amount between it and its period.
var grossNet = map[string]bool{"bruts": true, "brut": true, "nets": true, "net": true, "ht": true, "ttc": true, "gross": true, "nett": true}

// moneyConversion: b is an amount in brackets right after the amount a,
// its conversion: "3,1 milliards d'euros (3,6 milliards de dollars)".
func (p *parser) moneyConversion(a, b Mention) bool {
	return a.Kind == Money && b.Kind == Money && a.End <= b.Start && strings.TrimSpace(p.text[a.End:b.Start]) == "("
}

// cardinalRun marks a count of a run ("three years in a row", "four
// straight wins"), which answers "la troisième année" or "une quatrième
// victoire de suite": the Nth of a run counts N.
func (p *parser) cardinalRun(m *Mention) {
	if m.Kind != Cardinal || m.style != "" || m.Unit != "" {
		return
	}
	j := p.tokenAfter(m.End)
	if p.inARow(j) || p.word(j) != "" && p.inARow(j+1) {
		m.style = "row"
	}
}

// percentChange: the percent tells a change ("up 60%", "fell by 12%"),
// not the level a rate reached ("rose to 5.2% from 4.8").
func (p *parser) percentChange(m Mention) bool {
	if p.direction(m) == 0 {
		return false // (the change's direction is read after this pass)
	}
	before := p.word(p.tokenAfter(m.Start) - 1)
	return before != "to" && before != "at" && before != "à"
}

// elidedTimes: a bare number joined to the multiplier after it counts
// times too: "pas deux mais trois fois plus élevé" is "not 2x but 3x as
// high", "deux ou trois fois" "2x or 3x".
func (p *parser) elidedTimes(prev *Mention, m Mention) {
	if m.Kind != Multiplier || prev.Kind != Cardinal || prev.Unit != "" || prev.Scale != "" || prev.End > m.Start {
		return
	}
	switch strings.TrimSpace(strings.ToLower(p.text[prev.End:m.Start])) {
	case "ou", "mais", "voire", "à", "or", "but", "to":
		prev.Kind = Multiplier
	}
}

// spelledTwice: m repeats in digits, in brackets, the number prev spelled,
// as contracts and reports write it: one figure.
func spelledTwice(text string, prev, m Mention) bool {
	if !prev.Word || m.Word || prev.Value != m.Value || prev.Kind != m.Kind || m.Unit != "" || prev.End > m.Start || strings.Trim(m.Raw, "0123456789") != "" {
		return false // (digits only: "a two-room (T2) flat" is the English's own gloss, read in brackets.go)
	}
	return strings.TrimSpace(text[prev.End:m.Start]) == "(" && strings.HasPrefix(strings.TrimLeft(text[m.End:], " "), ")")
}

// underAgeRaw: an English age group written "under-21s", "under-20s",
// which may be people or a team.
func underAgeRaw(raw string) bool {
	const lead = "under-" // (no lowering: this asks of every English figure)
	if len(raw) != len(lead)+3 || !strings.EqualFold(raw[:len(lead)], lead) || raw[len(raw)-1] != 's' {
		return false
	}
	n := raw[len(lead) : len(raw)-1]
	return n[0] >= '1' && n[0] <= '2' && n[1] >= '0' && n[1] <= '9'
}

// teamCategory: an English team named by its age limit, owned by a
// country or club, "France's under-21s", "England under-20s", "the
// under-21s squad". Without an owner the words name people, "Among
// under-21s, unemployment...", an age the source must give.
func (p *parser) teamCategory(m Mention) bool {
	if underAgeLimit(m.Raw) {
		next := p.word(p.tokenAfter(m.End))
		return teamNouns[next] || categoryEvents[next] // "the under-23 athletics match", "an under-21 side"
	}
	if !underAgeRaw(m.Raw) {
		return false
	}
	i := p.tokenAfter(m.Start)
	if teamNouns[p.word(p.tokenAfter(m.End))] {
		return true
	}
	prev := p.word(i - 1)
	if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return true
	}
	return p.capital(i-1) && p.wordBefore(i-1) // (not "Among under-21s": a sentence's first word)
}

// underAgeLimit: "under-23", "under-21" set before a noun as its
// category.
func underAgeLimit(raw string) bool {
	return underAgeRaw(raw + "s")
}

// categoryEvents are what an age limit before them names the category
// of: "the under-23 athletics match", "the under-20 World Cup".
var categoryEvents = map[string]bool{"match": true, "matches": true, "championship": true, "championships": true, "tournament": true,
	"international": true, "athletics": true, "rugby": true, "football": true, "world": true, "european": true, "league": true,
	"final": true, "cup": true, "title": true, "game": true, "games": true, "players": true, "level": true}

// teamNouns name a side after its age limit: "the under-21s squad".
var teamNouns = map[string]bool{"side": true, "team": true, "squad": true, "coach": true, "captain": true, "manager": true}

// wordBefore: a word stands before token i in its sentence.
func (p *parser) wordBefore(i int) bool {
	s := p.sentenceOf(p.toks[i].start)
	for j := i - 1; j >= 0 && p.sentenceOf(p.toks[j].start) == s; j-- {
		if p.word(j) != "" {
			return true
		}
	}
	return false
}

// perDenominator: b is what the amount a is counted per, "465 euros per
// 1,000 litres", "465 euros les 1 000 litres": a figure compared after
// them ("up from 420") is in a's unit, not b's.
func (p *parser) perDenominator(a, b Mention) bool {
	if a.Kind != Money && a.Kind != Quantity || a.End > b.Start || class(b.Kind) != Cardinal && b.Kind != Quantity {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(p.text[a.End:b.Start])) {
	case "per", "par", "pour", "les", "for every", "for each", "every":
		return true
	}
	return false
}

// bracketedAfter: the figure b stands in brackets right after a, "entre
// 31 et 34 milliards de livres (en valeur 2015), contre 18 milliards": an
// aside on a, which bounds nothing between a and the figure after it.
func (p *parser) bracketedAfter(a, b Mention) bool {
	if a.End > b.Start {
		return false
	}
	gap := p.text[a.End:b.Start]
	open := strings.LastIndex(gap, "(")
	if open < 0 || strings.ContainsAny(gap[open:], ").;") || len(strings.Fields(gap[:open])) > 3 {
		return false
	}
	rest := p.text[b.End:min(len(p.text), b.End+12)]
	shut := strings.Index(rest, ")")
	return shut >= 0 && !strings.ContainsAny(rest[:shut], "(.;")
}
