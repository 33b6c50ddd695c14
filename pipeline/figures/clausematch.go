package figures

// Whose fact a summary figure tells: the words of its clause against
// those of the source figures of its value and of its neighbours.

import (
	"math/big"
	"slices"
	"strings"
)

// clauseConflict finds a source figure that the summary figure t is said
// of instead of its own source figure s: t's clause says what another
// source figure's clause says and nothing that only s's clause says,
// either of what is counted ("Growth reached 3.2%" when 3,2 % is the
// deficit and the growth was 1,1 %) or of who gives it ("the court gave
// five years" when five years is what the prosecution sought). Words
// both source clauses share say nothing either way (figures.md,
// Matching 4); when in doubt, no error.
func clauseConflict(src []*atom, s *atom, t Mention) *atom {
	if len(figureWords(t)) == 0 && len(t.actors()) == 0 || !numeric(t) && t.Kind != Identifier && !(t.Kind == Fraction && (s.m.Kind == Fraction || s.m.Kind == Percent)) && !(t.Kind == Multiplier && s.m.Kind == Multiplier) && !(dayOfMonth(t) && dayOfMonth(*s.m)) && // (what happens on a day is said beside it as surely as what a count counts)
		!(t.Kind == Ordinal && s.m.Head != "" && (headAgrees(s.m.Head, t.Head) || translates(s.m.Head, t.Head))) || class(s.m.Kind) != class(t.Kind) && !(t.Kind == Fraction && s.m.Kind == Percent) || t.label {
		return nil // (a number that names a thing, "line 18", is said of nothing another figure counts)
	}
	if t.style == "rankgroup" && s.m.style == "rankgroup" {
		return nil // "le top 10", "the top 10": places of a ranking, which no other count is
	}
	var best *atom
	var twins []*atom
	bestSim, runnerUp, split := 0, 0, false
	sm := bareBorrowing(src, s)
	for _, o := range src {
		if o == s || o.m.label && !s.m.label || !mistakable(*o.m, t) || t.rangeEnd != 0 && o.m.Kind == s.m.Kind && o.m.Unit == s.m.Unit && sameSentence(s, o) || t.Kind == Ordinal && o.m.Head != s.m.Head || vagueCompound(s, o) || listMates(s, o) || (s.m.personAge || t.personAge) && !o.m.personAge ||
			bareAmount(*o.m, t) && o.m.Kind != Money && !moneyBeside(src, o) || changeEnds(s, o) || o.m.style == "name" || o.m.style == "idiom" {
			continue // (a number of a name, "le camping des Trois Chênes", counts nothing; a range over a list, "between 67,000 and 72,000 a day" of "68 000 jeudi, 72 000 vendredi, ... 67 000 dimanche", takes in its mates; a name's number, "la ligne 15", counts nothing a count is said of, nor "les voitures 100 % électriques" a share; ranks of one noun only: "la 4e étape" for "the third stage", not a place in the table; an age is another age's only)
		}
		if t.Kind == Percent && t.ofWhat && s.m.ofWhat && o.m.dir != 0 && !o.m.ofWhat {
			continue // "40% of sales" is a share, as "40 % des ventes"; "en hausse de 18 %" a change, no share of anything
		}
		if signedCount(t) && signedCount(*s.m) && o.m.Kind == Cardinal && !o.m.Signed {
			continue // "douze sous le par" beside "276 coups": a score to par and the card's total are one fact, no rival
		}
		if dayOfMonth(t) && (!dayOfMonth(*o.m) || sameSentence(o, s)) {
			continue // a day is told of what happens on another day, not on a weekday or in a month; two days of one sentence share its words
		}
		if averaged(t) && averaged(*s.m) && !averaged(*o.m) && !slices.ContainsFunc(withoutActors(t.np(), t.actors()), func(w string) bool { return translatedIn(figureWords(*o.m), w) }) {
			continue // "an average attendance of 6,900 at the Adidas Arena" is the source's "une moyenne de 6 900", whatever place the bullet names ("averages 0.76 assists" still counts the passes)
		}
		if u := periodUnit[t.Head]; u != "" && periodUnit[s.m.Head] == u && periodUnit[o.m.Head] != "" && periodUnit[o.m.Head] != u {
			continue // "eight years" is the source's "huit ans", not its "trois jours de procès", whatever words they share
		}
		if headNames(*s.m, t) && headFirst(*o.m) && !headNames(*o.m, t) && onlyHeadOf(*o.m, *s.m, t) {
			continue // "four stage wins" counts the source's "quatre étapes", whatever "wins" shares with "19 victoires" (a figure with no noun of its own, "contre 380 millions", may still be who the bullet says)
		}
		if (s.m.partOf || o.m.wholeOfPrev) && sameSentence(s, o) && s.m.Start < o.m.Start {
			continue // "Quelque 430 internes, sur les 610 que compte l'établissement": the whole's words are the part's too
		}
		if s.m.leadGap && len(figureWords(*s.m)) == 0 && sameSentence(s, o) && o.m.End <= s.m.Start && (gapTold(t) || t.leadGap || slices.ContainsFunc(t.clause(), leadVerb)) {
			continue // "87 points, 12 de plus que son dauphin" told "leads by 12 points": the lead counts the points before it
		}
		if headInWord(*o.m) && !headNames(*o.m, t) {
			continue // "les deux-roues motorisés représentent 14 des décès": a vehicle named by its wheels, no count of anything
		}
		if nounComplement(s, o) {
			continue // "Quelque 150 habitants de deux lieux-dits ont été évacués": the verb after the complement is the subject's
		}
		if withinBound(*o.m, *s.m) && withinBound(*o.m, t) {
			continue // "a dépassé le million d'entrées payantes, avec 1 030 000 billets vendus": the mark s passes, no rival fact
		}
		if t.Comparator != CmpNone && t.Comparator != CmpApprox && t.Comparator != CmpNearly && cmpFamily(s.m.Comparator) == cmpFamily(t.Comparator) && cmpFamily(o.m.Comparator) != cmpFamily(t.Comparator) {
			continue // the bound both say ("plus de 60 ans", "older than 60") ties them; a bare 58 is no better match
		}
		if t.Comparator == CmpNearly && s.m.Comparator == CmpNearly && o.m.Comparator == CmpNone && s.m.Value == t.Value {
			continue // "nearly €700,000" is the source's own "près de 700 000 euros", hedge and all ("nearly" is added less freely than "about"); an exact "coût moyen de 15 000 euros" whose noun the bullet's verb shares is no rival
		}
		if closeDurations(*o.m, t) && !closeDurations(*s.m, t) {
			return nil // "a two-week consultation" is the source's "une quinzaine de jours", not a "deux" said of another thing
		}
		if o.m.Value == s.m.Value || closeDurations(*o.m, *s.m) {
			twins = append(twins, o) // the same figure said twice: either may be meant ("une quinzaine de jours", "deux semaines")
			continue
		}
		var sim int
		var said bool
		if dayOfMonth(t) {
			sim, said = saidOfOther(dateByContext(sm), dateByContext(*o.m), dateByContext(t))
		} else {
			sim, said = saidOfOther(sm, *o.m, t)
		}
		if !said && namedAfter(src, s, o, t) {
			sim, said = 1, true
		}
		if !said {
			continue
		}
		if best != nil && best.m.Value != o.m.Value {
			split = true
			runnerUp = max(runnerUp, min(sim, bestSim))
		}
		if sim > bestSim || best == nil {
			best, bestSim = o, sim
		}
	}
	if split && bestSim > runnerUp+1 && !twinFits(twins, best, t) {
		// one of the other figures has clearly more of the bullet's
		// words ("seriously" and "pupils" for *trois élèves grièvement
		// blessés*, "pupils" alone for *48 collégiens*)
		return best
	}
	if split {
		// "births outnumbered deaths by 47,000": words of two other
		// figures, a comparison of them, and no evidence for either
		return nil
	}
	if best != nil && twinFits(twins, best, t) {
		return nil
	}
	return best
}

