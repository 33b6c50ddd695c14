package figures

import (
	"math/big"
	"slices"
	"strings"
)

// gapWrongWay: a bullet's difference told as above or short of a
// reference it names next ("€140,000 above the €1.5m target") must have
// the other figure on that side: the source's €1.36m is below €1.5m, so
// the gap is a shortfall, whatever the arithmetic. It returns why when
// the side is wrong.
func (r *check) gapWrongWay(t, a, b *atom) string {
	side := gapSides[t.m.Head]
	if side == 0 && t.m.Head == "than" {
		side = t.m.dir // "five more than the 176 he needed": "more" tells the side, "than" heads it
	}
	ref := r.figureAfter(t)
	if side == 0 || ref == nil || a == nil || b == nil {
		return ""
	}
	// "5 cents more than diesel, at 1.92 euros": the reference was named
	// in words; the figure after the comma is the level itself
	own := t.m.End <= ref.m.Start && ref.m.Start <= len(r.text) && strings.ContainsAny(r.text[t.m.End:ref.m.Start], ",;") && !refersBack(r.text[t.m.End:ref.m.Start])
	level, target := a, b
	switch ref.m.Value {
	case a.m.Value:
		level, target = b, a
	case b.m.Value:
	default:
		return ""
	}
	if own {
		level, target = target, level
	}
	lv, tv := level.m.Rat(), target.m.Rat()
	if lv == nil || tv == nil {
		return ""
	}
	if told, is := wrongSide(lv, tv, int(side)); told != "" {
		return "is told " + told + " " + target.m.Raw + ", but the source's " + level.m.Raw + " is " + is + " it"
	}
	return ""
}

// refersBack: the clause after the comma opens with a relative word, so
// its figure is the reference's own: "€10.40 more than in mainland
// France, where subscribers pay €31.50".
func refersBack(between string) bool {
	k := strings.LastIndexAny(between, ",;")
	f := strings.Fields(strings.ToLower(between[k+1:]))
	return len(f) > 0 && (f[0] == "where" || f[0] == "which" || f[0] == "whose" || f[0] == "who")
}

// wrongSide: level stands on the other side of other than side says
// (+1 above, -1 below); it returns the side told and the side it is,
// in words, or "" when they agree.
func wrongSide(level, other *big.Rat, side int) (told, is string) {
	if c := level.Cmp(other); c == 0 || c == side {
		return "", ""
	}
	if side < 0 {
		return "below", "above"
	}
	return "above", "below"
}

// gapSides: the words after a gap that say which side of the next figure
// the level stands: above it (+1) or short of it (-1).
var gapSides = map[string]int8{"above": 1, "over": 1, "more": 1, "higher": 1, "ahead": 1,
	"below": -1, "under": -1, "short": -1, "less": -1, "fewer": -1, "lower": -1, "behind": -1}

// changeWrongWay: a bullet's change told as a rise or a fall ("went up by
// $3,000") worked out from a source that goes the other way: the two ends
// of "réduite de 7 000 à 4 000", or a level and the earlier one it is
// set against ("à 4 000, contre 7 000").
func changeWrongWay(t, a, b *atom) string {
	if t.m.dir == 0 || a == nil || b == nil || a.m.otherPlace || b.m.otherPlace || !sameNoun(*a.m, *b.m) {
		return "" // ("0,95 euro à Limoges contre 1,38 euro à Paris": two places, no change; "89 fermetures ..., contre 57 ouvertures": two things, a net)
	}
	from, to := a, b
	switch {
	case a.m.rangeEnd == 4 && b.m.rangeEnd == 3 || b.m.prior && !a.m.prior:
		from, to = b, a
	case a.m.rangeEnd == 3 && b.m.rangeEnd == 4 || a.m.prior && !b.m.prior:
	default:
		return ""
	}
	if wentOtherWay(t, from, to) {
		return "is told as " + "a " + dirName(t.m.dir) + ", but the source goes from " + fromRaw(from) + " to " + fromRaw(to)
	}
	return ""
}

// gapOfLevel: the bullet sets its gap t right after a level of its own,
// "1,779 votes, 95 fewer": a comparison of that level with the other
// figure, told from its side, not a change in time. It returns that
// level and the side the gap's word gives it (+1 above, -1 below), or nil.
func (r *check) gapOfLevel(t *atom) (*atom, int) {
	if t.m.End > len(r.text) {
		return nil, 0
	}
	after := strings.Fields(r.text[t.m.End:])
	if len(after) == 0 {
		return nil, 0
	}
	side := int(gapSides[strings.Trim(after[0], ".,;:")])
	if side == 0 {
		return nil, 0
	}
	if len(after) > 1 && (after[1] == "the" || after[1] == "its" || after[1] == "their") {
		return nil, 0 // "at 187 km/h in a 90 zone, nearly 100 km/h over the limit": the gap names what it is measured from
	}
	var level *atom
	for _, o := range r.line {
		if o != t && o.m.End <= t.m.Start {
			level = o
		}
	}
	if level == nil || slices.ContainsFunc(r.line, func(o *atom) bool {
		return o != level && o != t && class(o.m.Kind) == class(level.m.Kind) && o.m.Unit == level.m.Unit
	}) {
		return nil, 0 // "fell to 28 from 41, thirteen fewer": the change of both
	}
	between := strings.TrimSpace(r.text[level.m.End:t.m.Start])
	if noun, ok := strings.CutSuffix(between, ","); !ok || strings.ContainsAny(noun, ",;:") || len(strings.Fields(noun)) > 1 {
		return nil, 0 // its noun at most between them: "1,779 votes, 95 fewer"
	}
	return level, side
}

