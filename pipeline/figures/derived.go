package figures

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// derived explains t as a simple function of two source figures of the
// same kind: sum, difference, ratio, percent change (N20).
func derived(src []*atom, t Mention) (string, *atom, *atom) {
	why, a, b := derivedAny(src, t)
	if a != nil && b != nil && (madeOfOtherNoun(a, b) || madeOfOtherNoun(b, a)) {
		return derivedAny(slices.DeleteFunc(slices.Clone(src), func(x *atom) bool { return x.row == -1 }), t)
	}
	return why, a, b
}

// madeOfOtherNoun: made is a figure the bullet derived (row -1), and its
// English noun is not the other term's: "12 medals" the bullet summed
// and "17" swimmers make no "five" of anything.
func madeOfOtherNoun(made, other *atom) bool {
	if made.row != -1 || made.m.Head == "" || other.row == -1 {
		return false
	}
	return !sameHead(other.m.Head, made.m.Head) && !translates(other.m.Head, made.m.Head)
}

func derivedAny(src []*atom, t Mention) (string, *atom, *atom) {
	if (t.rangeEnd == 1 || t.rangeEnd == 2) && strings.ContainsAny(t.Raw, "-–") {
		return "", nil, nil // an end of "84-76" is a score or a range as written, never a sum
	}
	if t.Kind == Score {
		return voteCounts(src, t)
	}
	for _, d := range [...]derivation{partsCounted, levelBeforeShare, shareTimes, levelShortfall, baseOfFactor} {
		if why, a, b := d(src, t); why != "" {
			return why, a, b
		}
	}
	readings, only := otherReadings(t)
	for _, rt := range readings {
		if why, a, b := derivedAs(src, rt); why != "" {
			return why, a, b
		}
	}
	if only {
		return "", nil, nil
	}
	for _, d := range [...]derivation{derivedAs, wholeOfShare, minuteGap, timeAfterLength, clockGap, clockSpanGap} {
		if why, a, b := d(src, t); why != "" {
			return why, a, b
		}
	}
	return averageSpeed(src, t)
}

// impliedOnly: a number a word holds ("tripartite", "quinquennat"),
// which names a kind of thing and adds to no count.
func impliedOnly(m Mention) bool {
	_, ok := impliedWords[strings.ToLower(m.Raw)]
	return ok && m.style == "idiom" && m.Word
}

// derivation explains t by source figures: why, and the two it used.
type derivation func(src []*atom, t Mention) (string, *atom, *atom)

// minuteGap: minutes between two minutes of a match, "à la 62e minute
// ... à la 81e": "19 minutes later". The second minute may leave its
// noun to the first.
func minuteGap(src []*atom, t Mention) (string, *atom, *atom) {
	if class(t.Kind) != Cardinal || t.Head != "minutes" && t.Head != "minute" && t.Head != "min" {
		return "", nil, nil
	}
	tv := t.Rat()
	var minutes []*atom
	for _, a := range src {
		if a.m.Kind != Ordinal {
			continue
		}
		if a.m.Head == "minute" || a.m.Head == "minutes" || a.m.Head == "" && len(minutes) > 0 && sameSentence(a, minutes[len(minutes)-1]) {
			minutes = append(minutes, a)
		}
	}
	for i, a := range minutes {
		for _, b := range minutes[i+1:] {
			if d := new(big.Rat).Abs(new(big.Rat).Sub(a.m.Rat(), b.m.Rat())); tv != nil && (d.Cmp(tv) == 0 || hedgedRound(t, d, tv)) {
				return "minutes between the " + a.m.Raw + " and the " + b.m.Raw + " minute", a, b
			}
		}
	}
	return "", nil, nil
}

// minuteLater: a match's minute told as an earlier minute and the
// minutes after it, "entré en jeu à la 70e minute, il a marqué six
// minutes plus tard": "in the 76th minute".
func minuteLater(src []*atom, t Mention) (string, *atom, *atom) {
	if t.Kind != Ordinal || t.Head != "minute" && t.Head != "minutes" && t.Head != "" {
		return "", nil, nil // ("in the 67th minute ... in the 78th": the noun said once)
	}
	tv := t.Rat()
	for _, a := range src {
		if a.m.Kind != Ordinal || a.m.Head != "minute" && a.m.Head != "minutes" || tv == nil {
			continue
		}
		for _, b := range src {
			if class(b.m.Kind) != Cardinal || b.m.Kind == Ordinal || b.m.Head != "minutes" || b.m.Paragraph != a.m.Paragraph || b.m.Start < a.m.End || b.m.Sentence-a.m.Sentence > 1 {
				continue
			}
			if sum := new(big.Rat).Add(a.m.Rat(), b.m.Rat()); sum.Cmp(tv) == 0 {
				return "the " + a.m.Raw + " minute and " + b.m.Raw + " minutes after it", a, b
			}
		}
	}
	return "", nil, nil
}

// hundredthsWritten: raw is digits with two decimals, "10.05", as a
// sprint time is written.
func hundredthsWritten(raw string) bool {
	whole, frac, ok := strings.Cut(raw, ".")
	return ok && len(frac) == 2 && whole != "" && strings.Trim(whole+frac, "0123456789") == ""
}

// otherReadings are the ways a summary figure may be read before it is
// read as written, in order; only says it has no reading as written.
func otherReadings(t Mention) (readings []Mention, only bool) {
	as := func(k Kind, unit string) Mention {
		r := t
		r.Kind, r.Unit = k, unit
		return r
	}
	if countsPoints(t) {
		// "the gap is 4.5 points" between two rates, or "leads by eight
		// points" between two tallies
		readings = append(readings, as(PercentPoint, "pt"))
	}
	if countsPoints(t) || t.Kind == PercentPoint {
		// or a gap between two scores counted in points ("489 points,
		// contre 505": "fell 16 points")
		readings = append(readings, as(Quantity, "pts"))
	}
	if t.Kind == Cardinal && t.Unit == "" && !t.Word {
		// standings leave the points unsaid: "212 ahead of her nearest
		// rival, who has 933" for 1 145 points minus 212
		readings = append(readings, as(Quantity, "pts"))
	}
	if class(t.Kind) == Cardinal && t.Kind != Ordinal && t.Unit == "" && !t.Word && nounHead(t.Head) == "" && hundredthsWritten(t.Raw) {
		// "his previous personal best of 10.05": a race time in seconds
		// and hundredths, its unit said once for the bullet
		readings = append(readings, as(Quantity, "s"))
	}
	if u := unitWords[t.Head]; class(t.Kind) == Cardinal && t.Kind != Ordinal && t.Unit == "" && u != "" && !t.Word {
		// "7 million more litres of beer": the unit after "more", read as
		// the noun, measures the figure
		readings = append(readings, as(Quantity, u))
	}
	if t.Kind == Quantity && t.Unit == "pts" {
		// "has grown by 1,300 points" of "2 450 points de recharge, contre
		// 1 150": points counted as things, not an index's
		readings = append(readings, as(Cardinal, ""))
	}
	if t.Kind == Quantity && t.Unit == "°" {
		readings = append(readings, as(Quantity, "°C")) // "cooled by two degrees": the gap of two Celsius readings
	}
	if class(t.Kind) == Cardinal && t.Unit == "" && t.carried != "" && !t.Word {
		// "Of the 12.4 million euro cost, 2.1 million came from aid,
		// leaving 10.3 million": the currency said once for the sentence
		readings = append(readings, as(carriedKind(t.carried), t.carried))
	}
	v := t.Rat()
	switch {
	case v == nil:
	case t.Kind == Fraction && t.style == "change":
		// "raising its budget by half": a percent change of 50
		r := as(Percent, "%")
		r.Value = canonical(v.Mul(v, big.NewRat(100, 1)))
		return append(readings, r), true
	case gluedM(t):
		// a British "8.6m" glued to its number, read as metres: 8.6
		// million of a count ("10,7 millions ... 2,1 millions")
		r := as(Cardinal, "")
		r.Scale, r.Value = "m", canonical(v.Mul(v, big.NewRat(1000000, 1)))
		readings = append(readings, r)
	}
	if d, unit := duration(t); unit == "sec" && class(t.Kind) == Cardinal && periodSize[t.Head] <= 3600 {
		// "16.62 seconds" off a record: the gap of two race times,
		// which the source gives in seconds ("30 min 38 s 10")
		r := as(Quantity, "s")
		r.Value, r.Head = canonical(d), ""
		readings = append(readings, r)
	}
	return readings, false
}