// headInWord: m is a word whose noun is inside it, "deux-roues",
// "deux-pièces": a kind of thing, named by a number of its parts.
func headInWord(m Mention) bool {
	return m.Word && m.Kind == Cardinal && m.Head != "" && len(m.Raw) > len(m.Head) && strings.EqualFold(m.Raw[len(m.Raw)-len(m.Head)-1:], "-"+m.Head)
}

// headNames: the English figure's noun translates the French one's.
func headNames(fr, en Mention) bool {
	return headFirst(fr) && headFirst(en) && (sameHead(fr.Head, en.Head) || translates(fr.Head, en.Head))
}

// headFirst: m's head is the noun right after it, what it counts, not a
// word of the phrase that follows ("380 millions pour Pharmadis").
func headFirst(m Mention) bool {
	np := m.np()
	return m.Head != "" && !m.nounElided && len(np) > 0 && np[0] == m.Head && (knownNoun(m.Head) || knownNoun(singular(m.Head)))
}

// onlyHeadOf: of the bullet's words, those that tell o's clause and not
// s's only translate o's noun; the exhibition of "The Monet exhibition
// drew 1.4 million visitors" is another word of o's clause, and says o.
func onlyHeadOf(o, s Mention, t Mention) bool {
	ow, sw := slices.Concat(figureWords(o), o.np()), slices.Concat(figureWords(s), s.np())
	for _, w := range slices.Concat(figureWords(t), t.np()) {
		if translatedIn(ow, w) && !translatedIn(sw, w) && !translatedIn([]string{o.Head}, w) {
			return false
		}
	}
	return true
}

