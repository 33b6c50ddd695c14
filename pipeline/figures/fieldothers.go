package figures

import "math/big"

// othersOfField: a bullet's count of rivals is the source's field less
// the one it is told of: "Dix-huit chevaux étaient au départ" told "won,
// beating 17 rivals" (as othersTold pairs it in a translation).
func othersOfField(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || class(t.Kind) != Cardinal || t.Unit != "" || !othersNouns[t.Head] || t.Comparator != "" {
		return ""
	}
	field := new(big.Rat).Add(tv, big.NewRat(1, 1))
	for _, a := range src {
		if av := a.m.Rat(); av != nil && class(a.m.Kind) == Cardinal && a.m.Unit == "" && a.m.Comparator == "" && !isYearish(*a.m) && !a.m.label && av.Cmp(field) == 0 {
			return "the field of " + a.m.Raw + " less the one it is told of"
		}
	}
	return ""
}
