package figures

import (
	"slices"
	"strings"
	"unicode"
)

// requestedAsImposed: the bullet says the court imposed t ("was also
// fined €300,000") where its source figure is what the prosecution asked
// for ("Le parquet avait requis ... 300 000 euros d'amende"), and the
// source gives another figure of that noun in a sentence of the court's
// ("condamné ... à 150 000 euros d'amende"): the request told as the
// sentence. It returns that other figure, or nil.
func (r *check) requestedAsImposed(src []*atom, s, t *atom) *atom {
	if tr := roles(*t.m); !slices.Contains(tr, "court") || slices.Contains(tr, "prosecution") || !r.sentenceOf(s, "prosecution") {
		return nil
	}
	for _, o := range src {
		if o != s && o.m.Kind == s.m.Kind && o.m.Unit == s.m.Unit && o.m.Head == s.m.Head && o.m.Value != s.m.Value && r.sentenceOf(o, "court") {
			return o
		}
	}
	return nil
}

// sentenceOf: a's source sentence names role's actor and not the other's
// ("le parquet avait requis", not "le tribunal a condamné").
func (r *check) sentenceOf(a *atom, role string) bool {
	if a.m.Paragraph < 0 || a.m.Paragraph >= len(r.source) {
		return false
	}
	own, other := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(sentenceAt(r.source[a.m.Paragraph], a.m.Start)), func(c rune) bool { return !unicode.IsLetter(c) }) {
		switch actorNouns[w] {
		case "":
		case role:
			own = true
		case "court", "prosecution":
			other = true
		}
	}
	return own && !other
}
