package figures

import (
	"math/big"
	"strings"
	"unicode"
)

// ratioAt reads "un Français sur cinq", "un salarié du privé sur quatre",
// "deux sur trois", "1 sur 4",
// "one in five", "two out of three": a share, compared with a fraction
// or a percentage (one in five = a fifth = 20%).
func (p *parser) ratioAt(i int) (*Mention, int) {
	if m, k := p.splitAt(i); k > 0 {
		return m, k
	}
	if m, k := p.slashFraction(i); k > 0 {
		return m, k
	}
	if m, k := p.hyphenRatio(i); k > 0 {
		return m, k
	}
	n, k := p.ratioTerm(i, true)
	if p.lang == English && p.word(i) == "one" && p.word(i-1) == "number" {
		return nil, 0 // "number one in 14 countries": a place in charts, no share
	}
	if k == 0 || p.glued(i+k) && (unitWords[p.word(i+k)] != "" || p.num(i) != nil && p.word(i+k) != "") || frMonths[p.word(i+k)] != 0 || enMonths[p.word(i+k)] != 0 {
		// ("clade 1b has been found in 12": a name's number, glued to its letter)
		// ("the 20km individual at Antholz in 49:12.4": a measure, then a
		// time; "signé le 4 juin par cinq syndicats sur six": a day)
		return nil, 0
	}
	if w := p.word(i + k); w == "pm" || w == "am" || w == "p.m." || w == "a.m." || w == "h" && p.lang == French {
		return nil, 0 // "played at 3 pm on Sunday in 37°C heat": a clock time, no share
	}
	if p.lang == English && p.num(i) != nil && unitWords[p.word(i+k)] != "" && p.currencyAt(i+k) == "" {
		// "won the women's 8 km in 27:02": a distance, then its time
		return nil, 0
	}
	if p.lang == English && n == 1 && p.word(i+k) == "of" && (p.word(i+k+1) == "which" || p.word(i+k+1) == "whom") {
		return nil, 0 // "one of which resisted it in four out of five tests": a relative clause, no "one in four"
	}
	for gap := 0; gap <= 4+boolInt(n == 1); gap++ {
		j := i + k + gap
		if gap == 5 && !p.nounComplement(i+k, j) {
			return nil, 0
		}
		if gap > 0 && (p.word(j-1) == "" || clauseJoiners[p.word(j-1)]) {
			// only words between, "un Français sur cinq", and not a
			// second clause: "three colours and in 64GB" is no ratio
			return nil, 0
		}
		sep := p.ratioSep(i, j, gap, n)
		if sep == 0 {
			continue
		}
		for g := i + k; g < j; g++ {
			// ("deux ans dans neuf cas sur dix": the share is the nine's;
			// "5 tirs à trois points sur 9" keeps the three in its noun)
			if (numberWord(p.word(g)) || p.num(g) != nil) && (g == j-1 || n == 1 || !nounNumberLead[p.word(g-1)]) {
				// "un dossier de zéro sur huit", "un événement dont trois Canadiens
				// sur quatre": the share starts at the number before "sur"
				return nil, 0
			}
		}
		for g := i + k; g < j && n != 1; g++ {
			if w := p.word(g); w == "un" || w == "une" || w == "one" {
				return nil, 0 // "deux mois dans un département sur cinq": the share is the one's, not the two months'
			}
		}
		d, k2 := p.ratioTerm(j+sep, false)
		odds := false
		if sd, sk := p.scaledOdds(j+sep+k2, n, d, k2); sk > k2 {
			d, k2, odds = sd, sk, true
		}
		if k2 == 0 && n == 1 && (gap == 0 || gap == 1 && (oddsNouns[p.word(j-1)] || p.oddsOfNoun(j-1, j+sep))) {
			d, k2 = p.oddsTerm(j + sep)
			odds = k2 > 0
		}
		if k2 == 0 && p.word(j) == "in" {
			continue // "one party in this place out of five": a place, then the ratio
		}
		if k2 > 0 && d == n && n >= 2 && gap == 0 && !odds && (p.num(i) != nil) == (p.num(j+sep) != nil) && !p.measureAfter(j+sep+k2) {
			// "un 20 sur 20 au tir", "hit 20 out of 20": every one of them,
			// which English also says "all 20 targets": one count
			return &Mention{Kind: Cardinal, Value: itoa(int(n)), Word: p.num(i) == nil}, j + sep + k2 - i
		}
		if k2 == 0 || d <= n || d > 1000 && !odds || d < 2 || moreAfter[p.word(j+sep+k2)] || gap > 0 && (p.countsIn(j, n, j+sep+k2) || n == 1 && !oddsNouns[p.word(j-1)] && p.onCount(j+sep+k2)) || p.measureAfter(j+sep+k2) && !p.shareOfMeasure(n, j+sep+k2) || p.dashToNumber(j+sep+k2) ||
			gap >= 3 && p.lang == French && pluralNounLike(p.word(j+sep+k2)) { // ("une opération de baisse des prix sur 500 produits": on them)
			return nil, 0
		}
		if e := j + sep + k2; n == 1 && p.lang == English && p.words(j, "out", "of") && p.word(e) == "of" && groupWords[p.word(e+1)] && p.word(e+2) == "" {
			// "one out of four of those": one of the four, a count of the group ("une seule de ces quatre")
			return &Mention{Kind: Cardinal, Value: itoa(int(d)), Word: p.num(j+sep) == nil}, e - i
		}
		if p.lang == English && gap == 1 && n >= 2 && (p.word(j-1) == "times" || p.word(j-1) == "occasions") && p.word(j) == "in" {
			return nil, 0 // "intervened 61 times in 153 matches": two counts, "à 61 reprises en 153 matchs"
		}
		if e := j + sep + k2; p.capital(j+sep) && p.capital(e) && p.wordBefore(j+sep) {
			return nil, 0 // "round four of the Six Nations": a name's number, no share
		}
		if i > 0 && p.num(i) != nil && p.toks[i-1].kind == tWord && p.capital(i-1) && !p.sentenceInitial(i-1) {
			return nil, 0 // "l'association Familles Rurales 33 sur 75 produits": the number ends a name (a département's), no share
		}
		m := Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d)), Word: p.num(i) == nil}
		if odds {
			// twelve decimals would not tell 1 in 13,983,816 from 1 in 13,983,861
			m.Value, m.style = "1/"+itoa(int(d)), "odds"
		}
		if n == 0 {
			// "zéro sur huit": a value of nought says nothing of the eight
			m.Value, m.style = "0/"+itoa(int(d)), "odds"
		}
		if p.num(i) != nil && p.num(j+sep) != nil || n >= 2 && gap > 0 || gap > 0 && p.num(j+sep) != nil || n >= 2 && (sep == 2 || p.word(j) == "of" || p.word(j) == "sur") && !odds {
			// "35 articles sur 86" is also "35 of its 86 articles", "two
			// out of seven" "deux des sept", "dix sur quinze" "10 of the
			// 15": both counts are compared
			m.style = "ratio"
			m.Parts = []Mention{{Kind: Cardinal, Value: itoa(int(n))}, {Kind: Cardinal, Value: itoa(int(d))}}
			if p.rankToken(i) {
				m.Parts[0].Kind = Ordinal // "23e sur les 27 États membres": a rank out of a count, "23rd of the 27"
			}
		}
		return ptr(m), j + sep + k2 - i
	}
	return nil, 0
}

