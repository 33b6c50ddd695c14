package figures

import "strings"

// labelTwice: a number that names a thing after its noun, "la table no
// 4", "l'article 12", said again in its sentence after the same noun
// ("ceux de la table no 4 ..., la table no 4 portant sur ...") names the
// one thing twice, which the translation may name once. Only when every
// English figure of the sentence group found its partner.
func (r *check) labelTwice(near, tgt []*atom, s *atom) bool {
	if r.bracketGloss(s) && allPaired(tgt) {
		return true
	}
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
	if a.m.Kind != Cardinal || a.m.Word {
		return ""
	}
	before := r.fieldsBefore(a, 24)
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

// bracketGloss: s stands in square brackets that gloss the name before
// them with the same number, "au groupe 4 [cluster 4] du projet": one
// thing named twice, which the translation names once.
func (r *check) bracketGloss(s *atom) bool {
	if s.m.Kind != Cardinal || s.m.Word || s.m.Paragraph < 0 || s.m.Paragraph >= len(r.source) || s.m.Start > len(r.source[s.m.Paragraph]) {
		return false
	}
	text := r.source[s.m.Paragraph]
	open := strings.LastIndexByte(text[max(0, s.m.Start-24):s.m.Start], '[')
	if open < 0 {
		return false
	}
	open += max(0, s.m.Start-24)
	if strings.ContainsRune(text[open:s.m.Start], ']') || !strings.Contains(text[s.m.End:min(len(text), s.m.End+24)], "]") {
		return false
	}
	before := strings.TrimSpace(text[max(0, open-16):open])
	return strings.HasSuffix(before, " "+s.m.Raw) || before == s.m.Raw
}