// derivedAs is derived with t of its kind as given.
func derivedAs(src []*atom, t Mention) (string, *atom, *atom) {
	tv := t.Rat()
	if tv == nil || t.Kind == Date || t.Kind == Year || t.Kind == Identifier {
		return "", nil, nil
	}
	tv = new(big.Rat).Abs(tv)
	var cand []*atom
	exactT := (t.Comparator == CmpNone || t.Comparator == CmpExact) && !(t.Kind == Multiplier && t.Word) // "double", "twice" are round words: "quelque 7 000 ... contre 3 500" is "double the usual 3,500"
	for _, a := range src {
		if numeric(*a.m) && a.m.Alt != "every" && (!exactT || !hedged(*a.m) || statedMax(*a.m) || statedMin(*a.m, t) || a.m.markBound || t.Kind == Fraction && t.wholeTold == a.m.Value) && (!headConflict(*a.m, t) || peopleOf(a.m.Head, t.Head) || isDuration(*a.m) && isDuration(t) || t.Kind == Fraction && periodUnit[a.m.Head] != "" && periodUnit[t.Head] != "" || peopleTotal(*a.m, t) || peopleOfKind(*a.m, t) || npTold(a.m.Head, t) || t.Kind == Multiplier && (t.Head == "" || attributionNouns[t.Head] != "") || sexOfPeople(*a.m, t) || a.m.ofPrev && class(t.Kind) == Cardinal && t.Kind != Ordinal) &&
			!(isYearish(*a.m) && (t.Kind == Percent || t.Kind == Multiplier || t.Kind == Fraction)) && !pointInTime(*a.m) && !impliedOnly(*a.m) && !a.m.idiom && a.m.style != "rankgroup" {
			// ("chaque jour" says how often, and adds to nothing; "une joueuse
			// du top 10" names a group of places, no count to add; a year
			// is no share or multiple of anything: "d'ici à 2027" and "10 000";
			// a set phrase counts nothing: the "4" of "200 m 4 nages";
			// "a tenth of the roughly 1,400 needed" names its hedged whole;
			// a part after "dont" leaves the rest of its whole, whatever
			// the rest is called: "58 athlètes, dont 27 femmes", "31 men";
			// "a fifth of the year" is a share of its 365 days)
			cand = append(cand, a)
			if c := carriedAs(a); c != a {
				cand = append(cand, c) // read both ways: "contre 25" may count what the unit measured or not
			}
			if c := sharedAs(a); c != a {
				cand = append(cand, c) // "7,9 millions d'euros, dont 5,1 millions": €5.1m too
			}
		}
		if c := scaledMoneyAs(src, a, t); c != nil {
			cand = append(cand, c) // "porter ces recettes à 70 milliards d'ici 2030", after "63,5 milliards d'euros": euros too
		}
		if c := asLength(a); c != nil && t.Kind == Multiplier {
			cand = append(cand, c) // "6 h 40, contre 3 h 15 en temps normal": "roughly double the usual wait"
		}
		if c := asOccasions(a); c != nil && (!exactT || !hedged(*a.m)) {
			cand = append(cand, c) // "intervenus 1 412 fois, contre 1 530": a count of call-outs
		}
		if a.m.Kind == Score && !notMargin(*a.m, t) && !otherCount(t) {
			cand = append(cand, tallyCounts(a)...) // "289 voix contre 252": a margin of 37
		}
		if a.m.Kind == Fraction && len(a.m.Parts) == 2 {
			cand = append(cand, ratioCounts(a)...) // "180 suppressions de postes sur 620": leaving 440
		}
	}
	// two figures of one sentence first ("19 ..., contre 11 l'hiver
	// dernier" make the "eight more"), before pairs that happen to make
	// it from afar (the "Trois" skiers of the first sentence and 11)
	for pass := 0; pass < 2; pass++ {
		if why, a, b := derivedPairs(src, cand, t, tv, pass == 0); why != "" {
			return why, a, b
		}
	}
	return "", nil, nil
}

// derivedPairs tries the pairs of cand, those of one sentence only or
// those of two sentences only.
func derivedPairs(src, cand []*atom, t Mention, tv *big.Rat, oneSentence bool) (string, *atom, *atom) {
	for _, a := range cand {
		for _, b := range cand {
			if a == b || len(cand) > 64 && farApart(a.m, b.m) || sameSentence(a, b) != oneSentence {
				continue // a long source: only figures close together
			}
			if (a.m.style == "occasions" || b.m.style == "occasions") && (!sameSentence(a, b) || nounHead(a.m.Head) != "" && nounHead(b.m.Head) != "") {
				continue // a count of times set against its own sentence's bare count ("1 412 fois, contre 1 530"), not "huit fois vainqueur" against a contract's seasons
			}
			if (a.m.Alt == "tally" || b.m.Alt == "tally") && (a.m.Alt != b.m.Alt || a.pos != b.pos) && (t.Kind != Percent && t.Kind != Fraction || a.m.Alt == b.m.Alt) && !votesAgain(a.m, b.m, t) {
				continue // a score's two sides make its margin, and no sum with another figure (a share of one may be); two scores' sides make no share ("7-6 (7/5), 7-6 (8/6)": no 87%)
			}
			am, bm := a.m, b.m
			if alikeMaybe(am, bm, t) {
				x, y := alikeMeasures(*am, *bm, t) // (copied only then: this loop runs for every pair)
				am, bm = &x, &y
			}
			am, bm, tt, ttv := inOneUnit(am, bm, t, tv)
			if class(am.Kind) != class(bm.Kind) || am.Unit != bm.Unit && !(centsOf(*am, *bm) && sameSentence(a, b)) || !sameNoun(*am, *bm) && !((t.Kind == Percent || class(t.Kind) == Cardinal) && workforceShare(*am, *bm)) && !((t.Kind == Percent || t.Kind == Fraction) && capacityShare(*am, *bm)) && !((t.Kind == Percent || t.Kind == Fraction || class(t.Kind) == Cardinal) && partAndWhole(*am, *bm)) && !((t.Kind == Percent || t.Kind == Fraction) && partOfNext(*am, *bm)) && !peopleSum(*am, *bm, t) && !bothSexes(*am, *bm, t) && !(npTold(am.Head, t) && npTold(bm.Head, t)) && !(netSaid(t) && sameSentence(a, b)) && !changeOfLevel(*am, *bm) ||
				t.Kind == Multiplier && (am.personAge || bm.personAge) { // (a man of 29 and seven years in prison make no "four times")
				continue
			}
			if isDuration(*am) != isDuration(*bm) && !bareCompared(*am, *bm) || t.Kind != Multiplier && !comparable(*am, *bm) && !raceGap(*am, *bm) && !smallShare(tt, ttv) {
				continue // three weeks and 2 600 visits make nothing together
			}
			if t.Kind == Multiplier && t.style == "verb" && (toldMultiplied(src, a, t) || toldMultiplied(src, b, t)) {
				continue // "multiplié par trois, à 2,1 milliards": the source says how it grew; no ratio of two amounts says otherwise
			}
			if why := combine2(*am, *bm, tt, ttv, func() bool { return apart(*am, *bm, tt) }); why != "" && !oneNounTold(*am, *bm, t) {
				if strings.HasPrefix(why, "sum of") && (inStatedTotal(src, a, b) || inStatedTotal(src, b, a)) {
					continue // "31 supermarchés et 9 hypermarchés ... Les 40 magasins": 9 and 40 count the 9 twice
				}
				return why, a, b // (asked last: it reads the bullet's clause)
			}
		}
	}
	return "", nil, nil
}

