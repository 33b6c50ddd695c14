package figures

import "strings"

// Names next to a figure (a place, a company, a party): "À Orly, la
// moitié des vols ... un quart à Roissy". Names are written alike in
// both languages, so two figures of one sentence that traded their names
// ("half of Roissy's flights and a quarter of Orly's") swapped what they
// are said of, however the nouns around them were translated.

// nameWords reads the capitalised words in the figure's window, and the
// place a French or English sentence opens with before a comma ("À
// Orly,", "In Lyon,") when no figure comes before.
func (p *parser) nameWords(m *Mention, prevEnd int) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if p.anaphoricAge(i0, i1) {
		m.names = nil // "La nageuse de 19 ans devance Clémence Roudier": the age of the swimmer named before
		return
	}
	var out []string
	stop := func(j int) bool {
		t := p.toks[j]
		return t.kind == tNum || t.kind == tSym && t.low != "'" && t.low != "-" || ctxBreak[t.low]
	}
	add := func(j int) {
		if p.toks[j].kind == tWord && len(p.toks[j].low) > 2 && p.capital(j) && (!p.sentenceInitial(j) || p.known[p.toks[j].low]) {
			if areaNouns[p.word(j+1)] && p.lang == English {
				out = append(out, p.nameAt(j)+" "+p.word(j+1)) // "the Paris region" is Île-de-France, not Paris
				return
			}
			out = append(out, p.nameAt(j))
		}
	}
	ageWord := p.lang == English && (m.Head == "year-old" || strings.HasSuffix(strings.ToLower(m.Raw), "year-old"))
	for j := i1; j < len(p.toks) && j < i1+5 && !stop(j); j++ {
		if ageWord && p.toks[j].kind == tWord && !p.capital(j) && p.word(j) != "year-old" {
			break // "sold the 22-year-old to Lorient": an age names the person right after it, no place further on
		}
		add(j)
	}
	j := i0 - 1
	for ; j >= 0 && j >= i0-3 && !stop(j); j-- {
		add(j)
	}
	if name := p.ageApposition(*m, i0, i1); name != "" {
		out = append(out, name)
	}
	if p.sym(i0-1) == "(" {
		// "les Chinois (6 %)", "Americans (13%)": said of the noun the
		// brackets follow
		for k := i0 - 2; k >= 0 && k >= i0-4 && !stop(k); k-- {
			add(k)
		}
	}
	if lo := p.nearSentenceStart(i0); lo >= 0 && opensWithPlace[p.word(lo)] {
		// "À Orly, la moitié des vols", "In Guadeloupe, the rate is
		// still as high as 17.6%": the place before the first comma, when
		// no figure comes between it and m
		c := lo + 1
		for c < i0 && c <= lo+4 && p.sym(c) != "," {
			c++
		}
		between := c < len(p.toks) && prevEnd > p.toks[c].start // "À Orly, la moitié ..., et un quart à Roissy"
		if p.sym(c) == "," && c > lo+1 && !between {
			for k := lo + 1; k < c; k++ {
				add(k)
			}
		} else if p.sym(c) != "," && prevEnd < p.toks[lo].start {
			// "In the Meuse the bill exceeds €3,500": the capitalised
			// words right after the opening preposition
			k := lo + 1
			if placeArticle[p.word(k)] {
				k++
			}
			if frAreaNouns[p.word(k)] && (p.word(k+1) == "de" || p.word(k+1) == "d'" || p.word(k+1) == "du") && p.capital(k+2) {
				k += 2 // "Dans l'académie de Lille, 87,4 % des candidats": the name after the area's noun
			}
			for ; k < i0 && k <= lo+7 && (p.capital(k) || p.sym(k) == "-" || p.word(k) == "de"); k++ {
				add(k)
			}
		}
	}
	m.names = out
	if len(placesOf(*m)) > 0 {
		m.sentPlaces = p.sentencePlaces(m.Start) // only a figure next to a known place needs them
	}
}

// anaphoricAge: the figure at i0..i1 is the age of a sentence's opening
// noun that takes up a person named before, "La nageuse de 19 ans",
// "La Niçoise de 26 ans", "Le Lyonnais, 24 ans,": the names after it are
// those its verb acts on, and the noun before it no name of its own.
func (p *parser) anaphoricAge(i0, i1 int) bool {
	if p.lang != French || p.word(i1) != "ans" && !strings.HasSuffix(p.word(i1-1), "ans") {
		return false
	}
	j := i0 - 1
	if w := p.word(j); w == "de" || w == "" && p.sym(j) == "," {
		j--
	} else {
		return false
	}
	if p.word(j) == "" || p.word(j-1) == "" && p.sym(j-1) != "" {
		return false
	}
	for k := j - 1; k >= j-2 && k >= 0; k-- {
		if w := p.word(k); (w == "le" || w == "la" || w == "l'") && p.sentenceInitial(k) {
			return true
		}
	}
	return false
}