// moreAfter say the count before them is of more things, no whole:
// "une option sur huit supplémentaires" is an option on eight more.
var moreAfter = map[string]bool{"supplémentaires": true, "supplémentaire": true, "additionnels": true, "additionnelles": true, "more": true, "additional": true, "extra": true}

// groupWords after "one out of four of" name the group the one is taken
// from, with no noun after them ("one in ten of these people" is a share).
var groupWords = map[string]bool{"those": true, "these": true, "them": true}

// ratioSep is the length of the words that join a ratio's two terms at
// j ("sur", "in", "out of", "out of every"), 0 for none; i is the
// ratio's start, n its first term, gap the words between.
func (p *parser) ratioSep(i, j, gap int, n int64) int {
	sep := 0
	switch {
	case p.lang == French && p.words(j, "sur", "les") && p.num(j+2) != nil && p.num(i) != nil && p.glued(i+1) && ordinalSuffix(French, p.word(i+1)):
		sep = 2 // "au 23e rang sur les 27 pays", as "23rd of the 27"
	case p.lang == French && p.word(j) == "sur" && !(gap > 0 && aboutVerbs[p.word(j-1)]) && !p.glued(j+1):
		sep = 1 // ("une méta-analyse portant sur 23 études": what it is about, no share; "sur101" is no word and number)
	case p.lang == French && p.word(j) == "parmi" && n == 1 && p.num(j+1) != nil:
		sep = 1 // "un être humain parmi 6 milliards": one out of 6 billion
	case p.lang == English && (p.words(j, "out", "of", "every") || p.words(j, "in", "every")):
		sep = 2 + boolInt(p.word(j) == "out") // "one out of every five", "one in every five"
	case p.lang == English && gap == 0 && p.words(j, "of", "every"):
		sep = 2 // "one of every five elderly persons"
	case p.lang == English && gap == 0 && n >= 2 && p.num(i) == nil && (p.words(j, "of", "that") || p.words(j, "of", "the")) && p.num(j+2) == nil:
		sep = 2 // "barely four of that ten could qualify": quatre sur dix
	case p.lang == English && p.word(j) == "in":
		sep = 1
	case p.lang == English && p.words(j, "out", "of", "the") && p.num(j+3) != nil && ordinalSuffix(English, p.word(j-1)):
		sep = 3 // "ranks 10th out of the 17 OECD members", as "10e place sur 17"
	case p.lang == English && (p.words(j, "of", "a", "possible") || p.words(j, "out", "of", "a", "possible")) && p.num(j+3+boolInt(p.word(j) == "out")) != nil:
		sep = 3 + boolInt(p.word(j) == "out") // "42 of a possible 50 points": "42 points sur 50 possibles"
	case p.lang == English && p.words(j, "out", "of"):
		sep = 2
	case p.lang == English && gap == 1 && p.word(j) == "of" && p.num(i) != nil && p.num(j+1) != nil && ordinalSuffix(English, p.word(j-1)):
		sep = 1 // "ranks 26th of 81", as "26e sur 81"
	case p.lang == English && gap == 1 && p.words(j, "of", "the") && p.num(i) != nil && p.num(j+2) != nil && ordinalSuffix(English, p.word(j-1)):
		sep = 2 // "came 26th of the 38 OECD countries"
	case p.lang == English && gap == 0 && p.word(j) == "on" && p.num(i) == nil && p.num(j+1) == nil:
		sep = 1 // "one on five": a literal translation of "un sur cinq"
	case p.lang == English && gap == 0 && p.word(j) == "of" && n >= 2 && p.num(i) == nil && p.num(j+1) == nil:
		sep = 1 // "in five of six patients": "cinq patients sur six", and "cinq des six" too (its parts)
	}
	return sep
}

