package figures

import (
	"math/big"
	"strings"
)

// sharedUnits gives the unit said once after a list of numbers, or after
// the second end of a span ("2 to 2.5 tonnes"), to each number (N17): "en
// versions 64, 128 et 256 Go", "les bandes 2,4 et 5 GHz" say 64 GB and
// 2.4 GHz as surely as "64GB, 128GB and 256GB" does. Only bare digits
// joined by a comma or a conjunction (or, for a span, "to") take it; a
// figure with its own unit, hedge or sign keeps what it says.
func (p *parser) sharedUnits(ms []Mention) {
	for k := len(ms) - 1; k > 0; k-- {
		if ms[k].Kind == Money && ms[k].Scale != "" && !ms[k].Word {
			p.sharedScale(ms, k)
			continue
		}
		if ms[k].Kind == Money && ms[k].Word {
			p.sharedSpelledScale(ms, k)
			continue
		}
		if ms[k].Kind == Money && ms[k].Unit == centUnit && !ms[k].Word {
			p.sharedCents(ms, k)
			continue
		}
		if ms[k].Kind == Cardinal || ms[k].Kind == Decimal {
			p.sharedCountScale(ms, k) // (a count has no unit: the test below passes it by)
		}
		if ms[k].Kind == Multiplier && k > 0 && ms[k-1].Kind == Cardinal && ms[k-1].Unit == "" && ms[k-1].End <= ms[k].Start && ms[k-1].Comparator == CmpNone &&
			alternatives(strings.ReplaceAll(p.text[ms[k-1].End:ms[k].Start], "même", "")) && strings.Contains(strings.ToLower(ms[k].Raw), "fois") {
			ms[k-1].Kind = Multiplier // "deux ou même trois fois plus de gens": twice or three times as many
		}
		if p.spelledPairUnit(ms, k) {
			continue
		}
		if ms[k].Kind != Quantity && (ms[k].Kind != Percent && ms[k].Kind != PercentPoint || ms[k].Comparator != CmpNone || ms[k].Signed) || ms[k].Unit == "" || ms[k].Word {
			continue // "1.3 and 2.0% respectively" says two percents; "gained 3 to 4 points", two changes in points
		}
		gap := strings.TrimSpace(p.text[min(ms[k-1].End, ms[k].Start):ms[k].Start]) // (k > 0: the loop stops at 1)
		if ms[k].Comparator != CmpNone && (gap == "," || gap == ", and" || gap == ", et") {
			continue // "markers 266 and 277, some 700 metres", "aged 16 and 17, and some 2kg": a hedged amount after a comma opens its own clause
		}
		if ms[k].Kind == Percent && (gap == ", or" || gap == ", soit" || gap == "soit") &&
			(k < 2 || !bareListed(ms[k-2]) || !p.listGap(ms[k-2].End, ms[k-1].Start)) {
			continue // "only 44, or 2%", "44, soit 2 %": a count, then its share ("in 2024, 48, or 7.5%": a year opens no list)
		}
		if ms[k].Kind == Percent && (gap == ", and" || gap == ", et" || (gap == "and" || gap == "et") && clauseVerbs[p.word(p.tokenAfter(ms[k-1].Start)-1)]) && clauseVerbs[p.word(p.tokenAfter(ms[k].End))] {
			continue // "the average player is 40, and 48% are women", "their average age is 36 and 94% are men": the percent opens its own clause
		}
		if ms[k].Kind == Percent && (gap == "or" || gap == "ou") && valuesFarApart(ms[k-1], ms[k]) {
			continue // "477 or 16% more than last year": a count, then its change in percent; "10 or 12%" are close alternatives
		}
		if ms[k].Kind == Percent && p.ofThemAfter(ms[k].End) {
			continue // "rose to 512, 38% of them minors": a share of the count before, no list
		}
		j := k - 1
		for ; j >= 0 && (bareListed(ms[j]) || sameScaleBare(ms[j], ms[k])) && !labelNouns[p.word(p.tokenAfter(ms[j].Start)-1)] && (p.listGap(ms[j].End, ms[j+1].Start) || j == k-1 && p.toGap(ms[j].End, ms[j+1].Start)); j-- {
			// ("after stage 18, 1min 24sec ahead": the stage's number takes no time)
			if p.ageThenAnd(ms[j]) {
				break // "Rafael Souza, 30 and 2.07m tall": his age, then his height
			}
			if v := ms[j].Rat(); ms[k].Kind == Percent && v != nil && v.Cmp(big.NewRat(1000, 1)) >= 0 {
				break // "estimated at 36,070, 0.9 per cent lower": a count before its change, no percent
			}
			ms[j].Kind, ms[j].Unit = ms[k].Kind, ms[k].Unit
			if sc, v := p.scaleValue(ms[k]), ms[j].Rat(); ms[k].Kind == Quantity && ms[k].Scale != "" && sc != nil && v != nil && v.Cmp(big.NewRat(1000, 1)) < 0 {
				ms[j].Scale, ms[j].Value = ms[k].Scale, canonical(v.Mul(v, sc)) // "1,1 et 0,9 million de tonnes": 1.1 million tonnes too
			}
		}
		if j >= 0 && ms[k].Kind == Percent && bareRange(ms[j]) && p.listGap(ms[j].End, ms[j+1].Start) && !p.ageBandRaw(ms[j]) {
			// "passe de 17 à 50 ou 75 p. 100": the range is in percent too
			ms[j].Unit = ms[k].Unit
			for q := range ms[j].Parts {
				ms[j].Parts[q].Kind, ms[j].Parts[q].Unit = ms[k].Kind, ms[k].Unit
			}
		}
	}
}

