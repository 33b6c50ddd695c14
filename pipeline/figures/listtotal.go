package figures

import "math/big"

// listTotal explains a summary count as the sum of a whole source list
// whose later counts leave the first's noun unsaid, "4 médailles d'or, 6
// d'argent et 2 de bronze" briefed "12 medals": the list itself is a
// total's parts, so the bullet needs no word of total. Every count of
// the list is summed, never some of them, so no sum is found by chance.
func listTotal(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || class(t.Kind) != Cardinal || t.Unit != "" {
		return ""
	}
	for i := 0; i < len(src); {
		j := i + 1
		for j < len(src) && src[j].m.nounElided && src[j].m.Head == src[i].m.Head && sameSentence(src[j], src[i]) && !hedged(*src[j].m) {
			j++
		}
		if run := src[i:j]; len(run) >= 3 && !hedged(*run[0].m) && (t.Head == "" || sameHead(run[0].m.Head, t.Head) || translates(run[0].m.Head, t.Head)) {
			sum := new(big.Rat)
			for _, a := range run {
				if v := a.m.Rat(); v != nil {
					sum.Add(sum, v)
				}
			}
			if sum.Cmp(tv) == 0 || hedgedRound(t, sum, tv) {
				why := "sum of the list " + run[0].m.Raw
				for _, a := range run[1:] {
					why += ", " + a.m.Raw
				}
				return why
			}
		}
		i = j
	}
	return ""
}
