package openai

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
	"golang.org/x/time/rate"

	"brief/pipeline/clock"
	"brief/pipeline/engine"
)

// Retry defaults: the first wait is up to BaseDelay, doubling per attempt
// up to MaxDelay; a server's Retry-After is honoured up to MaxDelay too.
const (
	DefaultRetries   = 4
	DefaultBaseDelay = 500 * time.Millisecond
	DefaultMaxDelay  = 60 * time.Second
	// maxReplyBytes bounds what one reply may weigh in memory.
	maxReplyBytes = 32 << 20
)

// Policy configures the transport: retries, timeouts and client-side
// rate limits. The zero value of each field means its default.
type Policy struct {
	Retries   int           // extra attempts after the first; <0 means 0
	Timeout   time.Duration // one attempt, from sending to the last byte
	BaseDelay time.Duration
	MaxDelay  time.Duration
	RPM       int            // requests per minute; 0: unlimited
	TPM       int            // tokens per minute, estimated from the request size; 0: unlimited
	Clock     clock.Clock    // waits and the time; nil: the real clock
	Jitter    func() float64 // in [0,1); full jitter
	Logger    *slog.Logger   // debug lines for attempts and retries; nil: none
}

// transport is the HTTPDoer under go-openai: it retries what is worth
// retrying, waits as the server asks, times out each attempt and keeps
// the client under its rate limits.
type transport struct {
	next        goopenai.HTTPDoer
	p           Policy
	rpm         *rate.Limiter
	tpm         *rate.Limiter
	loadingOnce sync.Once // "the server is loading its model" is said once
}