// inStatedTotal: part and another figure of its sentence add up to
// total, which the source tells after them: the total holds the part.
func inStatedTotal(src []*atom, part, total *atom) bool {
	pv, tv := part.m.Rat(), total.m.Rat()
	if pv == nil || tv == nil || total.m.Paragraph != part.m.Paragraph || total.m.Start <= part.m.Start && total.m.Sentence == part.m.Sentence {
		return false
	}
	for _, c := range src {
		if c == part || c == total || !sameSentence(c, part) || class(c.m.Kind) != class(part.m.Kind) || c.m.Unit != part.m.Unit {
			continue
		}
		if cv := c.m.Rat(); cv != nil && new(big.Rat).Add(pv, cv).Cmp(tv) == 0 {
			return true
		}
	}
	return false
}

// inOneUnit is inOnePeriod, then t told in the unit of two measures of
// its metric family: "26cm clear" of 6,26 m and 6,00 m.
func inOneUnit(a, b *Mention, t Mention, tv *big.Rat) (*Mention, *Mention, Mention, *big.Rat) {
	a, b, t, tv = inOnePeriod(a, b, t, tv)
	a, b = degreesOf(a, b)
	if a.Unit == b.Unit && seaMiles(a.Unit, t.Unit) {
		t.Unit = a.Unit // "1 350 milles" and "2 700 milles": "4,050 miles" in all, sailing's miles
	}
	if t.Kind == Quantity && a.Kind == Quantity && a.Unit == b.Unit && a.Unit != t.Unit && sameFamily(*a, t) {
		t, tv = inUnit(t, a.Unit)
	}
	return a, b, t, tv
}

// degreesOf: "0,3 degré de plus" than 28,7 °C is in the degrees of the
// temperature beside it.
func degreesOf(a, b *Mention) (*Mention, *Mention) {
	deg := func(x, y *Mention) *Mention {
		if x.Kind == Quantity && x.Unit == "°" && y.Kind == Quantity && (y.Unit == "°C" || y.Unit == "°F") {
			c := *x
			c.Unit = y.Unit
			return &c
		}
		return x
	}
	return deg(a, b), deg(b, a)
}

// inOnePeriod gives two lengths of time in other periods one unit, and
// the bullet's figure too when it is a length: "trois ans, dont dix-huit
// mois avec sursis" (half of it), "18 mois ... requis deux ans" ("six
// months less"). Other pairs are returned as they are.
func inOnePeriod(a, b *Mention, t Mention, tv *big.Rat) (*Mention, *Mention, Mention, *big.Rat) {
	if a.Head == b.Head || !isDuration(*a) || !isDuration(*b) || t.Kind != Fraction && !isDuration(t) {
		return a, b, t, tv
	}
	x, y := inPeriodUnits(*a), inPeriodUnits(*b)
	if t.Kind == Fraction {
		return &x, &y, t, tv
	}
	t = inPeriodUnits(t)
	return &x, &y, t, new(big.Rat).Abs(t.Rat())
}

// inUnit is m told in another unit of its metric family: 26 cm as 0.26 m.
func inUnit(m Mention, unit string) (Mention, *big.Rat) {
	v, _ := inBase(m)
	b := metricBase[unit]
	if v == nil {
		return m, m.Rat()
	}
	if b.exp >= 0 {
		v.Quo(v, pow10(b.exp))
	} else {
		v.Mul(v, pow10(-b.exp))
	}
	m.Unit, m.Value = unit, canonical(v)
	return m, new(big.Rat).Abs(v)
}

// inPeriodUnits is a length of time counted in its family's unit
// (months or seconds), so that two lengths told in other units compare.
func inPeriodUnits(m Mention) Mention {
	d, unit := duration(m)
	m.Kind, m.Unit, m.Value, m.Head = Quantity, unit, canonical(d), ""
	return m
}

// pointInTime: a length of time that dates something, "deux ans plus
// tôt", "three years ago": no term of a sum or a share.
func pointInTime(m Mention) bool {
	if !isDuration(m) || m.prior {
		return false // ("14,2 mois, contre 11,8 mois cinq ans plus tôt": the compared level, the five years its time back)
	}
	for _, w := range m.ctx {
		switch w {
		case "tôt", "auparavant", "ago", "earlier", "later", "tard":
			return true
		}
	}
	return false
}

// sharedAs is a as the amount its list or "dont" leaves it (elided.go),
// else a itself.
func sharedAs(a *atom) *atom {
	_, cur, _ := strings.Cut(a.m.shareOf, " ")
	v := elidedAmount(*a.m, cur)
	if v == nil {
		return a
	}
	c := recast(a, Money, cur)
	c.m.Value, c.m.shareOf = canonical(v), ""
	return c
}

// asLength reads a clock reading marked as a length of time ("l'attente
// a atteint 6 h 40") as that length in seconds, or nil.
func asLength(a *atom) *atom {
	v := clockLength(*a.m)
	if v == nil {
		return nil
	}
	c := recast(a, Quantity, "s")
	c.m.Value, c.m.Alt = canonical(v), ""
	return c
}

// carriedAs is a as a measure in the unit its sentence carried over
// ("1 200 tonnes au lieu de 3 000": 3 000 tonnes), else a itself. The
// carried unit is a guess (the last unit named before), so a is tried
// both ways.
func carriedAs(a *atom) *atom {
	if measuredClass(*a.m) == class(a.m.Kind) {
		return a
	}
	return recast(a, carriedKind(a.m.carried), a.m.carried)
}

// recast is a copy of a read as a figure of another kind and unit, for
// derivations that try a source figure both ways.
func recast(a *atom, kind Kind, unit string) *atom {
	m := *a.m
	m.Kind, m.Unit = kind, unit
	c := *a
	c.m = &m
	return &c
}

// scaledMoneyAs reads a, a bare scaled number with no noun ("70
// milliards"), as an amount in t's currency when its paragraph gives an
// amount of that currency and scale: French leaves the currency of a
// later amount unsaid across sentences too. Else nil.
func scaledMoneyAs(src []*atom, a *atom, t Mention) *atom {
	if t.Kind != Money || class(a.m.Kind) != Cardinal || a.m.Unit != "" || a.m.Scale == "" || a.m.Word || knownNoun(a.m.Head) {
		return nil
	}
	if !slices.ContainsFunc(src, func(o *atom) bool {
		return o.m.Kind == Money && o.m.Unit == t.Unit && o.m.Scale == a.m.Scale && o.m.Paragraph == a.m.Paragraph
	}) {
		return nil
	}
	return recast(a, Money, t.Unit)
}

// changeOfLevel: one figure is the change the source says brought the
// other to its level ("150 emplois, portant l'effectif à 1 100"): one
// count, whatever noun each takes.
func changeOfLevel(a, b Mention) bool {
	return a.levelTo != "" && a.levelTo == b.Value || b.levelTo != "" && b.levelTo == a.Value
}

// asOccasions reads a count of times, "intervenus 1 412 fois", "à 96
// reprises", as the count of occasions it is, or nil: a multiple ("deux
// fois plus", "multiplié par trois") compares, and counts nothing.
func asOccasions(a *atom) *atom {
	if a.m.Kind != Multiplier || a.m.style == "factor" || a.m.style == "verb" || !numericValue(a.m.Value) {
		return nil
	}
	if w := lastWord(a.m.Raw); w != "fois" && w != "reprises" && w != "times" {
		return nil
	}
	c := recast(a, Cardinal, a.m.Unit)
	c.m.style = "occasions"
	return c
}

// measuredClass is m's class read with the unit its sentence carried
// over: a bare "3 000" after "1 200 tonnes au lieu de" is a quantity.
func measuredClass(m Mention) Kind {
	if m.carried != "" && m.Unit == "" && class(m.Kind) == Cardinal {
		return carriedKind(m.carried)
	}
	return class(m.Kind)
}

// farApart: in a long source, two figures more than a paragraph or, in
// one paragraph, more than eight sentences apart are not combined.
func farApart(a, b *Mention) bool {
	d := a.Paragraph - b.Paragraph
	return d > 1 || d < -1 || d == 0 && abs(a.Sentence-b.Sentence) > 8
}

var frFunction = map[string]bool{"contre": true, "selon": true, "soit": true, "dont": true, "après": true,
	"avant": true, "entre": true, "depuis": true, "pendant": true, "chez": true, "vers": true,
	"lors": true, "alors": true, "dans": true, "sous": true, "hors": true, "sans": true, "dès": true, "puis": true, "mais": true, "très": true} // (words ending as plurals do that count nothing: "29 à 24 lors de la finale")

