package llmtest

import (
	"strings"

	"brief/pipeline/chunking"
	"brief/pipeline/figures"
)

// DefaultReply answers like a careful translator that knows no French: the
// words stay as they are, every figure is rewritten the English way and
// paragraphs are kept, so the figures check passes. Summary requests get a
// headline and three bullets taken from the text's sentences.
func DefaultReply(req Request) Reply {
	if req.IsSummary() {
		return Reply{Content: Summary(req.User())}
	}
	return Reply{Content: Translate(req.User())}
}

// Translate rewrites the figures of French text in English form.
func Translate(text string) string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		out = append(out, EnglishFigures(p))
	}
	return strings.Join(out, "\n\n")
}

// EnglishFigures replaces each figure of a French paragraph by its English
// form.
func EnglishFigures(p string) string {
	var b strings.Builder
	last := 0
	for _, m := range figures.Extract(p, figures.French) {
		if m.Start < last {
			continue
		}
		b.WriteString(p[last:m.Start])
		b.WriteString(figures.FormatEnglish(m))
		last = m.End
	}
	b.WriteString(p[last:])
	return b.String()
}

// Summary builds "# headline" and three bullets from the first sentences.
func Summary(text string) string {
	var sentences []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		for _, s := range chunking.Sentences(p) {
			if s = strings.TrimSpace(s); s != "" {
				sentences = append(sentences, s)
			}
		}
	}
	for len(sentences) < 4 {
		sentences = append(sentences, "Nothing else to report.")
	}
	return "# " + sentences[0] + "\n\n- " + strings.Join(sentences[1:4], "\n- ") + "\n"
}
