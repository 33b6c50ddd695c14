package figures

import "strings"

// spacedOrdinal reads an ordinal suffix set apart from its digits, as
// real translations and typed copy often write them (N11): English "the
// 21 st century", "the 3 rd arrondissement", and the French degree sign
// used as an ordinal indicator, "le 21° siècle", "son 50° anniversaire".
// The English suffix must be the one the number takes (21 st, never
// 21 th) and written in lower case, so that "42 St" (a street) stays
// out; the degree sign counts as an ordinal only before a noun that is
// ranked, never before a temperature.
func (p *parser) spacedOrdinal(m *Mention, j int, v value) int {
	if v.tok == nil || v.tok.grouped || v.tok.decimal || v.sign != 0 || v.scale != "" || v.tok.intLen > 3 {
		return 0
	}
	n := int(v.v.Num().Int64())
	switch p.lang {
	case English:
		if w := p.word(j); w != "" && w == p.toks[j].text && w == ordSuffix(n) && p.word(j+1) != "" {
			m.Kind = Ordinal
			return 1
		}
	case French:
		if p.sym(j) == "°" && rankedNouns[p.word(j+1)] {
			m.Kind = Ordinal
			if p.word(j+1) == "siècle" || p.word(j+1) == "siècles" {
				m.Unit = "century" // as "XXIe siècle" reads
			}
			return 1
		}
	}
	return 0
}

// rankedNouns are French nouns an ordinal ranks, after which "21°" is
// the 21st and not 21 degrees.
var rankedNouns = map[string]bool{
	"siècle": true, "siècles": true, "arrondissement": true, "anniversaire": true, "étage": true,
	"rang": true, "édition": true, "république": true, "congrès": true, "législature": true,
	"circonscription": true, "régiment": true, "mandat": true, "millénaire": true,
}

// compoundOrdinal reads a spelled ordinal that leads a compound
// adjective, "a twenty-first-century map": the last part is the noun
// ranked, the rest an ordinal word of the table.
func (p *parser) compoundOrdinal(w string, table map[string]int64) (int64, string, bool) {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || strings.Count(w, "-") < 2 {
		return 0, "", false
	}
	tens, unit, _ := strings.Cut(w[:k], "-")
	t, ok1 := p.atomValue(tens)
	u, ok2 := table[unit]
	if !ok1 || !ok2 || t < 20 || u >= 10 {
		return 0, "", false
	}
	return t + u, w[k+1:], true
}
