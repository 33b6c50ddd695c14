package figures

import (
	"math/big"
	"slices"
	"strings"
)

// netChange explains a bullet's net change in percent as the compound of
// the successive changes one source sentence lists: "+15 % au 1er
// février 2023, +10 % ..., puis −15 %" briefed "a net rise of about
// 7.5%" (1.15 × 1.10 × 0.85). The bullet must say it nets them ("net",
// "overall", "in all"), and its direction must be the compound's.
func netChange(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Percent || tv.Sign() <= 0 || !netCue(t) {
		return ""
	}
	var changes []*atom
	for _, a := range src {
		if a.m.Kind == Percent && len(changeFactors(*a.m)) == 1 {
			changes = append(changes, a)
		}
	}
	for _, run := range sentenceRuns(changes) {
		if len(run) < 2 || len(run) > 4 {
			continue
		}
		prod, raws := big.NewRat(1, 1), make([]string, len(run))
		for k, a := range run {
			prod.Mul(prod, changeFactors(*a.m)[0])
			raws[k] = a.m.Raw
		}
		pct, _ := new(big.Rat).Mul(new(big.Rat).Sub(prod, big.NewRat(1, 1)), big.NewRat(100, 1)).Float64()
		if t.dir < 0 {
			pct = -pct // "a net fall of 5%"
		}
		if pct > 0 && percentFits(pct, t) {
			return "the net change of " + strings.Join(raws, ", ")
		}
	}
	return ""
}

// netCue: the bullet says its change nets several.
func netCue(t Mention) bool {
	return totalCue(t) || slices.ContainsFunc(t.ctx, func(w string) bool {
		return w == "net" || w == "overall" || w == "compound" || w == "compounded" || w == "cumulatively"
	})
}