// dateByContext is the date m read by its context words alone: its
// clause's words hold the names of who acts ("Marie Dupont a été élue
// maire dimanche 2 juin"), who may act on another day too.
func dateByContext(m Mention) Mention {
	if m.cl != nil {
		cl := *m.cl
		cl.words, cl.actors = m.ctx, nil
		m.cl = &cl
	}
	return m
}

// signedCount: a bare signed count, a golf score to par ("-17", "12
// under") or a goal difference.
func signedCount(m Mention) bool {
	return m.Kind == Cardinal && m.Signed && m.Unit == ""
}

// vagueCompound: two vague counts of one phrase, "des dizaines de
// milliers": the words of the one are the other's.
func vagueCompound(a, b *atom) bool {
	if !a.m.Vague || !b.m.Vague || !sameSentence(a, b) {
		return false
	}
	if b.m.Start < a.m.Start {
		a, b = b, a
	}
	return b.m.Start >= a.m.End && b.m.Start-a.m.End <= 4
}

// twinFits: another source figure of s's value is said of words the
// bullet's fit no worse than best's ("cinq ans" of a ban and "cinq ans"
// requested: the bullet may mean either).
func twinFits(twins []*atom, best *atom, t Mention) bool {
	return slices.ContainsFunc(twins, func(w *atom) bool {
		_, said := saidOfOther(*w.m, *best.m, t)
		return !said
	})
}

// figureWords are the words a figure is said of: its clause, or for a
// name the names next to it (Airbus A350).
func figureWords(m Mention) []string {
	if m.Kind == Identifier {
		return m.ctx
	}
	return m.clause()
}

// bareBorrowing is s's mention, with the clause of the figure before it
// in its sentence when it has no words of its own: "recule à 77 sièges,
// contre 102 en 2019" and "devant la Suisse, à 31 000" count what the
// figure they are set against counts.
func bareBorrowing(src []*atom, s *atom) Mention {
	m := *s.m
	if len(figureWords(m)) > 0 {
		return m
	}
	if p := placeJustBefore(src, s); p != nil {
		m.cl = p.m.cl
		return m
	}
	if len(m.ctx) > 0 {
		return m
	}
	var mate *atom
	for _, o := range src {
		if o != s && sameSentence(o, s) && o.m.End <= s.m.Start && class(o.m.Kind) == class(s.m.Kind) && o.m.Unit == s.m.Unit {
			mate = o
		}
	}
	if mate != nil {
		m.cl = mate.m.cl
	}
	return m
}

// placeJustBefore is the place a figure with no words of its own is the
// score of, one short word before it: "La liste de Céline Roussel est
// arrivée en tête avec 44,7 %" gives the share to who came first.
func placeJustBefore(src []*atom, s *atom) *atom {
	for _, o := range src {
		if o != s && sameSentence(o, s) && o.m.Kind == Ordinal && o.m.End <= s.m.Start && s.m.Start-o.m.End <= len(" avec ") {
			return o
		}
	}
	return nil
}

