package figures

import (
	"math/big"
	"strconv"
	"strings"
)

// Ages by decade (N8): "un quadragénaire" is a man in his forties, "une
// septuagénaire" a woman in her seventies; English "in his forties", "in
// her early 70s", "over-75s". A decade of age is an approximate figure
// with the unit "age": it answers a decade of age or an age inside it
// ("a 74-year-old"), never another decade.
var frAgeWords = map[string]int{
	"trentenaire": 30, "trentenaires": 30, "quadragénaire": 40, "quadragénaires": 40,
	"quinquagénaire": 50, "quinquagénaires": 50, "sexagénaire": 60, "sexagénaires": 60,
	"septuagénaire": 70, "septuagénaires": 70, "octogénaire": 80, "octogénaires": 80,
	"nonagénaire": 90, "nonagénaires": 90, "quadra": 40, "quinqua": 50, "sexa": 60,
	"thirtysomething": 30, "fortysomething": 40, "fiftysomething": 50, "sixtysomething": 60,
}

// possessives before an age in English: "in his forties", "my 20s".
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// ageAt reads a decade of age.
func (p *parser) ageAt(i int) (*Mention, int) {
	if m, n := p.ageAfterOwner(i); n > 0 {
		return m, n
	}
	if p.toks[i].kind != tWord {
		return nil, 0
	}
	if v, ok := frAgeWords[p.word(i)]; ok {
		return ptr(ageMention(v)), 1
	}
	if m, n := p.ageSpanEnd(i); n > 0 {
		return m, n
	}
	if w := p.word(i); w == "centenaires" || w == "centenarians" {
		// people aged a hundred or more
		return &Mention{Kind: Cardinal, Value: "100", Comparator: CmpGE, Head: "ans", Word: true, style: "idiom"}, 1
	}
	if p.lang != English || p.word(i) != "in" && p.word(i) != "into" || !possessives[p.word(i+1)] {
		return p.ageGroupAt(i)
	}
	k := 2
	switch w := p.word(i + k); {
	case w == "early" || w == "late":
		k++
	case w == "mid" && p.sym(i+k+1) == "-":
		k += 2
	case strings.HasPrefix(w, "mid-"):
		if d, ok := enDecadeWords[strings.TrimPrefix(w, "mid-")]; ok {
			return ptr(ageMention(d)), k + 1
		}
	}
	if d, ok := enDecadeWords[p.word(i+k)]; ok {
		return ptr(ageMention(d)), k + 1
	}
	if nb := p.num(i + k); nb != nil && nb.intLen == 2 && !nb.decimal && p.word(i+k+1) == "s" && p.glued(i+k+1) {
		if d, _ := strconv.Atoi(p.toks[i+k].text); d%10 == 0 {
			return ptr(ageMention(d)), k + 2
		}
	}
	return nil, 0
}

// ageSpanEnd reads the second decade of an age span, "in their late
// teens to early twenties": no possessive before it, the teens say whose.
func (p *parser) ageSpanEnd(i int) (*Mention, int) {
	if p.lang != English || !p.ageListBefore(i) {
		return nil, 0 // ("the thirties and forties": decades of a century)
	}
	k := 0
	if w := p.word(i); w == "early" || w == "late" || w == "mid" {
		k = 1
	}
	if d, ok := enDecadeWords[p.word(i+k)]; ok {
		return ptr(ageMention(d)), k + 1
	}
	return nil, 0
}

// ageListBefore: the decade at i continues a list of decades of age
// that a possessive opens, "in their late teens to early twenties", "in
// their thirties, forties and fifties".
func (p *parser) ageListBefore(i int) bool {
	j := i - 1
	if w := p.word(j); w != "to" && w != "and" && w != "or" && p.sym(j) != "," {
		return false
	}
	for steps := 0; steps < 4 && j > 1; steps++ {
		if w := p.word(j); w == "to" || w == "and" || w == "or" || p.sym(j) == "," {
			j--
		}
		w := p.word(j)
		if w != "teens" && enDecadeWords[w] == 0 {
			return false
		}
		j--
		if w := p.word(j); w == "early" || w == "late" || w == "mid" {
			j--
		}
		if possessives[p.word(j)] {
			return true
		}
	}
	return false
}

func ageMention(decade int) Mention {
	return Mention{Kind: Approx, Value: itoa(decade), Unit: "age", Word: true, style: "idiom"}
}

// ageGroupAt reads "the over-75s", "under-25s": people above or below an
// age, a bound on the number.
func (p *parser) ageGroupAt(i int) (*Mention, int) {
	w := p.word(i)
	if m, ok := spelledAgeGroup(p.lang, w); ok {
		return ptr(m), 1
	}
	if p.lang != English || w != "over" && w != "under" {
		return nil, 0
	}
	k := 1 // "the under 8s", spaced
	if p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) {
		k = 2 // "the over-75s"
	}
	nb := p.num(i + k)
	cmp := CmpGT
	if w == "under" {
		cmp = CmpLT
	}
	if nb != nil && k == 2 && w == "under" && nb.intLen == 2 && !nb.decimal && teamNouns[p.word(i+k+1)] {
		// "France's Under-20 squad": a team's age limit, "l'équipe de
		// France des moins de 20 ans"
		return ageBound(nb, cmp), k + 1
	}
	if next := p.word(i + k + 1); nb != nil && k == 2 && nb.intLen == 2 && !nb.decimal && len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && !p.glued(i+k+1) && !categoryEvents[next] {
		// "under-18 candidates", "over-65 patients": people below or above
		// an age, a plural ("the under-23 world championship", "its
		// under-23 section" name a category)
		return ageBound(nb, cmp), k + 1
	}
	if nb == nil || nb.intLen > 3 || nb.decimal || p.word(i+k+1) != "s" || !p.glued(i+k+1) || k == 1 && nb.val.Cmp(big.NewRat(20, 1)) > 0 {
		return nil, 0 // (spaced, "over 60s" may be a decade)
	}
	return ageBound(nb, cmp), k + 2
}

