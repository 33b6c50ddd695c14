package openai

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// ErrLoading reports a server still loading its model when --timeout ran
// out.
var ErrLoading = errors.New("the server was still loading its model")

// Waits while a model loads: from loadingFirst, doubling up to loadingMax.
const (
	loadingFirst = 500 * time.Millisecond
	loadingMax   = 5 * time.Second
)

// loadWait is one request's wait for a model to load.
type loadWait struct {
	since time.Time // the first "Loading model" reply; zero: none yet
	polls int
}

// peek returns resp's body and leaves it readable.
func peek(resp *http.Response) []byte {
	data, _ := io.ReadAll(resp.Body) // an in-memory reader: never fails
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return data
}

var loadingMessage = regexp.MustCompile(`(?i)loading model`)

// loadingReply is llama.cpp's answer while its model loads: 503 with
// "Loading model", to every request, for seconds or minutes.
func loadingReply(resp *http.Response) bool {
	return resp.StatusCode == http.StatusServiceUnavailable && loadingMessage.Match(peek(resp))
}

// waitLoading waits before asking a loading server again, saying so once
// per run; once --timeout (the longest a request may take) has passed
// since the first such reply, it gives up with ErrLoading.
func (t *transport) waitLoading(ctx context.Context, w *loadWait) error {
	now := t.p.Clock.Now()
	if w.since.IsZero() {
		w.since = now
		t.loadingOnce.Do(func() {
			t.p.Logger.Warn(fmt.Sprintf("the server is loading its model (HTTP 503); waiting for it up to %s (--timeout)", t.timeout()))
		})
	}
	d := min(loadingMax, loadingFirst<<min(w.polls, 10))
	waited := now.Sub(w.since)
	if waited+d > t.timeout() {
		return fmt.Errorf("%w when --timeout (%s) ran out; wait until it answers (its /health says ok), or raise --timeout",
			ErrLoading, t.timeout())
	}
	w.polls++
	t.p.Logger.Debug("http", "status", http.StatusServiceUnavailable, "loading", true, "retry_in", d.String())
	return t.p.Clock.Sleep(ctx, d)
}

// timeout is --timeout, or the default a run gets.
func (t *transport) timeout() time.Duration {
	if t.p.Timeout > 0 {
		return t.p.Timeout
	}
	return defaultTimeout
}

// defaultTimeout matches run.DefaultTimeout, for engines built without one.
const defaultTimeout = 10 * time.Minute

// inspect looks at a reply read in full: a stream (checked by the engine
// as it reads its events) whose body holds llama.cpp's "error:" line with
// a context error becomes the HTTP error it stands for, so it is handled
// like the same error before the stream (other errors cut the stream,
// ErrStreamCut, asked again); a 2xx body that is not JSON is
// ErrMalformed (an HTML page said as such).
func (t *transport) inspect(resp *http.Response, data []byte) (*http.Response, error) {
	if resp.StatusCode/100 != 2 {
		return resp, nil
	}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		if status, body, ok := streamError(data); ok && deterministicError.Match(body) {
			resp.StatusCode, resp.Status = status, fmt.Sprintf("%d %s", status, http.StatusText(status))
			resp.Header.Set("Content-Type", "application/json")
			resp.Body = io.NopCloser(bytes.NewReader(body))
		}
		return resp, nil
	}
	if json.Valid(data) {
		return resp, nil
	}
	if title, ok := htmlPage(data); ok {
		return nil, &kindError{kind: ErrMalformed, detail: htmlMessage(resp.StatusCode, title)}
	}
	return nil, fmt.Errorf("%w (HTTP %d, %d bytes)", ErrMalformed, resp.StatusCode, len(data))
}

// deterministicError matches 5xx messages that the same request always
// gets: llama.cpp's context errors and the client mistakes it reports as
// 500. Retrying them only wastes time.
var deterministicError = regexp.MustCompile(`(?i)context shift is disabled|input prompt is too big|exceeds the available context size|json\.exception|only one completion choice|requires --jinja|failed to parse messages`)

// deterministicReply reads a 5xx body with deterministicError.
func deterministicReply(resp *http.Response) bool {
	var e struct {
		Error struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	data := peek(resp)
	if json.Unmarshal(data, &e) == nil && e.Error.Message != "" {
		return deterministicError.MatchString(e.Error.Message)
	}
	return false
}

// streamError finds llama.cpp's mid-stream error line ("error: {...}",
// not a data: event, after HTTP 200) and returns the HTTP status and
// OpenAI error body it stands for.
func streamError(data []byte) (int, []byte, bool) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), maxReplyBytes)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		rest, ok := bytes.CutPrefix(line, []byte("error:"))
		if !ok {
			continue
		}
		var e struct {
			Code    any    `json:"code"`
			Message string `json:"message"`
			Type    string `json:"type"`
		}
		if json.Unmarshal(rest, &e) != nil || e.Message == "" {
			continue
		}
		status := http.StatusInternalServerError
		if c, ok := e.Code.(float64); ok && c >= 400 && c < 600 {
			status = int(c)
		}
		body, _ := json.Marshal(map[string]any{"error": map[string]any{"message": e.Message, "type": e.Type, "code": e.Code}})
		return status, body, true
	}
	return 0, nil, false
}
