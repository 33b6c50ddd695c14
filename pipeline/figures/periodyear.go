package figures

import "strings"

// yearlyFigures are the nouns a year before them dates: "its 2023
// revenue", "the company's 2024 results".
var yearlyFigures = map[string]bool{"revenue": true, "revenues": true, "sales": true, "results": true,
	"profit": true, "profits": true, "earnings": true, "turnover": true, "accounts": true, "budget": true,
	"forecast": true, "harvest": true, "vintage": true, "season": true, "edition": true, "figures": true}

// yearOfFigure: a four-digit number right before a yearly figure ("its
// €190 million 2025 budget"), or between a possessive or article and a
// yearly figure at most three words on ("Distrifrance's 2023 revenue",
// "its 2025 steel output forecast") or a named event ("the 2026 Top 14
// final"), or after a French "pour" that closes its phrase ("un chiffre
// d'affaires de 12,4 milliards pour 2023, en hausse"), is the year the
// figure is for, not a count (a count names what it counts: "pour 2 000
// habitants").
func (p *parser) yearOfFigure(i int) bool {
	if p.lang == French {
		return p.word(i-1) == "pour" && p.word(i+1) == "" && p.num(i+1) == nil
	}
	if yearlyFigures[p.word(i+1)] {
		return true // "its €190 million 2025 budget"
	}
	prev := p.word(i - 1)
	owner := strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || prev == "the" || possessives[prev]
	if !owner {
		return false
	}
	if p.capital(i+1) && p.num(i+1) == nil {
		return true // "the 2026 Top 14 final": the year of a named event
	}
	for k := i + 1; k <= i+3 && p.word(k) != ""; k++ {
		if yearlyFigures[p.word(k)] {
			return true // "its 2025 steel output forecast"
		}
	}
	return false
}