// scaledOdds reads the scale word after a ratio's second term at j:
// "une personne sur 12 millions", "one in 12 million" are odds of the
// scaled number, never one in 12. It returns the term and its length.
func (p *parser) scaledOdds(j int, n, d int64, k int) (int64, int) {
	if e, ok := p.scaleOf(p.word(j)); ok && k > 0 && e >= 3 && e <= 9 && n == 1 {
		return d * pow10(e).Num().Int64(), k + 1
	}
	return d, k
}

// ratioTerm reads a small whole number, spelled or in digits; "un",
// "une", "one" only as the first term.
func (p *parser) ratioTerm(i int, first bool) (int64, int) {
	if w := p.word(i); first && (w == "un" || w == "une" || w == "one" || w == "a" && p.lang == English && oddsNouns[p.word(i+1)]) {
		if n := p.word(i + 1); strings.HasSuffix(n, "aine") || n == "millier" {
			return 0, 0 // "une trentaine de magasins sur 128": about thirty, no one
		}
		return 1, 1 // "a person in 12 million"
	}
	if w := p.word(i); !first && p.word(i-1) == "every" && (w == "hundred" || w == "thousand") {
		return pow10(enScale[w]).Num().Int64(), 1 // "one out of every hundred Canadians"
	}
	if w := p.word(i); first && (w == "zéro" || w == "zero") {
		return 0, 1 // "zéro sur huit", "zero out of eight": none of them (spelled reads no zero)
	}
	if v := enOrdinals[p.word(i)]; first && v > 0 && p.lang == English && p.words(i+1, "out", "of") {
		return v, 1 // "thirteenth out of fourteen", as "13e rang sur 14"
	}
	if nb := p.num(i); nb != nil && !nb.decimal && !nb.grouped && !nb.dotted && nb.intLen <= 3 {
		return nb.val.Num().Int64(), 1
	}
	if v, k := p.spelled(i); k > 0 && v.IsInt() {
		return v.Num().Int64(), k
	}
	return 0, 0
}

