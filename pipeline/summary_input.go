package pipeline

import (
	"strings"

	"brief/pipeline/chunking"
	"brief/pipeline/engine"
	"brief/pipeline/extractive"
)

// What a summary request carries. The French source goes beside the whole
// translation, so it is cut to about half the article, its most central
// sentences (extractive.Central), between SummaryMinWords and SummaryWords:
// the source is then sent about 1.5 times in all, not twice. A translation
// (the offline engine's input) is cut only past twice SummaryWords, as
// before. Either way the summary's figures are checked against the whole
// source.
const (
	SummaryWords    = 500
	SummaryMinWords = 200
)

// sourceBudget is how many words of a body of n words a summary of the
// source reads.
func sourceBudget(n int) int {
	return min(n, max(SummaryMinWords, min(2*n/5, SummaryWords)))
}

// leadAndCentral is a body within sourceBudget words: whole when short,
// else its lead sentence (a news article's summary of itself) then the
// most central of the others.
func leadAndCentral(body []string) string {
	text := JoinParagraphs(body)
	n := len(strings.Fields(text))
	budget := sourceBudget(n)
	if n <= budget {
		return text
	}
	lead := strings.TrimSpace(chunking.Sentences(body[0])[0])
	rest := strings.TrimSpace(strings.TrimPrefix(text, lead))
	if left := budget - len(strings.Fields(lead)); left > 0 {
		return lead + "\n\n" + extractive.Central(rest, left)
	}
	return lead
}

// ArticleTitle is the article's own title and whether it is the body's first
// paragraph: the read stage's Meta.Title (a web page's title, usually not
// in the body), else a first paragraph that reads as a title (a plain-text
// article's first line; extractive.LooksLikeTitle).
func ArticleTitle(doc *Document) (title string, inBody bool) {
	if t := strings.Join(strings.Fields(doc.Meta.Title), " "); t != "" {
		return t, len(doc.Paragraphs) > 1 && strings.Join(strings.Fields(doc.Paragraphs[0]), " ") == t
	}
	if len(doc.Paragraphs) > 1 && extractive.LooksLikeTitle(doc.Paragraphs[0]) {
		return doc.Paragraphs[0], true
	}
	return "", false
}

// SummaryRequest is the first request for doc's summary from what the
// engine reads, or the error naming the stage to run first.
func SummaryRequest(doc *Document, from engine.SummaryInput) (engine.SummarizeRequest, error) {
	if doc.Paragraphs == nil {
		return engine.SummarizeRequest{}, requirement("summarize", "paragraphs", "read")
	}
	title, inBody := ArticleTitle(doc)
	if from == engine.FromSource {
		body := doc.Paragraphs
		if inBody {
			body = body[1:]
		}
		return engine.SummarizeRequest{Text: leadAndCentral(body), Title: title}, nil
	}
	if doc.Translation == nil {
		return engine.SummarizeRequest{}, requirement("summarize", "translation", "translate")
	}
	req := engine.SummarizeRequest{}
	body := doc.Translation.Paragraphs
	switch {
	case inBody && len(body) == len(doc.Paragraphs):
		req.Title, body = body[0], body[1:]
	case title != "" && !inBody:
		req.FrenchTitle = title
	}
	text := JoinParagraphs(body)
	if len(strings.Fields(text)) > 2*SummaryWords {
		text = extractive.Central(text, SummaryWords)
	}
	req.Text = text
	return req, nil
}

// summarySource is what a summary's figures are checked against: the
// body, and the title when it is not part of the body (a headline may
// give the title's figures). The title goes last, so paragraph numbers
// stay the body's.
func summarySource(doc *Document) []string {
	if title, inBody := ArticleTitle(doc); title != "" && !inBody {
		return append(append([]string(nil), doc.Paragraphs...), title)
	}
	return doc.Paragraphs
}

// minBullets is the fewest bullets a summary of text must have: MinBullets,
// or one per sentence when the text has fewer.
func minBullets(text string) int {
	n := 0
	for _, p := range chunking.Paragraphs(text) {
		for _, s := range chunking.Sentences(p) {
			if strings.TrimSpace(s) != "" {
				n++
			}
		}
	}
	return max(1, min(MinBullets, n))
}
