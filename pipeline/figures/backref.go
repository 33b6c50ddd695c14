package figures

import (
	"slices"
	"strings"
)

// pointedBack: a figure after a demonstrative takes up the same figure
// and noun told earlier in its sentence, "trois semaines avant la date
// limite ... une de ces trois semaines-là", which the translation may
// say once ("one of those weeks"). Only when every English figure of the
// sentence group found its partner, but a "one" of them.
func (r *check) pointedBack(src, tgt []*atom, s *atom) bool {
	if r.Mode != ModeTranslation || s.m.Paragraph >= len(r.source) || !numeric(*s.m) {
		return false
	}
	before := strings.Fields(strings.ToLower(r.source[s.m.Paragraph][max(0, s.m.Start-8):min(s.m.Start, len(r.source[s.m.Paragraph]))]))
	if len(before) == 0 || !demonstratives[before[len(before)-1]] {
		return false
	}
	for _, o := range src {
		if o != s && o.used && sameSentence(o, s) && o.m.End <= s.m.Start && o.m.Kind == s.m.Kind && o.m.Value == s.m.Value && oneNoun(o.m.Head, s.m.Head) {
			return !slices.ContainsFunc(tgt, func(t *atom) bool { return !t.used && !(t.m.Word && t.m.Value == "1") }) // ("one of those weeks": the one is its own)
		}
	}
	return false
}

var demonstratives = map[string]bool{"ces": true, "cette": true, "ce": true, "cet": true}