func numeric(m Mention) bool {
	switch class(m.Kind) {
	case Cardinal, Money, Quantity, Percent, PercentPoint:
		return numericValue(m.Value)
	}
	return false
}

// lostOfWhole: a change the bullet tells as a share of the whole it
// names, "lost a quarter of the 80 hives", "lost 30% of the 160 tonnes",
// where the source gives the change itself ("en a perdu 20", "a perdu 48
// tonnes sur les 160"): a's move is t's, out of b, the whole.
func lostOfWhole(a, b, t Mention) bool {
	return t.dir != 0 && a.dir == t.dir && b.dir == 0 && t.wholeTold == b.Value
}

// combine2 tries the derivations of one ordered pair.
func combine2(a, b, t Mention, tv *big.Rat, apart func() bool) string {
	av, bv := a.Rat(), b.Rat()
	switch {
	case t.Kind == Percent && bv.Sign() != 0:
		// a change is counted from the earlier figure ("96 millions,
		// contre 84": +14.3%, not the -12.5% of 84 against 96)
		if changeFits(a, b, t, tv) && !(a.prior && !b.prior && !t.comparedAfter) && !(t.ofWhat && t.dir == 0 && !t.comparedAfter) && !(t.prior && t.dir == 0) && !(a.rangeEnd == 3 && b.rangeEnd == 4) && t.rangeEnd == 0 &&
			(t.dir == 0 || new(big.Rat).Sub(av, bv).Sign() == int(t.dir)) && // ("fell 33%" is no rise from 1,20 to 1,60)
			!(class(a.Kind) == Percent && class(b.Kind) == Percent && !(t.style == "change" && t.Word)) && (a.Paragraph == b.Paragraph || !apart()) {
			// ("de 1,52 à 1,9 million" went from the first end to the
			// second; a bullet's "from 4% to 29%" spans values, it tells
			// no change; "148 euros, contre 112" may be "about 32% more"
			// either way round; a rate's change is told in points, not as
			// a percent of a rate: "8%" is no change from 1,3 % to 1,4 %,
			// unless a word tells it ("the share has halved", 18 % to 9 %);
			// nor do two paragraphs' figures of other things make one;
			// "57% of voting intentions" is a share, no change of anything;
			// "up from 78% a year earlier" is the level compared with)
			return "percent change from " + b.Raw + " to " + a.Raw
		}
		if class(a.Kind) == Percent {
			if d := new(big.Rat).Abs(new(big.Rat).Sub(av, bv)); d.Cmp(tv) == 0 || hedgedRound(t, d, tv) {
				// 47 % -> 41 % is a fall of 6 points, not of 6% (N5)
				return pointsNotPercent + "the difference of " + a.Raw + " and " + b.Raw + " is in percentage points, not percent"
			}
			// two shares of one whole ("30 % des voix" and "22 %" of them),
			// never two rates of change: "baissé de 12 %", "progressé de 3 %"
			if sum := new(big.Rat).Add(av, bv); (a.ofWhat || b.ofWhat || totalCue(t) && a.Sentence == b.Sentence && a.Paragraph == b.Paragraph) && (sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv)) && !apart() &&
				(a.dir == 0) == (b.dir == 0) {
				// (a rise of 10 % and a share of 7 % make no 17 %)
				// ("les entreprises 7 % et les collectivités 3 %": "together 10%")
				return "sum of " + pairNamed(a, b)
			}
			return ""
		}
		share := new(big.Rat).Mul(new(big.Rat).Quo(av, bv), big.NewRat(100, 1))
		if (t.dir == 0 || lostOfWhole(a, b, t)) && (near(share, tv) || hedgedShare(share, tv, t.Comparator)) {
			return a.Raw + " as a share of " + b.Raw // (a change told, "35% more than", is no share)
		}
	case t.Kind == Fraction && a.Kind == Percent && b.Kind == Percent && a.dir == 0 && b.dir == 0:
		// two shares of one whole told as one fraction: "la Région
		// financera 30 % du projet, l'État 20 %", "half of it funded by
		// the region and the state"
		sum := new(big.Rat).Quo(new(big.Rat).Add(av, bv), big.NewRat(100, 1))
		if (a.ofWhat || b.ofWhat || t.ofWhat) && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence && (sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv)) && !apart() {
			return "sum of " + pairNamed(a, b)
		}
	case t.Kind == Fraction && class(a.Kind) == Cardinal && bv.Sign() != 0 && av.Cmp(bv) < 0 && !(a.Start == b.Start && a.End == b.End) && (t.wholeTold == "" || t.wholeTold == b.Value) && !a.personAge && !b.personAge:
		// (an age is no count: "les 15-24 ans" over "les plus de 65 ans" is no share)
		// ("a quarter of the 1,200 flats" is a share of 1,200, not of
		// the 35,000 the next sentence pledges)
		// (the two counts of one source share, "1 cambriolage sur 10",
		// make no other share: the share itself is compared)
		share := new(big.Rat).Mul(new(big.Rat).Quo(av, bv), big.NewRat(100, 1))
		if shareFits(share, t) && (a.Paragraph == b.Paragraph && a.Sentence-b.Sentence <= 1 && b.Sentence-a.Sentence <= 1 || shareNounTold(a, b, t)) {
			// 5 200 of 10 000: over half (a part told in the next sentence,
			// "Vingt des victimes"; but "2 100 autres" and the 4000 of a
			// name two sentences before make no half of anything)
			return a.Raw + " as a share of " + b.Raw
		}
	case t.Kind == Fraction && (a.Kind == Money || a.Kind == Quantity) && bv.Sign() != 0 && av.Cmp(bv) < 0 && !shareOfCounted(t):
		if amountShare(av, bv, t) {
			return a.Raw + " as a share of " + b.Raw
		}
	case t.Kind == PercentPoint && a.Kind == Percent:
		return pointsBetween(a, b, t, av, bv, tv)
	case t.Unit == "bp" && a.Kind == Percent:
		// "the spread widened to 60bp": two rates 0,6 point apart
		if d := new(big.Rat).Abs(new(big.Rat).Sub(av, bv)); d.Mul(d, big.NewRat(100, 1)).Cmp(tv) == 0 || hedgedRound(t, d, tv) {
			return "difference of " + pairNamed(a, b) + " in basis points"
		}
	case t.Kind == Multiplier && bv.Sign() != 0:
		return ratioOf(a, b, t, av, bv, tv)
	case class(t.Kind) == Cardinal && t.Unit == "" && a.Kind == Quantity && gapWord[t.Head]:
		return bareGap(a, b, t, tv) // "28 above the threshold"
	case class(t.Kind) == class(a.Kind) && (t.Unit == a.Unit || inCents(a, t)):
		return sumOrDifference(a, b, t, tv, apart)
	}
	return ""
}

// pointsBetween: the points between two rates, or the swing from a rise
// to a fall ("ont reculé de 3,1 %, alors qu'ils progressaient de 1,4 %":
// "a swing of 4.5 points").
func pointsBetween(a, b, t Mention, av, bv, tv *big.Rat) string {
	if d := new(big.Rat).Abs(new(big.Rat).Sub(av, bv)); (d.Cmp(tv) == 0 || hedgedRound(t, d, tv)) && !levelAndChange(a, b) {
		return "difference of " + pairNamed(a, b) + " in points"
	}
	if d := new(big.Rat).Add(av, bv); a.dir*b.dir < 0 && b.Kind == Percent && (d.Cmp(tv) == 0 || hedgedRound(t, d, tv)) {
		return "swing from " + pairNamed(a, b) + " in points"
	}
	return ""
}

// levelAndChange: one rate is a level and the other a change, and
// neither is compared with the other: a share, "pèse 18 % des ventes",
// less its fall, "a reculé de 9 %", is no gap in points of anything
// ("progresse de 1,1 %, contre 0,6 %" compares two changes).
func levelAndChange(a, b Mention) bool {
	return (a.dir == 0) != (b.dir == 0) && !a.prior && !b.prior
}

