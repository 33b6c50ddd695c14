package figures

import (
	"slices"
	"strings"
)

// ctxStop are words too common to bind a figure to what it counts.
var ctxStop = map[string]bool{
	"les": true, "des": true, "une": true, "aux": true, "par": true, "pour": true, "sur": true, "dans": true,
	"avec": true, "qui": true, "que": true, "est": true, "ont": true, "été": true, "sont": true, "plus": true,
	"the": true, "and": true, "for": true, "with": true, "that": true, "were": true, "was": true, "are": true,
	"have": true, "has": true, "had": true, "from": true, "into": true, "more": true, "than": true, "their": true,
	"its": true, "ses": true, "leur": true, "leurs": true, "this": true, "these": true, "ces": true, "cette": true,
	"some": true, "about": true, "environ": true, "près": true, "quelque": true, "total": true, "soit": true,
}

// ctxBreak ends the window before a figure: what precedes it belongs to
// another figure ("12 morts et 85 blessés").
var ctxBreak = map[string]bool{"et": true, "and": true, "ou": true, "or": true, "contre": true, "against": true,
	"dont": true, "including": true, "while": true, "tandis": true, "but": true, "mais": true,
	// subordinators open a clause with its own figure: "12 % quand les salaires 3 %"
	"quand": true, "lorsque": true, "lorsqu'": true, "whereas": true,
	// a relative of place: "caught at 142 km/h on the RN10 where the limit is 90"
	"where": true, "où": true,
	// a cause is another fact: "works 15 hours a week because his €1,180 pension falls short" ("car" is the English noun too)
	"because": true, "parce": true, "puisque": true}

// voteLabels head a side's count in a recorded vote, "Pour: 131",
// "Yeas, 112".
var voteLabels = map[string]bool{"pour": true, "contre": true, "yeas": true, "nays": true, "ayes": true, "noes": true}

// voteSide name the side of a vote after its count: "46 contre".
var voteSide = map[string]bool{"contre": true, "against": true, "pour": true, "for": true}

// contextWords are the content words around a figure, up to the next
// figure or punctuation, less the words of the next figure (the first
// of after, hedge and all): what binds it to what it counts and where.
func (p *parser) contextWords(m *Mention, after []Mention) {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	var out []string
	if m.Kind == Fraction && outOf(m.Raw) {
		out = p.innerNouns(i0, i1) // "un rein greffé sur six", "one kidney graft in seven": what is counted is inside
	}
	j := i1
	for ; j < len(p.toks) && j < i1+5; j++ {
		t := p.toks[j]
		if len(after) > 0 && after[0].Start >= m.End && t.start >= after[0].Start && t.start < after[0].End && t.kind == tWord {
			continue // "a €150,000 fine over an estimated €11.6m": the hedge is the next figure's
		}
		if j == i1 && voteSide[t.low] && (j+1 == len(p.toks) || p.toks[j+1].kind == tSym || ctxBreak[p.toks[j+1].low]) {
			out = append(out, t.low) // "46 contre, 49 abstentions": the side is what it counts
			break
		}
		if p.metal(j) {
			out = append(out, "or")
			continue
		}
		if j == i1 && (t.low == "no" || t.low == "yes") && (p.word(j+1) == "votes" || p.word(j+1) == "vote") {
			out = append(out, t.low) // "1,102,000 no votes": the side of a referendum
			continue
		}
		if t.kind == tNum || t.kind == tSym && t.low != "'" && t.low != "-" || ctxBreak[t.low] && !p.againstSomeone(j) || p.subordinate(j) {
			break
		}
		if t.kind == tWord && len(t.low) > 2 && !ctxStop[t.low] && !p.compoundTail(j) {
			out = append(out, t.low)
		}
	}
	if j == i1+5 && (m.Kind == Money || m.Kind == Percent) {
		if w := p.purposeAfter(j, m, after); w != "" {
			out = append(out, w) // "12 euros de plus qu'il y a un an pour le gazole": what the amount is paid for
		}
	}
	back := i0 - 1
	if p.sym(back) == "(" && p.sym(i1) == ")" || p.sym(back) == "," && p.appositionAge(i1) {
		back-- // "le candidat de la majorité sortante (28,4 %)": said of the words before the bracket ("(€31 vs €22)" compares, each said elsewhere); "l'ailier fidjien, 23 ans,": of the name before
	}
	if (p.sym(back) == ":" || p.sym(back) == ",") && voteLabels[p.word(back-1)] {
		out = append(out, p.word(back-1)) // "Pour: 131; contre: 112", "Yeas, 112; nays, 131": the side labels its count
	}
	reach := 2
	for k := 0; k <= 2; k++ {
		if dirOf(p.word(back-k)) != 0 {
			// "ses revenus ont augmenté de 4,4 %", "leur valeur ne reculait
			// que de 14 %", "net profit rose 4.4%": what changed is before its verb
			reach = k + 3
			break
		}
	}
	for j := back; j >= 0 && j >= back-reach; j-- {
		t := p.toks[j]
		if t.kind == tNum || t.kind == tSym && t.low != "'" && t.low != "-" || ctxBreak[t.low] || p.subordinate(j) {
			break
		}
		if j > 0 && j < back && p.toks[j-1].kind == tNum && !p.yearToken(j-1) {
			break // "quelque 73 000 Français affrontent environ 85 000 soldats": the noun right after the figure before is that figure's (a year's is not: "its 2023 inflation forecast")
		}
		if t.kind == tWord && len(t.low) > 2 && !ctxStop[t.low] {
			out = append(out, t.low)
		}
	}
	m.ctx, m.ctxCore = out, noDirection(out)
	if !p.ageBound(i0) {
		m.sex = p.sexNear(i0, i1)
	}
}

