package openai

import (
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
	"brief/pipeline/lang"
	"brief/prompts"
)

// ErrAPI marks an error from the API or the connection to it.
var ErrAPI = errors.New("API request failed")

// ErrTruncated reports a reply cut by the model's output limit.
var ErrTruncated = fmt.Errorf("%w: the reply was cut at the model's output limit (finish_reason length)", engine.ErrTooLong)

// ErrContextSize reports a prompt larger than the server's context
// (llama.cpp with context shift off, or OpenAI's context_length_exceeded).
var ErrContextSize = fmt.Errorf("%w: the request exceeds the model's context size", engine.ErrTooLong)

// ErrQuota reports a 429 for an exhausted quota: retrying never helps.
var ErrQuota = errors.New("quota exhausted; check billing")

// Reply check failures: each is retried within the request budget.
var (
	ErrEmpty        = errors.New("the API returned an empty reply")
	ErrRefused      = errors.New("the API refused the text (content filter)")
	ErrUntranslated = errors.New("the reply is still in French")
)

// check looks at a reply the API called complete.
func check(task string, d prompts.Data, text string) error {
	if task == prompts.Translate && lang.LooksFrench(text) {
		return ErrUntranslated
	}
	return nil
}

// retryable tells reply-check failures worth asking again from final
// errors (the transport already spent the budget on HTTP errors).
func retryable(err error) bool {
	return errors.Is(err, ErrEmpty) || errors.Is(err, ErrRefused) || errors.Is(err, ErrUntranslated) ||
		errors.Is(err, ErrStreamCut)
}

// paragraphsOK says whether a translation has the paragraphs asked for,
// as the translate stage counts them (blank lines, or single lines).
func paragraphsOK(text string, want int) bool {
	count := func(sep string) int {
		n := 0
		for _, p := range strings.Split(text, sep) {
			if strings.TrimSpace(p) != "" {
				n++
			}
		}
		return n
	}
	return len(engine.Unwrap(text, want)) == want || count("\n") == want
}

var contextSize = regexp.MustCompile(`(?i)exceeds the available context size|context_length_exceeded|maximum context length`)

// notFoundHint is what a 404 from the chat endpoint usually means.
const notFoundHint = "check --base-url (OPENAI_BASE_URL) and --model (BRIEF_MODEL)"

func describe(err error) error { return describeWith(err, notFoundHint) }

// describeWith turns a go-openai error into one line marked ErrAPI that says
// what to do; notFound is the advice for a 404, which depends on the
// endpoint called.
func describeWith(err error, notFound string) error {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		code := fmt.Sprint(apiErr.Code)
		switch {
		case isQuota(apiErr.Code, apiErr.Type):
			return fmt.Errorf("%w: HTTP %d: %w", ErrAPI, apiErr.HTTPStatusCode, ErrQuota)
		case apiErr.HTTPStatusCode == http.StatusBadRequest && (contextSize.MatchString(apiErr.Message) || contextSize.MatchString(code)):
			return fmt.Errorf("%w: HTTP 400: %w", ErrAPI, ErrContextSize)
		}
		hint := ""
		switch apiErr.HTTPStatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			hint = "; check OPENAI_API_KEY in the environment or .env"
		case http.StatusNotFound:
			hint = "; " + notFound
		case http.StatusTooManyRequests:
			hint = "; lower --concurrency or set --rpm/--tpm"
		}
		return fmt.Errorf("%w: HTTP %d: %s%s", ErrAPI, apiErr.HTTPStatusCode, apiErr.Message, hint)
	}
	var reqErr *goopenai.RequestError
	if errors.As(err, &reqErr) {
		return fmt.Errorf("%w: HTTP %d: %v", ErrAPI, reqErr.HTTPStatusCode, reqErr.Err)
	}
	return fmt.Errorf("%w: %w", ErrAPI, err)
}
