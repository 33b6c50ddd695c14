package figures

import "strings"

// alternatePeriod gives the first of two counts joined by "ou"/"or" the
// period noun the second one names, "dix ou vingt ans", "two or three
// years", and the second of "a year or two", "every decade or two" the
// period the first one names: both are lengths of time, compared with
// "a decade or two" or "un an ou deux" like any other.
func (p *parser) alternatePeriod(a, b *Mention) {
	if a.Kind != Cardinal || b.Kind != Cardinal || a.Unit != "" || b.Unit != "" || a.End > b.Start {
		return
	}
	if gap := strings.TrimSpace(p.text[a.End:b.Start]); gap != "ou" && gap != "or" {
		return
	}
	switch {
	case (a.Head == "ou" || a.Head == "or") && periodUnit[b.Head] != "" && a.Value != "1": // ("une ou deux minutes" is "a couple of minutes")
		a.Head = b.Head
	case b.Head == "" && periodUnit[a.Head] != "" && b.Value != "1":
		plural := a.Head // "un mois ou deux"
		if !strings.HasSuffix(plural, "s") {
			plural += "s" // "a year or two": two years
		}
		if periodUnit[plural] != "" {
			b.Head = plural
		}
	}
}
