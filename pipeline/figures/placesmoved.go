package figures

import (
	"math/big"
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
	for i, a := range src {
		if a.m.Kind != Ordinal {
			continue
		}
		for _, b := range src[i+1:] {
			if b.m.Kind != Ordinal || !sameSentence(a, b) {
				continue
			}
			av, bv := a.m.Rat(), b.m.Rat()
			if av == nil || bv == nil {
				continue
			}
			if d := new(big.Rat).Abs(new(big.Rat).Sub(av, bv)); d.Cmp(tv) == 0 {
				return "the places between " + a.m.Raw + " and " + b.m.Raw
			}
		}
	}
	return ""
}

// placesWords count places in a ranking.
var placesWords = map[string]bool{"places": true, "spots": true, "positions": true, "rungs": true, "notches": true}

// splitOfShares explains a bullet's split ("split 60/40 between the
// Metropole and the state") by the two shares one source sentence gives,
// "financé à 60 % par la Métropole et à 40 % par l'État".
func splitOfShares(src []*atom, t Mention) string {
	if t.Kind != Score || t.style != "split" {
		return ""
	}
	a, b, ok := strings.Cut(t.Value, "-")
	if !ok || a == b {
		return ""
	}
	for i, x := range src {
		if x.m.Kind != Percent || x.m.Value != a && x.m.Value != b {
			continue
		}
		for _, y := range src[i+1:] {
			if y.m.Kind == Percent && sameSentence(x, y) && (x.m.Value == a && y.m.Value == b || x.m.Value == b && y.m.Value == a) {
				return "the shares " + x.m.Raw + " and " + y.m.Raw
			}
		}
	}
	return ""
}