// sameScaleBare: a count with the scale of the measure after it and no
// unit, "1.1 million and 0.9 million tonnes": the list's unit is its own.
func sameScaleBare(m, measure Mention) bool {
	return measure.Kind == Quantity && (m.Kind == Cardinal || m.Kind == Decimal) && !m.Word && m.Unit == "" && m.Scale != "" &&
		strings.EqualFold(m.Scale, measure.Scale) && m.Comparator == CmpNone && !m.Signed && m.Head == ""
}

// bareRange: a range of two bare numbers, "de 17 à 50".
func bareRange(m Mention) bool {
	return m.Kind == Range && m.Unit == "" && len(m.Parts) == 2 && bareListed(m.Parts[0]) && bareListed(m.Parts[1])
}

// sharedScale gives the bare numbers listed right before the amount at k
// its scale and currency: "deux recrues achetées 222 et 180 millions
// d'euros" are €222m and €180m. Only a mantissa takes a scale.
func (p *parser) sharedScale(ms []Mention, k int) {
	sc := p.scaleValue(ms[k])
	if sc == nil {
		return
	}
	if k > 0 && ms[k].Comparator != CmpNone && ms[k-1].End <= ms[k].Start && restatingGaps[strings.TrimSpace(p.text[ms[k-1].End:ms[k].Start])] {
		return // "the Vulcain 2, or about €1 million per unit": an amount restated after ", or", no list
	}
	if k > 0 && scaledBare(ms[k-1]) && ms[k-1].End <= ms[k].Start && p.listGap(ms[k-1].End, ms[k].Start) {
		if sj := p.scaleValue(ms[k-1]); sj != nil && sj.Cmp(sc) == 0 {
			// "respectivement 2,1 millions et 1,4 million d'euros": the
			// first has its scale and takes the currency
			ms[k-1].Kind, ms[k-1].Unit = Money, ms[k].Unit
			return
		}
	}
	start := p.listedBefore(ms, k, listedOrHedged)
	if start == k && k > 0 && bareListed(ms[k-1]) && ms[k-1].End <= ms[k].Start && partOfGap[strings.ToLower(strings.TrimSpace(p.text[ms[k-1].End:ms[k].Start]))] {
		start = k - 1 // "2 de ces 15 millions de dollars": $2 million of them
	}
	for j := k - 1; j >= start; j-- {
		v := ms[j].Rat()
		if v == nil || v.Cmp(big.NewRat(1000, 1)) >= 0 {
			return
		}
		ms[j].Kind, ms[j].Unit, ms[j].Scale = Money, ms[k].Unit, ms[k].Scale
		ms[j].Value = canonical(v.Mul(v, sc))
	}
}

// scaledBare: digits with a scale and nothing else said of them, "2,1
// millions" before "et 1,4 million d'euros".
func scaledBare(m Mention) bool {
	return (m.Kind == Cardinal || m.Kind == Decimal) && !m.Word && m.Unit == "" && m.Scale != "" && m.Comparator == CmpNone && !m.Signed
}

// restatingGaps: the gap before a hedged amount that says it again rather than
// lists a second one, ", or about €1 million", ", soit environ".
var restatingGaps = map[string]bool{", or": true, ", ou": true, ", soit": true}

// partOfGap are the words between a part and the scaled whole it is
// taken from, which lends it its scale.
var partOfGap = map[string]bool{"de ces": true, "des": true, "sur ces": true, "sur les": true, "of these": true, "of those": true, "of the": true}

// sharedSpelledScale gives the spelled counts listed right before a
// spelled amount the amount's scale and currency: "un ou deux milliards
// de dollars" are $1bn or $2bn, as "1 or 2 billion dollars" are.
func (p *parser) sharedSpelledScale(ms []Mention, k int) {
	words := strings.Fields(strings.ToLower(ms[k].Raw))
	if len(words) < 2 || k == 0 {
		return
	}
	e, ok := p.scaleOf(words[1])
	if !ok || e < 3 {
		return
	}
	start := p.listedBefore(ms, k, spelledCount)
	if start == k && p.toGap(ms[k-1].End, ms[k].Start) && spelledCount(ms[k-1]) {
		start = k - 1 // "un à deux milliards"
	}
	for j := start; j < k; j++ {
		v := ms[j].Rat()
		ms[j].Kind, ms[j].Unit, ms[j].Value = Money, ms[k].Unit, canonical(v.Mul(v, pow10(e)))
	}
}

