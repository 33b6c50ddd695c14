package figures

import (
	"math/big"
	"slices"
	"strings"
)

// ageApart explains a summary age as a source age and the years the
// source sets between that person and another: "Lina Mercadier, 17 ans
// ... Sofia Bianchi, de deux ans son aînée" lets a bullet give Bianchi
// 19. The gap must follow the age, in its sentence or the next, with no
// other age between.
func (r *check) ageApart(src []*atom, t *atom) string {
	tv := t.m.Rat()
	if class(t.m.Kind) != Cardinal || t.m.Unit != "" || tv == nil || !tv.IsInt() || !t.m.personAge && !r.saysAge(t) {
		return ""
	}
	for k, n := range src {
		sign := elderSign(n.m.ctx)
		if sign == 0 || class(n.m.Kind) != Cardinal || !countsYears(*n.m) || hedged(*n.m) {
			continue
		}
		nv := n.m.Rat()
		if nv == nil || !nv.IsInt() {
			continue
		}
		a := ageBeforeIn(src[:k], n)
		if a == nil {
			continue
		}
		if av := a.m.Rat(); av != nil && av.IsInt() && av.Num().Int64()+int64(sign)*nv.Num().Int64() == tv.Num().Int64() {
			return "the age " + a.m.Raw + " and the " + n.m.Raw + " between the two people"
		}
	}
	return ""
}

// ageAtStart explains a summary age as a source age less the years the
// person has spent at something since, told after it: "Jean-Marc
// Delorme, 61 ans, a passé 38 ans à la manufacture" joined it "at 23".
func (r *check) ageAtStart(src []*atom, t *atom) string {
	tv := r.ageTold(t, t.m.Head == "")
	if tv == nil {
		return ""
	}
	for k, n := range src {
		if !r.yearsSpent(n, false) {
			continue
		}
		a := ageBeforeIn(src[:k], n)
		if a == nil || !a.m.personAge {
			continue
		}
		nv, av := n.m.Rat(), a.m.Rat()
		if nv != nil && av != nil && new(big.Rat).Sub(av, nv).Cmp(tv) == 0 {
			return "the age " + a.m.Raw + " less the " + n.m.Raw + " spent since"
		}
	}
	return ""
}

// ageAfterSpent explains a summary age as the age the source gives for
// when the person started plus the years spent at it since: "a repris
// l'étal ... à l'âge de 25 ans" and "après 61 ans de présence" told
// "has retired at 86". Both figures are exact and of one paragraph.
func (r *check) ageAfterSpent(src []*atom, t *atom) string {
	tv := r.ageTold(t, nounHead(t.m.Head) == "")
	if tv == nil {
		return ""
	}
	for _, n := range src {
		if !r.yearsSpent(n, true) {
			continue
		}
		for _, a := range src {
			if a == n || a.m.Paragraph != n.m.Paragraph || !a.m.personAge || class(a.m.Kind) != Cardinal || hedged(*a.m) || !r.ageAtWhen(a) {
				continue
			}
			if av, nv := a.m.Rat(), n.m.Rat(); av != nil && nv != nil && new(big.Rat).Add(av, nv).Cmp(tv) == 0 {
				return "the age " + a.m.Raw + " at the start and the " + n.m.Raw + " spent since"
			}
		}
	}
	return ""
}

// ageAtWhen: the source gives the age a as the age at some time, "à 19
// ans", "à l'âge de 25 ans", not as the person's age now ("Léa
// Marchand, 31 ans,").
func (r *check) ageAtWhen(a *atom) bool {
	before := strings.TrimSpace(r.source[a.m.Paragraph][:min(a.m.Start, len(r.source[a.m.Paragraph]))])
	return lastWord(before) == "à" || strings.HasSuffix(strings.ToLower(before), "l'âge de")
}

// spentWords tell years a person has spent at something up to now.
var spentWords = map[string]bool{"passé": true, "passée": true, "depuis": true, "pendant": true, "durant": true}

