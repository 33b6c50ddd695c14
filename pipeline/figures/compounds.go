package figures

import "strings"

// A chemical formula is a figure only by its digits: "CO2" for "dioxyde
// de carbone" adds nothing to a translation or a summary. The formulas
// the news uses are listed with the French names that spell them out.
var compoundNames = map[string][]string{
	"CO2":   {"dioxyde de carbone", "gaz carbonique"},
	"NO2":   {"dioxyde d'azote", "dioxyde d’azote"},
	"SO2":   {"dioxyde de soufre"},
	"N2O":   {"protoxyde d'azote", "protoxyde d’azote"},
	"CH4":   {"méthane"},
	"O3":    {"ozone"},
	"H2":    {"hydrogène", "dihydrogène"},
	"PM10":  {"particules"},
	"PM2.5": {"particules"},
	"PM2,5": {"particules"},
}

// namedCompound: t is a formula whose compound the source names in words.
func (r *check) namedCompound(t *atom) bool {
	if t.m.Kind != Identifier {
		return false
	}
	return saysAny(r.source, compoundNames[formula(t.m.Raw)])
}

// formula is a chemical formula as compoundNames keys it: "CO₂", "co2" -> "CO2".
func formula(raw string) string {
	return strings.ToUpper(strings.NewReplacer("₂", "2", "₃", "3", "₄", "4", " ", "").Replace(raw))
}

// saysAny: one of the paragraphs holds one of the lower-case phrases.
func saysAny(paras, phrases []string) bool {
	for _, p := range paras {
		lp := strings.ToLower(p)
		for _, n := range phrases {
			if strings.Contains(lp, n) {
				return true
			}
		}
	}
	return false
}
