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
	"brief/pipeline/secret"
	"brief/prompts"
)

// ErrAPI marks an error from the API or the connection to it.
var ErrAPI = errors.New("API request failed")

// Kinds of too long a chunk: each wraps engine.ErrTooLong, so the stage
// splits the chunk, and when it cannot split any more the error's words
// are what the user reads. Test with errors.Is; the errors returned say
// more (the token counts, the server's context).
var (
	// ErrTruncated reports a reply cut at the output allowance.
	ErrTruncated = fmt.Errorf("%w: the reply was cut at max_tokens", engine.ErrTooLong)
	// ErrContextSize reports a request larger than the server's context
	// (llama.cpp with context shift off, OpenAI's context_length_exceeded).
	ErrContextSize = fmt.Errorf("%w: the request exceeds the server's context size", engine.ErrTooLong)
	// ErrPromptCut reports a prompt the server silently cut to fit its
	// context (llama.cpp's context shift, Ollama's num_ctx).
	ErrPromptCut = fmt.Errorf("%w: the server cut the prompt to fit its context", engine.ErrTooLong)
)

// kindError is an error of a known kind (errors.Is), in its own words.
type kindError struct {
	kind   error
	detail string
}

func (e *kindError) Error() string { return e.detail }
func (e *kindError) Unwrap() error { return e.kind }

// ErrQuota reports a 429 for an exhausted quota: retrying never helps.
var ErrQuota = errors.New("quota exhausted; check billing")

// ErrReplyCap reports a reply the server stopped below the allowance asked
// for: its own output limit (llama.cpp -n) is lower. Splitting the chunk
// does not help much, so it is not ErrTooLong.
var ErrReplyCap = errors.New("the server stopped the reply short")

// Reply check failures: each is retried within the request budget.
var (
	ErrEmpty        = errors.New("the API returned an empty reply")
	ErrRefused      = errors.New("the API refused the text (content filter)")
	ErrUntranslated = errors.New("the reply is still in French")
	// ErrKeyInReply reports a reply that holds the API key: it is never
	// shown, written or cached, and scrubbing it would edit the product.
	ErrKeyInReply = errors.New("the reply contains the API key")
	errNoChoices  = fmt.Errorf("%w: no choices", ErrEmpty)
)

// checkText refuses a reply holding the key, and a translation that is
// all French (the stage checks each paragraph).
func (e *Engine) checkText(task string, _ prompts.Data, text string) error {
	switch {
	case e.secret.In(text):
		return ErrKeyInReply
	case task == prompts.Translate && lang.LooksFrench(text):
		return ErrUntranslated
	}
	return nil
}

// retryable tells reply-check failures worth asking again from final
// errors (the transport already spent the budget on HTTP errors).
func retryable(err error) bool {
	for _, e := range []error{ErrEmpty, ErrRefused, ErrUntranslated, ErrKeyInReply, ErrStreamCut} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// cutReply is the error of a reply stopped by its length: at the
// allowance asked for, the chunk is worth splitting (the model needed
// more than twice the source's length, or never stops); below it, the
// server's own output limit stopped it.
func cutReply(got, limit int) error {
	if got > 0 && limit > 0 && got < limit*9/10 {
		return &kindError{kind: ErrReplyCap, detail: fmt.Sprintf(
			"the server stopped the reply at %d tokens (finish_reason length) though %d were allowed: its own output limit is lower; raise it (llama.cpp -n, Ollama num_predict)", got, limit)}
	}
	return &kindError{kind: ErrTruncated, detail: fmt.Sprintf(
		"the reply was cut at %d tokens (max_tokens, twice the chunk's length and a margin): the model did not stop; check the server's chat template, or lower --max-chunk-tokens", limit)}
}

// contextError matches servers' messages for a request over the context:
// llama.cpp's 400 with context shift off, its 500s when the context fills
// while generating or the prompt overflows the KV cache, OpenAI's 400.
var contextError = regexp.MustCompile(`(?i)exceeds the available context size|context_length_exceeded|maximum context length|context shift is disabled|input prompt is too big|prompt is too long`)

// notFoundHint is what a 404 from the chat endpoint usually means.
const notFoundHint = "check --base-url (OPENAI_BASE_URL) and --model (BRIEF_MODEL)"

func describe(err error) error { return describeWith(err, notFoundHint) }

// describeWith turns a go-openai error into one line marked ErrAPI that says
// what to do; notFound is the advice for a 404, which depends on the
// endpoint called. What the server wrote is cleaned for the terminal.
func describeWith(err error, notFound string) error {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		return describeAPI(apiErr, notFound)
	}
	var reqErr *goopenai.RequestError
	if errors.As(err, &reqErr) {
		if page, ok := htmlPage(reqErr.Body); ok {
			return fmt.Errorf("%w: %s", ErrAPI, htmlMessage(reqErr.HTTPStatusCode, page))
		}
		return fmt.Errorf("%w: HTTP %d: %s", ErrAPI, reqErr.HTTPStatusCode, secret.Excerpt(fmt.Sprint(reqErr.Err)))
	}
	return fmt.Errorf("%w: %w", ErrAPI, err)
}

func describeAPI(apiErr *goopenai.APIError, notFound string) error {
	code := fmt.Sprint(apiErr.Code)
	msg := secret.Excerpt(apiErr.Message)
	switch {
	case isQuota(apiErr.Code, apiErr.Type):
		return fmt.Errorf("%w: HTTP %d: %w", ErrAPI, apiErr.HTTPStatusCode, ErrQuota)
	case contextError.MatchString(apiErr.Message) || contextError.MatchString(code):
		what := "the request exceeds the server's context size"
		if strings.Contains(strings.ToLower(apiErr.Message), "context shift is disabled") {
			what = "the server's context filled up while the reply was written"
		}
		return fmt.Errorf("%w: HTTP %d: %w", ErrAPI, apiErr.HTTPStatusCode, &kindError{kind: ErrContextSize,
			detail: what + " (" + msg + "); raise the server's context (llama.cpp -c, Ollama num_ctx) or lower --max-chunk-tokens"})
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
	return fmt.Errorf("%w: HTTP %d: %s%s", ErrAPI, apiErr.HTTPStatusCode, msg, hint)
}

var htmlTitle = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// htmlPage says whether a body is an HTML page rather than JSON, and
// returns its title.
func htmlPage(body []byte) (string, bool) {
	s := strings.TrimSpace(string(body[:min(len(body), 4096)]))
	lower := strings.ToLower(s)
	if !strings.HasPrefix(s, "<") || !(strings.Contains(lower, "<html") || strings.Contains(lower, "<!doctype") ||
		strings.Contains(lower, "<body") || strings.Contains(lower, "<title") || strings.Contains(lower, "<h1")) {
		return "", false
	}
	if m := htmlTitle.FindStringSubmatch(s); m != nil {
		return secret.Clean(strings.TrimSpace(m[1]), 80), true
	}
	return "", true
}

// htmlMessage describes an HTML page received instead of JSON: a proxy's
// error page, a login page, a web server at the wrong URL.
func htmlMessage(status int, title string) string {
	if title != "" {
		title = " \u201c" + title + "\u201d"
	}
	return fmt.Sprintf("the server answered an HTML page%s (HTTP %d) instead of JSON: a proxy or web server answered for the API; check --base-url (OPENAI_BASE_URL) and the proxy in front of the server",
		title, status)
}
