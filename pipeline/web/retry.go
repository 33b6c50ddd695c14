package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryable statuses: the server is busy or failing, and may not be the
// next time.
func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500
}

// backoff is the wait before attempt n (1 for the first retry): 1s, 2s,
// 4s... capped at 30s. No jitter: a run fetches a few pages per host.
func backoff(n int) time.Duration {
	d := time.Second << (n - 1)
	if n > 6 || d > 30*time.Second {
		return 30 * time.Second
	}
	return d
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date
// relative to now; ok is false when absent or unreadable.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0, false
		}
		return time.Duration(s) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if d := t.Sub(now); d > 0 {
		return d, true
	}
	return 0, true
}
