package figures

import "strings"

// periodAdjAt reads a French word that names a length of months without
// a number: "trimestriel" (three-month), "semestriel" (six-month), the
// split "tri mensuels" real translations write, and a bare "semestre" or
// "trimestre" after an article ("avant la fin du semestre", "the
// six-month period"). English often makes a figure of them ("three-month
// funds"); unpaired they are no figure at all, so they drop out
// silently (style fixed), and paired they are compared.
func (p *parser) periodAdjAt(i int) (*Mention, int) {
	if p.lang != French {
		return nil, 0
	}
	w := p.word(i)
	months, n := "", 1
	switch {
	case strings.HasPrefix(w, "trimestriel"):
		months = "3"
	case strings.HasPrefix(w, "semestriel"):
		months = "6"
	case w == "tri" && strings.HasPrefix(p.word(i+1), "mensuel"):
		months, n = "3", 2
	case (w == "semestre" || w == "trimestre") && periodArticle[p.word(i-1)] && p.num(i-2) == nil:
		months = map[string]string{"semestre": "6", "trimestre": "3"}[w]
	default:
		return nil, 0
	}
	return &Mention{Kind: Cardinal, Value: months, Head: "mois", Word: true, style: "fixed"}, n
}

// periodArticle are the words before a bare "semestre" that make it one
// period of the calendar, not a count.
var periodArticle = map[string]bool{"du": true, "le": true, "ce": true, "au": true, "chaque": true, "un": true, "par": true}
