// Package engine defines the two small interfaces every translation engine
// implements, so the pipeline never knows which one it talks to.
package engine

import (
	"context"
	"errors"
)

// Translator turns one chunk of French into English.
type Translator interface {
	Translate(ctx context.Context, req TranslateRequest) (Result, error)
}

// Summarizer writes an English headline and bullets. Each engine says
// which text it reads: a model summarises the French source directly, so
// the summary need not wait for the translation; an extractive summary
// needs the English translation.
type Summarizer interface {
	Summarize(ctx context.Context, req SummarizeRequest) (Result, error)
	// SummaryInput says which text Summarize reads.
	SummaryInput() SummaryInput
}

// SummaryInput is the text an engine summarises.
type SummaryInput int

const (
	// FromSource: the French source; the summary runs beside the
	// translation.
	FromSource SummaryInput = iota
	// FromTranslation: the English translation; the summary comes after it.
	FromTranslation
)

// String names the input as --summary-from does.
func (s SummaryInput) String() string {
	if s == FromTranslation {
		return "translation"
	}
	return "source"
}

// ErrTooLong marks a chunk too long for the model (a reply cut at its
// output limit, a prompt over its context): the translate stage cuts the
// chunk in two and translates the halves. Engines wrap it.
var ErrTooLong = errors.New("the chunk is too long for the model")

// TranslateRequest is one chunk to translate.
type TranslateRequest struct {
	Index      int    // chunk number, for errors and logs
	Text       string // the chunk, trimmed; paragraphs separated by blank lines
	Paragraphs int    // paragraphs the translation must have
	// Feedback lists the figure discrepancies of a previous attempt; empty
	// on the first attempt.
	Feedback []string
}

// SummarizeRequest is the article to summarise, in the language of the
// engine's SummaryInput.
type SummarizeRequest struct {
	// Text is the body (its most central sentences when it is long),
	// paragraphs separated by blank lines, without the title.
	Text string
	// Title is the article's own title in Text's language, the headline's
	// source; "" when the article has none, or has only an untranslated one.
	Title string
	// FrenchTitle is the source's title when Title is empty because no
	// translation of it exists (a web page's title is not part of the
	// body): an engine that summarises the translation translates it.
	FrenchTitle string
	// Feedback lists what was wrong with a previous attempt (figures the
	// source does not support, the shape); empty on the first attempt.
	Feedback []string
}

// Result is an engine's reply.
type Result struct {
	Text  string
	Model string // the model that answered, as the server names it
	Usage Usage
	// Commit, when set, stores the reply for reuse (the engine's cache).
	// The stage calls it once the reply passed every check it makes
	// (paragraphs, language, figures, summary shape): a reply that failed
	// is never replayed. Storing is best effort: a failure is the engine's
	// warning, never the run's error.
	Commit func() `json:"-"`
}

// Keep commits r (Result.Commit) if it can be stored.
func (r Result) Keep() {
	if r.Commit != nil {
		r.Commit()
	}
}

// Usage counts tokens as reported by the API, and requests sent.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
	Requests         int `json:"requests"`
	// BatchPromptTokens and BatchCompletionTokens are the part of the
	// tokens above answered through a Batch API, which bills them at half
	// price (brief batch).
	BatchPromptTokens     int `json:"batch_prompt_tokens,omitempty"`
	BatchCompletionTokens int `json:"batch_completion_tokens,omitempty"`
}

// Add returns the sum of two usages.
func (u Usage) Add(o Usage) Usage {
	return Usage{
		PromptTokens:     u.PromptTokens + o.PromptTokens,
		CompletionTokens: u.CompletionTokens + o.CompletionTokens,
		TotalTokens:      u.TotalTokens + o.TotalTokens,
		Requests:         u.Requests + o.Requests,

		BatchPromptTokens:     u.BatchPromptTokens + o.BatchPromptTokens,
		BatchCompletionTokens: u.BatchCompletionTokens + o.BatchCompletionTokens,
	}
}