// againstSomeone: the French "contre" at j names whom a figure is
// sought or given against, "sept ans contre le prévenu", "cinq ans
// contre son complice": a determiner and a person noun follow, not a
// number or a time ("contre un an plus tôt" compares).
func (p *parser) againstSomeone(j int) bool {
	if p.lang != French || p.word(j) != "contre" {
		return false
	}
	switch p.word(j + 1) {
	case "le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs":
	default:
		return false
	}
	k := j + 2
	if frOrdinals[p.word(k)] > 0 {
		k++ // "contre le premier prévenu"
	}
	w := p.word(k)
	return p.num(j+2) == nil && (personNouns[w] || accompliceNouns[w] || personNoun(w))
}

// accompliceNouns are the people a court's figure may be sought against
// beside its defendants: "cinq ans contre son complice".
var accompliceNouns = map[string]bool{"complice": true, "complices": true, "coaccusé": true, "coaccusée": true, "coprévenu": true}

// ageBound: the figure at token i is an age that bounds its clause,
// "avant 45 ans", "before the age of 45", "under 18": said of everyone
// the clause counts, not of the men or women named beside it.
func (p *parser) ageBound(i int) bool {
	return ageBoundWords[p.word(i-1)] || p.words(i-2, "the", "age") && ageBoundWords[p.word(i-3)]
}

var ageBoundWords = map[string]bool{"avant": true, "après": true, "before": true, "after": true, "under": true, "over": true}

// innerNouns are the content words between tokens i0 and i1 that are no
// number or hedge: the noun a share counted "one X in N" says.
func (p *parser) innerNouns(i0, i1 int) []string {
	var out []string
	for j := i0; j < i1 && j < len(p.toks); j++ {
		w := p.word(j)
		if len(w) > 2 && !ctxStop[w] && !numberWord(w) && w != "sur" && w != "out" && w != "environ" && w != "about" && w != "around" {
			out = append(out, w)
		}
	}
	return out
}

// appositionAge: the figure ending before j is an age set off by commas
// after a name: "l'ailier fidjien, 23 ans, a marqué", "the mayor, 54,".
func (p *parser) appositionAge(j int) bool {
	if w := p.word(j); w == "ans" || w == "years" {
		j++
		if p.word(j) == "old" {
			j++
		}
	}
	return p.sym(j) == "," || p.sym(j) == "." // "sur le tenant du titre, Gilles Perrot, 52 ans.": the apposition ends the sentence
}

// metal: the French "or" at j is gold, "médailles d'or", "quatre en or",
// not the conjunction that ends a context.
func (p *parser) metal(j int) bool {
	if p.lang != French || p.toks[j].low != "or" {
		return false
	}
	w := p.word(j - 1)
	return w == "d'" || w == "en"
}

// ctxSim counts the words of a French context or clause that an English
// one translates (or another French one repeats): the same name, a
// cognate, or a lexicon entry.
func ctxSim(fr, en []string) int {
	n := 0
	for _, f := range fr {
		for _, e := range en {
			if f == e || cognate(f, e) || headAgrees(f, e) || translates(f, e) || sameActorWord(f, e) {
				n++
				break
			}
		}
	}
	return n
}

// sameActorWord: two words that name the same actor of a figure,
// "parquet", "requis" and "prosecutors", "sought"; "condamné" and
// "sentenced".
func sameActorWord(f, e string) bool {
	a := actorNouns[f]
	return a != "" && a == actorNouns[e]
}

