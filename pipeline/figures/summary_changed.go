package figures

import (
	"slices"
	"strings"
)

// changedFigure reports a bullet figure no source figure equals that
// the source gives otherwise, before it could pass for a rounding or a
// derivation: another factor against the same base, another level after
// the same change, a difference of rates in points told as percent.
func (r *check) changedFigure(src []*atom, t *atom) bool {
	if o := r.otherFactor(src, t); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N18", "the source gives " + o.m.Raw + " against the same base"})
		return true
	}
	if o := r.otherLevel(src, t); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N20", "the source gives the level after this change as " + o.m.Raw})
		return true
	}
	if rest := r.pointsBeside(src, t); rest != "" {
		r.add(nil, t, verdict{true, "unit", Error, "N5", rest})
		return true
	}
	return false
}

// rankSaidOtherwise: an unsupported bullet rank told with two or more
// of the words of a source rank with another value ("ranking France
// second in the world" for "au troisième rang mondial").
func rankSaidOtherwise(src []*atom, t Mention) *atom {
	if t.Kind != Ordinal {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Ordinal && s.m.Value != t.Value && !s.m.label && ctxSim(s.m.ctx, t.ctx) >= 2 {
			return s
		}
	}
	if s := soleOrdinalOf(src, t); s != nil && s.m.Value != t.Value {
		return s // "ses cinquièmes Jeux" told "his fourth Olympics": the one count of that noun, another value
	}
	return onlyPlace(src, t)
}

// soleOrdinalOf is the one source ordinal whose noun t's noun
// translates, or nil when there are none or several.
func soleOrdinalOf(src []*atom, t Mention) *atom {
	if t.Head == "" || placeNouns[t.Head] || ctxStop[t.Head] {
		return nil
	}
	var one *atom
	for _, s := range src {
		if s.m.Kind != Ordinal || s.m.label || s.m.Head == "" || !(translates(s.m.Head, t.Head) || headAgrees(s.m.Head, t.Head)) {
			continue
		}
		if one != nil {
			return nil
		}
		one = s
	}
	return one
}

// onlyPlace: a bullet's bare ordinal moved in a table ("climb to third")
// where the source gives one place, "à la 2e place": that place, if it
// is another.
func onlyPlace(src []*atom, t Mention) *atom {
	if !slices.ContainsFunc(t.ctx, func(w string) bool { return tableMoves[w] }) || rankedParts[t.Head] {
		return nil // ("finished the first half of the season 8-9, in 10th place": the half is no place)
	}
	var place *atom
	for _, s := range src {
		if s.m.Kind == Ordinal && placeNouns[s.m.Head] && !s.m.label {
			if place != nil {
				return nil
			}
			place = s
		}
	}
	if place == nil || place.m.Value == t.Value {
		return nil
	}
	return place
}

var placeNouns = map[string]bool{"place": true, "rang": true, "position": true}

// rankedParts are the parts of a season or a match an English ordinal
// numbers: "the first half", "the second leg", "the third round".
var rankedParts = map[string]bool{"half": true, "leg": true, "round": true, "quarter": true, "set": true, "period": true,
	"stage": true, "innings": true, "season": true, "game": true, "match": true, "race": true, "day": true, "lap": true}

// tableMoves move a team or a player in a table.
var tableMoves = map[string]bool{"climb": true, "climbs": true, "climbed": true, "move": true, "moves": true, "moved": true,
	"slip": true, "slips": true, "slipped": true, "drop": true, "drops": true, "dropped": true, "rise": true, "rises": true, "rose": true,
	"finish": true, "finished": true, "finishes": true, "sit": true, "sits": true, "lie": true, "lies": true}

// otherCountedShare: a share counted "one X in N" whose noun a source
// share counted so gives with another value ("environ un rein greffé sur
// six" told "about one kidney graft in seven"): the same words, another
// figure, before any pair of other figures may seem to explain it.
func otherCountedShare(src []*atom, t Mention) *atom {
	if t.Kind != Fraction || !outOf(t.Raw) || len(t.ctx) == 0 {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Fraction && outOf(s.m.Raw) && s.m.Value != t.Value && ctxSim(s.m.ctx, t.ctx) > 0 {
			return s
		}
	}
	return nil
}

// editionOfNamed: s is an edition's rank ("la 23e édition du Festival
// du film de Montbrison") and the bullet ranks a named event with it,
// "the 23rd Montbrison Film Festival": a capitalised name after the
// ordinal, whatever nouns of the name other ranks share ("premier film").
func (r *check) editionOfNamed(s, t *atom) bool {
	if s.m.Head != "édition" || t.m.End >= len(r.text) {
		return false
	}
	return capitalWord(strings.TrimLeft(r.text[t.m.End:], " "))
}

// rankedOtherwise reports a bullet ordinal the source gives another
// noun's rank for (s, its supporting source figure) or, with s nil and no
// support, an "a third" + noun read as a rank the source gives otherwise.
func (r *check) rankedOtherwise(src []*atom, s, t *atom) bool {
	if s != nil {
		if o := rankOfOther(src, s, *t.m); o != nil && !r.summaryRanks(o, t) && !r.editionOfNamed(s, t) {
			r.add(o, t, verdict{true, "modified", Error, "N11", "the source ranks " + o.m.Raw + " " + o.m.Head + ", not this"})
			return true
		}
		return false
	}
	if o := rankSaidOtherwise(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N11", "the source ranks it " + o.m.Raw + ", not this"})
		return true
	}
	if o := otherRank(src, *t.m); o != nil {
		r.add(o, t, verdict{true, "modified", Error, "N11", "the source ranks it " + o.m.Raw + ", not this"})
		return true
	}
	return false
}

