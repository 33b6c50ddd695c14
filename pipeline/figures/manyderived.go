package figures

import (
	"math/big"
	"slices"
	"strings"
)

// fractionOf explains a summary count as a source fraction of a source
// figure of its sentence: "près de 15 000 hectares ... dont un tiers
// détruits" briefed "about 5,000 of them destroyed". A bare English
// count may leave the whole's unit to its sentence ("of them"); one
// that names its own noun ("about fifty farmers") counts no share of a
// measure ("près de la moitié" of "95 quintaux à l'hectare").
func fractionOf(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity && class(t.Kind) != Cardinal {
		return ""
	}
	for _, f := range src {
		fv := f.m.Rat()
		if f.m.Kind != Fraction || fv == nil || fv.Sign() <= 0 || fv.Cmp(big.NewRat(1, 1)) >= 0 || hedged(*f.m) && !hedged(t) {
			continue
		}
		for _, a := range src {
			av := a.m.Rat()
			if a == f || av == nil || !sameSentence(a, f) && !onlyWhole(src, a, f) && !largestWhole(src, a, f, t) && !largestAmount(src, a, f, t) || isYearish(*a.m) || !(class(a.m.Kind) == class(t.Kind) && a.m.Unit == t.Unit ||
				a.m.Kind == Quantity && class(t.Kind) == Cardinal && t.Unit == "" && (t.Head == "" || objectPronouns[t.Head])) {
				continue
			}
			x := new(big.Rat).Mul(av, fv)
			if nearly(x, tv) || hedgedRound(t, x, tv) {
				return f.m.Raw + " of " + a.m.Raw
			}
		}
	}
	return ""
}

// onlyWhole: a is the one figure of its unit (or, for a count, of f's
// noun) in f's paragraph, so a fraction of a sentence after it ("un tiers
// des volumes") can only be of it ("1,43 million de tonnes"), leaving out
// an earlier level it is compared with.
func onlyWhole(src []*atom, a, f *atom) bool {
	if a.m.Paragraph != f.m.Paragraph || !f.m.ofWhat && a.m.Kind != Money || a.m.prior {
		return false // (an amount needs no "of": "les ménages en acquittent les deux tiers")
	}
	head := ""
	if a.m.Unit == "" {
		// a count: the whole of a fraction of the same noun ("440 000
		// voitures ... un quart de voitures électriques")
		if head = nounHead(a.m.Head); head == "" || head != nounHead(f.m.Head) {
			return false
		}
	}
	for _, b := range src {
		if b != a && b != f && b.m.Paragraph == a.m.Paragraph && b.m.Unit == a.m.Unit && (head == "" || nounHead(b.m.Head) == head) && !b.m.prior {
			return false // the level a figure is compared with ("contre 70 millions") is no whole of today's share
		}
	}
	return true
}

// largestWhole: "un colis sur quatre" a few sentences after "1,73
// milliard d'envois", summarised "1 in 4 parcels (~430m)": a rounded
// share of a count that names no noun of the whole, or says it is of
// what was just told ("un quart de ce flux"), may be taken of the
// largest count of the paragraph, and of no other.
func largestWhole(src []*atom, a, f *atom, t Mention) bool {
	if a.m.Paragraph != f.m.Paragraph || f.m.ofWhat && !f.m.ofThis || !hedged(t) || class(a.m.Kind) != Cardinal || a.m.Unit != "" || a.m.prior {
		return false
	}
	av := a.m.Rat()
	for _, b := range src {
		if bv := b.m.Rat(); b != a && bv != nil && b.m.Paragraph == a.m.Paragraph && class(b.m.Kind) == Cardinal && b.m.Unit == "" && !isYearish(*b.m) && bv.Cmp(av) >= 0 {
			return false
		}
	}
	return true
}

// largestAmount: "3,9 milliards d'euros ... soit 650 millions par an. Un
// quart de l'enveloppe ira à..." summarised "about €975m, a quarter": a
// hedged amount may be a share of the paragraph's largest amount of its
// currency, of no other; a measure likewise of the largest in its unit
// ("7,8 millions de tonnes ... un quart des volumes": "roughly 2
// million tonnes").
func largestAmount(src []*atom, a, f *atom, t Mention) bool {
	if a.m.Paragraph != f.m.Paragraph || !hedged(t) || a.m.Kind != Money && a.m.Kind != Quantity || t.Kind != a.m.Kind || a.m.Unit != t.Unit || a.m.prior || a.m.per != 0 {
		return false
	}
	av := a.m.Rat()
	for _, b := range src {
		if bv := b.m.Rat(); b != a && bv != nil && b.m.Paragraph == a.m.Paragraph && b.m.Kind == a.m.Kind && b.m.Unit == a.m.Unit && bv.Cmp(av) >= 0 {
			return false
		}
	}
	return true
}

