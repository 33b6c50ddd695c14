package figures

import (
	"strings"
	"unicode"
)

// An age told before its noun, "the 23-year-old skipper", belongs to
// the person that noun names; the source sets ages after theirs: "Le
// patron, âgé de 54 ans, et son matelot de 23 ans". A bullet that gives
// the skipper the deckhand's age moved it (M4), though 23 is in the source.

// nounAgeMoved returns the source age of the person the bullet's noun
// names, when it is another age than s; nil when the noun names s's own
// person or no one the source ages.
func (r *check) nounAgeMoved(src []*atom, s, t *atom) *atom {
	if !t.m.personAge || s.m.Paragraph >= len(r.source) {
		return nil
	}
	noun := prenominalAgeNoun(r.text, *t.m)
	if noun == "" {
		return nil
	}
	text := r.source[s.m.Paragraph]
	aged := func(a *atom) bool { return a.m.personAge || a.m.Head == "ans" && ageNounBefore(text, *a.m) != "" } // ("son matelot de 23 ans")
	if !aged(s) {
		return nil
	}
	if own := ageNounBefore(text, *s.m); own != "" && translates(own, noun) {
		return nil
	}
	for _, o := range src {
		if o == s || !aged(o) || o.m.Paragraph != s.m.Paragraph || o.m.Value == t.m.Value {
			continue
		}
		if n := ageNounBefore(text, *o.m); n != "" && translates(n, noun) {
			return o
		}
	}
	return nil
}

// prenominalAgeNoun is the lower-case noun right after an English age
// written before it, "23-year-old skipper": "skipper".
func prenominalAgeNoun(text string, m Mention) string {
	rest, ok := afterPrenominalAge(text, m)
	if !ok {
		return ""
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 {
		return ""
	}
	w := strings.TrimRight(ws[0], ",;:.()")
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return "" // a name after the age is prenominalAgeOwner's
	}
	return w
}

// ageNounBefore is the French noun an age follows: "Le patron, âgé de 54
// ans", "son matelot de 23 ans": patron, matelot.
func ageNounBefore(text string, m Mention) string {
	if m.Start > len(text) {
		return ""
	}
	ws := strings.Fields(strings.ToLower(text[max(0, m.Start-60):m.Start]))
	for len(ws) > 0 {
		w := strings.Trim(ws[len(ws)-1], ",;:()")
		switch w {
		case "", "de", "d'", "âgé", "âgée", "âgés", "âgées":
			ws = ws[:len(ws)-1]
			continue
		}
		if strings.ContainsAny(ws[len(ws)-1], ".;:") {
			return ""
		}
		return w
	}
	return ""
}