// oddsTerm reads the large whole number of odds, "une chance sur 139
// 838 160", "1 in 10,000": grouped or of five digits and more, so never
// a year ("one in 2019"). Odds say one chance, one case: "une étude sur
// 450 000 patients" is no share.
func (p *parser) oddsTerm(i int) (int64, int) {
	nb := p.num(i)
	if nb == nil || nb.decimal || nb.dotted || !nb.val.IsInt() || !nb.val.Num().IsInt64() || !nb.grouped && nb.intLen < 5 {
		return 0, 0
	}
	return nb.val.Num().Int64(), 1
}

// oddsNouns name what odds count one of.
var oddsNouns = map[string]bool{"chance": true, "risque": true, "cas": true, "probabilité": true, "possibilité": true,
	"enfant": true, "naissance": true, "nouveau-né": true, "bébé": true, "personne": true, "habitant": true, "adulte": true, "patient": true, // "un enfant sur 4 500"
	"person": true, "child": true, "birth": true, "baby": true, "adult": true, "resident": true, "case": true}

// ratioParts pairs a ratio of counts left unmatched with its two counts
// written apart on the other side, in its sentence: "35 articles sur 86"
// and "35 of its 86 articles".
func (r *check) ratioParts(u unit) {
	r.ratioSide(u.src, u.tgt, true)
	r.ratioSide(u.tgt, u.src, false)
	r.ratioWhole(u.src, u.tgt)
}

// ratioWhole gives a source ratio told as a share its whole too: "deux
// syndicats sur quatre", "half of the four unions". The share paired
// with the ratio; the whole, unpaired in its sentence, is the ratio's.
func (r *check) ratioWhole(src, tgt []*atom) {
	for _, s := range src {
		if !s.used || s.m.style != "ratio" || len(s.m.Parts) != 2 || s.pair == nil || s.pair.m.style == "ratio" {
			continue
		}
		if k := s.pair.m.Kind; k != Fraction && k != Percent {
			continue
		}
		if w := freeValue(tgt, s.pair.grp, s.m.Parts[1].Value, nil, false); w != nil && w.m.Sentence == s.pair.m.Sentence {
			w.used, w.pair = true, s
		}
	}
}

func (r *check) ratioSide(from, to []*atom, fromSource bool) {
	for _, f := range from {
		x, y, ok := twoCounts(*f.m)
		if !ok && !fromSource && f.m.Kind == Score && strings.ContainsFunc(f.m.Raw, unicode.IsLetter) {
			x, y, ok = strings.Cut(f.m.Value, "-") // "outnumber Reform members four to two": "quatre ... contre deux"
		}
		if f.used || !ok {
			continue
		}
		a := freeValue(to, f.grp, x, nil, f.m.style == "split")
		if a == nil && f.m.style == "ratio" && f.m.Parts[0].Kind == Ordinal {
			a = freeRank(to, f.grp, x) // "23e sur les 27" told "23rd of the EU's 27"
		}
		b := freeValue(to, f.grp, y, a, f.m.style == "split")
		if a == nil || b == nil || f.m.Kind == Score && textAfter(*a.m, *b.m) {
			continue // a tally keeps its order: for, then against
		}
		if fromSource {
			r.link(f, a, verdict{ok: true})
		} else {
			r.link(a, f, verdict{ok: true})
		}
		b.used, b.pair = true, f
	}
}

// freeValue finds an unused plain count of value v in group g, or a
// percentage when shares may answer (the parts of a split).
func freeValue(as []*atom, g int, v string, not *atom, shares bool) *atom {
	for _, a := range as {
		if !a.used && a != not && a.grp == g && (class(a.m.Kind) == Cardinal || shares && a.m.Kind == Percent) && a.m.Value == v {
			return a
		}
	}
	return nil
}

