package figures

import (
	"math/big"
	"strings"
)

// millionAsMetres: a British "5m" glued to its number, read as metres,
// where the source gives that many millions of a count: "vise les 5
// millions" = "aiming for 5m".
func millionAsMetres(s, t Mention) bool {
	if !gluedM(t) || class(s.Kind) != Cardinal || s.Unit != "" || s.Scale == "" {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && new(big.Rat).Mul(tv, big.NewRat(1000000, 1)).Cmp(sv) == 0
}

// gluedM: t is a figure read as metres whose "m" is glued to its digits,
// "5m" or "more than 5m" (its hedge is in Raw): "5 m" is metres.
func gluedM(t Mention) bool {
	f := strings.Fields(t.Raw)
	if t.Kind != Quantity || t.Unit != "m" || len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return len(last) > 1 && strings.HasSuffix(last, "m") && isDigit(rune(last[len(last)-2]))
}