// spelledCount: a small count in words with nothing said of it, which a
// spelled amount after it may scale ("huit, dix ou douze milliards").
func spelledCount(m Mention) bool {
	v := m.Rat()
	return m.Kind == Cardinal && m.Word && m.Unit == "" && m.Comparator == CmpNone && v != nil && v.Cmp(big.NewRat(100, 1)) < 0
}

// sharedCountScale gives the number offered right before a scaled count
// as its alternative its scale: "30 ou 40 millions d'habitants", "six ou
// sept millions de phoques" are 30 or 40 million, six or seven million.
func (p *parser) sharedCountScale(ms []Mention, k int) {
	listed := bareListed
	if ms[k].Word {
		listed = spelledCount
	}
	if k == 0 || !listed(ms[k-1]) || ms[k-1].End > ms[k].Start || !alternatives(p.text[ms[k-1].End:ms[k].Start]) {
		return // only "ou", "or": "avant leurs 18 ans et elles sont 3,3 millions" lists two facts (tested first: it is cheap)
	}
	sc := p.scaleValue(ms[k])
	if ms[k].Word {
		words := strings.Fields(strings.ToLower(ms[k].Raw))
		if e, ok := p.scaleOf(words[len(words)-1]); ok && e >= 3 {
			sc = pow10(e) // "sept millions": the scale in words
		}
	}
	if v := ms[k-1].Rat(); sc != nil && v != nil && v.Cmp(big.NewRat(1000, 1)) < 0 {
		ms[k-1].Scale, ms[k-1].Value = ms[k].Scale, canonical(v.Mul(v, sc))
	}
}

// sharedCents gives the bare numbers listed right before an amount in
// cents its unit: "10, 20 ou 30 cents le litre" are 10¢, 20¢ and 30¢.
func (p *parser) sharedCents(ms []Mention, k int) {
	start := p.listedBefore(ms, k, listedOrHedged) // "de l'ordre de 10, 20 ou 30 cents"
	for j := k - 1; j >= start; j-- {
		v := ms[j].Rat()
		if v == nil {
			return
		}
		ms[j].Kind, ms[j].Unit, ms[j].Value = Money, centUnit, canonical(v.Quo(v, big.NewRat(100, 1)))
	}
}

// listedBefore is where the run of numbers listed right before ms[k]
// ("222 et 180 millions", "10, 20 ou 30 cents") starts: each one listed,
// each followed by a list's gap.
func (p *parser) listedBefore(ms []Mention, k int, listed func(Mention) bool) int {
	j := k
	for j > 0 && listed(ms[j-1]) && p.listGap(ms[j-1].End, ms[j].Start) {
		j--
	}
	return j
}

// hedgedBare: bare digits but for the hedge of the whole list, "around
// 1.2 and 1.4 billion euros".
func hedgedBare(m Mention) bool {
	m.Comparator = CmpNone
	return bareListed(m)
}

// listedOrHedged: a list's number, hedged or not.
func listedOrHedged(m Mention) bool { return bareListed(m) || hedgedBare(m) }

// bareListed: digits with nothing said of them, which a list's unit may
// complete; a year written as such ("en 2023, 12 et 15 km") is not one.
func bareListed(m Mention) bool {
	return (m.Kind == Cardinal || m.Kind == Decimal) && !m.Word && m.Unit == "" && m.Scale == "" &&
		m.Comparator == CmpNone && !m.Signed && m.Head == "" && !(isYearish(m) && len(m.Raw) == 4)
}

// listGap: the text between two numbers of a list is only a comma or a
// conjunction, "64, 128 et 256", "2.4 and 5".
func (p *parser) listGap(a, b int) bool {
	if a > b || b-a > 12 {
		return false
	}
	switch strings.TrimSpace(p.text[a:b]) {
	case ",", "et", "and", "ou", "or", ", et", ", and", ", ou", ", or", "et de", "ou de", "et à", // ("des surtaxes de 3 et de 5 p. 100", "respectivement à 5,6 et à 5,7 milliards")
		"et même", "ou même", "and even", "or even": // "20, 25, 30 et même 40 p. 100"
		return true
	}
	return false
}

// toGap: the two numbers are the ends of a span said with its unit once,
// "drop by 2 to 2.5 metric tons".
func (p *parser) toGap(a, b int) bool {
	if a > b || b-a > 5 {
		return false
	}
	switch strings.TrimSpace(p.text[a:b]) {
	case "to", "à":
		return true
	}
	return false
}