// crossed: two figures of one English sentence each sit in the context
// of the other's source figure, and not in their own: the figures
// swapped their nouns (figures.md, Matching 3-4).
func crossed(s1, t1, s2, t2 Mention) bool {
	if s1.Value == s2.Value || t1.Value == t2.Value {
		return false
	}
	// the verb of a change tells which way, not what changed
	s1.ctx, s2.ctx, t1.ctx, t2.ctx = s1.ctxCore, s2.ctxCore, t1.ctxCore, t2.ctxCore
	own1, own2 := ctxSim(s1.ctx, t1.ctx), ctxSim(s2.ctx, t2.ctx)
	x1, x2 := ctxSim(s1.ctx, t2.ctx), ctxSim(s2.ctx, t1.ctx)
	if x1 > own1 && x2 > own2 {
		return true
	}
	// The same, with the words both source contexts share left out: "540
	// 000 emplois industriels et 90 000 emplois agricoles" both count jobs.
	d1, dx1 := discriminateBy(translatedOrActed, s1.ctx, s2.ctx, s1.ctx, s2.ctx, t1.ctx)
	d2, dx2 := discriminateBy(translatedOrActed, s2.ctx, s1.ctx, s2.ctx, s1.ctx, t2.ctx)
	if dx1 > d1 && dx2 > d2 {
		return true
	}
	// Parallel lists keep their order in translation: "85 lignes de bus
	// et 3 lignes de tramway" written "3 bus routes and 85 tram lines"
	// turned the figures round while the nouns stayed. Then the context
	// of one figure alone is evidence enough, when nothing speaks for
	// the pairs as they are.
	// One figure has no words of its own to defend its pairing, and the
	// English words of the other translate two or more of its partner's:
	// "Ils ne sont plus que 600 ... 150 postes" written "600 jobs ... 150".
	// A list kept in its order shares its words ("battant le Canadien
	// Ryan Scott 7-5, 6-3": "7-5, 6-3 over Canada's Ryan Scott").
	inOrder := (s1.Start < s2.Start) == (t1.Start < t2.Start) && s1.listed && s2.listed && t1.listed && t2.listed
	if !sharedNoun(s1, t1, s2, t2) && !inOrder && (len(s1.ctx) == 0 && x1 == 0 && own2 == 0 && x2 >= 2 || len(s2.ctx) == 0 && x2 == 0 && own1 == 0 && x1 >= 2) {
		return true
	}
	flipped := (s1.Start < s2.Start) != (t1.Start < t2.Start) && s1.listed && s2.listed && t1.listed && t2.listed
	return flipped && (x1 > own1 && x2 >= own2 && own1 == 0 || x2 > own2 && x1 >= own1 && own2 == 0 ||
		dx1 > 0 && d1 == 0 && d2 <= dx2 || dx2 > 0 && d2 == 0 && d1 <= dx1)
}

// sharedNoun: two figures joined by "et" on both sides, in the same
// order, share the noun of either end: "les campagnes de 1993 et 1997"
// are "the 1993 and 1997 election campaigns", whatever side the noun
// stands on.
func sharedNoun(s1, t1, s2, t2 Mention) bool {
	joined := func(a, b Mention, and string) bool {
		return a.Start < b.Start && a.Head == and || b.Start < a.Start && b.Head == and
	}
	return joined(s1, s2, "et") && joined(t1, t2, "and") && (s1.Start < s2.Start) == (t1.Start < t2.Start)
}

// noDirection is ctx without its words of rise and fall ("augmenté",
// "fell"); ctx itself when it has none.
func noDirection(ctx []string) []string {
	if !slices.ContainsFunc(ctx, func(w string) bool { return dirOf(w) != 0 }) {
		return ctx
	}
	return slices.DeleteFunc(slices.Clone(ctx), func(w string) bool { return dirOf(w) != 0 })
}

// attrCrossed: the two figures traded who gives them, "les syndicats
// 2,3 millions ; le ministère 782 000" written "the ministry said 2.3
// million ... unions 782,000".
func attrCrossed(s1, t1, s2, t2 Mention) bool {
	return s1.Attr != "" && s2.Attr != "" && s1.Attr != s2.Attr && t1.Attr == s2.Attr && t2.Attr == s1.Attr && s1.Value != s2.Value
}