// summaryRanks: another figure of the summary tells o's rank of o's
// noun, "eyes a second flight" for "un deuxième vol": the source's rank
// is told, and the bullet's other rank of that noun ("its first flight",
// the source's "premier tir") comes before it, no rank moved.
func (r *check) summaryRanks(o, t *atom) bool {
	a, b := t.m.Rat(), o.m.Rat()
	if a == nil || b == nil || a.Cmp(b) >= 0 {
		return false
	}
	return slices.ContainsFunc(r.all, func(u *atom) bool {
		return u != t && u.m.Kind == Ordinal && u.m.Value == o.m.Value && u.m.Head != "" && translatedIn([]string{o.m.Head}, u.m.Head)
	})
}

// sameChange: two fractions told of a change in the same direction, "a
// baissé d'un tiers" and "fell by a quarter": the bullet gives the same
// change another size (N7, a word-for-word value error).
func sameChange(s, t Mention) bool {
	if s.Kind != Fraction || t.Kind != Fraction {
		return false
	}
	d := changeSense(t.ctx)
	return d != 0 && d == changeSense(s.ctx)
}

// changeSense is the direction the first word of change in a figure's
// context words gives, or 0.
func changeSense(ctx []string) int8 {
	for _, w := range ctx {
		if d := dirOf(w); d != 0 {
			return d
		}
	}
	return 0
}

// soleAttributed: t is the only figure of its bullet sentence, so the
// giver that sentence names ("Some 2,500 people marched, according to
// police") is t's, and the source has that giver give another value: a
// count moved from one giver to the other.
func (r *check) soleAttributed(src []*atom, s, t *atom) bool {
	for _, u := range r.line {
		if u != t && u.m.Sentence == t.m.Sentence && numeric(*u.m) {
			return false
		}
	}
	for _, o := range src {
		if o != s && o.m.Attr == t.m.Attr && class(o.m.Kind) == class(t.m.Kind) && o.m.Value != t.m.Value {
			return true
		}
	}
	return false
}

// changeTold: t is the exact difference of a and b, and its line gives
// one of them as the level or the base of the change ("Visitors up
// 2,500 year on year to 12,000" from 12 000 against 9 500). The
// derivation then says what t is, and a source figure of t's value that
// counts something else (2 500 jours, read through "year on year") is
// no changed figure.
func (r *check) changeTold(why string, a, b, t *atom) bool {
	if !strings.HasPrefix(why, "difference of ") || t.m.Comparator != CmpNone && t.m.Comparator != CmpExact {
		return false
	}
	return r.sentenceSays(a, t) || r.sentenceSays(b, t)
}

// changeInstead judges t as the change its line tells when the source
// figure of its value is said of something else: "up 2,500 year on year
// to 12,000" where the source counts 2 500 days of something and 12 000
// visitors against 9 500. It reports whether it judged t.
func (r *check) changeInstead(src []*atom, t *atom) bool {
	why, a, b := derived(src, *t.m)
	if !r.changeTold(why, a, b, t) {
		return false
	}
	r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + why})
	return true
}

// levelChange judges t, a change with a direction, as the difference
// between the level its line gives and the source's other figure of
// that difference: derived when it runs the way t says, an error when
// it runs the other way ("fifteen awards, four more than in 2022" for
// *quinze ... contre dix-neuf*). ok is false when t is no such change.
func (r *check) levelChange(src []*atom, t *atom) (verdict, bool) {
	why, a, b := derived(src, *t.m)
	if t.m.dir == 0 || !r.changeTold(why, a, b, t) {
		return verdict{}, false
	}
	level, base := a, b
	if r.sentenceSays(b, t) && !r.sentenceSays(a, t) {
		level, base = b, a
	}
	lv, bv := level.m.Rat(), base.m.Rat()
	if lv == nil || bv == nil || lv.Cmp(bv) == 0 {
		return verdict{}, false
	}
	if int8(lv.Cmp(bv)) != t.m.dir {
		return verdict{true, "modified", Error, "N18", "the source's change from " + base.m.Raw + " to " + level.m.Raw + " is a " + dirName(int8(lv.Cmp(bv))) + ", not a " + dirName(t.m.dir)}, true
	}
	return verdict{true, "derived", Info, "N20", "is derived from the source: " + why}, true
}

// sentenceSays: a figure of t's sentence in its line has x's value and
// class.
func (r *check) sentenceSays(x, t *atom) bool {
	for _, u := range r.line {
		if u != t && u.m.Sentence == t.m.Sentence && class(u.m.Kind) == class(x.m.Kind) && u.m.Value == x.m.Value {
			return true
		}
	}
	return false
}

// changeVerbTold: the bullet tells t as a rise or a fall, by its own
// direction or a verb of change beside it ("was cut by €7 million").
func changeVerbTold(t Mention) bool {
	return t.dir != 0 || slices.ContainsFunc(t.ctx, func(w string) bool { return transitiveChange[w] != 0 })
}
