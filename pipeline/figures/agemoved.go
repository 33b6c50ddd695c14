package figures

import "strings"

// An age set after a name, "Marc Le Bihan, 54 ans, ... succédant à
// Pascal Guillou, 63 ans", belongs to that name: a bullet that writes
// "Marc Le Bihan, 63" gives him the other man's age, though 63 is in
// the source (M4).

// namedAgeMoved returns the source age of the name the bullet sets t
// after, when the source gives that name another age than s, and the
// name; nil when s is that name's own age or the source ages it nowhere.
func (r *check) namedAgeMoved(src []*atom, s, t *atom) (*atom, string) {
	if !s.m.personAge || !t.m.personAge || s.m.Paragraph >= len(r.source) || t.m.Start > len(r.text) {
		return nil, ""
	}
	told := prenominalAgeOwner(r.text, *t.m)
	if len(told) == 0 {
		told = rankOwner(r.text, *t.m)
	}
	text := r.source[s.m.Paragraph]
	if len(told) == 0 || sharesName(rankOwner(text, *s.m), told) {
		return nil, ""
	}
	return ownFigureOf(src, s, t, text, told, func(o *atom) bool { return o.m.personAge })
}

// prenominalAgeOwner is the name an English age written before its noun
// is told of: "19-year-old goalkeeper Hugo Leroy", "the 38-year-old
// passenger Marc" — the capitalised run after at most four lower-case
// words, in the age's clause.
func prenominalAgeOwner(text string, m Mention) []string {
	rest, ok := afterPrenominalAge(text, m)
	if !ok {
		return nil
	}
	if k := strings.IndexAny(rest, ",;:.()"); k >= 0 {
		rest = rest[:k]
	}
	ws := strings.Fields(rest)
	for k, w := range ws {
		if k > 4 {
			return nil
		}
		if capitalWord(strings.Trim(w, "'’")) {
			return leadingName(strings.Join(ws[k:], " "), false)
		}
	}
	return nil
}

// afterPrenominalAge: m is an English age written before its noun, "the
// 38-year-old passenger" (the figure "38" or "38-year-old"); rest is the
// text after "-year-old".
func afterPrenominalAge(text string, m Mention) (rest string, ok bool) {
	if m.End > len(text) {
		return "", false
	}
	rest = text[m.End:]
	if strings.HasSuffix(strings.ToLower(m.Raw), "-old") {
		return rest, true
	}
	return strings.CutPrefix(strings.TrimLeft(rest, " "), "-year-old")
}