// swapCheck reports pairs of figures of one English sentence that
// swapped what they count, and from-to ranges turned round.
func (r *check) swapCheck(ts []*atom) {
	for _, t := range ts {
		if s := t.pair; s != nil && turnedRound(*s.m, *t.m) {
			r.add(s, t, verdict{true, "modified", Error, "N10", "the range runs the other way"})
		}
		if s := t.pair; s != nil && r.Mode == ModeTranslation && s.m.Value == t.m.Value {
			if why := termSideSwapped(*s.m, *t.m, "translation"); why != "" {
				r.add(s, t, verdict{true, "modified", Error, "N18", why}) // "dont un ferme": "one year of it suspended"
			}
		}
		if s := t.pair; s != nil && (numeric(*t.m) || t.m.Kind == Fraction) && (otherPlace(*s.m, *t.m) || r.placesTraded(s, t)) {
			r.add(s, t, verdict{true, "attribution", Error, "M4", "the source says this figure of " + namesSaid(s.m.names) + ", not of " + namesSaid(t.m.names)})
		}
	}
	ties := tiesOf(ts) // (once: each pair below may ask)
	for a := 0; a < len(ts); a++ {
		for b := a + 1; b < len(ts) && b < a+8; b++ {
			t1, t2 := ts[a], ts[b]
			s1, s2 := t1.pair, t2.pair
			if s1 == nil || s2 == nil || s1 == s2 || t1.m.Paragraph != t2.m.Paragraph || s1.m.label != s2.m.label || (t1.m.Kind == Identifier) != (t2.m.Kind == Identifier) || s1.m.Alt == "every" || s2.m.Alt == "every" ||
				s1.m.personAge != s2.m.personAge {
				continue // ("la route 131" names a road, it counts nothing a count could swap with; "chaque année" says how often; a man's age is no term)
			}
			if t1.m.Sentence != t2.m.Sentence {
				// across sentences only with names on both sides: "Caron,
				// 24 ans ... Bakari, 27 ans" written "Caron, 27 ... Bakari, 24"
				if t2.m.Sentence-t1.m.Sentence > 2 || class(s1.m.Kind) != class(s2.m.Kind) || s1.m.Unit != s2.m.Unit || !namesCrossed(*s1.m, *t1.m, *s2.m, *t2.m) && !votesSplit(s1, t1, s2, t2) {
					continue
				}
			}
			// "respectivement 1 254 et 589": the order pairs them
			respective := r.Mode == ModeSummary && sameSentence(s1, s2) && class(s1.m.Kind) == class(s2.m.Kind) && r.respective(s1) ||
				r.Mode == ModeTranslation && s1.m.resp && s2.m.resp && t1.m.resp && t2.m.resp && sameSentence(s1, s2) && t1.m.Sentence == t2.m.Sentence &&
					s1.m.Kind == s2.m.Kind && s1.m.Unit == s2.m.Unit && s1.m.Comparator == CmpNone && s2.m.Comparator == CmpNone // the list "respectivement" orders
			if respective && (t1.m.Start < t2.m.Start) == (s1.m.Start < s2.m.Start) {
				continue
			}
			if s1.m.Value == s2.m.Value && s1.m.Unit == s2.m.Unit && s1.m.Kind == s2.m.Kind {
				continue // "Fédération de Russie (2016), Hongrie (2016)" reordered: equal figures trade nothing
			}
			if (periodUnit[s1.m.Head] != "") != (periodUnit[s2.m.Head] != "") && class(s1.m.Kind) == Cardinal {
				continue // "un partenariat de 5 ans ... deux chaires": a length of time and a count never trade places
			}
			if weekdayOnly(*s1.m) != weekdayOnly(*s2.m) {
				continue // "au 1er janvier ... mercredi soir": a weekday and a day of a month never trade places
			}
			if capitalNamed(*s1.m, *t1.m, *s2.m, *t2.m) || capitalNamed(*s2.m, *t2.m, *s1.m, *t1.m) {
				continue // "4 000 dans la capitale ... 32 à Paris" told "4,000 in Paris ... 32 in the capital": one city, named two ways
			}
			if r.Mode == ModeSummary && (r.partOfWholeTold(s1, s2, t1, t2) || r.partOfWholeTold(s2, s1, t2, t1)) {
				continue // "14,902 of 51,380 registered voters" for "Sur 51 380 électeurs inscrits, 14 902 ont voté": a part and its whole
			}
			if setsOfOneMatch(s1, s2) && setsOfOneMatch(t1, t2) && (t1.m.Start < t2.m.Start) == (s1.m.Start < s2.m.Start) {
				continue // "7-6 (7/4), 6-3" in the same order: one match's sets, whatever words each reads beside it
			}
			if priorAsFromEnd(s1, t1, s2, t2) || priorAsFromEnd(s2, t2, s1, t1) {
				continue // "chute à 12 sièges, contre 19" told "fell from 19 seats to 12": the level left and the level reached
			}
			if changeAndLevelKept(s1.m, t1.m, s2.m, t2.m) {
				continue // "compte 124,9 millions, en baisse de 595 000": "fell by 595,000 to 124.9 million"
			}
			tied := tiesCrossed(ties, s1, t1, s2, t2)
			if class(s1.m.Kind) != class(s2.m.Kind) || s1.m.Unit != s2.m.Unit || isYearish(*s1.m) != isYearish(*s2.m) || !respective && !crossed(*s1.m, *t1.m, *s2.m, *t2.m) && !attrCrossed(*s1.m, *t1.m, *s2.m, *t2.m) && !namesCrossed(*s1.m, *t1.m, *s2.m, *t2.m) && !actorsCrossed(*s1.m, *t1.m, *s2.m, *t2.m) && !ownersCrossed(*s1.m, *t1.m, *s2.m, *t2.m) && !r.ownerTaken(s1, t1, s2, t2) && !r.ownerTaken(s2, t2, s1, t1) && !whenCrossed(*s1.m, *t1.m, *s2.m, *t2.m) && !tied {
				continue
			}
			if tied {
				r.add(s1, t1, verdict{true, "attribution", Error, "M3", "swapped with " + t2.m.Raw + ": the source gives " + s1.m.Raw + " with " + ties[t2].pair.m.Raw + " and " + s2.m.Raw + " with " + ties[t1].pair.m.Raw})
				continue
			}
			r.add(s1, t1, verdict{true, "attribution", Error, "M3",
				"swapped with " + t2.m.Raw + ": the source says " + s1.m.Raw + " " + strings.Join(s1.m.ctx, " ") +
					" and " + s2.m.Raw + " " + strings.Join(s2.m.ctx, " ")})
		}
	}
}