// ageBound is the age nb bounds: above it (over-) or below (under-).
func ageBound(nb *number, cmp Comparator) *Mention {
	return &Mention{Kind: Cardinal, Value: canonical(nb.val), Comparator: cmp, Head: "ans"}
}

// ageAfterOwner reads a decade of a person's age named after its owner:
// "ma vingtaine", "sa quarantaine" alone (not "sa centaine de
// salariés"), "my 20s", "in my teens and 20s".
func (p *parser) ageAfterOwner(i int) (*Mention, int) {
	if p.lang == French {
		v, ok := frCollective[p.word(i)]
		if frOwners[p.word(i-1)] && ok && v >= 20 && v <= 90 && int(v)%10 == 0 && p.word(i+1) != "de" && p.word(i+1) != "d'" {
			return ptr(ageMention(int(v))), 1
		}
		return nil, 0
	}
	nb := p.num(i)
	if nb == nil || nb.intLen != 2 || nb.decimal || p.word(i+1) != "s" || !p.glued(i+1) || atoiSafe(p.toks[i].text)%10 != 0 {
		return nil, 0
	}
	if prev := p.word(i - 1); possessives[prev] || (prev == "and" || prev == "or") && (p.word(i-2) == "teens" || enDecadeWords[p.word(i-2)] != 0) {
		return ptr(ageMention(atoiSafe(p.toks[i].text))), 2
	}
	return nil, 0
}

// frOwners: the French possessives before a decade of someone's age.
var frOwners = map[string]bool{"ma": true, "sa": true, "ta": true, "leur": true, "notre": true, "votre": true}

// spelledAgeGroup reads "under-threes", "over-sixties": an age group in
// one word, "les enfants de moins de 3 ans".
func spelledAgeGroup(lang Lang, w string) (Mention, bool) {
	side, n, ok := strings.Cut(w, "-")
	if lang != English || !ok || side != "under" && side != "over" {
		return Mention{}, false
	}
	v, known := enUnits[strings.TrimSuffix(n, "s")] // threes, fives
	if !known && strings.HasSuffix(n, "es") {
		v, known = enUnits[strings.TrimSuffix(n, "es")] // sixes
	}
	if !known && strings.HasSuffix(n, "ies") {
		v, known = enUnits[strings.TrimSuffix(n, "ies")+"y"] // sixties
	}
	if !known || v < 1 || !strings.HasSuffix(n, "s") {
		return Mention{}, false
	}
	cmp := CmpGT
	if side == "under" {
		cmp = CmpLT
	}
	return Mention{Kind: Cardinal, Value: itoa(int(v)), Comparator: cmp, Head: "ans", Word: true}, true
}

// inDecade: one figure is a decade of age and the other an age in it.
func inDecade(s, t Mention) bool {
	d, a := s, t
	if t.Unit == "age" {
		d, a = t, s
	}
	if d.Unit != "age" || a.Unit == "age" || class(a.Kind) != Cardinal || countedNoun(a.Head) {
		return false // ("un couple de quinquagénaires" is no "55 gendarmes": an age in the decade counts no thing)
	}
	lo, v := d.Rat(), a.Rat()
	if lo == nil || v == nil {
		return false
	}
	hi := new(big.Rat).Add(lo, big.NewRat(10, 1))
	return v.Cmp(lo) >= 0 && v.Cmp(hi) < 0
}

// wholeDecade: lo and hi are the ends of a span that is exactly the
// decade of age d, "les 60-69 ans" for "people in their 60s".
func wholeDecade(d, lo, hi Mention) bool {
	if d.Unit != "age" || !inDecade(d, lo) || !inDecade(d, hi) {
		return false // (inDecade also asks that the ends are ages, no decades)
	}
	return lo.Value == d.Value && atoiSafe(hi.Value)-atoiSafe(lo.Value) == 9
}

// insideDecade: a is the far end of a source span of ages whose first
// end is paired with the decade that span is, "les 60-69 ans" told "in
// their 60s": the decade covers both ends.
func insideDecade(src []*atom, a *atom) *atom {
	if a.m.rangeEnd != 2 {
		return nil
	}
	lo := otherEnd(src, a)
	if lo == nil || lo.pair == nil || !wholeDecade(*lo.pair.m, *lo.m, *a.m) {
		return nil
	}
	return lo.pair
}

// otherAgeDecade: the bullet's decade of age is none the source gives,
// where the source names people by a decade of age: "les 60-69 ans",
// "les sexagénaires" briefed "people in their 50s" moved the figure.
func otherAgeDecade(src []*atom, m Mention) *atom {
	if m.Unit != "age" {
		return nil
	}
	for _, o := range src {
		if o.m.Unit == "age" && o.m.Value != m.Value {
			return o
		}
		if o.m.rangeEnd == 1 {
			if hi := otherEnd(src, o); hi != nil {
				if d := ageMention(atoiSafe(o.m.Value)); wholeDecade(d, *o.m, *hi.m) && o.m.Value != m.Value {
					return o
				}
			}
		}
	}
	return nil
}