// nearly: equal but for the last digits of a fraction read as a decimal
// (a third is 0.333333333333).
func nearly(x, y *big.Rat) bool {
	d := new(big.Rat).Abs(new(big.Rat).Sub(x, y))
	return d.Cmp(new(big.Rat).Mul(new(big.Rat).Abs(y), big.NewRat(1, 1_000_000))) <= 0
}

// totalOfMany explains a summary figure the bullet calls a total ("in
// all", "combined", "bringing total fines to") as the sum of three or
// four exact source figures of its kind and unit in one paragraph: three
// fines of one judgment, the seats of three parties. Two figures are
// derived's job.
func totalOfMany(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || !numeric(t) || t.Kind == Percent {
		return ""
	}
	if !totalCue(t) {
		return wholeListTotal(src, t, tv)
	}
	var byParagraph [][]*atom // in the text's order, so the report is the same on every run
	var eachTimes []bool      // a paragraph's terms hold an amount each times its count
	var read []*atom          // each bare count of a list read in the unit said before it ("1 200 mètres cubes ; la deuxième, 850 ; la troisième, 450"), for a measure only
	if t.Kind == Quantity {
		read = slices.Clone(src)
	}
	for k, a := range src {
		if read != nil && nounHead(a.m.Head) == "" {
			if m := measuredBefore(read[:k], a); m != nil && m.Kind == Quantity && m.Unit == t.Unit {
				a = &atom{m: m, row: a.row, pos: a.pos, idx: a.idx, grp: a.grp}
				read[k] = a
			}
		}
		if av := a.m.Rat(); av != nil && numeric(*a.m) && class(a.m.Kind) == class(t.Kind) && a.m.Unit == t.Unit &&
			!hedged(*a.m) && !isYearish(*a.m) && av.Sign() > 0 && av.Cmp(tv) < 0 && !a.m.totalSaid { // (a total is no term of another: "cinq au total")
			if n := len(byParagraph); n == 0 || byParagraph[n-1][0].m.Paragraph != a.m.Paragraph {
				byParagraph, eachTimes = append(byParagraph, nil), append(eachTimes, false)
			}
			if e := eachOfCount(src, k); e != nil {
				a, eachTimes[len(eachTimes)-1] = e, true
			}
			byParagraph[len(byParagraph)-1] = append(byParagraph[len(byParagraph)-1], a)
		}
	}
	for n, terms := range byParagraph {
		if eachTimes[n] && len(terms) == 2 {
			if why := sumOf(terms, t, tv, 2); why != "" {
				return why // "150 000 euros à la veuve et 40 000 euros à chacun de ses deux enfants": "€230,000 in all"
			}
		}
		if len(terms) < 3 || len(terms) > 12 {
			continue // a long list makes any total by chance
		}
		if why := sumOf(terms, t, tv, 3); why != "" {
			return why
		}
		if why := sumOf(terms, t, tv, 4); why != "" {
			return why
		}
	}
	return ""
}

// wholeListTotal: with no word of total, a bullet's figure may still
// be the sum of every figure of its kind one source sentence lists,
// three to six of them ("2 150 coureurs sur le 25 km, 1 620 sur le
// 50 km et 730 sur l'ultra" told "4,500 runners"), counting one thing
// (termsOneNoun: "Sept journalistes, trois photographes et deux
// techniciens" make no "staff of twelve" here): the whole list, never
// some of its terms, so no total is found by chance.
func wholeListTotal(src []*atom, t Mention, tv *big.Rat) string {
	if t.prior || t.dir != 0 || t.rangeEnd != 0 || isYearish(t) || t.Kind == Ordinal || tv.Cmp(big.NewRat(10, 1)) < 0 {
		return ""
	}
	exact := t.Comparator == CmpNone || t.Comparator == CmpExact
	for i := 0; i < len(src); {
		j := i
		var terms []*atom
		for ; j < len(src) && sameSentence(src[j], src[i]); j++ {
			if a := src[j].m; numeric(*a) && class(a.Kind) == class(t.Kind) && a.Unit == t.Unit && a.Kind != Ordinal && !isYearish(*a) && !pointInTime(*a) {
				terms = append(terms, src[j])
			}
		}
		i = j
		if len(terms) >= 4 && terms[1].m.ofPrev {
			terms = terms[1:] // "au moins 24 morts, dont sept en Roumanie, six en Pologne et cinq en Autriche": the parts' list, its whole left out
		}
		if len(terms) < 3 || len(terms) > 6 || !termsOneNoun(terms, t) {
			continue
		}
		sum := new(big.Rat)
		for _, a := range terms {
			if v := a.m.Rat(); v == nil || v.Sign() <= 0 || a.m.prior || a.m.dir != 0 || a.m.rangeEnd != 0 || a.m.personAge || exact && hedged(*a.m) || a.m.Word != terms[0].m.Word {
				// an earlier level, a change, an age or an estimate is no
				// term of the list; nor is a count in words before digits,
				// which announces it ("deux repreneurs : le premier en
				// reprend 31, le second 14")
				sum = nil
				break
			}
			sum.Add(sum, a.m.Rat())
		}
		if sum != nil && (sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv)) {
			why := "sum of the list " + terms[0].m.Raw
			for _, a := range terms[1:] {
				why += ", " + a.m.Raw
			}
			return why
		}
	}
	return ""
}

