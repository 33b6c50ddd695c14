package figures

import (
	"sort"
	"strconv"
)

// Seasons are date fields (N13), like months: "à l'automne 2026" is
// autumn 2026, and "spring 2026" for it is a changed field, an error; a
// season dropped is a dropped field, and a season said alone ("au
// printemps", "cet été") is compared like a weekday said alone, a date
// field rather than a figure to write out.

var frSeasons = map[string]string{"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"}

// frSeasonAdjectives say a season as a modifier: "la consommation
// hivernale" is "winter demand", and is kept only to pair with it.
var frSeasonAdjectives = map[string]string{
	"hivernal": "winter", "hivernale": "winter", "hivernaux": "winter", "hivernales": "winter",
	"estival": "summer", "estivale": "summer", "estivaux": "summer", "estivales": "summer",
	"automnal": "autumn", "automnale": "autumn", "automnaux": "autumn", "automnales": "autumn",
	"printanier": "spring", "printanière": "spring", "printaniers": "spring", "printanières": "spring",
}

var enSeasons = map[string]string{"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}

// frSeasonLeads are the words that make the next word a season: "au
// printemps", "à l'automne", "cet été", "en hiver", "chaque hiver",
// "après un hiver où"; "a été" is a verb and "le printemps arabe" a name.
var frSeasonLeads = map[string]bool{"au": true, "l'": true, "cet": true, "cette": true, "ce": true, "en": true, "chaque": true, "un": true}

// frSeasonPreps before "le" make a season of the time: "dès le
// printemps", "avant le printemps" ("le printemps" alone may be a
// subject, "le printemps arabe" a name; "l'hiver" reads as frSeasonLeads).
var frSeasonPreps = map[string]bool{"dès": true, "depuis": true, "avant": true, "après": true, "pendant": true, "durant": true, "vers": true, "pour": true}

// enSeasonLeads do the same in English: "in spring", "this summer",
// "from the autumn", "the start of the summer"; "the" counts after one
// of them. "Fall" is a season only after the first few ("in the fall",
// "last fall"), as "the fall of the wall" and "a fall of 3%" are not.
var enSeasonLeads = map[string]int8{"in": 2, "this": 2, "last": 2, "next": 2, "during": 2, "by": 2,
	"until": 2, "since": 2, "through": 1, "over": 1, "from": 1, "of": 1, "for": 1}

// seasonAt reads a season, with the year that follows it ("automne
// 2026", "the fall of 2026", "l'été meurtrier de 2003"). A season said as
// a modifier ("summer temperatures", "les vacances d'été") is kept to
// pair with the other side's season but is dropped without a finding.
func (p *parser) seasonAt(i int) (*Mention, int) {
	season := frSeasons[p.word(i)]
	if p.lang == English && enSeasons[p.word(i)] != "" {
		season = enSeasons[p.word(i)]
	}
	if adj := frSeasonAdjectives[p.word(i)]; adj != "" && p.lang == French {
		return &Mention{Kind: Date, Value: adj, Date: &DateValue{Season: adj}, Word: true, style: "fixed"}, 1
	}
	if season == "" || p.word(i) == "été" && auxiliaries[p.word(i-1)] {
		return nil, 0 // "a été bâti de 1200 à 1500": a verb
	}
	d := DateValue{Season: season}
	if y, k := p.seasonYear(i + 1); k > 0 {
		d.Year = y
		return &Mention{Kind: Date, Value: season + "-" + itoa(y), Date: &d}, k + 1
	}
	m := Mention{Kind: Date, Value: season, Date: &d, Word: true}
	switch lead := p.seasonLead(i); {
	case lead:
	case p.lang == English && p.word(i) != "fall" || p.word(i-1) == "d'" || p.word(i-1) == "de" || p.word(i-1) == "du":
		m.style = "fixed"
	default:
		return nil, 0
	}
	return ptr(m), 1
}

// auxiliaries make "été" a past participle: "a été", "ont été", "avait été".
var auxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "aura": true, "auront": true,
	"aurait": true, "auraient": true, "ayant": true, "avoir": true, "ait": true, "aient": true, "as": true, "avons": true, "avez": true}

// seasonYear reads the year after a season at j: "2026", "of 2026", "de
// 2026", and in French one adjective before it, "décisif de 2002"; the
// number of tokens, or 0. "2025-26", "2023–24" are spans, not this year.
func (p *parser) seasonYear(j int) (int, int) {
	k := 0
	if p.lang == French && p.word(j) != "" && (p.word(j+1) == "de" || p.word(j+1) == "d'") && p.num(j+2) != nil {
		k = 1
	}
	if w := p.word(j + k); w == "de" || w == "of" || w == "d'" {
		k++
	}
	if p.lang == French && k == 1 && (p.words(j+k, "l'", "année") || p.words(j+k, "l'", "an")) {
		k += 2 // "à l'automne de l'année 2011", "de l'an 2000"
	}
	if p.lang == French && k == 0 && p.num(j) != nil && len(p.toks[j].text) == 2 && p.shortYearEnds(j+1) {
		return fullYear(atoiSafe(p.toks[j].text)), 1 // "l'été 76", "l'hiver 54"
	}
	y, ok := p.yearAt(j + k)
	if !ok || (p.sym(j+k+1) == "-" || p.sym(j+k+1) == "–") && p.glued(j+k+1) {
		return 0, 0
	}
	return y, k + 1
}

