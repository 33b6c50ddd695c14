package figures

import (
	"math/big"
	"strings"
)

// enHyphenPeriod reads a part of a period written as one hyphenated
// word: "half-a-century", "half-an-hour", "a half-century", "the past
// quarter-century". These are lengths of time like "half a century"
// (un demi-siècle, 50 years), not stray fractions.
func (p *parser) enHyphenPeriod(i int) (*Mention, int) {
	period := func(v *big.Rat, head string, n int) (*Mention, int) {
		return &Mention{Kind: Cardinal, Value: canonical(v), Head: head, Word: true, style: "period"}, n
	}
	w := p.word(i)
	if w == "quarter" && p.words(i+1, "of", "an", "hour") && (p.word(i-1) == "every" || p.word(i-1) == "each") {
		return period(big.NewRat(1, 4), "hour", 4) // "slots every quarter of an hour"
	}
	if w == "quarter" && p.words(i+1, "of", "a", "century") && (p.word(i-1) == "every" || p.word(i-1) == "each") {
		return period(big.NewRat(1, 4), "century", 4) // "once every quarter of a century" (tous les 25 ans)
	}
	if rest, ok := strings.CutPrefix(w, "half-"); ok {
		art, unit, _ := strings.Cut(rest, "-")
		if (art == "a" || art == "an") && periodUnit[unit] != "" {
			return period(big.NewRat(1, 2), unit, 1)
		}
		if u := unitWords[rest]; u != "" && periodUnit[rest] == "" && p.lang == English && (p.word(i-1) == "a" || p.word(i-1) == "the") {
			return &Mention{Kind: Quantity, Value: "0.5", Unit: u, Word: true}, 1 // "a half-mile long", as "un demi-mille"
		}
		if periodUnit[rest] != "" && !strings.HasSuffix(rest, "s") {
			// "half-hour episodes" for "épisodes d'une demi-heure"; "the
			// first half-hour" for "la première demi heure", which is
			// not read: compared when paired, else dropped
			m, n := period(big.NewRat(1, 2), rest, 1)
			m.style = "fixed"
			return m, n
		}
	}
	if unit, ok := strings.CutSuffix(w, "-long"); ok && (unit == "century" || unit == "decade") {
		// "its decade-long attack" for "son attaque amorcée dix ans avant": ten years
		return period(big.NewRat(1, 1), unit, 1)
	}
	if unit, ok := strings.CutSuffix(w, "-old"); ok && (unit == "century" || unit == "decade") && (p.word(i-1) == "a" || p.word(i-1) == "the") {
		// "a century-old act", "la loi qui existe depuis 100 ans": its age, one century
		return period(big.NewRat(1, 1), unit, 1)
	}
	switch w {
	case "a", "one", "past", "last", "next", "previous":
	default:
		return nil, 0
	}
	part, unit, ok := strings.Cut(p.word(i+1), "-")
	if !ok || periodUnit[unit] == "" {
		return nil, 0
	}
	switch part {
	case "half":
		return period(big.NewRat(1, 2), unit, 2)
	case "quarter":
		return period(big.NewRat(1, 4), unit, 2)
	}
	return nil, 0
}