// priorAsFromEnd: s1 is the "contre" figure a level s2 of its sentence
// is compared with, and the English tells them as the two ends of one
// change, s1 the level left: the words of the one are the other's.
func priorAsFromEnd(s1, t1, s2, t2 *atom) bool {
	return s1.m.prior && !s2.m.prior && sameSentence(s1, s2) && fromToEnd(*t1.m) == 3 && fromToEnd(*t2.m) == 4
}

// capitalNamed: s1 is said of "la capitale" and s2 of a named place, and
// the English trades the two words, the capital named and the name put
// as "the capital".
func capitalNamed(s1, t1, s2, t2 Mention) bool {
	capital := func(m Mention) bool {
		return len(m.names) == 0 && (slices.Contains(m.ctx, "capitale") || slices.Contains(m.ctx, "capital"))
	}
	return capital(s1) && capital(t2) && len(s2.names) > 0 && slices.Equal(s2.names, t1.names)
}

// votesSplit: a recorded vote of one source sentence whose sides an
// English semicolon split, "Pour: 147; contre: 169" written "Yeas: 169;
// Nays: 147": each side still labels its count.
func votesSplit(s1, t1, s2, t2 *atom) bool {
	labelled := func(a *atom) bool { return slices.ContainsFunc(a.m.ctx, func(w string) bool { return voteLabels[w] }) }
	return sameSentence(s1, s2) && t2.m.Sentence-t1.m.Sentence == 1 && labelled(s1) && labelled(s2) && labelled(t1) && labelled(t2)
}

// changeAndLevelKept: one pair is a change and the other a level, on
// both sides alike; the words around a change ("fell", "population")
// belong to the level it changes, so they cross by nature, not by error.
func changeAndLevelKept(s1, t1, s2, t2 *Mention) bool {
	return s1.dir != 0 && s1.dir == t1.dir && s2.dir == 0 && t2.dir == 0 || s2.dir != 0 && s2.dir == t2.dir && s1.dir == 0 && t1.dir == 0
}