// freeRank finds an unused rank of value v in group g.
func freeRank(as []*atom, g int, v string) *atom {
	for _, a := range as {
		if !a.used && a.grp == g && a.m.Kind == Ordinal && a.m.Value == v {
			return a
		}
	}
	return nil
}

// rankToken: the number at i is written as a rank, "23e", "13th",
// "thirteenth".
func (p *parser) rankToken(i int) bool {
	if enOrdinals[p.word(i)] > 0 {
		return true
	}
	return p.num(i) != nil && p.glued(i+1) && ordinalSuffix(p.lang, p.word(i+1)) // the suffix is a token of its own
}

// ratioSource: a summary count that is one term of a source ratio whose
// other term the line gives too ("35 of its 86": not "86 articles" alone).
func ratioSource(src, line []*atom, t Mention) *atom {
	if class(t.Kind) != Cardinal && t.Kind != Ordinal {
		return nil
	}
	for _, s := range src {
		if s.m.style != "ratio" || len(s.m.Parts) != 2 || t.Kind == Ordinal && (s.m.Parts[0].Kind != Ordinal || t.Value != s.m.Parts[0].Value) {
			continue // (a rank answers only the rank of "23e sur les 27")
		}
		a, b := s.m.Parts[0].Value, s.m.Parts[1].Value
		if t.Value == b && hasShare(line, s.m.Value) {
			return s // "half of the four unions" from "deux syndicats sur quatre"
		}
		if t.Value == b && hasValue(line, remainder(a, b)) {
			return s // "cut rounds from 26 to 22" from "quatre tournées sur 26" cut, "17 of its 28 posts are filled" from "11 postes sur 28 restent vacants": the whole, and what is left
		}
		if t.Value == b {
			a, b = b, a
		}
		if t.Value == a && hasValue(line, b) {
			return s
		}
	}
	return nil
}

// remainder is whole less part, a ratio's two terms (whole numbers, as
// the ratio reader writes them).
func remainder(part, whole string) string {
	return itoa(atoiSafe(whole) - atoiSafe(part))
}

// hasShare: one of as is a fraction or a percentage of the value v.
func hasShare(as []*atom, v string) bool {
	f, ok := new(big.Rat).SetString(v)
	for _, a := range as {
		if !ok || a.m.Kind != Fraction && a.m.Kind != Percent || a.m.Kind == Fraction && a.m.style == "ratio" {
			continue
		}
		if share := shareValue(*a.m); share != nil && share.Cmp(f) == 0 {
			return true
		}
	}
	return false
}

func hasValue(as []*atom, v string) bool {
	for _, a := range as {
		if (class(a.m.Kind) == Cardinal || a.m.Kind == Ordinal) && a.m.Value == v {
			return true
		}
	}
	return false
}

// clauseJoiners join two clauses or two phrases: the words of a ratio
// ("un sur cinq", "three in ten of them") never take one between.
// aboutVerbs say what a thing bears on, before "sur": "portant sur 23
// études", "fondée sur trois critères".
var aboutVerbs = map[string]bool{"portant": true, "porte": true, "portent": true, "porté": true, "portée": true, "portés": true, "portées": true,
	"basé": true, "basée": true, "basés": true, "basées": true, "fondé": true, "fondée": true, "fondés": true, "fondées": true,
	"axé": true, "axée": true, "axés": true, "axées": true, "centré": true, "centrée": true, "centrés": true, "centrées": true,
	"repose": true, "reposant": true, "reposent": true, "appuie": true, "appuyant": true, "s'appuie": true, "s'appuyant": true}

var clauseJoiners = map[string]bool{"and": true, "or": true, "but": true, "et": true, "ou": true, "mais": true}

// measureAfter: what follows a ratio's second number measures it, so the
// ratio is none: "6 rebounds in 34 minutes" is a count, then a length of
// time; "un niveau bas sur 66 %" is a share of something else.
func (p *parser) measureAfter(k int) bool {
	k = p.pastListed(k) // "sur huit et douze ans": the unit of the list's last number is the first's too
	after := p.word(k)
	return periodUnit[after] != "" || unitWords[after] != "" || p.techUnitAt(k) != "" || p.currencyAt(k) != "" ||
		p.sym(k) == "%" || p.words(k, "pour", "cent")
}

