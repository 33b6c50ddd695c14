package figures

import "strings"

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