// saidOfOther: the bullet's figure t, supported by s, is said of what
// the other source figure o counts (what) or of who gives o (who); sim
// is how many of its words say so.
func saidOfOther(s, o, t Mention) (sim int, said bool) {
	sw, ow := figureWords(s), figureWords(o)
	sn, on := s.np(), o.np()
	if o.elliptic() {
		// "celles de diesel", "la Banque de France seulement 1,5 %":
		// said of what s's clause says
		ow, on = slices.Concat(ow, sw), slices.Concat(on, sn)
	}
	if s.elliptic() && !(s.cl.bySubject && laterInSentence(o, s)) {
		// (a clause after s is not what its pronoun takes up: "Il empoche 3
		// millions de dollars pour la victoire et un bonus de 2 millions")
		sw, sn = slices.Concat(sw, ow), slices.Concat(sn, on)
	}
	tw := whatWords(t)
	if len(s.actors()) == 0 && len(o.actors()) == 0 {
		tw = figureWords(t) // "the Greens on 12.4%": a name in English may be a plain word in French, "la liste écologiste"
	}
	if d := wordsDir(sw); d != 0 && d == wordsDir(ow) {
		// "elles reculent de 22,3 %" and "en baisse de 28 %" both fall:
		// "down" tells the way, not which of the two fell
		sw, ow, tw = noDirection(sw), noDirection(ow), noDirection(tw)
	}
	tn := withoutOwners(t.np(), t.actors())
	if s.leadGap && t.leadGap {
		// "17 de plus que l'AC Milan" told "17 ahead of AC Milan": a lead
		// word says the gap both give, not the other's "cinq journées d'avance"
		notGap := func(ws []string) []string {
			return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return gapWords[w] })
		}
		tw, tn = notGap(tw), notGap(tn)
	}
	own, other := discriminate(sw, ow, sw, ow, tw)
	npOwn, npOther := discriminate(sn, on, sw, ow, tn)
	if compoundOwn(s, t) && !compoundOwn(o, t) {
		npOwn++ // "three-star chef" of "trois étoiles": its own noun says it
	}
	if npOwn > npOther && peopleOf(o.Head, t.Head) {
		npOther++ // "793 000 personnes" are visitors as much as "3,9 millions de visiteurs"
	}
	if t.ofWhole() {
		npOwn, npOther = 0, 0 // "58.6% of 11,840 registered voters": the voters are the whole's, which its own figure counts
	}
	oa := o.actors()
	if o.cl != nil && o.cl.complement && s.Paragraph == o.Paragraph && s.Sentence == o.Sentence && s.Start < o.Start {
		// "La Baule a comptabilisé 1,2 million de nuitées ..., pour environ
		// 310 000 visiteurs": who the main clause names is the phrase's too
		oa = slices.Concat(oa, s.actors())
	}
	sa := s.actors()
	if s.Paragraph == o.Paragraph && s.Sentence == o.Sentence && s.cl != nil && o.cl != nil {
		// the sentence's opening names both figures, not only its first
		oa, sa = slices.Concat(oa, s.cl.opening), slices.Concat(sa, o.cl.opening)
	}
	aOwn, aOther := discriminate(sa, oa, sa, oa, t.actors())
	if aOwn == 0 && aOther == 0 && len(s.actors()) > 0 {
		// a bullet's name the source writes as a plain word, "the
		// Socialists on 71" for "Les socialistes comptent 66 députés",
		// after "La France insoumise (71)": who o's clause names
		sWho, oWho := slices.Concat(sa, sw), slices.Concat(oa, ow)
		aOwn, aOther = discriminate(sWho, oWho, sWho, oWho, t.actors())
	}
	// What is counted: the words right after the figures first, then the
	// whole clauses; who gives it: names, courts, officials. One
	// dimension may not contradict the other.
	what := (npOther >= 1 && npOwn == 0 || other >= 1 && own == 0 && npOwn == 0) && aOwn <= aOther
	if o.elliptic() && npOther == 0 && aOther == 0 && !slices.ContainsFunc(figureWords(o), func(w string) bool { return !verbForm(w) }) {
		// "La seconde n'en a obtenu que 88" after "La première a recueilli
		// 193 voix": o counts what s counts, and its verb alone ("won" for
		// "obtenu") tells no other fact ("celles de vélos classiques ont
		// baissé" names another noun)
		what = false
	}
	who := aOther >= 1 && aOwn == 0 && len(s.actors()) > 0 && npOwn <= npOther
	return other + aOther, what || who
}