// partAndWhole: one figure is a part "dont" gives of the other, which
// holds it already: four climbers "dont deux Français" are no six, nor
// "Sur 51 380 électeurs inscrits, 14 902" 66 282 (wholeFirst marks that
// part), nor "250 salariés, sur les 610" 860 (wholeAfter marks the whole).
func partAndWhole(a, b Mention) bool {
	first, second := a, b
	if b.Start < a.Start {
		first, second = b, a
	}
	return (second.ofPrev || second.wholeOfPrev) && first.Paragraph == second.Paragraph && first.Sentence == second.Sentence && !pointOfCalendar(a) && !pointOfCalendar(b)
}

// pointOfCalendar: a year or a date, no part or whole of anything ("€38
// million of its €190 million 2025 budget").
func pointOfCalendar(m Mention) bool {
	return m.Kind == Year || m.Kind == Date
}

// partOfNext: one figure is a part of the whole told right after it in
// its sentence, "24 postes sur ses 480 agents": its share of that whole,
// whatever their nouns.
func partOfNext(a, b Mention) bool {
	first, second := a, b
	if b.Start < a.Start {
		first, second = b, a
	}
	return first.partOf && first.Paragraph == second.Paragraph && first.Sentence == second.Sentence
}

// sumOrDifference: two figures of the bullet's kind and unit added up
// or set against each other.
func sumOrDifference(a, b, t Mention, tv *big.Rat, apart func() bool) string {
	if fromToApart(a, b) || (a.Word && a.Value == "1" || b.Word && b.Value == "1") && !partAndWhole(a, b) || a.personAge != b.personAge {
		return "" // ("un mois plus tôt" and "dix mois" make no eleven months; "trois ans, dont un an avec sursis" leave two)
	}
	// the two counts of one share, "neuf communes sur 256": a part and its
	// whole make no sum ("nine of its 265"), only the rest
	oneShare := a.Start == b.Start && a.End == b.End && a.Paragraph == b.Paragraph && a.Kind != Range && b.Kind != Range && a.rangeEnd == 0 && b.rangeEnd == 0 && !(a.Alt == "tally" && matchTotal(t))
	av, bv := a.Rat(), b.Rat()
	if sum := new(big.Rat).Add(av, bv); !oneShare && (sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv)) && !(t.dir != 0 && opposedMoves(a, b)) && !oneRange(a, b) && !twoCounted(a, b, t) && !netSaid(t) && !a.eachSaid && !b.eachSaid && !partAndWhole(a, b) && !(t.prior && levelAndPrior(a, b)) && !totalOfEarlier(a, b) &&
		(summable(a, b) && (!apart() || a.listed && b.listed && totalCue(t) || bothSexes(a, b, t)) || addedOn(a, b, t, sum, tv) || (addedTo(a) || addedTo(b)) && a.Paragraph == b.Paragraph && (totalCue(t) || broughtTo(t)) ||
			saidTogether(t) && a.Paragraph == b.Paragraph && abs(a.Sentence-b.Sentence) <= 1 || // "the Livret A and the LDDS together drew €3.2bn": two sentences' amounts
			(extraHead(a) || extraHead(b)) && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence) { // "412 tonnes ..., et 38 tonnes supplémentaires": "450 tonnes"
		// ("130 salariés permanents et 60 saisonniers": "190 in all", the bullet says it adds them;
		// an amount "à chacun" of several adds once for each, not once)
		return "sum of " + pairNamed(a, b)
	}
	if d := new(big.Rat).Abs(new(big.Rat).Sub(av, bv)); (d.Cmp(tv) == 0 || hedgedRound(t, d, tv)) && !inAll(t) {
		return "difference of " + pairNamed(a, b) // (a figure "in all" is a total, no difference: "five tries in all")
	}
	return ""
}

// totalOfEarlier: one figure is told as the total of its sentence ("prévu
// pour trois mois, ... soit six mois au total") after the other, which
// it holds already: added up, they count it twice.
func totalOfEarlier(a, b Mention) bool {
	if a.Paragraph != b.Paragraph || a.Sentence != b.Sentence || a.Lang != French {
		return false
	}
	return b.totalSaid && a.End <= b.Start || a.totalSaid && b.End <= a.Start
}

// opposedMoves: one count was opened or created and the other closed or
// cut, "a ouvert 38 magasins et en a fermé 12": added up they make no
// growth ("grew by 50 stores"), only their difference does.
func opposedMoves(a, b Mention) bool {
	move := func(m Mention) int {
		for _, w := range m.clause() {
			if openMoves[w] {
				return 1
			}
			if closeMoves[w] {
				return -1
			}
		}
		return 0
	}
	return move(a)*move(b) < 0
}

var openMoves = map[string]bool{"ouvert": true, "ouverts": true, "ouverte": true, "ouvertes": true, "ouvre": true, "ouvrent": true,
	"ouverture": true, "ouvertures": true, "créé": true, "créés": true, "créée": true, "créées": true, "création": true, "créations": true}

var closeMoves = map[string]bool{"fermé": true, "fermés": true, "fermée": true, "fermées": true, "ferme": true, "ferment": true,
	"fermeture": true, "fermetures": true, "supprimé": true, "supprimés": true, "supprimée": true, "supprimées": true, "suppression": true, "suppressions": true}

// inAll: the bullet calls t a sum of everything, "five tries in all",
// "altogether", "combined"; a difference told of a total ("the total is
// down €900m") is none.
func inAll(t Mention) bool {
	return t.dir == 0 && slices.ContainsFunc(t.ctx, func(w string) bool { return w == "all" || w == "altogether" || w == "combined" }) || saidTogether(t)
}

// addedOn: a measure of one sentence added to the same unit's measure of
// another, which the bullet says it brings to a new level ("a second 45
// MW phase would take capacity to 82.5 MW" after a 37.5 MW plant): exact,
// so the digits do not meet by chance.
func addedOn(a, b, t Mention, sum, tv *big.Rat) bool {
	if a.Kind != Quantity || b.Kind != Quantity || t.Kind != Quantity || a.Unit != b.Unit || a.Unit != t.Unit || sum.Cmp(tv) != 0 {
		return false
	}
	return slices.ContainsFunc(t.ctx, func(w string) bool { return addOnWords[w] || bringWords[w] }) || broughtTo(t) // ("taking the town's woodland to 445 hectares": the verb before the level's noun)
}

// addedTo: the clause of m says its figure comes on top of another
// ("Cette enveloppe s'ajoute aux 1,8 million déjà débloqués"), so a
// bullet that calls their sum a total adds what the source adds.
func addedTo(m Mention) bool {
	return slices.ContainsFunc(m.clause(), func(w string) bool { return addedToWords[w] }) ||
		moreOnTop(m)
}

// moreOnTop: a French count told "de plus" with nothing it is compared
// with ("prévoit d'en acquérir 25 de plus d'ici 2027"): more of what was
// counted before, on top of it; "17 de plus qu'en 2022" is a gap.
func moreOnTop(m Mention) bool {
	return m.Lang == French && m.leadGap && m.dir > 0 && m.Head == "" && !slices.Contains(m.ctx, "que") && !slices.Contains(m.ctx, "qu'")
}

var addedToWords = map[string]bool{"ajoute": true, "ajoutent": true, "ajoutera": true, "ajouteront": true, "s'ajoute": true, "s'ajoutent": true,
	"ajouter": true, "s'ajouter": true, // "auxquels pourront s'ajouter 5 millions de bonus"
	// an extra sum, or the one it comes on top of: "une subvention exceptionnelle de 350 000 euros ... La
	// subvention annuelle s'élève déjà à 1,1 million"
	"supplémentaire": true, "supplémentaires": true, "exceptionnelle": true, "exceptionnel": true, "rallonge": true, "déjà": true}

// extraHead: the word right after the figure says it comes on top,
// "38 tonnes supplémentaires".
func extraHead(m Mention) bool {
	return m.Head == "supplémentaires" || m.Head == "supplémentaire" || m.Head == "autres"
}

// broughtTo: the bullet's clause brings its figure to a new level,
// "taking city support since 2022 to €1.65 million": what the source
// adds (addedTo) makes the level.
func broughtTo(t Mention) bool {
	return slices.ContainsFunc(t.clause(), func(w string) bool { return bringWords[w] })
}