// ageTold is the whole age a bullet's t tells (its own age, an age the
// words around it say, or a bare "at 23" when atBare), else nil.
func (r *check) ageTold(t *atom, atBare bool) *big.Rat {
	tv := t.m.Rat()
	if class(t.m.Kind) != Cardinal || t.m.Unit != "" || tv == nil || !tv.IsInt() || !t.m.personAge && !r.saysAge(t) && !(atBare && r.prevWord(t) == "at") {
		return nil
	}
	return tv
}

// yearsSpent: n is an exact count of years of the source, no age, and
// the words around it say they were spent at something up to now: a word
// before it (depuis, pendant; "après" too when afterToo: "après 61 ans de
// présence") or the words after it (spentAfter).
func (r *check) yearsSpent(n *atom, afterToo bool) bool {
	if class(n.m.Kind) != Cardinal || !countsYears(*n.m) || n.m.personAge || hedged(*n.m) || n.m.Paragraph >= len(r.source) || n.m.End > len(r.source[n.m.Paragraph]) {
		return false
	}
	text := r.source[n.m.Paragraph]
	w := lastWord(text[:n.m.Start])
	return spentWords[w] || afterToo && w == "après" || spentAfter(text[n.m.End:])
}

// spentAfter: the words after a count of years say they were spent at
// something up to now, "41 ans passés à enseigner", "41 ans de carrière".
func spentAfter(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) < 2 || f[0] != "ans" && f[0] != "années" {
		return false
	}
	switch f[1] {
	case "passés", "passées":
		return true
	case "de", "d'":
		return len(f) > 2 && (f[2] == "service" || f[2] == "carrière" || f[2] == "métier" || f[2] == "enseignement" || f[2] == "présence" || f[2] == "activité")
	}
	return false
}

// elderSign: +1 when the words call the person older by the figure
// ("de deux ans son aînée", "two years older"), -1 younger, else 0.
func elderSign(ctx []string) int {
	switch {
	case slices.ContainsFunc(ctx, func(w string) bool { return w == "aîné" || w == "aînée" || w == "older" || w == "elder" }):
		return 1
	case slices.ContainsFunc(ctx, func(w string) bool { return w == "cadet" || w == "cadette" || w == "younger" || w == "benjamin" }):
		return -1
	}
	return 0
}

// ageBeforeIn is the last age of before, when it is n's sentence's or
// the one before it.
func ageBeforeIn(before []*atom, n *atom) *atom {
	return lastInReach(before, n, func(a *atom) (bool, bool) {
		age := class(a.m.Kind) == Cardinal && (a.m.personAge || a.m.Head == "ans") && !hedged(*a.m)
		return age, age
	})
}

// ageGap explains a bullet's "33 years his senior", "59 years his
// junior", "ten years younger" as the gap between two ages of people the
// source gives in the paragraph ("19 ans ... Gilles Perrot, 52 ans").
// ok is false when the figure does not say an age gap or no two ages
// fit: the figure is then judged as any other.
func (r *check) ageGap(src []*atom, t *atom) (verdict, bool) {
	tv := t.m.Rat()
	if class(t.m.Kind) != Cardinal || t.m.Unit != "" || tv == nil || t.m.End > len(r.text) || !ageGapWords(r.text[t.m.End:]) {
		return verdict{}, false
	}
	for _, a := range src {
		for _, b := range src {
			if a == b || !a.m.personAge || !b.m.personAge || a.m.Paragraph != b.m.Paragraph {
				continue
			}
			av, bv := a.m.Rat(), b.m.Rat()
			if av == nil || bv == nil || av.Cmp(bv) <= 0 {
				continue
			}
			if new(big.Rat).Sub(av, bv).Cmp(tv) == 0 {
				return verdict{true, "derived", Info, "N20", "is derived from the source: the gap between the ages " + a.m.Raw + " and " + b.m.Raw}, true
			}
		}
	}
	return verdict{}, false
}

// ageGapWords: the words after a count of years make it the gap between
// two people's ages.
func ageGapWords(after string) bool {
	after = strings.ToLower(strings.TrimSpace(after[:min(len(after), 24)])) // (the words right after it; no copy of the whole text)
	rest, ok := strings.CutPrefix(after, "years ")
	if !ok {
		return false
	}
	for _, w := range [...]string{"his senior", "her senior", "their senior", "his junior", "her junior", "their junior", "older", "younger", "his elder", "her elder"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
