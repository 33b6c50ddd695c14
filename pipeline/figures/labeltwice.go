package figures

import "strings"

// labelTwice: a number that names a thing after its noun, "la table no
// 4", "l'article 12", said again in its sentence after the same noun
// ("ceux de la table no 4 ..., la table no 4 portant sur ...") names the
// one thing twice, which the translation may name once. Only when every
// English figure of the sentence group found its partner.
func (r *check) labelTwice(near, tgt []*atom, s *atom) bool {
	label := r.labelBefore(s)
	if label == "" || !allPaired(tgt) {
		return false
	}
	for _, o := range near {
		if o != s && o.used && sameSentence(o, s) && o.m.Value == s.m.Value && o.m.End <= s.m.Start && r.labelBefore(o) == label {
			return true
		}
	}
	return false
}

// labelBefore is the noun that labels a's number just before it in the
// source ("table" of "la table no 4"), or "".
func (r *check) labelBefore(a *atom) string {
	if a.m.Kind != Cardinal || a.m.Word || a.m.Paragraph < 0 || a.m.Paragraph >= len(r.source) || a.m.Start > len(r.source[a.m.Paragraph]) {
		return ""
	}
	before := strings.Fields(strings.ToLower(r.source[a.m.Paragraph][max(0, a.m.Start-24):a.m.Start]))
	n := len(before)
	if n > 0 && labelMarks[before[n-1]] {
		n-- // "table no 4", "ligne n° 2"
	}
	if n == 0 || !namingNoun(before[n-1]) {
		return ""
	}
	return before[n-1]
}

var labelMarks = map[string]bool{"no": true, "n°": true, "nº": true, "numéro": true, "no.": true}

// namingNoun: a number after w names one of the things w counts; the
// parser's labelNouns, and French nouns of lists and places.
func namingNoun(w string) bool { return labelNouns[w] || frNamingNouns[w] }

var frNamingNouns = map[string]bool{"table": true, "article": true, "paragraphe": true, "chapitre": true,
	"annexe": true, "groupe": true, "niveau": true, "catégorie": true, "classe": true, "secteur": true,
	"salle": true, "porte": true, "quai": true, "voie": true, "lot": true, "bloc": true, "volet": true,
	"page": true, "amendement": true, "recommandation": true, "crédit": true}