// leadVerb: an English verb of leading, "leads the championship by 12".
func leadVerb(w string) bool { return w == "lead" || w == "leads" || w == "leading" || w == "led" }

// laterInSentence: o comes after s in s's sentence.
func laterInSentence(o, s Mention) bool {
	return o.Paragraph == s.Paragraph && o.Sentence == s.Sentence && o.Start > s.Start
}

// gapWords say a gap between two figures in English.
var gapWords = map[string]bool{"ahead": true, "behind": true, "lead": true, "clear": true, "more": true, "fewer": true, "margin": true}

// wordsDir is the way the first word of rise or fall in ws says, or 0.
func wordsDir(ws []string) int8 {
	for _, w := range ws {
		if d := dirOf(w); d != 0 {
			return d
		}
	}
	return 0
}

// whatWords are t's words of what it counts, less the words that name
// who says or does it ("Bordeaux University Hospital's emergency
// department saw 92,400 patients": the hospital is the actor, and no
// match for *hospitalisés*).
func whatWords(t Mention) []string {
	return withoutActors(figureWords(t), t.actors())
}

// withoutOwners is ws less the possessives of its actors: "30 of
// France's 81 seats" counts seats France holds, not France.
func withoutOwners(ws, actors []string) []string {
	if !slices.ContainsFunc(ws, func(w string) bool { return strings.HasSuffix(w, "'s") }) {
		return ws // (most figures have none: no copy)
	}
	return slices.DeleteFunc(slices.Clone(ws), func(w string) bool {
		return strings.HasSuffix(w, "'s") && slices.Contains(actors, strings.TrimSuffix(w, "'s"))
	})
}

// actorNames are the attribution nouns that name one body, not a kind.
var actorNames = map[string]bool{"cgt": true, "cfdt": true, "fo": true, "unsa": true, "fsu": true, "cfe-cgc": true, "fnsea": true,
	"medef": true, "cpme": true, "snes": true, "snuipp": true, "snes-fsu": true, "snuipp-fsu": true}

// withoutActors is ws less the words that name an actor.
func withoutActors(ws, actors []string) []string {
	if len(actors) == 0 {
		return ws
	}
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !slices.Contains(actors, strings.TrimSuffix(singular(w), "'s")) && !slices.Contains(actors, strings.TrimSuffix(w, "'s")) &&
			!(slices.Contains(actors, attributionNouns[strings.TrimSuffix(w, "'s")]) && !actorNames[strings.TrimSuffix(w, "'s")]) {
			// ("Police put the turnout at": the officials' common noun says who counts, not what; a name, "the CFDT", still tells which body)
			out = append(out, w)
		}
	}
	return out
}

// mistakable: the summary's figure t could have been meant as the other
// source figure o, being of its kind and unit and not already its value.
// closeDurations: two lengths of time within a tenth of each other, "une
// quinzaine de jours" and "deux semaines", which a bullet's "a
// fortnight" may tell either of.
func closeDurations(a, b Mention) bool {
	x, fx := duration(a)
	y, fy := duration(b)
	if x == nil || y == nil || fx != fy || x.Sign() <= 0 || y.Sign() <= 0 || fx == "sec" && (x.Cmp(big.NewRat(86400, 1)) < 0 || y.Cmp(big.NewRat(86400, 1)) < 0) {
		return false // (days at least: two race times a second apart are two facts)
	}
	d := new(big.Rat).Abs(new(big.Rat).Sub(x, y))
	return d.Mul(d, big.NewRat(10, 1)).Cmp(maxRat(x, y)) <= 0
}

func maxRat(x, y *big.Rat) *big.Rat {
	if x.Cmp(y) >= 0 {
		return x
	}
	return y
}

// moneyBeside: a money figure of o's sentence, whose currency a bare o
// may leave unsaid ("180 en 2014 à 126" of doctors has none: counts).
func moneyBeside(src []*atom, o *atom) bool {
	for _, a := range src {
		if a != o && a.m.Kind == Money && sameSentence(a, o) {
			return true
		}
	}
	return false
}

