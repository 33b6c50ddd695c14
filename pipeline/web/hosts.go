package web

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
)

// hostLimit is a RoundTripper that lets at most n requests per host be in
// flight, counting a request until its body is closed, so redirects to
// another host count there.
type hostLimit struct {
	next http.RoundTripper
	n    int
	mu   sync.Mutex
	sems map[string]chan struct{}
}

func newHostLimit(next http.RoundTripper, n int) *hostLimit {
	return &hostLimit{next: next, n: n, sems: map[string]chan struct{}{}}
}

func (h *hostLimit) sem(host string) chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	s, ok := h.sems[host]
	if !ok {
		s = make(chan struct{}, h.n)
		h.sems[host] = s
	}
	return s
}

// acquire takes a slot for host, or gives up when ctx ends; release
// gives it back.
func (h *hostLimit) acquire(ctx context.Context, host string) (release func(), err error) {
	s := h.sem(strings.ToLower(host))
	select {
	case s <- struct{}{}:
		var once sync.Once
		return func() { once.Do(func() { <-s }) }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// RoundTrip waits for a slot of the request's host.
func (h *hostLimit) RoundTrip(req *http.Request) (*http.Response, error) {
	release, err := h.acquire(req.Context(), req.URL.Host)
	if err != nil {
		return nil, err
	}
	resp, err := h.next.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releaseBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

// releaseBody frees the host's slot when the body is closed.
type releaseBody struct {
	io.ReadCloser
	release func()
}

func (b *releaseBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}