func newTransport(next goopenai.HTTPDoer, p Policy) *transport {
	if p.BaseDelay <= 0 {
		p.BaseDelay = DefaultBaseDelay
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = DefaultMaxDelay
	}
	p.Clock = clock.Or(p.Clock)
	if p.Jitter == nil {
		p.Jitter = rand.Float64
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
	t := &transport{next: next, p: p}
	if p.RPM > 0 {
		t.rpm = rate.NewLimiter(rate.Limit(float64(p.RPM)/60), 1)
	}
	if p.TPM > 0 {
		t.tpm = rate.NewLimiter(rate.Limit(float64(p.TPM)/60), p.TPM)
	}
	return t
}

// budget is the number of requests one engine call may still send; the
// transport's retries and the engine's reply checks share it, so a chunk
// is never sent more than retries+1 times.
type budget struct{ left atomic.Int64 }

type budgetKey struct{}

func withBudget(ctx context.Context, n int) (context.Context, *budget) {
	b := &budget{}
	b.left.Store(int64(n))
	return context.WithValue(ctx, budgetKey{}, b), b
}

func (b *budget) take() bool { return b.left.Add(-1) >= 0 }
func (b *budget) more() bool { return b.left.Load() > 0 }

// ErrMalformed reports a 200 reply whose body is not valid JSON.
var ErrMalformed = errors.New("the server sent a malformed JSON reply")

// ErrTimeout reports an attempt that got no complete reply within
// --timeout.
var ErrTimeout = errors.New("no complete reply within --timeout")

func (t *transport) Do(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	body, err := requestBody(req)
	if err != nil {
		return nil, err
	}
	b, ok := ctx.Value(budgetKey{}).(*budget)
	if !ok {
		_, b = withBudget(ctx, max(0, t.p.Retries)+1)
	}
	chat := strings.HasSuffix(req.URL.Path, "/chat/completions")
	var load loadWait
	for n := 0; ; {
		if chat {
			// The rate limits are the API's: /props and the like are free.
			if err := t.limit(ctx, len(body)); err != nil {
				return nil, err
			}
			engine.CountRequest(ctx)
		}
		start := t.p.Clock.Now()
		resp, err := t.attempt(req, body)
		if err == nil && loadingReply(resp) {
			// Not a failure: the server answers once its model is in
			// memory. The wait does not spend the retry budget.
			if err := t.waitLoading(ctx, &load); err != nil {
				return nil, err
			}
			continue
		}
		b.take()
		wait, retry := t.judge(n, resp, err)
		t.log(n, start, resp, err, wait, retry && b.more())
		if !retry || !b.more() || ctx.Err() != nil {
			return resp, err
		}
		if err := t.p.Clock.Sleep(ctx, wait); err != nil {
			return nil, err
		}
		n++
	}
}

// log writes one debug line per attempt: status or error, time taken and,
// when it will be retried, the wait. Never headers or bodies (the key).
func (t *transport) log(n int, start time.Time, resp *http.Response, err error, wait time.Duration, retrying bool) {
	attrs := []any{"attempt", n + 1, "ms", t.p.Clock.Now().Sub(start).Milliseconds()}
	if resp != nil {
		attrs = append(attrs, "status", resp.StatusCode)
	}
	if err != nil {
		attrs = append(attrs, "error", err.Error())
	}
	if retrying {
		attrs = append(attrs, "retry_in", wait.Round(time.Millisecond).String())
	}
	t.p.Logger.Debug("http", attrs...)
}

func requestBody(req *http.Request) ([]byte, error) {
	if req.Body == nil {
		return nil, nil
	}
	rc := req.Body
	if req.GetBody != nil {
		_ = req.Body.Close() // GetBody gives a fresh copy; the original is unread
		var err error
		if rc, err = req.GetBody(); err != nil {
			return nil, err
		}
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// limit waits for the rate limiters, with the injected clock.
func (t *transport) limit(ctx context.Context, size int) error {
	for _, l := range []struct {
		lim *rate.Limiter
		n   int
	}{{t.rpm, 1}, {t.tpm, min(t.p.TPM, size/3+1)}} {
		if l.lim == nil {
			continue
		}
		now := t.p.Clock.Now()
		r := l.lim.ReserveN(now, l.n)
		if err := t.p.Clock.Sleep(ctx, r.DelayFrom(now)); err != nil {
			r.CancelAt(t.p.Clock.Now())
			return err
		}
	}
	return nil
}

// attempt sends one request under the per-attempt timeout and reads the
// whole reply, so a server that stalls mid-body also times out.
func (t *transport) attempt(req *http.Request, body []byte) (*http.Response, error) {
	ctx, cancel := req.Context(), context.CancelFunc(func() {})
	if t.p.Timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, t.p.Timeout)
	}
	defer cancel()
	r := req.Clone(ctx)
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	r.ContentLength = int64(len(body))
	resp, err := t.next.Do(r)
	if err == nil {
		var data []byte
		data, err = io.ReadAll(io.LimitReader(resp.Body, maxReplyBytes))
		_ = resp.Body.Close() // fully read or failed; nothing left to flush
		resp.Body = io.NopCloser(bytes.NewReader(data))
		if err == nil {
			resp, err = t.inspect(resp, data)
		}
	}
	if err != nil {
		// The attempt's own deadline, even when a sibling's failure has
		// cancelled the run since: its cause is still --timeout. A run
		// cancelled first (a signal, a sibling) leaves ctx Canceled. The
		// limiter below may give the request back the time it queued, so
		// its deadline can fire a moment before ctx records its own: a
		// deadline error is --timeout's unless the run was cancelled.
		if errors.Is(ctx.Err(), context.DeadlineExceeded) ||
			errors.Is(err, context.DeadlineExceeded) && !errors.Is(req.Context().Err(), context.Canceled) {
			return nil, fmt.Errorf("%w (%s)", ErrTimeout, t.p.Timeout)
		}
		return nil, err
	}
	return resp, nil
}

// judge says whether an attempt is worth repeating and after how long.
func (t *transport) judge(n int, resp *http.Response, err error) (time.Duration, bool) {
	if err != nil {
		return t.backoff(n), true // connection refused or reset, timeout, malformed body
	}
	switch s := resp.StatusCode; {
	case s == http.StatusTooManyRequests:
		if quotaReply(resp) {
			return 0, false
		}
	case s >= 500 && deterministicReply(resp):
		return 0, false
	case s == http.StatusRequestTimeout, s == http.StatusConflict, s >= 500:
	default:
		return 0, false
	}
	if d, ok := serverWait(resp.Header, t.p.Clock.Now()); ok {
		return min(d, t.p.MaxDelay), true
	}
	return t.backoff(n), true
}

// backoff is exponential with full jitter: a random wait between 0 and
// BaseDelay*2^n, capped at MaxDelay.
func (t *transport) backoff(n int) time.Duration {
	ceil := float64(t.p.BaseDelay) * math.Pow(2, float64(min(n, 30)))
	ceil = min(ceil, float64(t.p.MaxDelay))
	return time.Duration(t.p.Jitter() * ceil)
}

// serverWait reads how long the server asks to wait: Retry-After (seconds
// or an HTTP date), or OpenAI's x-ratelimit-reset-requests/-tokens
// durations ("1s", "6m0s", "20ms"); the longest wins.
func serverWait(h http.Header, now time.Time) (time.Duration, bool) {
	var d time.Duration
	found := false
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 {
			d, found = time.Duration(secs*float64(time.Second)), true
		} else if at, err := http.ParseTime(v); err == nil {
			d, found = max(0, at.Sub(now)), true
		}
	}
	for _, k := range []string{"x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"} {
		if v, err := time.ParseDuration(strings.TrimSpace(h.Get(k))); err == nil && v >= 0 {
			d, found = max(d, v), true
		}
	}
	return d, found
}
