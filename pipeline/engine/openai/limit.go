package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/limiter"
)

// limited sends each HTTP attempt under the shared limiter and tells it
// how the attempt went. It sits under the retrying transport, so a request
// that waits Retry-After gives its slot back meanwhile.
type limited struct {
	next goopenai.HTTPDoer
	lim  *limiter.Limiter
}

func (d limited) Do(req *http.Request) (*http.Response, error) {
	start := time.Now()
	done, err := d.lim.Acquire(req.Context())
	if err != nil {
		return nil, err
	}
	if err := req.Context().Err(); err != nil {
		done(limiter.Outcome{})
		return nil, err
	}
	ctx, cancel := extendDeadline(req.Context(), time.Since(start))
	defer cancel()
	sent := time.Now()
	resp, err := d.next.Do(req.WithContext(ctx))
	if err != nil {
		done(limiter.Outcome{})
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxReplyBytes))
	_ = resp.Body.Close() // read in full or failed; nothing left to flush
	resp.Body = io.NopCloser(bytes.NewReader(data))
	done(outcome(resp, data, time.Since(sent)))
	return resp, err
}

// extendDeadline gives the request back the time it waited for a slot, so
// --timeout bounds the server's answer, not the queue in front of it. A
// cancelled run still cancels the request.
func extendDeadline(ctx context.Context, waited time.Duration) (context.Context, context.CancelFunc) {
	dl, ok := ctx.Deadline()
	if !ok || waited <= 0 {
		return context.WithCancel(ctx)
	}
	out, cancel := context.WithDeadline(context.WithoutCancel(ctx), dl.Add(waited))
	stop := context.AfterFunc(ctx, func() {
		if ctx.Err() == context.Canceled {
			cancel()
		}
	})
	return out, func() { stop(); cancel() }
}

// outcome is what the limiter learns from a reply: a 429 that is not a
// quota, or a 503, means the server is at its limit; a 2xx's latency per
// completion token tells a queueing server.
func outcome(resp *http.Response, body []byte, elapsed time.Duration) limiter.Outcome {
	switch s := resp.StatusCode; {
	case s == http.StatusTooManyRequests:
		return limiter.Outcome{Overloaded: !quotaBody(body)}
	case s == http.StatusServiceUnavailable:
		// A model still loading says nothing of the server's capacity.
		return limiter.Outcome{Overloaded: !loadingMessage.Match(body)}
	case s/100 == 2:
		var r struct {
			Usage struct {
				CompletionTokens int `json:"completion_tokens"`
			} `json:"usage"`
		}
		_ = json.Unmarshal(body, &r) // no usage: the latency is not read
		return limiter.Outcome{OK: true, Latency: elapsed, Tokens: r.Usage.CompletionTokens}
	}
	return limiter.Outcome{}
}
