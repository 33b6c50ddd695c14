package fakellm

import (
	"regexp"
	"strings"
	"time"

	"brief/pipeline/chunking"
	"brief/pipeline/extractive"
	"brief/pipeline/figures"
)

// Reply is what the server answers to one request. The zero Reply means
// "answer with the default content".
type Reply struct {
	Content      string
	Status       int               // HTTP status; 0 means 200
	ErrorType    string            // OpenAI error type for non-200 replies
	ErrorCode    string            // OpenAI error code, e.g. insufficient_quota
	ErrorMessage string            // message of the error body
	Raw          string            // when set, sent as the body verbatim (malformed JSON)
	Headers      map[string]string // extra headers, e.g. Retry-After
	FinishReason string            // "stop" unless set
	Delay        time.Duration     // wait before answering (honours the client's cancel)
	Hang         bool              // never answer; return when the client gives up
	// StreamError sends a llama.cpp style "error: {...}" line mid-stream
	// after the first piece, then [DONE], with no finish_reason; its
	// message is StreamErrorMessage, by default a passing failure.
	StreamError        bool
	StreamErrorMessage string
	// NoUsage leaves the usage out, as some servers do.
	NoUsage bool
	// Reset closes the connection without answering (a crash or a
	// proxy reset).
	Reset bool
	// ContentType of a Raw body; default application/json.
	ContentType string
	// EchoAuth puts the Authorization header received into the error
	// message, or the key into the reply's text (faults.go).
	EchoAuth bool
	// PromptTokens overrides the usage's prompt tokens (a server that
	// read only part of the prompt); 0: counted from the request.
	PromptTokens int
	// Drip streams the reply one word every Drip (a slow server).
	Drip time.Duration
	// Runaway is a model that never stops: words until max_tokens.
	Runaway bool
	// Model and Fingerprint name the model in the reply; default: the
	// request's model and no fingerprint (SetIdentity).
	Model, Fingerprint string
}

// Canned faults real servers produce.
var (
	// Quota is OpenAI's 429 for an exhausted quota.
	Quota = Reply{Status: 429, ErrorType: "insufficient_quota", ErrorCode: "insufficient_quota",
		ErrorMessage: "You exceeded your current quota, please check your plan and billing details."}
	// RateLimited is OpenAI's 429 for a rate limit, with no wait hint.
	RateLimited = Reply{Status: 429, ErrorType: "requests", ErrorCode: "rate_limit_exceeded",
		ErrorMessage: "Rate limit reached for requests"}
	// ContextSize is llama.cpp's 400 with context shift off.
	ContextSize = Reply{Status: 400, ErrorType: "invalid_request_error",
		ErrorMessage: "the request exceeds the available context size, try increasing it"}
	// Garbage is a 200 whose body is not JSON.
	Garbage = Reply{Raw: `{"id":"chatcmpl-llmtest","choices":[{"message":{"content":"Half`}
	// Empty is a complete reply with no text.
	Empty = Reply{FinishReason: "stop"}
	// Length is a model that never stops, cut at the request's
	// max_tokens.
	Length = Reply{Runaway: true}
	// Refusal is a content-filter refusal.
	Refusal = Reply{FinishReason: "content_filter"}
	// Hang never answers.
	Hang = Reply{Hang: true}
	// Reset closes the connection.
	Reset = Reply{Reset: true}
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