// listJoin join two numbers that share the unit after the second.
var listJoin = map[string]bool{"et": true, "ou": true, "à": true, "and": true, "or": true, "to": true}

// pastListed is the token after "et douze", "and twelve" at j, where a
// second number shares the unit of the first; j itself when none stands.
func (p *parser) pastListed(j int) int {
	if listJoin[p.word(j)] && (p.num(j-1) != nil) == (p.num(j+1) != nil) { // ("one in three or 33%": a word, then its restatement in digits)
		if _, n := p.ratioTerm(j+1, false); n > 0 {
			return j + 1 + n
		}
	}
	return j
}

// dashToNumber: a dash and a number at j make the number before them a
// range's low end: "one together in 3-4 hours" is no one in three.
func (p *parser) dashToNumber(j int) bool {
	s := p.sym(j)
	return (s == "-" || s == "–") && p.num(j+1) != nil && p.num(j-1) != nil // ("sur cinq-20 p. 100": a word, then an aside in digits)
}

// nounComplement: the words from i to j are a noun and its complement,
// "marin de la marine marchande" (in "un marin de la marine marchande
// sur huit"), not a clause ("démarche qui s'est échelonnée").
func (p *parser) nounComplement(i, j int) bool {
	of := false
	for k := i; k < j; k++ {
		w := p.word(k)
		switch w {
		case "de", "du", "des", "d'":
			of = true
		case "", "qui", "que", "qu'", "s'", "se", "est", "sont", "a", "ont", "était", "étaient":
			return false
		}
		if strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées") {
			return false // "une région bordée d'eau sur deux côtés": a participle, on two sides
		}
	}
	return of
}

// nounNumberLead: a number after these words belongs to a noun, "tirs à
// trois points", "maisons de deux étages".
var nounNumberLead = map[string]bool{"à": true, "de": true, "d'": true}

// oddsOfNoun: "un nourrisson sur 1 000 naît", "one voter in 2,000
// cast": one of a singular noun, at w, in a large number at d after
// which no plural noun follows, which would make the number a count of
// its own ("une étude sur 450 000 patients" is about them).
func (p *parser) oddsOfNoun(w, d int) bool {
	word := p.word(w)
	if len(word) < 3 || frFunction[word] || ctxStop[word] || p.num(d) == nil || p.capital(w) {
		return false
	}
	after := p.word(d + 1)
	if p.lang == English {
		return !strings.HasSuffix(word, "s") && !(strings.HasSuffix(after, "s") && knownNoun(after))
	}
	return !pluralNounLike(word) && !pluralNounLike(after) && !p.onCount(d+1)
}

// hyphenRatio reads the English "6-of-8 shooting", "went 3-for-5": a
// ratio of two counts written as one word, "6 sur 8 aux tirs".
func (p *parser) hyphenRatio(i int) (*Mention, int) {
	if p.lang != English || p.sym(i+1) != "-" || p.word(i+2) != "of" && p.word(i+2) != "for" || p.sym(i+3) != "-" ||
		!p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) {
		return nil, 0
	}
	a, b := p.num(i), p.num(i+4)
	if a == nil || b == nil || a.decimal || b.decimal || a.grouped || b.grouped {
		return nil, 0
	}
	n, d := int64(atoiSafe(p.toks[i].text)), int64(atoiSafe(p.toks[i+4].text))
	if d <= 0 || n > d {
		return nil, 0
	}
	m := Mention{Kind: Fraction, Value: canonical(big.NewRat(n, d)), style: "ratio"}
	m.Parts = []Mention{{Kind: Cardinal, Value: itoa(int(n))}, {Kind: Cardinal, Value: itoa(int(d))}}
	return ptr(m), 5
}

// shareOfMeasure: "one in five litres of milk": one of every N units of
// a thing, a share, not a measure of N units (English "one in" only).
func (p *parser) shareOfMeasure(n int64, e int) bool {
	return n == 1 && p.lang == English && p.word(e+1) == "of"
}