func mistakable(o, t Mention) bool {
	if o.Value == t.Value || (class(o.Kind) != class(t.Kind) || o.Unit != t.Unit && t.Kind != Identifier) && !bareAmount(o, t) {
		return false
	}
	if t.Kind == Identifier && letters(o.Value) != letters(t.Value) {
		return false // an A350 for an A380, not for a CAC 40
	}
	if !comparable(o, t) {
		return false // 3 campsites are no mistake for some 3,500 people
	}
	if isYearish(o) && !isYearish(t) && (!knownNoun(o.Head) || o.Kind == Year) {
		return false // "le creux de 2020", "le bilan 2024 de ses trains": a year, not a count to mistake for 154,000
	}
	if a, _ := duration(o); (a != nil) != isDuration(t) && !bareFor(o, t) {
		return false // three weeks are no count of tickets
	}
	return !o.personAge // "un homme de 45 ans" is no term of prison
}

// discriminate counts the words of the summary's en that translate a word
// of s and none of oAll, the whole clause of the other source figure
// (own), and the other way round (other): the words that tell the two
// source figures apart.
func discriminate(s, o, sAll, oAll, en []string) (own, other int) {
	return discriminateBy(translatedIn, s, o, sAll, oAll, en)
}

// discriminateBy is discriminate with its own test of a translated word.
func discriminateBy(in func([]string, string) bool, s, o, sAll, oAll, en []string) (own, other int) {
	for _, e := range en {
		switch {
		case in(s, e) && !in(oAll, e):
			own++
		case in(o, e) && !in(sAll, e):
			other++
		}
	}
	return own, other
}

// translatedOrActed: e translates a word of fr, or names the same actor
// ("parquet ... requis" and "prosecutors ... sought"), which tells two
// swapped figures apart though it says nothing of what one counts.
func translatedOrActed(fr []string, e string) bool {
	return translatedIn(fr, e) || slices.ContainsFunc(fr, func(f string) bool { return sameActorWord(f, e) })
}

func translatedIn(fr []string, e string) bool {
	for _, f := range fr {
		if f == e || headAgrees(f, e) || translates(f, e) || cognate(f, e) {
			return true
		}
	}
	if acronymOf(fr, e) {
		return true // "PSG" for "le Paris SG"
	}
	// a noun used as an adjective is singular: "pupil numbers", "job cuts"
	return len(e) > 2 && !strings.HasSuffix(e, "s") && translatedIn(fr, e+"s")
}

// acronymOf: e is the initials of words that follow one another in fr,
// "psg" of "paris sg" or "paris saint-germain"; a short word (sg) may be
// initials already. Read in place: it runs for every word of a clause.
func acronymOf(fr []string, e string) bool {
	if len(e) < 3 || len(e) > 5 || len(fr) < 2 {
		return false
	}
	for i := range fr {
		for _, step := range [...]int{1, -1} { // (words read back from a figure come in reverse)
			pos, words := 0, 0
			for j := i; j >= 0 && j < len(fr) && pos < len(e); j += step {
				next, ok := initialsAt(fr[j], e, pos)
				if !ok {
					break
				}
				pos, words = next, words+1
			}
			if pos == len(e) && words > 1 {
				return true
			}
		}
	}
	return false
}

// initialsAt: e holds at pos the initials of w as an acronym takes
// them, a word of three letters or fewer whole, else the first letter
// of each hyphened part; it returns the position after them.
func initialsAt(w, e string, pos int) (int, bool) {
	if len(w) <= 3 {
		return pos + len(w), strings.HasPrefix(e[pos:], w)
	}
	for k := 0; k < len(w); k++ {
		if k == 0 || w[k-1] == '-' {
			if pos >= len(e) || e[pos] != w[k] {
				return pos, false
			}
			pos++
		}
	}
	return pos, true
}

// letters is the alphabetic part of an identifier key: A-380 -> A.
func letters(key string) string {
	out := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		if c := key[i]; c >= 'A' && c <= 'Z' {
			out = append(out, c)
		}
	}
	return string(out)
}

