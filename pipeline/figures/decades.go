package figures

import "strings"

// Decades (N13): "(les) années 1990", "années 90", "années trente", "au
// début des années 1990", "fin des années 90", "les années 80 du XIXe
// siècle"; English "the 1990s", "the 1930's", "the '90s", "the early
// 1990s", "mid-1970s", "the end of the 1990s", "the thirties".

var frDecadeWords = map[string]int{"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
	"soixante": 60, "soixante-dix": 70, "septante": 70, "quatre-vingt": 80, "quatre-vingts": 80,
	"huitante": 80, "quatre-vingt-dix": 90, "nonante": 90}

var enDecadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// decadeAt reads a decade with its qualifier.
func (p *parser) decadeAt(i int) (DateValue, int) {
	if d, n := p.decadeListAt(i); n > 0 {
		return d, n
	}
	if d, n := p.sharedDecade(i); n > 0 {
		return d, n
	}
	if rest, ok := strings.CutPrefix(p.word(i), "mid-"); ok && p.lang == English && enDecadeWords[rest] > 0 {
		return DateValue{Year: 1900 + enDecadeWords[rest], Decade: true, Qualifier: "mid"}, 1 // "the mid-eighties"
	}
	q, k := p.decadeQualifier(i)
	if w := p.word(i + k); w == "les" || w == "the" {
		k++
	}
	var y, n int
	if p.lang == French {
		y, n = p.frDecade(i + k)
	} else {
		y, n = p.enDecade(i + k)
	}
	if n == 0 {
		return DateValue{}, 0
	}
	return DateValue{Year: y, Decade: true, Qualifier: q}, k + n
}

// sharedDecade reads the first of two qualifiers that share one decade,
// "au début et au milieu des années 1980": the early 1980s, the second
// read on its own after it.
func (p *parser) sharedDecade(i int) (DateValue, int) {
	if p.lang != French {
		return p.enSharedDecade(i)
	}
	k := boolInt(p.word(i) == "au" || p.word(i) == "à" || p.word(i) == "la")
	q := frDecadeParts[p.word(i+k)]
	if q == "" || p.word(i+k+1) != "et" && p.word(i+k+1) != "ou" {
		return DateValue{}, 0
	}
	if y := p.qualifiedDecade(i + k + 2); y != 0 {
		return DateValue{Year: y, Decade: true, Qualifier: q}, k + 1
	}
	return DateValue{}, 0
}

// enSharedDecade: "the early and mid-nineties", "the early and late
// 1980s": the first qualifier's decade is the second's.
func (p *parser) enSharedDecade(i int) (DateValue, int) {
	q := p.word(i)
	if q != "early" && q != "late" || p.word(i+1) != "and" && p.word(i+1) != "or" {
		return DateValue{}, 0
	}
	j := i + 2
	if rest, ok := strings.CutPrefix(p.word(j), "mid-"); ok && enDecadeWords[rest] > 0 {
		return DateValue{Year: 1900 + enDecadeWords[rest], Decade: true, Qualifier: q}, 1
	}
	if y := p.qualifiedDecade(j); y != 0 {
		return DateValue{Year: y, Decade: true, Qualifier: q}, 1
	}
	return DateValue{}, 0
}

// qualifiedDecade is the year of the decade a qualifier at j opens, "au
// milieu des années 1980", "late 1980s"; 0 when none does.
func (p *parser) qualifiedDecade(j int) int {
	q, k := p.decadeQualifier(j)
	if q == "" {
		return 0
	}
	read := p.enDecade
	if p.lang == French {
		read = p.frDecade
	}
	if y, n := read(j + k); n > 0 {
		return y
	}
	return 0
}