// eachOfCount: src[k] is an amount said of each one of a count told
// right after it, "40 000 euros à chacun de ses deux enfants": the amount
// times the count, else nil.
func eachOfCount(src []*atom, k int) *atom {
	a := src[k]
	if !a.m.eachSaid || k+1 >= len(src) {
		return nil
	}
	c := src[k+1]
	cv := c.m.Rat()
	if !sameSentence(a, c) || class(c.m.Kind) != Cardinal || c.m.Unit != "" || cv == nil || !cv.IsInt() || cv.Cmp(big.NewRat(2, 1)) < 0 || cv.Cmp(big.NewRat(20, 1)) > 0 ||
		c.m.Start-a.m.End > 24 {
		return nil
	}
	m := *a.m
	m.Value, m.Raw = canonical(new(big.Rat).Mul(a.m.Rat(), cv)), c.m.Raw+" × "+a.m.Raw
	e := *a
	e.m = &m
	return &e
}

// sumOf finds n of the terms, in their order, whose sum is tv.
func sumOf(terms []*atom, t Mention, tv *big.Rat, n int) string {
	var pick func(from int, chosen []*atom, sum *big.Rat) string
	pick = func(from int, chosen []*atom, sum *big.Rat) string {
		if len(chosen) == n {
			if (sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv)) && termsOneNoun(chosen, t) {
				why := "sum of " + chosen[0].m.Raw
				for _, c := range chosen[1:] {
					why += ", " + c.m.Raw
				}
				return why
			}
			return ""
		}
		for k := from; k < len(terms); k++ {
			if why := pick(k+1, append(slices.Clip(chosen), terms[k]), new(big.Rat).Add(sum, terms[k].m.Rat())); why != "" {
				return why
			}
		}
		return ""
	}
	return pick(0, nil, new(big.Rat))
}

// termsOneNoun: the terms of a total count one thing. Two that each
// name a plural noun of their own, and not the same one, make no total
// ("deux nouveaux centres", "six médecins" and "quatre" make no "12 GPs"),
// unless the bullet totals people of different kinds.
func termsOneNoun(terms []*atom, t Mention) bool {
	for i, a := range terms {
		for _, b := range terms[i+1:] {
			ha, hb := nounHead(a.m.Head), nounHead(b.m.Head)
			if ha == "" || hb == "" || !pluralNounLike(ha) || !pluralNounLike(hb) || peopleSum(*a.m, *b.m, t) {
				continue
			}
			if ha != hb && !cognate(ha, hb) && !sameFamilyNoun(ha, hb) {
				return false // (sameNoun would let two nouns outside the lexicon pass)
			}
		}
	}
	return true
}

// totalCue: the bullet calls its figure a total.
func totalCue(t Mention) bool {
	// ("~€158m implied revenue": a product the bullet says it worked out)
	return t.totalSaid || slices.ContainsFunc(t.ctx, func(w string) bool { return totalWords[w] || w == "all" || w == "together" || w == "implied" }) ||
		slices.Contains(t.ctx, "between") && slices.Contains(t.ctx, "them") // "85% of the cost between them"
}

// totalInClause: the bullet calls its figure a total anywhere in its
// clause, "48,600 students in bachelor's and master's programmes combined".
func totalInClause(t Mention) bool {
	return totalCue(t) || slices.ContainsFunc(t.clause(), func(w string) bool { return totalWords[w] || w == "together" })
}

// saidTogether: the bullet says its figure is what several things make
// together, and no change: "the US and the UK together bought". ("Total
// debt fell by €2m" may be a difference: "total" names the debt.)
func saidTogether(t Mention) bool {
	return t.dir == 0 && slices.ContainsFunc(t.ctx, func(w string) bool { return w == "together" || w == "jointly" })
}

// totalWords call a figure a total.
var totalWords = map[string]bool{"total": true, "totals": true, "totalling": true, "totaling": true, "combined": true,
	"altogether": true, "overall": true, "cumulative": true, "cumulé": true, "cumulés": true}