// levelSideWrong: the level a gap is told of (gapOfLevel) is on the
// other side of the other figure of a and b than the gap's word says.
func levelSideWrong(t, level *atom, side int, a, b *atom) string {
	other := a
	if level.m.Value == a.m.Value {
		other = b
	}
	lv, ov := level.m.Rat(), other.m.Rat()
	if lv == nil || ov == nil {
		return ""
	}
	if told, is := wrongSide(lv, ov, side); told != "" {
		return "is told as a gap " + told + " " + other.m.Raw + ", but the bullet's " + level.m.Raw + " is " + is + " it"
	}
	return ""
}

// wentOtherWay: the source goes from from to to the other way than the
// bullet's change t tells.
func wentOtherWay(t, from, to *atom) bool {
	fv, tv := from.m.Rat(), to.m.Rat()
	if fv == nil || tv == nil {
		return false
	}
	c := tv.Cmp(fv)
	return c != 0 && c != int(t.m.dir)
}

// fromRaw names one end of a from-to range by its value, since both ends
// carry the range's words.
func fromRaw(a *atom) string {
	if a.m.rangeEnd >= 3 {
		return groupThousands(a.m.Value)
	}
	return a.m.Raw
}

// pastWrongWay is changeWrongWay for two figures of two sentences, one
// told of an earlier time ("L'an dernier, les promesses avaient atteint
// 7,5 milliards" against "a permis de récolter 5,8 milliards"): "up
// €1.7bn on last year's" goes the other way.
func (r *check) pastWrongWay(t, a, b *atom) string {
	if t.m.dir == 0 || a == nil || b == nil || sameSentence(a, b) || a.m.otherPlace || b.m.otherPlace || r.thanAfter(t) {
		return "" // ("49.1% support, 9.2 points less than this time": a comparison, told from either side)
	}
	pa, pb := r.toldOfBefore(a), r.toldOfBefore(b)
	if pa == pb {
		return ""
	}
	from, to := a, b
	if pb {
		from, to = b, a
	}
	if r.earlierSaid(t, from) && !r.toldInOrder(t, from, to) {
		from, to = to, from // "the 1910 flood, at 8.62 metres, was some 2.76 metres higher", "prosecutors had sought €500,000 more": the earlier one compared with the later
	}
	if wentOtherWay(t, from, to) {
		return "is told as " + "a " + dirName(t.m.dir) + ", but the source goes from " + from.m.Raw + ", earlier, to " + to.m.Raw
	}
	return ""
}

// toldOfBefore: the source sentence of a tells an earlier time, "l'an
// dernier", "un an plus tôt", or a past before the past ("avaient
// atteint").
func (r *check) toldOfBefore(a *atom) bool {
	if a.m.Paragraph >= len(r.source) {
		return false
	}
	s := strings.ToLower(sentenceAt(r.source[a.m.Paragraph], a.m.Start))
	return containsAny(s, yearBeforeWords) || containsAny(s, pluperfect)
}

// pluperfect marks a past before the past: "avaient atteint".
var pluperfect = []string{" avaient ", " avait "}

// thanAfter: t is compared with "than" ("9.2 points less than this
// time"), not told as a change.
func (r *check) thanAfter(t *atom) bool {
	if t.m.Head == "than" {
		return true
	}
	if t.m.End > len(r.text) {
		return false
	}
	w := strings.Fields(r.text[t.m.End:min(len(r.text), t.m.End+24)])
	return len(w) >= 2 && w[1] == "than" || len(w) >= 1 && w[0] == "than"
}

// toldInOrder: the bullet's sentence gives both ends before t, from
// first ("slowed from 14.6% to 1.8%, a drop of 12.8 points"): t is the
// change between them, in the order they are told.
func (r *check) toldInOrder(t, from, to *atom) bool {
	before := func(end *atom) int {
		for _, u := range r.line {
			if u != t && u.pair == end && u.m.Start < t.m.Start && sameSentence(u, t) {
				return u.m.Start
			}
		}
		return -1
	}
	f, e := before(from), before(to)
	return f >= 0 && e > f
}

// earlierSaid: the bullet's sentence tells t of the earlier figure, from:
// it gives that figure itself before t, or a past before the past
// ("had sought").
func (r *check) earlierSaid(t, from *atom) bool {
	if t.m.Start > len(r.text) {
		return false
	}
	sentence := sentenceAt(r.text, t.m.Start)
	before := strings.ToLower(sentence)
	if k := strings.Index(before, strings.ToLower(t.m.Raw)); k >= 0 {
		before = before[:k]
	}
	if strings.Contains(" "+before, " had ") {
		return true
	}
	return slices.ContainsFunc(r.line, func(u *atom) bool {
		return u != t && u.pair == from && u.m.Start < t.m.Start && sentenceAt(r.text, u.m.Start) == sentence && !strings.Contains(r.text[u.m.End:t.m.Start], ", and ")
	}) // (", and aims to help 300 more in 2025" after "780 of the 1,200 it supported": another clause, told from the later year)
}