// decadeQualifier reads "début des", "au milieu des", "early", "mid-",
// "the end of".
func (p *parser) decadeQualifier(i int) (string, int) {
	if p.lang == French {
		k := 0
		if p.word(i) == "au" || p.word(i) == "à" || p.word(i) == "la" {
			k = 1
		}
		q := frDecadeParts[p.word(i+k)]
		if q != "" && p.word(i+k+1) == "des" && p.word(i+k+2) == "années" {
			return q, k + 2
		}
		if (p.word(i) == "mi") && p.sym(i+1) == "-" && p.word(i+2) == "années" {
			return "mid", 2
		}
		return "", 0
	}
	switch w := p.word(i); {
	case (w == "mid" || w == "early" || w == "late") && p.sym(i+1) == "-" && p.glued(i+1):
		return w, 2
	case w == "early" || w == "late":
		return w, 1
	case strings.HasPrefix(w, "mid-") || w == "mid":
		return "", 0
	}
	if p.word(i) != "the" {
		return "", 0
	}
	for _, q := range enDecadeQualifiers {
		if p.words(i, q.words...) {
			return q.q, 3
		}
	}
	return "", 0
}

var enDecadeQualifiers = []struct {
	words []string
	q     string
}{{[]string{"the", "end", "of"}, "late"}, {[]string{"the", "beginning", "of"}, "early"},
	{[]string{"the", "start", "of"}, "early"}, {[]string{"the", "middle", "of"}, "mid"}}

// decadeSpan reads a span of years from a year ending in 0 to the ninth
// after it, said of a decade, as that decade: "the 2010-2019 decade",
// "la décennie 2010-2019", the 2010s.
func (p *parser) decadeSpan(m *Mention) {
	if m.Kind != Range || len(m.Parts) != 2 || !isYearish(m.Parts[0]) || !isYearish(m.Parts[1]) {
		return
	}
	lo, hi := atoiSafe(m.Parts[0].Value), atoiSafe(m.Parts[1].Value)
	if lo%10 != 0 || hi != lo+9 {
		return
	}
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	if w := p.word(i1); w != "decade" && p.word(i0-1) != "decade" && p.word(i0-1) != "décennie" {
		return
	}
	d := dateMention(DateValue{Year: lo, Decade: true})
	m.Kind, m.Value, m.Date, m.Parts = d.Kind, d.Value, d.Date, nil
}

// frDecade reads "années 1990", "années 90", "années trente", with an
// optional century: "années 80 du XIXe siècle"; "la décennie 1920" is
// the same decade.
func (p *parser) frDecade(j int) (int, int) {
	if p.word(j) == "décennie" || p.word(j) == "décennies" {
		if nb := p.num(j + 1); nb != nil && nb.intLen == 4 {
			if y, ok := decadeYear(nb, p.toks, j+1); ok {
				if e := p.num(j + 3); e != nil && (p.sym(j+2) == "-" || p.sym(j+2) == "–" || p.word(j+2) == "à") && p.tokText(j+3) == itoa(y+9) {
					return y, 4 // "la décennie 2010-2019": the decade by its first and last years
				}
				return y, 2
			}
		}
		return 0, 0
	}
	if p.word(j) != "années" && p.word(j) != "année" {
		return 0, 0
	}
	if s := p.sym(j + 1); ((s == "'" || s == "’") && p.glued(j+2) || s == "«" && p.sym(j+3) != "»") && p.word(j) == "années" && p.num(j+2) != nil && p.num(j+2).intLen == 2 {
		// ("les années « 80": the apostrophe turned into a quote mark by a converter)
		if y, ok := decadeYear(p.num(j+2), p.toks, j+2); ok {
			return y, 3 // "les années '80", as the English "the '80s" writes it
		}
	}
	if p.word(j) == "année" && p.thisYearThen(j) {
		return 0, 0 // "atteindra cette année 90 millions de dollars": this year, then an amount
	}
	if y, ok := decadeYear(p.num(j+1), p.toks, j+1); ok && (p.word(j) == "années" || p.num(j+1).intLen == 2) {
		if p.num(j+1).intLen == 2 {
			if c, k := p.centuryAfter(j + 2); k > 0 {
				return (c-1)*100 + y%100, 2 + k
			}
		}
		return y, 2
	}
	if d, ok := frDecadeWords[p.word(j+1)]; ok && p.word(j) == "années" {
		if (d == 80 || d == 60) && p.word(j+2) == "dix" {
			return 1900 + d + 10, 3 // "les années quatre-vingt dix", its last hyphen lost
		}
		return 1900 + d, 2
	}
	return 0, 0
}