// bringWords bring a figure to a new level: "taking ... to", "bringing".
var bringWords = map[string]bool{"take": true, "takes": true, "taking": true, "bring": true, "brings": true, "bringing": true, "brought": true}

// addOnWords, with bringWords, say a measure is brought to a new level by what is added.
var addOnWords = map[string]bool{"raise": true, "raises": true, "raising": true, "capacity": true, "boost": true, "boosting": true}

// fromToApart: an end of a from-to range ("passant de 14 à 4 députés")
// tells its change with the other end; added to or set against a figure
// of another sentence it makes nothing the source implies.
func fromToApart(a, b Mention) bool {
	if a.rangeEnd < 3 && b.rangeEnd < 3 {
		return false
	}
	return a.Paragraph != b.Paragraph || a.Sentence != b.Sentence
}

// ratioOf: "three times" is a ratio near 3, not 2.5 (within a tenth);
// "nearly 10x fewer deaths" (38 against 370) bounds the factor as
// written, ten, not a tenth.
func ratioOf(a, b, t Mention, av, bv, tv *big.Rat) string {
	fa, _ := av.Float64()
	fb, _ := bv.Float64()
	x, _ := tv.Float64()
	if x < 1 && x > 0 && fa != 0 {
		if multipleFits(fb/fa, 1/x, 1, t.Comparator) {
			return "ratio of " + b.Raw + " to " + a.Raw
		}
		return ""
	}
	if multipleFits(fa/fb, x, lastDigitStep(t.Value), t.Comparator) {
		return "ratio of " + a.Raw + " to " + b.Raw
	}
	return ""
}

// netSaid: the summary calls its figure net ("a net loss of 75,000",
// "added a net 50,000 jobs") or what one count outnumbers another by
// ("deaths outnumbering births by 850,000"): what is left of one figure
// after another, whatever each counts, never their sum.
func netSaid(t Mention) bool {
	for _, w := range t.ctx {
		if w == "net" || w == "nett" || strings.HasPrefix(w, "outnumber") {
			return true
		}
	}
	return false
}

// hedgedRound: a hedged summary figure ("about 41") may round a derived
// value (41.4) to its own precision or to one or two significant
// figures, as a rounded source figure may (N20).
func hedgedRound(t Mention, x, tv *big.Rat) bool {
	if t.Comparator == CmpNone || t.Comparator == CmpExact || x.Sign() == 0 {
		return false
	}
	if boundedWrongWay(Mention{Value: canonical(x)}, t) != "" {
		return false // "less than 4,000" for 2 700 + 1 400
	}
	if roundSig(x, 2).Cmp(tv) == 0 {
		return true
	}
	if tv.IsInt() && new(big.Rat).Abs(new(big.Rat).Sub(x, tv)).Cmp(big.NewRat(1, 2)) <= 0 {
		return true
	}
	xf, _ := x.Float64()
	tf, _ := tv.Float64()
	slack := math.Abs(tf) / 20
	if f := cmpFamily(t.Comparator); f == "above" || f == "below" {
		slack *= 2 // a bound rounds toward itself: "more than 10%" for a rise of 10.5%
	}
	if t.Comparator == CmpNearly && xf < tf && tf-xf <= math.Abs(tf)/10 && lastDigitStep(t.Value) >= math.Abs(tf) {
		return true // "almost a million fewer" for 16,5 - 15,6 millions: a round figure nearly reached
	}
	if math.Abs(xf-tf) > slack {
		// a derived figure is rounded, not guessed: "about €60 million"
		// is no rounding of 85 - 21 = 64 (a 7% gap), "about 5,000" is
		// one of 4 960
		return false
	}
	// rounded to one figure ("about 300" for 296), or to the last digit
	// the summary wrote: "about €3,275bn" for 3 345,8 - 70,9 = 3 274,9
	step := lastDigitStep(t.Value)
	switch t.Comparator {
	case CmpGT, CmpGE:
		return xf >= tf && xf-tf < step // "more than 21,000" for 71 042 - 49 318 = 21 724
	case CmpLT, CmpLE:
		return xf <= tf && tf-xf < step
	}
	return roundSig(x, 1).Cmp(tv) == 0 || math.Abs(xf-tf) <= step/2
}

// lastDigitStep is the place value of the last significant digit of a
// canonical value: 1e9 for 3275000000000, 0.1 for 4.5.
func lastDigitStep(v string) float64 {
	if k := strings.IndexByte(v, '.'); k >= 0 {
		return math.Pow(10, -float64(len(v)-k-1))
	}
	step := 1.0
	for i := len(v) - 1; i > 0 && v[i] == '0'; i-- {
		step *= 10
	}
	return step
}

// yearsBetween explains a length of time in years ("in two years") as
// the distance between two years of the source (2021 and 2023).
func yearsBetween(src []*atom, t Mention) string {
	per := yearsIn[t.Head] // "a quarter of a century", "two decades"
	if class(t.Kind) != Cardinal || t.Unit != "" || !countsYears(t) && per == 0 {
		return ""
	}
	tv := t.Rat()
	if tv == nil {
		return ""
	}
	if per > 0 {
		tv.Mul(tv, big.NewRat(per, 1))
	}
	if !tv.IsInt() {
		return halfYearsBetween(src, t, tv)
	}
	if termOfYears(src, tv) && !gapBetweenEvents(t) {
		return "" // "interdit de gérer pendant dix ans": a term the source gives, which "for five years" changes, whatever years lie five apart
	}
	var years []DateValue
	for _, a := range src {
		if d := dateOf(*a.m); d != nil && d.Year != 0 && !d.Decade && (a.m.Kind == Year || a.m.Kind == Date || isYearish(*a.m)) {
			years = append(years, *d)
		} else if y, err := strconv.Atoi(a.m.Value); err == nil && a.m.Kind == Cardinal && isYearish(*a.m) {
			years = append(years, DateValue{Year: y}) // "un bimoteur de 1997"
		}
	}
	n := tv.Num().Int64()
	for _, a := range years {
		for _, b := range years {
			if inclusive := a.Month == 0 && b.Month == 0 && int64(b.Year-a.Year)+1 == n; inclusive && (yearsSaid(src, n-1) || pointInTime(t)) {
				continue // "de 2012 à 2022 ... en dix ans": eleven is no count of both ends; "three years earlier" than 2024 is 2021
			}
			bound := t.Comparator == CmpGT || t.Comparator == CmpLT || t.Comparator == CmpNearly
			if (!bound || a.Month == 0 || b.Month == 0) && yearsApart(a, b, n) || boundedYears(a, b, t) {
				return "the years from " + itoa(a.Year) + " to " + itoa(b.Year)
			}
		}
	}
	return ""
}

// gapBetweenEvents: the bullet tells its years as the time from one
// event to another, "128 years after the union's founding" (shiftCue's
// words, and "ago"), no term of anything the source's "pendant huit ans"
// might be.
func gapBetweenEvents(t Mention) bool {
	return shiftCue(t.ctx) || slices.Contains(t.ctx, "ago")
}

// termOfYears: the source gives a term counted in years ("pendant dix
// ans", "durant trois années") of another value than v.
func termOfYears(src []*atom, v *big.Rat) bool {
	for _, a := range src {
		if class(a.m.Kind) == Cardinal && countsYears(*a.m) && !a.m.personAge && (slices.Contains(a.m.ctx, "pendant") || slices.Contains(a.m.ctx, "durant")) {
			if av := a.m.Rat(); av != nil && av.Cmp(v) != 0 && !liesWithin(*a.m, v) {
				return true // (a bound the value lies within, "pendant plus de vingt ans" for a career of 41, says nothing against it)
			}
		}
	}
	return false
}

// yearsIn are the years of a century or a decade.
var yearsIn = map[string]int64{"century": 100, "centuries": 100, "decade": 10, "decades": 10}

// yearsSaid: the source counts n years itself ("en dix ans").
func yearsSaid(src []*atom, n int64) bool {
	for _, a := range src {
		if class(a.m.Kind) == Cardinal && a.m.Unit == "" && countsYears(*a.m) && a.m.Value == strconv.FormatInt(n, 10) {
			return true
		}
	}
	return false
}

