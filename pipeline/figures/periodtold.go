package figures

import "slices"

// A figure told with the ordinal of its period ("au troisième trimestre,
// avec un résultat net de 312 millions", "€312m for the second quarter")
// belongs to that period, as a figure told with its year does
// (yeartold.go): a bullet that gives it another quarter, half or round
// has moved it (M4).

// periodFamilies name the periods an ordinal counts, in both languages.
var periodFamilies = map[string]string{"trimestre": "quarter", "quarter": "quarter", "semestre": "half", "half": "half",
	"tour": "round", "round": "round", "journée": "matchday", "matchday": "matchday", "manche": "leg", "leg": "leg"}

// periodOrdinal is the ordinal and the family of the period told next to
// a in its sentence, with no other figure between: the one right after
// it ("for the second quarter", "au deuxième trimestre"), else the one
// before it ("au troisième trimestre, avec ... 312 millions").
func periodOrdinal(list []*atom, a *atom) (string, string) {
	k := slices.Index(list, a)
	if k < 0 {
		return "", ""
	}
	if k+1 < len(list) {
		if o := list[k+1].m; o.Kind == Ordinal && periodFamilies[o.Head] != "" && sameSentence(list[k+1], a) && o.Start >= a.m.End && o.Start-a.m.End <= 40 {
			return o.Value, periodFamilies[o.Head]
		}
	}
	if k > 0 {
		if k > 1 && sameSentence(list[k-2], a) && list[k-1].m.Start-list[k-2].m.End <= 40 {
			return "", "" // ("€312m for the third quarter after a €48m loss": the third is the 312m's)
		}
		if o := list[k-1].m; o.Kind == Ordinal && periodFamilies[o.Head] != "" && sameSentence(list[k-1], a) && a.m.Start-o.End <= 60 {
			return o.Value, periodFamilies[o.Head]
		}
	}
	return "", ""
}

// periodMoved: t is told with another period's ordinal than its source
// figure s ("€312m for the second quarter" where the source gives 312
// millions to the third), and s's sentence names that other period: the
// ordinal of s's own period is returned, or "".
func (r *check) periodMoved(src []*atom, s, t *atom) string {
	vt, ft := periodOrdinal(r.all, t)
	vs, fs := periodOrdinal(src, s)
	if vt == "" || vs == "" || ft != fs || vt == vs {
		return ""
	}
	for _, o := range src {
		if sameSentence(o, s) && o.m.Kind == Ordinal && o.m.Value == vt && periodFamilies[o.m.Head] == ft {
			return vs
		}
	}
	return ""
}
