package figures

import "strings"

// monthSiblings gives a month named without its year the year of the
// month that follows it in the same phrase: "en mai et juin 1997", "in
// July and August 1995", "de septembre à novembre 1999": one year for
// both, as a range's days share their month. Either side may write the
// list so that only one of its months holds the year.
func (p *parser) monthSiblings(out []Mention) {
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], out[k+1]
		if a.Kind != Date || b.Kind != Date || a.Date == nil || b.Date == nil || a.Date.Day != 0 || b.Date.Day != 0 || b.Date.Year == 0 {
			continue
		}
		if a.End > b.Start || !monthJoin(strings.ToLower(p.text[a.End:b.Start])) {
			continue
		}
		withYear(a, b, true)
	}
}

// monthJoin: the words between two months of one phrase.
func monthJoin(between string) bool {
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", "-", " ", "–", " ").Replace(between)) {
		if !monthJoinWords[w] {
			return false
		}
	}
	return len(between) <= 16
}

var monthJoinWords = map[string]bool{"et": true, "and": true, "en": true, "in": true, "ou": true, "or": true, "à": true, "to": true, "d'": true, "de": true, "of": true,
	"through": true, "until": true, "puis": true, "then": true, "au": true, "jusqu'en": true}
