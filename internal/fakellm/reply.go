package fakellm

import (
	"regexp"
	"strings"

	"brief/pipeline/chunking"
	"brief/pipeline/extractive"
	"brief/pipeline/figures"
)

// DefaultReply answers like a careful translator that knows no French: the
// words stay as they are, every figure is rewritten the English way and
// paragraphs are kept, so the figures check passes. Summary requests get a
// headline and three bullets taken from the text's sentences.
func DefaultReply(req Request) Reply {
	if req.IsSummary() {
		return Reply{Content: Summary(req.User(), req.SummarisesFrench())}
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
// form, and the French stop words between figures by English ones, so the
// reply reads as English to brief's language check.
func EnglishFigures(p string) string {
	var b strings.Builder
	last := 0
	for _, m := range figures.Extract(p, figures.French) {
		if m.Start < last {
			continue
		}
		b.WriteString(StopWords(p[last:m.Start]))
		b.WriteString(figures.FormatEnglish(m))
		last = m.End
	}
	b.WriteString(StopWords(p[last:]))
	return b.String()
}

var frenchWord = regexp.MustCompile(`\b(?i:l'|d'|qu'|[\p{L}]+)`)

var stopWords = map[string]string{
	"le": "the", "la": "the", "les": "the", "l'": "the ", "des": "of the", "du": "of the", "de": "of", "d'": "of ",
	"et": "and", "est": "is", "sont": "are", "à": "to", "au": "at the", "aux": "to the", "dans": "in",
	"pour": "for", "que": "that", "qu'": "that ", "qui": "who", "sur": "on", "par": "by", "avec": "with",
	"ce": "this", "cette": "this", "ces": "these", "il": "he", "elle": "she", "ils": "they", "elles": "they",
	"nous": "we", "vous": "you", "son": "his", "sa": "her", "ses": "his", "leur": "their", "leurs": "their",
	"mais": "but", "ou": "or", "ne": "not", "pas": "not", "a": "has", "ont": "have", "été": "been", "plus": "more",
	"selon": "according to", "entre": "between", "aussi": "also", "très": "very", "déjà": "already", "en": "in",
}

// StopWords replaces French stop words by English ones, keeping the rest.
func StopWords(s string) string {
	return frenchWord.ReplaceAllStringFunc(s, func(w string) string {
		if e, ok := stopWords[strings.ToLower(w)]; ok {
			return e
		}
		return w
	})
}

// Summary builds "# headline" and three bullets from text the way a
// summary request carries it, in the shape the prompt asks a model for:
// the headline is the title (a leading "# title" line) or the first
// sentence, cut at a clause to at most 120 characters; the bullets are the
// next three sentences, each cut at a clause to at most 200 characters, as
// the offline engine's are (a model writes one-sentence bullets, it does
// not paste a paragraph of quotes). Summaries of French text (the source)
// get English figures and stop words, as translations do.
func Summary(text string, french bool) string {
	var sentences []string
	title := ""
	text = strings.TrimSpace(text)
	if rest, ok := strings.CutPrefix(text, "# "); ok {
		title, text, _ = strings.Cut(rest, "\n")
	}
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		for _, s := range chunking.Sentences(p) {
			if s = strings.TrimSpace(s); s != "" {
				sentences = append(sentences, s)
			}
		}
	}
	if french {
		title = EnglishFigures(title)
		for i, s := range sentences {
			sentences[i] = EnglishFigures(s)
		}
	}
	if title == "" && len(sentences) > 0 {
		title, sentences = clip(sentences[0], 120), sentences[1:]
	}
	for len(sentences) < 3 {
		sentences = append(sentences, "Nothing else to report.")
	}
	bullets := make([]string, 3)
	for i, s := range sentences[:3] {
		bullets[i] = clip(s, 200)
	}
	return "# " + title + "\n\n- " + strings.Join(bullets, "\n- ") + "\n"
}

// clip cuts a sentence to at most n characters at a clause, else after
// its last whole word that fits; never inside a figure, which is one word
// in English form.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if h, ok := extractive.Headline(s, n); ok {
		return h
	}
	var out []string
	for _, w := range strings.Fields(s) {
		if len(strings.Join(append(out, w), " ")) > n {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
