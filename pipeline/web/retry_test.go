package web

import (
	"net/http"
	"testing"
	"time"
)

func TestUserAgent(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"v1.2.0", "brief/v1.2.0"},
		{"1.2.3 abc123def456 go1.26.8", "brief/1.2.3"},
		{"(devel) abc123-dirty go1.26.8", "brief/devel"},
		{"", "brief/dev"},
		{"\r\nX-Evil: 1", "brief/X-Evil"},
	} {
		if got := UserAgent(tt.in); got != tt.want {
			t.Errorf("UserAgent(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 30 * time.Second, 30 * time.Second}
	for i, w := range want {
		if got := backoff(i + 1); got != w {
			t.Errorf("backoff(%d) = %s, want %s", i+1, got, w)
		}
	}
	if got := backoff(80); got != 30*time.Second {
		t.Errorf("backoff(80) = %s, want 30s", got)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 14, 6, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"12", 12 * time.Second, true},
		{"0", 0, true},
		{"-5", 0, false},
		{"Thu, 14 Mar 2024 06:01:30 GMT", 90 * time.Second, true},
		{"Thu, 14 Mar 2024 05:00:00 GMT", 0, true},
		{"tomorrow", 0, false},
	} {
		h := http.Header{}
		if tt.in != "" {
			h.Set("Retry-After", tt.in)
		}
		got, ok := retryAfter(h, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
