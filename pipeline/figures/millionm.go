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
	last := strings.TrimSuffix(f[len(f)-1], "+") // "5m+": at least five million
	return len(last) > 1 && strings.HasSuffix(last, "m") && isDigit(rune(last[len(last)-2]))
}

// millionsNotMetres: where the source measures nothing in metres and
// counts in millions, an English "52m" glued to its number is 52 million
// ("to double, to roughly 52m"), and is read so before anything is
// compared: matched, rounded, derived or reported.
func millionsNotMetres(src, tgt []*atom) {
	scaled := false
	for _, s := range src {
		if s.m.Kind == Quantity && s.m.Unit == "m" {
			return
		}
		scaled = scaled || s.m.Scale != ""
	}
	if !scaled {
		return
	}
	for _, t := range tgt {
		if v := t.m.Rat(); v != nil && gluedM(*t.m) {
			t.m.Kind, t.m.Unit, t.m.Scale, t.m.Value = Cardinal, "", "m", canonical(v.Mul(v, big.NewRat(1000000, 1)))
		}
	}
}

// readAsSource reads the English figures the way the source's say them
// before anything is compared: a glued "m" as millions, a currency of the
// family the source names (millionsNotMetres, sameCurrencyFamily).
func readAsSource(src, tgt []*atom) {
	millionsNotMetres(src, tgt)
	sameCurrencyFamily(src, tgt)
	seaMilesAsSource(src, tgt)
}

// seaMilesAsSource: where the source counts nautical miles ("milles")
// and no nanometre, an English "nm" is the sea's mile, so that "avg 500
// nm/leg" can come from "2 000 milles" over four legs.
func seaMilesAsSource(src, tgt []*atom) {
	sea := false
	for _, s := range src {
		if s.m.Unit == "nm" {
			return
		}
		sea = sea || s.m.Unit == "nmi"
	}
	if !sea {
		return
	}
	for _, t := range tgt {
		if t.m.Unit == "nm" {
			t.m.Unit = "nmi"
		}
	}
}
