package figures

import (
	"strings"
	"unicode"
)

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

// nameNumber is the number word the source writes beside t's name, a
// number word of a name ("Final Four", "Six Nations"): t's own word when
// the source keeps it ("le Final Four"), else another ("the Final Five"
// for "le Final Four"), else "".
func (r *check) nameNumber(t *atom) string {
	if t.m.style != "name" || t.m.nameWord == "" || !t.m.Word || strings.Contains(t.m.nameWord, " ") {
		return ""
	}
	name, raw, other := strings.ToLower(t.m.nameWord), strings.ToLower(t.m.Raw), ""
	for _, p := range r.source {
		words := strings.FieldsFunc(strings.ToLower(p), func(c rune) bool { return !unicode.IsLetter(c) })
		for i, w := range words {
			if w != name {
				continue
			}
			for _, k := range []int{i - 1, i + 1} {
				if k < 0 || k >= len(words) {
					continue
				}
				if words[k] == raw {
					return raw
				}
				if _, ok := enUnits[words[k]]; ok && other == "" {
					other = words[k]
				}
			}
		}
	}
	return other
}