// thisYearThen: "année" at j is a year said before a figure, "cette
// année 90 millions", no decade: a demonstrative before it or a scale,
// a currency or a unit after the number.
func (p *parser) thisYearThen(j int) bool {
	switch p.word(j - 1) {
	case "cette", "chaque", "même", "une", "dernière", "prochaine":
		return true
	}
	_, scale := p.scaleOf(p.word(j + 2))
	return scale || p.currencyAt(j+2) != "" || p.sym(j+2) == "%"
}

// centuryAfter reads "du XIXe siècle", "du dix-neuvième siècle", "du dix
// neuvième siècle", "du 19e siècle".
func (p *parser) centuryAfter(j int) (int, int) {
	if p.word(j) != "du" {
		return 0, 0
	}
	k := 1
	c := 0
	if v, ok := romanOrdinal(p.toks[min(j+1, len(p.toks)-1)].text); ok {
		c, k = v, 2
	} else if v, ok := frOrdinals[p.word(j+1)]; ok {
		c, k = int(v), 2
	} else if p.word(j+1) == "dix" {
		if v, ok := frOrdinals[p.word(j+2)]; ok && v < 10 {
			c, k = 10+int(v), 3
		}
	} else if nb := p.num(j + 1); nb != nil && p.glued(j+2) && ordinalSuffix(French, p.word(j+2)) {
		c, k = int(nb.val.Num().Int64()), 3
	}
	if c == 0 || p.word(j+k) != "siècle" {
		return 0, 0
	}
	return c, k + 1
}

// decadeNicknames name a decade of the last century: "the roaring
// twenties", "the dirty thirties", "the swinging sixties".
var decadeNicknames = map[string]bool{"roaring": true, "dirty": true, "hungry": true, "swinging": true, "naughty": true}

// enDecade reads "1990s", "1930's", "'90s", "90s", "thirties".
func (p *parser) enDecade(j int) (int, int) {
	if d, ok := enDecadeWords[p.word(j)]; ok && (p.word(j-1) == "the" || p.word(j-1) == "early" || p.word(j-1) == "late" || decadeNicknames[p.word(j-1)]) {
		return 1900 + d, 1
	}
	if d, ok := enDecadeWords[p.word(j+1)]; ok && (p.word(j) == "nineteen" || p.word(j) == "eighteen") && p.word(j-1) == "the" {
		return map[string]int{"nineteen": 1900, "eighteen": 1800}[p.word(j)] + d, 2 // "the nineteen seventies"
	}
	k := 0
	if p.sym(j) == "'" && p.glued(j+1) {
		k = 1
	}
	y, ok := decadeYear(p.num(j+k), p.toks, j+k)
	if !ok {
		return 0, 0
	}
	if p.word(j+k+1) == "s" && p.glued(j+k+1) {
		return y, k + 2
	}
	if (p.sym(j+k+1) == "'" || p.sym(j+k+1) == "-") && p.word(j+k+2) == "s" && p.glued(j+k+1) && p.glued(j+k+2) && !p.yearPossessive(j, k) {
		return y, k + 3 // "the 1930's", "in 1990-s"
	}
	return 0, 0
}

// yearPossessive: "beating 2020's mark", a year's own, where a decade
// has its article or part before it ("the 1930's", "mid-1970's").
func (p *parser) yearPossessive(j, k int) bool {
	if k != 0 || p.sym(j+1) != "'" {
		return false
	}
	switch p.word(j - 1) {
	case "the", "early", "late", "mid", "in", "during", "since", "of", "by", "through":
		return false
	}
	return p.sym(j-1) != "-"
}

// frDecadeParts are the French words for a part of a decade, in English.
var frDecadeParts = map[string]string{"début": "early", "fin": "late", "milieu": "mid"}
