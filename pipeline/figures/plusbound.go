package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plusWordAfter: English writes "more than" after the figure with "plus":
// "a 100,000-plus crowd", "a $2 million-plus contract", "a million-plus
// dollar judgement", "a crowd of 100,000 plus." A bare "plus" bounds the
// figure only where its clause ends, or after a scale word standing
// alone ("a million plus dollar judgement"): "$2 million plus interest"
// is a sum.
func (p *parser) plusWordAfter(m Mention) bool {
	if p.lang != English || m.End > len(p.text) {
		return false
	}
	if raw := strings.ToLower(m.Raw); strings.Contains(raw, "-plus") && plusEnds(raw[strings.Index(raw, "-plus")+5:]) {
		return true
	}
	rest := strings.ToLower(p.text[m.End:min(len(p.text), m.End+24)]) // (a window: the whole rest made every figure cost the text)
	if after, ok := strings.CutPrefix(rest, "-plus"); ok {
		return plusEnds(after)
	}
	after, ok := strings.CutPrefix(rest, " plus")
	if !ok || !plusEnds(after) {
		return false
	}
	after = strings.TrimLeft(after, " ")
	if after == "" || strings.ContainsAny(after[:1], ".,;:)!?") {
		return true
	}
	if strings.ContainsAny(after[:1], "0123456789$€£") {
		return false
	}
	last := strings.ToLower(m.Raw[strings.LastIndexAny(m.Raw, " -")+1:])
	_, scale := enScale[last]
	return scale && !strings.ContainsAny(m.Raw, "0123456789")
}

// plusEnds: "plus" ends its word there ("plusses" is another word).
func plusEnds(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || !unicode.IsLetter(r)
}
