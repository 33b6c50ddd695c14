package limiter

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"
)

// HTTPDoer is what go-openai sends requests through.
type HTTPDoer interface {
	Do(*http.Request) (*http.Response, error)
}

// Doer sends each HTTP attempt under the limiter and tells it how the
// attempt went. It sits under the engine's retrying transport, so a
// request that waits Retry-After gives its slot back meanwhile.
type Doer struct {
	Next    HTTPDoer
	Limiter *Limiter
}

// maxBody bounds a reply read here; the transport bounds it the same way.
const maxBody = 32 << 20

// Do implements HTTPDoer.
func (d Doer) Do(req *http.Request) (*http.Response, error) {
	start := time.Now()
	done, err := d.Limiter.Acquire(req.Context())
	if err != nil {
		return nil, err
	}
	if err := req.Context().Err(); err != nil {
		done(Outcome{})
		return nil, err
	}
	ctx, cancel := extendDeadline(req.Context(), time.Since(start))
	defer cancel()
	sent := time.Now()
	resp, err := d.Next.Do(req.WithContext(ctx))
	if err != nil {
		done(Outcome{})
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
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

func outcome(resp *http.Response, body []byte, elapsed time.Duration) Outcome {
	switch s := resp.StatusCode; {
	case s == http.StatusTooManyRequests:
		return Outcome{Overloaded: !bytes.Contains(body, []byte("insufficient_quota"))}
	case s == http.StatusServiceUnavailable:
		return Outcome{Overloaded: true}
	case s/100 == 2:
		var r struct {
			Usage struct {
				CompletionTokens int `json:"completion_tokens"`
			} `json:"usage"`
		}
		_ = json.Unmarshal(body, &r) // no usage: the latency is not read
		return Outcome{OK: true, Latency: elapsed, Tokens: r.Usage.CompletionTokens}
	}
	return Outcome{}
}
