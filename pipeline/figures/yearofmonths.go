package figures

import (
	"math/big"
	"regexp"
)

// aYearSaid: s is a length of twelve months that the translation tells
// as "a year" (or "one year", "a full year"), a phrase the English reader
// takes for no figure: "contre 12 mois en 2010", "compared with a year in
// 2010". Not "a year" after per, each or every, which is a rate.
func (r *check) aYearSaid(s *atom) bool {
	if r.Mode != ModeTranslation || s.m.Paragraph >= len(r.target) || hedged(*s.m) {
		return false
	}
	v, unit := duration(*s.m)
	if v == nil || unit != "month" || v.Cmp(big.NewRat(12, 1)) != 0 {
		return false
	}
	return aYearPhrase.MatchString(r.target[s.m.Paragraph])
}

var aYearPhrase = regexp.MustCompile(`(?i)(^|[^\w])(?:compared with|against|from|to|in|within|for|after|over|than|of|is|was|took|takes|lasted) (?:a|one|a full|one full|just a|just one) year\b`)