// nameAt is the capitalised word at j as names are compared: lowered,
// the English possessive dropped.
func (p *parser) nameAt(j int) string {
	return strings.TrimSuffix(strings.TrimSuffix(p.toks[j].low, "'s"), "’s")
}

// areaNouns after a town's name make it the name of the land around it.
var areaNouns = map[string]bool{"region": true, "area": true, "basin": true, "metropolitan": true, "conurbation": true}

// frAreaNouns name the kind of area a French place name follows, "l'académie
// de Lille", "le département du Nord".
var frAreaNouns = map[string]bool{"académie": true, "département": true, "région": true, "commune": true,
	"ville": true, "canton": true, "province": true, "circonscription": true, "agglomération": true, "métropole": true}

var opensWithPlace = map[string]bool{"à": true, "au": true, "en": true, "dans": true, "at": true, "in": true}

// namesCrossed: each English figure carries the name only the other's
// source figure carries.
// A place a table knows counts by its code, so "Bretagne" and "Brittany"
// are one name.
func namesCrossed(s1, t1, s2, t2 Mention) bool {
	a1, a2 := nameKeys(s1.names), nameKeys(s2.names)
	n1, n2 := only(a1, a2), only(a2, a1)
	if len(n1) == 0 || len(n2) == 0 {
		return false
	}
	b1, b2 := nameKeys(t1.names), nameKeys(t2.names)
	if anyIn(n2, b1) && !anyIn(n1, b1) && anyIn(n1, b2) && !anyIn(n2, b2) {
		return true
	}
	// the names the English context words give: "the Lorient court handed
	// down 1,240", where the name stands before its verb, out of the
	// name window
	c1, c2 := nameKeys(t1.ctx), nameKeys(t2.ctx)
	return anyIn(n2, c1) && !anyIn(n1, c1) && anyIn(n1, c2) && !anyIn(n2, c2)
}

// nameKeys are the names, each place the table knows as its code.
func nameKeys(names []string) []string {
	var out []string
	for k, n := range names {
		if c, ok := places[n]; ok {
			if out == nil {
				out = append(make([]string, 0, len(names)), names[:k]...)
			}
			out = append(out, c)
		} else if out != nil {
			out = append(out, n)
		}
	}
	if out == nil {
		return names // no place among them: no copy
	}
	return out
}

// ageApposition returns the name of "Caron, 24 ans," or "Caron, 27,": a
// person and her age told in apposition, even at the start of a
// sentence; m's tokens are i0 to i1.
func (p *parser) ageApposition(m Mention, i0, i1 int) string {
	if p.sym(i0-1) != "," || i0 < 2 || p.toks[i0-2].kind != tWord || len(p.toks[i0-2].low) <= 2 || !p.capital(i0-2) {
		return ""
	}
	age := p.sym(i1) == "," || p.word(i1) == "years"
	if p.lang == French {
		age = strings.HasSuffix(m.Raw, " ans") || p.word(i1) == "ans"
	}
	if !age {
		return ""
	}
	return p.toks[i0-2].low
}

func only(a, b []string) []string {
	var out []string
	for _, w := range a {
		if !anyIn([]string{w}, b) {
			out = append(out, w)
		}
	}
	return out
}

func anyIn(ws, in []string) bool {
	for _, w := range ws {
		for _, v := range in {
			if w == v {
				return true
			}
		}
	}
	return false
}

// nearSentenceStart is the first token of i's sentence when it lies at
// most 16 tokens back, else -1: a place the sentence opens with is said
// of the figures of its first clause, not of a figure far beyond.
func (p *parser) nearSentenceStart(i int) int {
	for lo := i; lo >= 0 && lo >= i-16; lo-- {
		if lo == 0 || endMark(p.sym(lo-1)) || lo == 1 && bulletMark[p.sym(0)] { // ("- In the Amiens academy, 87.4%": after a bullet's mark)
			return lo
		}
	}
	return -1
}

// placeArticle may stand between an opening preposition and its place:
// "In the Meuse", "Dans les Hauts-de-Seine"; it is the definite article
// before a described subject too ("la marque américaine").
var placeArticle = map[string]bool{"the": true, "la": true, "le": true, "les": true, "l'": true, "l’": true}