// ctxLexicon: French words of news contexts and their English words,
// beyond the counted nouns of newsNouns.
var ctxLexicon = map[string][]string{
	"ivresse": {"drunk", "drink-driving", "intoxicated", "drunkenness"}, "ivres": {"drunk", "intoxicated"}, // "en état d'ivresse", drunk drivers
	"allemagne": {"germany", "german"}, "espagne": {"spain", "spanish"}, "italie": {"italy", "italian"},
	"royaume-uni": {"britain", "uk", "kingdom"}, "angleterre": {"england", "english"}, "états-unis": {"states", "us", "america"},
	"chine": {"china", "chinese"}, "japon": {"japan", "japanese"}, "russie": {"russia", "russian"},
	"belgique": {"belgium", "belgian"}, "suisse": {"switzerland", "swiss"}, "grèce": {"greece", "greek"},
	"pologne": {"poland", "polish"}, "autriche": {"austria", "austrian"}, "inde": {"india", "indian"},
	"écosse": {"scotland", "scottish"}, "irlande": {"ireland", "irish"}, "galles": {"wales", "welsh"},
	"pays-bas": {"netherlands", "dutch"}, "brésil": {"brazil", "brazilian"}, "croatie": {"croatia", "croatian"},
	"australie": {"australia", "australian"}, "nouvelle-zélande": {"zealand"}, "danemark": {"denmark", "danish"},
	"suède": {"sweden", "swedish"}, "norvège": {"norway", "norwegian"}, "hongrie": {"hungary", "hungarian"},
	"turquie": {"turkey", "turkish"}, "corée": {"korea", "korean"}, "tchéquie": {"czechia", "czech"},
	"roumanie": {"romania", "romanian"}, "géorgie": {"georgia", "georgian"},
	// Canada's provinces, as French names them
	"colombie-britannique": {"british", "columbia", "bc"}, "québec": {"quebec"}, "nouvelle-écosse": {"nova", "scotia"},
	"nouveau-brunswick": {"brunswick"}, "terre-neuve": {"newfoundland"}, "île-du-prince-édouard": {"prince", "edward"},
	"territoires": {"territories"}, "nord-ouest": {"northwest"},
	"abonnés": {"subscribers", "members"}, "inscrits": {"members", "registered", "enrolled", "signed", "sign-ups", "users"}, "inscrites": {"members", "registered", "enrolled", "signed", "sign-ups", "users"}, "bénévoles": {"volunteers"}, "spectateurs": {"spectators", "fans", "crowd"},
	"visiteurs": {"visitors"}, "touristes": {"tourists"}, "clients": {"customers", "clients"},
	"ventes": {"sales", "revenue", "revenues", "turnover"}, "bénéfice": {"profit", "earnings"}, "bénéfices": {"profits", "earnings"},
	"prêts": {"loans", "lending"}, "prêt": {"loan"}, "subventions": {"grants", "subsidies"}, "subvention": {"grant", "subsidy"},
	"chalutiers": {"trawlers"}, "navires": {"ships", "vessels"}, "bateaux": {"boats", "vessels"},
	"chiffre": {"turnover", "revenue", "sales"}, "dette": {"debt"}, "déficit": {"deficit"}, "budget": {"budget"},
	"impôts": {"taxes"}, "salaire": {"salary", "wage", "pay"}, "salaires": {"salaries", "wages", "pay"},
	"prix": {"price", "prices", "prize"}, "loyer": {"rent"}, "taux": {"rate", "rates"}, "loyers": {"rents"}, "coût": {"cost"},
	"voitures": {"cars", "vehicles"}, "berlinettes": {"cars", "coupés", "coupes", "sports"}, "citadines": {"cars", "superminis"}, "modèles": {"models", "cars", "vehicles"}, "véhicules": {"vehicles", "cars"}, "avions": {"aircraft", "planes"},
	"vols": {"flights"}, "vol": {"flight", "flew", "flown"}, "trains": {"trains"}, "passagers": {"passengers"}, "écoles": {"schools"}, "établissements": {"schools", "institutions", "establishments", "facilities", "hospitals", "sites", "cinemas", "venues", "stores", "shops", "restaurants", "hotels", "prisons", "branches", "plants", "clinics", "homes"}, "charges": {"costs", "charges", "expenses", "expenditure", "spending"}, "avance": {"ahead", "above"}, "pédopsychiatrie": {"child", "psychiatry", "psychiatric"}, "psychiatrie": {"psychiatry", "psychiatric", "mental"}, "barragiste": {"play-off", "playoff", "relegation"}, "établissement": {"school", "institution", "establishment", "facility", "hospital", "site", "cinema", "venue", "store", "shop", "restaurant", "hotel", "prison", "branch", "plant", "clinic", "home"},
	"hôpitaux": {"hospitals"}, "lits": {"beds"}, "greffes": {"transplants", "grafts", "transplantations"}, "greffé": {"graft", "grafts", "grafted", "transplant", "transplanted"}, "rein": {"kidney"}, "reins": {"kidneys"}, "greffe": {"transplant", "graft", "transplantation"}, "médecins": {"doctors", "physicians", "gps"}, "infirmières": {"nurses", "nursing"}, "infirmiers": {"nurses", "nursing"},
	"agriculteurs": {"farmers"}, "ouvriers": {"workers"}, "chômeurs": {"unemployed", "jobless"},
	"retraités": {"pensioners", "retirees"}, "jeunes": {"young", "youths", "youth"}, "adultes": {"adults"},
	"hommes": {"men"}, "femmes": {"women"}, "filles": {"girls"}, "garçons": {"boys"}, "suspects": {"suspects"},
	"prisonniers": {"prisoners"}, "otages": {"hostages"}, "disparus": {"missing"}, "disparues": {"missing"},
	"évacués": {"evacuated"}, "arrêtés": {"arrested", "orders", "decrees"}, "péril": {"danger", "unsafe", "peril"}, "interpellés": {"arrested", "detained"}, "interpellées": {"arrested", "detained"}, "interpellé": {"arrested", "detained"}, "interpellée": {"arrested", "detained"},
	"buts": {"goals"}, "but": {"goal", "goals"}, "points": {"points"}, "matchs": {"matches", "games"}, "victoires": {"wins", "victories"}, "victoire": {"win", "victory"}, "succès": {"win", "wins", "victory", "success"},
	"sélection": {"cap"}, "sélections": {"caps"}, // a player's international matches
	"rebonds": {"rebounds", "boards"}, "contres": {"blocks"}, "interceptions": {"steals", "interceptions"}, "décisives": {"assists"},
	"tirs": {"shots"}, "arrêts": {"saves"}, "réalisations": {"goals", "strikes"}, "fautes": {"fouls"},
	"signalisation": {"signalling", "signaling", "signals"}, "roulant": {"rolling"},
	"condamnations": {"convicted", "convictions", "sentenced", "sentences"}, "relaxes": {"acquitted", "acquittals", "cleared"}, "relaxés": {"acquitted", "cleared"},
	"cadres": {"executives", "officials", "managers", "officers"}, "cadre": {"executive", "official", "manager", "officer"},
	"défaites": {"defeats", "losses"}, "défaite": {"defeat", "loss"}, "revers": {"defeats", "losses", "setbacks"}, "tonnes": {"tonnes", "tons"}, "hectares": {"hectares"},
	"kilomètres": {"kilometres", "kilometers", "km"}, "mètres": {"metres", "meters"}, "litres": {"litres", "liters"},
	"nord": {"north", "northern"}, "sud": {"south", "southern"}, "est": {"east", "eastern"}, "ouest": {"west", "western"},
	"ville": {"city", "town"}, "région": {"region"}, "pays": {"country", "countries"}, "monde": {"world"},
	"ensemble":     {"overall", "citywide", "nationwide", "countrywide", "whole", "full"}, // "38,2 % dans l'ensemble de la ville": citywide
	"augmentation": {"rise", "increase", "raise", "up"}, "augmentations": {"rises", "increases", "raises"}, "hausses": {"rises", "increases"},
	"appareils": {"devices", "units", "smartphones", "phones", "handsets", "appliances"},
	"hausse":    {"rise", "increase", "up"}, "baisse": {"fall", "drop", "down", "decrease", "cut", "reduction"}, "baisses": {"falls", "drops", "decreases", "cuts", "reductions"}, "réduction": {"cut", "reduction", "decrease"}, "réductions": {"cuts", "reductions"}, "recul": {"fall", "drop", "down", "decline"}, "chute": {"fall", "drop", "down", "slump"},
	"achat": {"purchase", "buying"}, "vente": {"sale", "selling", "outlets", "stores", "shops"}, "exportations": {"exports"}, "importations": {"imports"},
	// what a measure or a sanction is of: "13 % de sa surface", "an
	// average of 13% of its thickness"; "870 avertissements", "140
	// fermetures" ("were ordered to close")
	"temps": {"waves", "stages", "phases", "steps"}, "filet": {"raid", "raids", "sweep", "crackdown", "operation"}, // "un coup de filet en deux temps"
	"surface": {"area", "surface", "extent"}, "superficie": {"area", "surface"}, "épaisseur": {"thickness", "thick", "depth"},
	"avertissement": {"warning", "warnings", "warned", "caution"}, "avertissements": {"warnings", "warned"},
	"fermeture": {"closure", "closed", "close", "shutdown", "shut"}, "fermetures": {"closures", "closed", "close", "shutdowns", "shut"},
	"librairie": {"bookshop", "bookshops", "bookstore", "bookstores", "shops", "stores"}, "librairies": {"bookshops", "bookstores", "shops", "stores"},
	"retardés": {"delayed", "late"}, "retardé": {"delayed", "late"}, "annulés": {"cancelled", "canceled", "scrapped"}, "annulé": {"cancelled", "canceled", "scrapped"},
	"décollé": {"took", "left", "departed", "flew"}, "heure": {"time", "hour", "punctual", "schedule"},
	"morts": {"died", "dead", "killed"}, "mortes": {"died", "dead", "killed"}, "blessées": {"injured", "wounded"},
	"péri": {"died", "perished", "killed", "dead"}, "décédés": {"died", "dead"}, "décédées": {"died", "dead"}, // "29 personnes avaient péri"
	"usines": {"factories", "plants"}, "magasins": {"shops", "stores"}, "points-de-vente": {"outlets", "stores", "shops", "points"}, "sites": {"sites", "plants"},
	"postes": {"jobs", "posts", "positions"}, "licenciements": {"layoffs", "redundancies", "job"},
	"élus": {"elected", "councillors", "senators", "deputies", "lawmakers"}, "tour": {"round", "ballot", "lap", "tour"}, "instance": {"instance", "trial", "hearing"}, "étape": {"stage", "leg"},
	"place": {"place", "position", "spot"}, "lecture": {"reading"}, "partie": {"half", "part", "period"},
	"or": {"gold", "golden"}, "argent": {"silver"},
	"terrestres": {"land", "onshore", "terrestrial"}, "terrestre": {"land", "onshore", "terrestrial"},
	"marins": {"sea", "marine", "maritime", "offshore"}, "marines": {"sea", "marine", "maritime", "offshore"},
	"maritime": {"sea", "maritime", "marine"}, "maritimes": {"sea", "maritime", "marine"},
	"doux": {"unsalted", "sweet", "mild"}, "demi-sel": {"salted", "semi-salted"}, "salé": {"salted", "salty"},
	"graves": {"serious", "seriously", "severely", "critical", "critically"}, "grave": {"serious", "seriously", "severely", "critical"},
	"grièvement": {"seriously", "severely", "badly", "critically"}, "légers": {"minor", "slightly", "light", "lightly"},
	"légèrement": {"slightly", "lightly", "minor"}, "légère": {"minor", "slight", "light"},
	"mi-temps": {"half"}, "contre": {"against", "nays", "noes"}, "pour": {"for", "favour", "favor", "yeas", "ayes"}, "oui": {"yes", "favour", "favor"}, "non": {"no"}, "abstentions": {"abstentions", "abstained"},
	"europe": {"europe", "european"}, "asie": {"asia", "asian"}, "afrique": {"africa", "african"}, "amérique": {"america", "american", "americas"},
	"océanie": {"oceania"}, "lignes": {"lines", "routes"}, "destinations": {"destinations", "routes", "flights"}, "races": {"breeds", "races"}, "race": {"breed", "race"}, "couloirs": {"lanes", "lane", "corridors"}, "piste": {"track", "runway", "slope", "piste"}, "destination": {"destination", "route"}, "agricoles": {"farm", "farming", "agricultural"}, "industriels": {"industrial", "manufacturing"}, "éoliennes": {"wind", "turbines", "windmills"}, "éoliens": {"wind"}, "éolien": {"wind"}, "solaires": {"solar"}, "solaire": {"solar"}, "panneaux": {"panels", "signs", "boards"}, "tramway": {"tram", "trams", "tramway", "light-rail"}, "édition": {"edition", "year"}, "saison": {"season"}, "mandat": {"term"}, "rang": {"rank", "place", "ranking", "ranked", "ranks"}, "mondial": {"world", "global", "worldwide", "ranked", "ranking"}, "mondiale": {"world", "global", "worldwide", "ranked", "ranking"}, "fois": {"time", "times"}, "sièges": {"seats"}, "voix": {"votes", "favour", "favor"}, "votants": {"voters"}, "participation": {"turnout", "participation"}, "abstention": {"abstention", "abstained"},
	// modes of transport a budget is split between
	"ferroviaire": {"rail", "railway", "railways", "train", "trains"}, "fer": {"rail", "railway", "train"},
	"routes": {"roads", "road", "highways"}, "routier": {"road", "roads"}, "routière": {"road", "roads"},
	"aérien": {"air", "aviation"}, "aérienne": {"air", "aviation"}, "fluvial": {"river", "inland", "waterways"},
	// foods a price is given for
	"poulet": {"chicken"}, "boeuf": {"beef"}, "bœuf": {"beef"}, "porc": {"pork"}, "agneau": {"lamb"}, "veau": {"veal"},
	"cabillaud": {"cod"}, "saumon": {"salmon"}, "thon": {"tuna"}, "lait": {"milk"}, "beurre": {"butter"},
	"fromage": {"cheese"}, "pain": {"bread", "loaf", "baguette"}, "œufs": {"eggs"}, "oeufs": {"eggs"},
	"pommes": {"apples", "potatoes"}, "tomates": {"tomatoes"}, "café": {"coffee"}, "sucre": {"sugar"}, "farine": {"flour"},
}