// boundedYears: "more than 40 years" from 1982 to 2023 (41 years) is a
// bound that holds near the count, as boundHolds judges a figure.
func boundedYears(a, b DateValue, t Mention) bool {
	if t.Comparator != CmpGT && t.Comparator != CmpLT && t.Comparator != CmpNearly || b.Year <= a.Year {
		return false
	}
	if a.Month != 0 && b.Month != 0 {
		// months tell the fraction: September 2025 to June 2029 is 3.75
		// years, "more than three" or "nearly four", never "nearly three"
		g, _ := monthGap(&a, &b)
		y, n := g/12, 0.0
		if v := t.Rat(); v != nil {
			n, _ = v.Float64()
		}
		if t.Comparator == CmpGT {
			return y > n && y < n+1
		}
		return y < n && y > n-1
	}
	return boundHolds(Mention{Kind: Cardinal, Value: itoa(b.Year - a.Year)}, t)
}

// yearsApart: n years lie between the dates a and b. Between two bare
// years, 2022 to 2023 is a year apart and, both counted, two years;
// between two days, 13 August 1961 to 9 November 1989 is 28 full years,
// never 29.
func yearsApart(a, b DateValue, n int64) bool {
	d := int64(b.Year - a.Year)
	if a.Month == 0 || b.Month == 0 {
		return d == n || d > 0 && d+1 == n
	}
	if b.Month < a.Month || b.Month == a.Month && b.Day < a.Day {
		d-- // the anniversary has not come round in the last year
	}
	return d == n
}

// near: within half a unit of the last written digit, as a rounded
// percentage is.
func near(x, y *big.Rat) bool {
	d := new(big.Rat).Abs(new(big.Rat).Sub(x, y))
	tol := big.NewRat(1, 2)
	if !y.IsInt() {
		tol = big.NewRat(1, 20)
	}
	return d.Cmp(tol) <= 0
}

// pointsNotPercent marks a derivation that the summary states in the
// wrong unit: a difference of two percentages given as a percentage.
const pointsNotPercent = "points:"

// oppositeWays opens the why of a gap that two changes going opposite
// ways make, told as the difference of their sizes: an error.
const oppositeWays = "opposite:"

// tallyCounts are the two counts of a vote or score, as figures a
// summary may subtract: "289 voix contre 252" holds 289 and 252.
func tallyCounts(a *atom) []*atom {
	lo, hi, ok := strings.Cut(a.m.Value, "-")
	if !ok || !numericValue(lo) || !numericValue(hi) {
		return nil
	}
	var out []*atom
	head := "points" // a match's score counts points: "59-3" is a 56-point margin
	if a.m.style == "votes" {
		head = a.m.Head
		if head == "" {
			head = "votes" // "par 305 voix contre 199": the noun the tally took in
			if a.m.Lang == French {
				head = "voix"
			}
		}
	}
	for _, v := range []string{lo, hi} {
		m := *a.m
		m.Kind, m.Value, m.Raw, m.Unit, m.Head, m.Alt = Cardinal, v, v, "", head, "tally"
		out = append(out, &atom{m: &m, row: -1, pos: a.pos, grp: a.grp})
	}
	return out
}

// votesAgain: one side of a vote's tally and a count of votes told
// before it ("par 305 voix contre 199" after "n'avait recueilli que 278
// voix"), which a bullet may set apart: "27 more votes in favour".
func votesAgain(a, b *Mention, t Mention) bool {
	if a.Alt != "tally" {
		a, b = b, a
	}
	return a.Alt == "tally" && b.Alt != "tally" && a.style == "votes" && t.dir != 0 && b.Head != "" && b.Head == a.Head
}

// ratioCounts are the part and the whole of a share told as counts, "180
// suppressions de postes sur 620", as counts of its noun.
func ratioCounts(a *atom) []*atom {
	var out []*atom
	for _, p := range a.m.Parts {
		if p.Kind != Cardinal || !numericValue(p.Value) {
			return nil
		}
		m := *a.m
		m.Kind, m.Value, m.Raw, m.Unit, m.Parts = Cardinal, p.Value, p.Value, "", nil
		if w := partNoun(a.m.Raw); m.Head == "" && (w == "points" || w == "point") {
			m.Head = w // "164 points sur 252": both count points, a level alikeMeasures reads beside "190 points"
		}
		out = append(out, &atom{m: &m, row: -1, pos: a.pos, grp: a.grp})
	}
	return out
}

// partNoun is the word after a share's first number, "points" of "164
// points sur 252", lower-cased, or "".
func partNoun(raw string) string {
	for _, f := range strings.Fields(raw) {
		if f[0] < '0' || f[0] > '9' {
			return strings.ToLower(f)
		}
	}
	return ""
}

// tallySide: a bullet may give the two sides of a vote apart ("433 for,
// 145 against") where the source tells the tally "433 voix contre 145".
func tallySide(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || t.Unit != "" || hedged(t) || t.label {
		// ("Clause 5" names a clause, no side of "6 voix contre 5")
		return ""
	}
	for _, a := range src {
		if a.m.Kind != Score || a.m.style != "votes" {
			continue
		}
		for k, c := range tallyCounts(a) {
			// "433 for, 145 against": each side keeps its place in "433 voix contre 145"
			if c.m.Value == t.Value && !(t.Head == "for" && k == 1) && !(t.Head == "against" && k == 0) {
				return "one side of the tally " + a.m.Raw
			}
		}
	}
	return ""
}

// shareFits: a share in percent said as a hedged fraction of the summary,
// "over half" for 52 %, "nearly a third" for 31 %, "about a quarter"
// for 26 %; "about" and "nearly" name the nearest common fraction
// (summary_fracchange.go); an unhedged fraction must be the share itself.
func shareFits(share *big.Rat, t Mention) bool {
	f := t.Rat()
	if f == nil {
		return false
	}
	s, _ := share.Float64()
	v, _ := f.Float64()
	s /= 100
	switch t.Comparator {
	case CmpGT, CmpGE:
		return s >= v && s-v <= 0.1
	case CmpLT, CmpLE:
		return s <= v && v-s <= 0.1
	case CmpNearly:
		return s <= v && v-s <= 0.06 && nothingBetween(s, v) && !otherCommonFraction(s, v) && !nearerBelow(s, v) // (20% is a fifth, not "nearly a fourth")
	case CmpApprox:
		tol := 0.04
		if t.Kind == Fraction && t.Word {
			tol = 0.05 // a fraction in words rounds wider: "roughly halved" for 1 200 to 650, -45.8%
		}
		return s-v <= tol && v-s <= tol && nearestFraction(s, v)
	}
	return s-v <= 0.005 && v-s <= 0.005
}

// amountShare: an amount that is a fraction of another in its currency or
// unit, "40 milliards d'économies, dont 20 milliards sur l'État" told as
// "half of it". Amounts are rarely round shares by chance, so an
// unhedged fraction must be the share itself ($6.6bn is not a third of
// $20bn), and "a third" that may rank ("a third plant") is no share.
func amountShare(av, bv *big.Rat, t Mention) bool {
	if t.Alt == "ordinal" {
		return false
	}
	share := new(big.Rat).Quo(av, bv)
	if t.Comparator != CmpNone && t.Comparator != CmpExact {
		return shareFits(share.Mul(share, big.NewRat(100, 1)), t)
	}
	f, _ := share.Float64()
	v, _ := t.Rat().Float64()
	return math.Abs(f-v) <= 0.001
}

// gapWord: the word after a bare number that makes it a gap between two
// figures ("28 above the threshold", "3 short of the record").
var gapWord = map[string]bool{"above": true, "below": true, "over": true, "under": true, "short": true,
	"higher": true, "lower": true, "more": true, "less": true, "fewer": true}

// bareGap: "78 µg/m3 ... le seuil de 50 µg/m3" briefed "28 above the
// threshold", a gap that leaves its unit to the figures around it.
func bareGap(a, b, t Mention, tv *big.Rat) string {
	if d := new(big.Rat).Abs(new(big.Rat).Sub(a.Rat(), b.Rat())); d.Cmp(tv) == 0 || hedgedRound(t, d, tv) {
		return "difference of " + pairNamed(a, b)
	}
	return ""
}