// exactDerived: an exact race time or length of three significant
// digits or more that is the sum or difference of two exact source
// lengths ("4h41m57s" for a winner's 4 h 38 min 12 s and a gap of 3 min
// 45 s told a sentence later) is derived before it is judged a changed
// figure: so many digits do not meet by chance. A level less
// its change ("réduite de 15 millions, à 212 millions" written "to
// €197m") is the classic slip, never a derivation.
func exactDerived(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || hedged(t) || t.Kind != Quantity || t.Unit != "s" || valueDigits(t.Value) < 3 {
		return "" // amounts and counts need summable's evidence: "the plan totals €44.4bn" adds a part to its whole
	}
	for i, a := range src {
		for _, b := range src[i+1:] {
			av, bv := secondsOf(*a.m), secondsOf(*b.m)
			if av == nil || bv == nil || hedged(*a.m) || hedged(*b.m) || isYearish(*a.m) || isYearish(*b.m) || a.m.levelTo == b.m.Value || b.m.levelTo == a.m.Value {
				continue
			}
			if new(big.Rat).Add(av, bv).Cmp(tv) == 0 {
				return "sum of " + a.m.Raw + " and " + b.m.Raw
			}
			if new(big.Rat).Abs(new(big.Rat).Sub(av, bv)).Cmp(tv) == 0 {
				return "difference of " + a.m.Raw + " and " + b.m.Raw
			}
		}
	}
	return ""
}

// secondsOf: a length in seconds, written as one ("2 h 05 min") or as a
// count of seconds ("améliorant de 18 secondes", "18 seconds off").
func secondsOf(m Mention) *big.Rat {
	switch {
	case m.Kind == Quantity && m.Unit == "s":
		return m.Rat()
	case m.Kind == Cardinal && m.Unit == "" && secondWords[m.Head]:
		return m.Rat()
	}
	return nil
}

var secondWords = map[string]bool{"secondes": true, "seconde": true, "seconds": true, "second": true}

// valueDigits counts the significant digits of a canonical value:
// 16917 has five, 1950000 three.
func valueDigits(v string) int {
	if !strings.Contains(v, ".") {
		v = strings.TrimRight(v, "0") // the zeros of 1950000 are no digits it claims
	}
	v = strings.TrimLeft(strings.Replace(v, ".", "", 1), "0-")
	n := 0
	for _, c := range v {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

// countTimesEach explains a summary total ("€90,000 a month in all") as a
// source count times the amount each one carries, told in one sentence:
// "150 bourses de 600 euros par mois", "6,2 millions de sapins vendus
// ..., pour un prix moyen de 33 euros" ("roughly €200 million in all").
// The count names what it counts, comes before the amount, and the
// bullet calls its figure a total; hedged figures give only a hedged one.
func countTimesEach(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity || !totalCue(t) {
		return ""
	}
	for k, n := range src {
		nv := n.m.Rat()
		if nv == nil || class(n.m.Kind) != Cardinal || n.m.Unit != "" || isYearish(*n.m) || n.m.Head == "" || hedged(*n.m) && !hedged(t) {
			continue
		}
		for _, a := range src[k+1:] {
			av := a.m.Rat()
			if !sameSentence(n, a) && !(hedged(t) && a.m.Paragraph == n.m.Paragraph && a.m.Sentence == n.m.Sentence+1) {
				break // (a rough total may take the price from the next sentence: "1,78 million de billets. Le prix moyen ... 17 euros")
			}
			if av == nil || a.m.Kind != t.Kind || a.m.Unit != t.Unit || a.m.per != t.per || hedged(*a.m) && !hedged(t) {
				continue
			}
			if x := new(big.Rat).Mul(nv, av); x.Cmp(tv) == 0 || hedgedRound(t, x, tv) {
				return n.m.Raw + " times " + a.m.Raw
			}
		}
	}
	return ""
}

// totalAfter: a French figure told as a total right after it or its
// noun, "cinq au total", "huit médailles au total", "40 en tout".
func (p *parser) totalAfter(m Mention) bool {
	i1 := p.tokenAfter(m.End)
	for j := i1; j <= i1+2 && j < len(p.toks) && p.toks[j].kind == tWord; j++ {
		if p.words(j, "au", "total") || p.words(j, "en", "tout") {
			return true
		}
	}
	return false
}

// totalNear: a total word stands within four words before the figure or
// three after it: "bringing total fines to €1.95m", "€505,000 in all",
// "killing all 56 people on board".
func (p *parser) totalNear(m Mention) bool {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	for j := max(0, i0-4); j < i1+3 && j < len(p.toks); j++ {
		if j >= i0 && j < i1 {
			continue
		}
		if w := p.word(j); totalWords[w] || w == "all" && (p.word(j-1) == "in" || j == i0-1) || w == "them" && p.word(j-1) == "between" {
			return true
		}
	}
	return false
}
