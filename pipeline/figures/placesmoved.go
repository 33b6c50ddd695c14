package figures

import (
	"math/big"
	"slices"
	"strings"
)

// placesMoved explains a count of places climbed or lost ("climbs four
// places to eighth") by two ranks of one source sentence, "remonte de la
// 12e à la 8e place": the places between them.
func placesMoved(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || !placesWords[t.Head] {
		return ""
	}
	tv := t.Rat()
	if tv == nil {
		return ""
	}
	var moves []*atom
	for _, c := range src {
		if class(c.m.Kind) == Cardinal && c.m.Kind != Ordinal && placesCount[c.m.Head] && c.m.Value != t.Value {
			moves = append(moves, c)
		}
	}
	for i, a := range src {
		if a.m.Kind != Ordinal || periodUnit[a.m.Head] != "" {
			continue // ("pour la troisième année consécutive" is no rank)
		}
		for _, b := range src[i+1:] {
			if b.m.Kind != Ordinal || periodUnit[b.m.Head] != "" || !sameSentence(a, b) && !placesApart(a, b) {
				continue
			}
			av, bv := a.m.Rat(), b.m.Rat()
			if av == nil || bv == nil {
				continue
			}
			if slices.ContainsFunc(moves, func(c *atom) bool {
				return (sameSentence(c, a) || sameSentence(c, b)) && !(b == src[i+1] && c.m.End <= a.m.Start)
			}) {
				continue // "prend la 2e place, gagnant trois rangs": the source counts the move itself; not "..., tandis qu'Ikea recule de la 2e à la 6e position", a move of its own after it
			}
			if d := new(big.Rat).Abs(new(big.Rat).Sub(av, bv)); d.Cmp(tv) == 0 {
				return "the places between " + a.m.Raw + " and " + b.m.Raw
			}
		}
	}
	return ""
}

// formerRankVerbs tell where a ranked one stood before: "Il était 17e
// deux ans plus tôt", "occupait la 4e place".
var formerRankVerbs = map[string]bool{"était": true, "occupait": true, "figurait": true, "pointait": true}

// placesApart: two places of a ranking told in two sentences one after
// the other, "a pris la 4e place ... après une 11e place": a move the
// bullet may count ("seven places better than his 11th").
func placesApart(a, b *atom) bool {
	place := func(m Mention) bool {
		return placeNouns[m.Head] || m.style == "place" || slices.ContainsFunc(m.clause(), func(w string) bool { return frPlaceVerbs[w] || formerRankVerbs[w] }) // ("se classant 11e du Vendée Globe", "avait terminé 19e", "Il était 17e deux ans plus tôt")
	}
	return a.m.Paragraph == b.m.Paragraph && abs(a.m.Sentence-b.m.Sentence) == 1 && place(*a.m) && place(*b.m)
}

// placesCount: the French nouns of places moved in a ranking.
var placesCount = map[string]bool{"places": true, "rangs": true, "positions": true, "crans": true, "marches": true}

// placesWords count places in a ranking.
var placesWords = map[string]bool{"places": true, "spots": true, "positions": true, "rungs": true, "notches": true}

// placeBehind explains a bullet's place as the place the source implies
// by "devant" after a ranked name: "arrive au premier rang ..., devant la
// Vendée (132 jours) et la Charente-Maritime (118 jours)" puts the Vendée
// second ("second-placed Vendée") and the Charente-Maritime third.
func (r *check) placeBehind(src []*atom, t *atom) string {
	if t.m.Kind != Ordinal || t.m.End > len(r.text) {
		return ""
	}
	var told []string
	if t.m.Head == "placed" {
		told = leadingName(r.text[t.m.End:], false)
	} else if t.m.style == "place" {
		told = clauseSubject(r.text[:t.m.Start])
	}
	tv := atoiSafe(t.m.Value)
	if len(told) == 0 || tv < 2 {
		return ""
	}
	for _, o := range src {
		ov := atoiSafe(o.m.Value)
		if o.m.Kind != Ordinal || ov < 1 || ov >= tv || o.m.style != "place" && !placeNouns[o.m.Head] || o.m.Paragraph >= len(r.source) || o.m.End > len(r.source[o.m.Paragraph]) {
			continue
		}
		text := r.source[o.m.Paragraph]
		_, hi := sentenceBounds(text, o.m.End)
		after := text[o.m.End:max(hi, o.m.End)]
		k := strings.Index(after, "devant ")
		if k < 0 || strings.Contains(after[:k], ";") {
			continue
		}
		if names := listedNames(after[k:]); tv-ov <= len(names) && sharesName(names[tv-ov-1], told) {
			return o.m.Raw + ", then the names after \"devant\" in turn"
		}
	}
	return ""
}