// changeFits: the change from b to a, in percent, is t: near it, or held
// by t's bound when the two are told in one sentence ("a drop of more
// than 70%" for 31 000 to 8 400, -72.9%).
func changeFits(a, b, t Mention, tv *big.Rat) bool {
	bv := b.Rat()
	ch := new(big.Rat).Quo(new(big.Rat).Sub(a.Rat(), bv), bv)
	if t.dir != 0 && ch.Sign() != 0 && ch.Sign() != int(t.dir) {
		return false // "a 20% increase" is never 14 against 11.2 read backwards
	}
	ch.Abs(ch.Mul(ch, big.NewRat(100, 1)))
	if t.style == "change" && t.Word && hedged(t) {
		// a fraction told as a change, "roughly a third below its peak"
		// for 795 000 against 1,17 million (-32 %): a fraction's tolerance
		f := t
		f.Kind, f.Value = Fraction, canonical(new(big.Rat).Quo(tv, big.NewRat(100, 1)))
		return shareFits(ch, f)
	}
	return near(ch, tv) || t.Comparator != CmpApprox && hedged(t) && a.Sentence == b.Sentence && a.Paragraph == b.Paragraph && quotientFits(ch, tv, t.Comparator) ||
		t.Comparator == CmpApprox && roundSig(ch, 2).Cmp(tv) == 0 // "up about 290%" for 288.9
}

// countsYears: the figure counts years ("32 ans", "26 years old").
func countsYears(m Mention) bool {
	return periodUnit[m.Head] == "month" && periodSize[m.Head] == 12
}

// halfYearsBetween: "about four and a half years after work began" for
// "septembre 2021" and "mars 2026": a count of years with a fraction,
// within a quarter of a year of the months between two dates.
func halfYearsBetween(src []*atom, t Mention, tv *big.Rat) string {
	tol := 0.25
	if !hedged(t) {
		tol = 1.0 / 24 // an unhedged "4.5 years" is exact to half a month
	}
	want, _ := tv.Float64()
	for _, a := range src {
		da := dateOf(*a.m)
		if da == nil || da.Year == 0 || da.Month == 0 || a.m.born {
			continue
		}
		for _, b := range src {
			db := dateOf(*b.m)
			if b == a || db == nil || db.Year == 0 || db.Month == 0 || b.m.born {
				continue
			}
			if g, _ := monthGap(da, db); g > 0 && math.Abs(g/12-want) <= tol {
				return "the years from " + a.m.Raw + " to " + b.m.Raw
			}
		}
	}
	return ""
}

// oneRange: a and b are the two ends of one range, whose sum is nothing
// ("de 5 à 10 milliards" makes no €15bn); their difference is its span.
func oneRange(a, b Mention) bool {
	return a.rangeEnd != 0 && b.rangeEnd != 0 && a.Start == b.Start && a.Raw == b.Raw
}

// otherCount: t counts a thing no score is made of, "his previous three
// finals": a score's margin (6-3) is no count of finals.
func otherCount(t Mention) bool {
	return class(t.Kind) == Cardinal && t.Unit == "" && pluralNounLike(t.Head) && !marginNouns[t.Head] && !scoreCounts[t.Head]
}

// scoreCounts are, with marginNouns, what a score's two sides may count.
var scoreCounts = map[string]bool{"votes": true, "seats": true, "games": true, "matches": true, "wins": true, "strokes": true,
	"shots": true, "wickets": true, "lengths": true, "legs": true, "rounds": true, "ballots": true, "baskets": true, "minutes": true,
	"seconds": true, "aces": true, "breaks": true, "touchdowns": true, "voix": true, "sièges": true, "buts": true, "essais": true}

// matchTotal: t counts a match's goals or points as one compound word,
// "a 74-goal thriller", "a 60-point game": the two sides of its score
// added up (the singular noun says the number is hyphened to it).
func matchTotal(t Mention) bool {
	switch t.Head {
	case "goal", "point", "try", "run":
		return class(t.Kind) == Cardinal && t.Lang == English
	}
	return false
}

// notMargin: t cannot be the margin of the score s: it is a gap to a
// side the score's sentence does not name ("two more than Nancy", not
// Rouen's 2-0 win at Concarneau).
func notMargin(s, t Mention) bool {
	return t.Head == "than" && len(t.names) > 0 && !slices.ContainsFunc(t.names, func(n string) bool { return nameIn(n, s.names) })
}

// pairNamed names the two figures of a derivation as the source wrote
// them; the two ends of one range share its words: "the two ends of
// de 13 à 3".
func pairNamed(a, b Mention) string {
	if oneRange(a, b) {
		return "the two ends of " + a.Raw
	}
	return a.Raw + " and " + b.Raw
}

// voteCounts: a bullet's vote, "by 41 votes to 24", told by the source as
// two counts of one sentence ("41 voix, l'opposition 24").
func voteCounts(src []*atom, t Mention) (string, *atom, *atom) {
	x, y, ok := strings.Cut(t.Value, "-")
	if !ok || t.style != "votes" && t.Head != "vote" && t.Head != "decision" {
		return "", nil, nil // ("in an 11-1 vote", "the jury's six to one decision")
	}
	for _, a := range src {
		if class(a.m.Kind) != Cardinal || a.m.Unit != "" || a.m.Value != x {
			continue
		}
		for _, b := range src {
			if b != a && class(b.m.Kind) == Cardinal && b.m.Unit == "" && b.m.Value == y && sameSentence(a, b) {
				return "the tally of " + a.m.Raw + " and " + b.m.Raw, a, b
			}
		}
	}
	return "", nil, nil
}

// toldMultiplied: a's sentence gives a factor of change of its own
// ("a été multiplié par trois en 2023, à 2,1 milliards") other than t's
// ("deux fois moins" is "doubled" seen from the other end).
func toldMultiplied(src []*atom, a *atom, t Mention) bool {
	tv := t.Rat()
	for _, o := range src {
		if o == a || o.m.Kind != Multiplier || o.m.style != "verb" && o.m.style != "factor" || !sameSentence(o, a) {
			continue
		}
		if ov := o.m.Rat(); tv != nil && ov != nil && ov.Sign() != 0 && (ov.Cmp(tv) == 0 || new(big.Rat).Inv(ov).Cmp(tv) == 0) {
			continue
		}
		return true
	}
	return false
}

// shareOfCounted: the share is "of" a plural of counted things, "fewer
// than a fourth of drivers": a share of a count, which no two amounts
// make (3,20 euros over 15 euros). Plurals of amounts stay amounts: "a
// third of its costs".
func shareOfCounted(t Mention) bool {
	h := t.Head
	if !t.ofWhat || len(h) < 4 || !strings.HasSuffix(h, "s") || strings.HasSuffix(h, "ss") || amountPlurals[h] {
		return false
	}
	return t.Unit == ""
}

// amountPlurals are plural nouns of amounts, money or measures, that a
// share of an amount may be of.
var amountPlurals = map[string]bool{"costs": true, "funds": true, "savings": true, "sales": true, "revenues": true, "receipts": true,
	"earnings": true, "profits": true, "losses": true, "assets": true, "expenses": true, "proceeds": true, "taxes": true, "fees": true,
	"subsidies": true, "grants": true, "payments": true, "wages": true, "salaries": true, "debts": true, "charges": true, "takings": true,
	"investments": true, "spending": true, "resources": true, "reserves": true, "bills": true, "tonnes": true, "tons": true, "litres": true, "emissions": true, "imports": true, "exports": true}

// levelAndPrior: a level and the earlier or usual one it is set against
// in its sentence, "limité à 500, contre 1 000 habituellement": one
// quantity told twice, whose sum is no earlier level ("down from the
// usual 1,500"; hires of two years may still make "330 over the two
// years"; votes "pour" and "contre" add up).
func levelAndPrior(a, b Mention) bool {
	return a.prior != b.prior && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence && !votesHead(a.Head) && !votesHead(b.Head)
}

func votesHead(h string) bool { return h == "voix" || h == "votes" || h == "vote" || h == "suffrages" }
