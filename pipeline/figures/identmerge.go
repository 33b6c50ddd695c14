package figures

import "strings"

// mergedIdent joins two mentions that name one thing, as the English
// writes it in one: "au paragraphe 2 de l'Article 17" ("paragraph 2 of
// Article 17") is "Article 17, paragraph 2" (17-2), and the documents
// "SR.72 à 74" are "SR.72-74".
func (p *parser) mergedIdent(prev, m Mention) (Mention, bool) {
	if prev.End > m.Start || m.Kind != Identifier && prev.Kind != Identifier {
		return prev, false // (before lower-casing the words between, which allocates)
	}
	between := strings.ToLower(strings.TrimSpace(p.text[prev.End:m.Start]))
	switch {
	case m.Kind == Identifier && prev.Kind == Cardinal && !prev.Word && (between == "de l'article" || between == "de l’article" || between == "of article") &&
		paraWords[p.word(p.tokenAfter(prev.Start)-1)]:
		m.Value, m.style = m.Value+"-"+prev.Value, "para"
	case p.lang == French && m.Kind == Identifier && prev.Kind == Cardinal && !prev.Word && len(between) > 3 && subLetter(between[:1]) && between[1] == ')' &&
		strings.TrimSpace(between[2:]) == "de l'article" && paraWords[p.word(p.tokenAfter(prev.Start)-1)]:
		// "du paragraphe 2 c) de l'article 4" is "article 4 (2) (c)"
		m.Value, m.style = m.Value+"-"+prev.Value+"-"+strings.ToUpper(between[:1]), "para"
	case p.lang == French && prev.Kind == Identifier && m.Kind == Cardinal && !m.Word && between == "à" && strings.ContainsAny(prev.Raw, "./") && len(m.Raw) <= 3:
		m.Value, m.style = prev.Value+"-"+m.Value, "docs"
	default:
		return prev, false
	}
	m.Kind, m.Start, m.Raw = Identifier, prev.Start, p.text[prev.Start:m.End]
	return m, true
}

// formatMerged writes a merged name the English way: "2 of Article 17"
// (after the word "paragraph" the engine translates), "SR.72-74".
func formatMerged(m Mention) (string, bool) {
	switch m.style {
	case "para":
		art, para, _ := strings.Cut(m.Value, "-")
		if para, point, ok := strings.Cut(para, "-"); ok {
			return "Article " + art + " (" + para + ") (" + strings.ToLower(point) + ")", true
		}
		return para + " of Article " + art, true
	case "docs":
		return strings.Replace(m.Raw, " à ", "-", 1), true
	}
	return "", false
}