// shortYearEnds: what follows a season's two-digit year at j ends it, a
// mark or a word that is no unit nor a plural it counts, as for "le
// Mondial 98" (shortYearEvent): "l'été 76, ..." is a year, "l'été 40 %
// des ventes" and "cet été 23 journées" are not.
func (p *parser) shortYearEnds(j int) bool {
	if j >= len(p.toks) {
		return true
	}
	if w := p.word(j); w != "" {
		return !countedPlural(w) && unitWords[w] == "" && p.currencyAt(j) == ""
	}
	s := p.sym(j)
	return s == "," || s == "." || s == ";" || s == ")" || s == ":"
}

// seasonLead: the words before the season at i license it, and the
// words after do not make it something else ("the fall of prices",
// "le printemps arabe").
func (p *parser) seasonLead(i int) bool {
	switch next := p.word(i + 1); next {
	case "of", "in", "arabe", "de", "des", "du":
		return false
	}
	if p.lang == French || frSeasons[p.word(i)] != "" {
		if p.word(i-1) == "le" && frSeasonPreps[p.word(i-2)] {
			return true // "commander dès le printemps"
		}
		return frSeasonLeads[p.word(i-1)] // in English, a French season left untranslated still says it
	}
	lead := p.word(i - 1)
	if lead == "the" {
		lead = p.word(i - 2)
	}
	return enSeasonLeads[lead] == 2 || enSeasonLeads[lead] == 1 && p.word(i) != "fall"
}

// seasonOnly: a season said with no year.
func seasonOnly(m Mention) bool {
	return m.Kind == Date && m.Date != nil && m.Date.Season != "" && m.Date.Year == 0
}

// seasonsAgree compares the seasons of two dates (N13): a season for
// another, or for a month, is a changed field (false); dropped reports
// the source's season left out, added one the source did not give.
func seasonsAgree(sd, td *DateValue) (same, dropped, added bool) {
	switch {
	case sd.Season != "" && td.Season != "":
		return sd.Season == td.Season, false, false
	case sd.Season != "" && td.Month != 0 || td.Season != "" && sd.Month != 0:
		return false, false, false
	}
	return true, sd.Season != "" && td.Season == "", td.Season != "" && sd.Season == ""
}

// annotateApart annotates the figures as if no season said alone stood
// between them, then the seasons by themselves: "4 joueurs cet été et en
// a vendu 7" keeps one clause for 4 and the words of each figure stay
// what they were before seasons were read.
func (p *parser) annotateApart(out []Mention) {
	n := 0
	for _, m := range out {
		if seasonOnly(m) {
			n++
		}
	}
	if n == 0 {
		p.annotate(out)
		return
	}
	figs, seasons := make([]Mention, 0, len(out)-n), make([]Mention, 0, n)
	for _, m := range out {
		if seasonOnly(m) {
			seasons = append(seasons, m)
		} else {
			figs = append(figs, m)
		}
	}
	p.annotate(figs)
	p.annotate(seasons)
	all := append(figs, seasons...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].Start < all[b].Start })
	copy(out, all)
}

// seasonedYears: English puts a season and its year apart, "the 2026
// Winter Olympics", "summer vacation for 2025": the year is that season's,
// as in "été 2025" or "the summer of 2025", so the season is not lost.
// "Fall" after a year is left alone ("the 2008 fall in prices"). Such a
// season is often part of a name ("the 2026 Winter Olympics" for "les JO
// de 2026"), so one the source does not give is no added field.
func (p *parser) seasonedYears(out []Mention) {
	if p.lang != English {
		return
	}
	for i := range out {
		m := &out[i]
		if !isYearish(*m) || m.Comparator != CmpNone || m.Unit != "" {
			continue
		}
		season := ""
		if w := p.word(p.tokenAfter(m.End)); w != "fall" {
			season = enSeasons[w]
		}
		if season == "" && i > 0 {
			season = p.seasonBefore(out[i-1], *m)
		}
		if y, err := strconv.Atoi(m.Value); err == nil && season != "" {
			m.Kind, m.Value, m.Date, m.style = Date, season+"-"+m.Value, &DateValue{Year: y, Season: season}, "seasoned"
		}
	}
}

// seasonBefore: a season modifier, one or two words, then "for", "of" or
// "in" and the year: "summer vacation for 2025", "winter sales of 2024".
func (p *parser) seasonBefore(prev, year Mention) string {
	if !seasonOnly(prev) || prev.style != "fixed" {
		return ""
	}
	a, b := p.tokenAfter(prev.End), p.tokenAfter(year.Start)
	if b-a < 2 || b-a > 3 {
		return ""
	}
	for k := a; k < b-1; k++ {
		if p.word(k) == "" {
			return ""
		}
	}
	switch p.word(b - 1) {
	case "for", "of", "in":
		return prev.Date.Season
	}
	return ""
}