// dateNamesOwn: the bullet dates t as the source dates s, in s's
// sentence or the one before it, and o's sentence does not: "French
// inflation slowed to 1.2% in September" is the 1,2 % of "L'inflation a
// ralenti en septembre. Sur un an, les prix ... de 1,2 %", whatever word
// the bullet shares with "une inflation moyenne de 1,6 % en 2025".
func (r *check) dateNamesOwn(src []*atom, s, o, t *atom) bool {
	for _, d := range r.line {
		if d == t || d.m.Sentence != t.m.Sentence || d.m.Kind != Date && d.m.Kind != Year {
			continue
		}
		for _, a := range src {
			if a.m.Value != d.m.Value || a.m.Kind != d.m.Kind || sameSentence(a, o) || (a.m.rangeEnd != 0) != (d.m.rangeEnd != 0) {
				continue // (an end of "between November 2 and 10" is no "tempête du 2 novembre" a sentence before)
			}
			if sameSentence(a, s) || a.m.Paragraph == s.m.Paragraph && a.m.Sentence == s.m.Sentence-1 {
				return true
			}
		}
	}
	return false
}

// listMates: a and b stand side by side in one list of their kind, "champion
// du monde 2019 et 2023", "en 2019, 2021 et 2023": the words of the one
// are the other's.
func listMates(a, b *atom) bool {
	if a.m.Kind != b.m.Kind || !sameSentence(a, b) {
		return false
	}
	if b.m.Start < a.m.Start {
		a, b = b, a
	}
	gap := b.m.Start - a.m.End
	return gap >= 1 && gap <= 5 && b.m.listed
}

// verbForm: a French past participle, with "obtenu", "reçu", "perdu"
// (participle leaves out the bare "-u", which ends nouns too: "niveau").
func verbForm(w string) bool {
	return participle(w) || strings.HasSuffix(w, "u") && !strings.HasSuffix(w, "eu") && !strings.HasSuffix(w, "au") && len(w) > 4
}

// changeEnds: a and b are the levels left and reached of one change, "de
// 30 000 spectateurs en 2019 à 40 000": both count the noun the first
// one names.
func changeEnds(a, b *atom) bool {
	return a.m.changeEnd+b.m.changeEnd == 7 && a.m.changeEnd >= 3 && sameSentence(a, b)
}

// namedAfter: the bullet gives t to a name that the source first writes
// after s, as o's: "Toulon, également épinglé, écope d'une amende de
// 80 000 euros" after "Le club héraultais avait dépassé d'environ 1,3
// million", told "Toulon ... had exceeded the cap by about €1.3m". s's
// clause names no one, and a subject left unnamed refers back, never to
// a name the text has not yet written.
func namedAfter(src []*atom, s, o *atom, t Mention) bool {
	if len(s.m.actors()) > 0 || len(t.actors()) != 1 || o.m.Paragraph != s.m.Paragraph || o.m.Sentence <= s.m.Sentence {
		return false // (a bullet clause of several names, "Brittany 28% and the Loire Valley, the worst hit, 37%", may hold the list's next one)
	}
	a := t.actors()[0]
	return slices.Contains(o.m.actors(), a) && !slices.Contains(figureWords(*s.m), a) && !namedBy(src, s, a)
}

// withinBound: b is a bound ("plus de", "a dépassé le million") that the
// figure m lies within, m exact or hedged no more than "about".
func withinBound(b, m Mention) bool {
	side := boundSide(b.Comparator)
	if side == 0 || b.Comparator == CmpNearly || m.Comparator != CmpNone && m.Comparator != CmpApprox || class(b.Kind) != class(m.Kind) || b.Unit != m.Unit {
		return false // (checked before the values, which cost an allocation each)
	}
	return liesWithin(b, m.Rat())
}

// liesWithin: the value v lies on the side of the bound b that b says,
// above "plus de 20", below "moins de 20" ("près de" bounds nothing).
func liesWithin(b Mention, v *big.Rat) bool {
	side := boundSide(b.Comparator)
	bv := b.Rat()
	return side != 0 && b.Comparator != CmpNearly && bv != nil && v != nil && v.Cmp(bv) == side
}

// nounComplement: o counts the complement of s's noun, right after it,
// "150 habitants de deux lieux-dits": what o's clause says past it, its
// verb, is said of s.
func nounComplement(s, o *atom) bool {
	return s.m.Head != "" && sameSentence(s, o) && o.m.Start > s.m.End && o.m.Start-s.m.End <= 25 && slices.Contains(o.m.clause(), s.m.Head)
}