// actorsCrossed: the English figures took each other's actors: "sentenced
// to 25 years; prosecutors had sought 20" for "condamné à 20 ans ...
// l'avocat général avait requis 25 ans". The source may name the actor
// of one figure only (the other's is a sentence away), so one English
// figure taking the actor only the other source figure has, while the
// other names an actor its own source figure does not, is enough.
func actorsCrossed(s1, t1, s2, t2 Mention) bool {
	return actorMoved(s1, t1, s2, t2) || actorMoved(s2, t2, s1, t1)
}

func actorMoved(s1, t1, s2, t2 Mention) bool {
	r1, r2, e1, e2 := roles(s1), roles(s2), roles(t1), roles(t2)
	return anyIn(only(r2, r1), e1) && !anyIn(r1, e1) && len(r2) > 0 && len(e2) > 0 && !anyIn(r2, e2)
}

// roles are the actors of a figure's clause that the lexicons name
// (court, prosecution, unions, a country), names left out: those are
// namesCrossed's.
func roles(m Mention) []string {
	var out []string
	for _, a := range m.actors() {
		if actorRoles[a] {
			out = append(out, a)
		}
	}
	return out
}

var actorRoles = func() map[string]bool {
	out := map[string]bool{}
	for _, lex := range []map[string]string{actorNouns, attributionNouns} {
		for _, v := range lex {
			out[v] = true
		}
	}
	return out
}()

// turnedRound: s and t are ends of a from-to range or a change, told the
// other way round: the level reached given as the level left ("de 30 000
// à 40 000" told "grew to 30,000 from 40,000").
func turnedRound(s, t Mention) bool {
	return fromToEnd(s) == 4 && fromToEnd(t) == 3
}

// fromToEnd: 3 for the start of a from-to range or the level a change
// leaves, 4 for its end or the level reached, else 0.
func fromToEnd(m Mention) int8 {
	if m.rangeEnd > 2 {
		return m.rangeEnd
	}
	return m.changeEnd
}

// setsOfOneMatch: a and b are scores a few characters apart, the sets of
// one match: "7-6 (7/4), 6-3".
func setsOfOneMatch(a, b *atom) bool {
	if a.m.Kind != Score || b.m.Kind != Score || !sameSentence(a, b) {
		return false
	}
	if b.m.Start < a.m.Start {
		a, b = b, a
	}
	return b.m.Start >= a.m.End && b.m.Start-a.m.End <= len(" (10/8), ")
}
