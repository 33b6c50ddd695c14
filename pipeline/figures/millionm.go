package figures

import (
	"math/big"
	"strings"
)

// millionAsMetres: a British "5m" glued to its number, read as metres,
// where the source gives that many millions of a count: "vise les 5
// millions" = "aiming for 5m".
func millionAsMetres(s, t Mention) bool {
	if t.Kind != Quantity || t.Unit != "m" || !strings.HasSuffix(t.Raw, "m") || strings.ContainsAny(t.Raw, " \u00a0") ||
		class(s.Kind) != Cardinal || s.Unit != "" || s.Scale == "" {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && new(big.Rat).Mul(tv, big.NewRat(1000000, 1)).Cmp(sv) == 0
}