// ofThemAfter: "of them", "of whom", "of which" follow the figure ending
// at end: a part of what the figure before it counts.
func (p *parser) ofThemAfter(end int) bool {
	j := p.tokenAfter(end) // (a word test, never a copy of the text that follows)
	return p.word(j) == "of" && (p.word(j+1) == "them" || p.word(j+1) == "whom" || p.word(j+1) == "which")
}

// percentTallies give the bare second side of a tally of shares its
// percent: "leads the Conservatives by 17 points, 41 per cent to 24" sets
// 41% against 24%. A change before the first ("rose 5% to 120", "from 41%
// to 24") makes the second a level or a span's end, so it keeps its own.
func (p *parser) percentTallies(ms []Mention) {
	if p.lang != English {
		return
	}
	for k := 1; k < len(ms); k++ {
		prev, cur := ms[k-1], &ms[k]
		if prev.Kind != Percent || prev.Signed || prev.Comparator != CmpNone || cur.Kind != Cardinal || cur.Unit != "" || cur.Comparator != CmpNone ||
			prev.End > cur.Start || p.text[prev.End:cur.Start] != " to " {
			continue
		}
		if v := cur.Rat(); v == nil || v.Cmp(big.NewRat(100, 1)) >= 0 {
			continue
		}
		if !p.changeWordsBefore(p.tokenAfter(prev.Start)) {
			cur.Kind, cur.Unit = Percent, "%"
		}
	}
}

// changeWordsBefore: a word of change, or the "from", "by" or "to" of
// one, stands among the three words before token i ("up by 5% to 12");
// changeBefore (ranges.go) reads only the French verb right before.
func (p *parser) changeWordsBefore(i int) bool {
	for b := 1; b <= 3 && i-b >= 0; b++ {
		if w := p.word(i - b); dirOf(w) != 0 || w == "from" || w == "by" || w == "to" {
			return true
		}
	}
	return false
}

// clauseVerbs follow a figure that is the subject of its own clause.
var clauseVerbs = map[string]bool{"are": true, "were": true, "is": true, "was": true, "say": true, "said": true,
	"sont": true, "étaient": true, "est": true, "disent": true, "seront": true, "seraient": true, "will": true, "would": true}

// spelledPairUnit gives the spelled number right before a spelled
// measure its unit when "or" or "to" joins them: "three or four
// percentage points", "trois ou quatre points" are points both.
func (p *parser) spelledPairUnit(ms []Mention, k int) bool {
	m, prev := ms[k], &ms[k-1]
	if !m.Word || !prev.Word || m.Unit == "" || m.Comparator != CmpNone || m.Signed || prev.Unit != "" || prev.Kind != Cardinal || prev.Comparator != CmpNone || prev.End > m.Start ||
		m.Kind != Quantity && m.Kind != Percent && m.Kind != PercentPoint {
		return false
	}
	if gap := strings.TrimSpace(p.text[prev.End:m.Start]); !alternatives(gap) && gap != "to" && gap != "à" {
		return false
	}
	prev.Kind, prev.Unit = m.Kind, m.Unit
	return true
}

// valuesFarApart: two positive figures more than five times apart, which no
// list of alternatives gives ("10 or 12%", "three or four").
func valuesFarApart(a, b Mention) bool {
	av, bv := a.Rat(), b.Rat()
	return av != nil && bv != nil && av.Sign() > 0 && bv.Sign() > 0 && !withinFactor(av, bv, 5)
}

// ageBandRaw: a range that names people by their age, "15-29-year-olds",
// "les 15-29 ans": no share a percent after it may lend its unit to
// ("1.4 million 15-29-year-olds, 12.8% of the age group").
func (p *parser) ageBandRaw(m Mention) bool {
	if yearOldsRaw(m.Raw) {
		return true
	}
	w := p.word(p.tokenAfter(m.End))
	before := p.word(p.tokenAfter(m.Start) - 1)
	return w == "ans" || w == "year-olds" || w == "years" || before == "aged" || before == "ages" // ("140 swimmers aged 7 to 19, and 90% of tickets")
}

// ageThenAnd: m, a bare whole number under 120, follows a name and a
// comma and goes on with "and", where English gives a person's age
// before another trait: "Rafael Souza, 30 and 2.07m tall".
func (p *parser) ageThenAnd(m Mention) bool {
	i0 := p.tokenAfter(m.Start)
	v := m.Rat()
	return p.lang == English && m.Kind == Cardinal && v != nil && v.IsInt() && v.Sign() > 0 && v.Cmp(big.NewRat(120, 1)) < 0 &&
		p.sym(i0-1) == "," && p.capital(i0-2) && p.word(p.tokenAfter(m.End)) == "and"
}
