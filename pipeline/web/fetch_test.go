package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFetch_Page(t *testing.T) {
	s := newSite(t)
	s.handle("/economie/article.html", "text/html; charset=utf-8", htmlPage)
	p, err := fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+"/economie/article.html")
	if err != nil {
		t.Fatal(err)
	}
	if p.Kind != KindHTML || string(p.Body) != htmlPage || p.Status != 200 || p.FinalURL != s.URL+"/economie/article.html" {
		t.Errorf("Fetch = %+v", p)
	}
	r := s.requests("/economie/article.html")[0]
	if got := r.Header.Get("User-Agent"); got != "brief/1.2.3" {
		t.Errorf("User-Agent = %q, want brief/1.2.3", got)
	}
	if got := r.Header.Get("Accept-Language"); !strings.HasPrefix(got, "fr") {
		t.Errorf("Accept-Language = %q, want French first", got)
	}
}

func TestFetch_Kinds(t *testing.T) {
	for _, tt := range []struct {
		name, contentType, body string
		want                    Kind
		err                     error
	}{
		{"html", "text/html; charset=utf-8", htmlPage, KindHTML, nil},
		{"xhtml", "application/xhtml+xml", htmlPage, KindHTML, nil},
		{"html without a type", "", htmlPage, KindHTML, nil},
		{"rss", "application/rss+xml", rssFeed, KindFeed, nil},
		{"rss as text/xml", "text/xml; charset=utf-8", rssFeed, KindFeed, nil},
		{"rss mislabelled text/html", "text/html", rssFeed, KindFeed, nil},
		{"atom", "application/atom+xml", atomFeed, KindFeed, nil},
		{"pdf", "application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj", "", ErrUnsupported},
		{"json", "application/json", `{"title":"Un article","items":[]}`, "", ErrUnsupported},
		{"png", "image/png", "\x89PNG\r\n\x1a\n\x00\x00", "", ErrUnsupported},
		{"plain text", "text/plain; charset=utf-8", "Le chiffre d'affaires a augmenté de 12 %.", "", ErrUnsupported},
		{"empty", "text/html", "", "", ErrEmpty},
		{"blank", "text/html", " \r\n\t", "", ErrEmpty},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			s.handle("/x", tt.contentType, tt.body)
			p, err := fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+"/x")
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !IsBadInput(err) {
					t.Fatalf("Fetch = %v, want %v (bad input)", err, tt.err)
				}
				if len(s.requests("/x")) != 1 {
					t.Errorf("%d requests, want 1: bad input is never retried", len(s.requests("/x")))
				}
				return
			}
			if err != nil || p.Kind != tt.want {
				t.Fatalf("Fetch = %v, %v; want kind %s", p, err, tt.want)
			}
		})
	}
}

func TestFetch_Statuses(t *testing.T) {
	for _, tt := range []struct {
		status   int
		err      error
		bad      bool
		requests int
		waits    []time.Duration
		line     string
	}{
		{404, ErrNotFound, true, 1, nil, ": 404 Not Found: no page at this address; check it"},
		{410, ErrNotFound, true, 1, nil, ": 410 Gone: no page"},
		{403, ErrStatus, true, 1, nil, ": 403 Forbidden: the server refused the request"},
		{401, ErrStatus, true, 1, nil, ": 401 Unauthorized"},
		{500, ErrServer, false, 4, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, ": 500 Internal Server Error: the server failed; try again later after 4 attempts"},
		{503, ErrServer, false, 4, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, ": 503 Service Unavailable"},
		{429, ErrServer, false, 4, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, ": 429 Too Many Requests"},
	} {
		t.Run(fmt.Sprint(tt.status), func(t *testing.T) {
			s := newSite(t)
			s.mux.HandleFunc("/x", func(w http.ResponseWriter, _ *http.Request) {
				http.Error(w, "\x1b[31mserver says no\x1b[0m", tt.status)
			})
			c := &fakeClock{}
			_, err := fetcher(c).Fetch(context.Background(), s.URL+"/x")
			if !errors.Is(err, tt.err) || IsBadInput(err) != tt.bad {
				t.Fatalf("Fetch = %v, want %v (bad input %v)", err, tt.err, tt.bad)
			}
			if !strings.Contains(err.Error(), s.URL+"/x"+tt.line) || strings.Contains(err.Error(), "server says") {
				t.Errorf("error line %q, want %q and nothing the server wrote", err, tt.line)
			}
			if got := len(s.requests("/x")); got != tt.requests {
				t.Errorf("%d requests, want %d", got, tt.requests)
			}
			if diff := cmp.Diff(tt.waits, c.slept()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
		})
	}
}

// failThen fails n times with status (and Retry-After header), then
// serves the page.
func failThen(s *site, n, status int, retryAfter string) {
	calls := 0
	s.mux.HandleFunc("/x", func(w http.ResponseWriter, _ *http.Request) {
		calls++
		if calls <= n {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			w.WriteHeader(status)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(htmlPage))
	})
}

func TestFetch_Retries(t *testing.T) {
	now := time.Date(2024, 3, 14, 6, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name       string
		n, status  int
		retryAfter string
		waits      []time.Duration
	}{
		{"503 twice", 2, 503, "", []time.Duration{time.Second, 2 * time.Second}},
		{"429 retry-after seconds", 1, 429, "7", []time.Duration{7 * time.Second}},
		{"503 retry-after date", 1, 503, now.Add(90 * time.Second).Format(http.TimeFormat), []time.Duration{90 * time.Second}},
		{"429 retry-after past date", 1, 429, now.Add(-time.Hour).Format(http.TimeFormat), []time.Duration{0}},
		{"502 unreadable retry-after", 1, 502, "soon", []time.Duration{time.Second}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			failThen(s, tt.n, tt.status, tt.retryAfter)
			c := &fakeClock{now: now}
			p, err := fetcher(c).Fetch(context.Background(), s.URL+"/x")
			if err != nil || p.Kind != KindHTML {
				t.Fatalf("Fetch = %v, %v", p, err)
			}
			if diff := cmp.Diff(tt.waits, c.slept()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
		})
	}
}

// A server asking for a wait longer than a run should take ends the
// fetch at once, as a failure to retry later.
func TestFetch_RetryAfterTooLong(t *testing.T) {
	s := newSite(t)
	failThen(s, 1, 429, "3600")
	c := &fakeClock{}
	_, err := fetcher(c).Fetch(context.Background(), s.URL+"/x")
	if !errors.Is(err, ErrServer) || IsBadInput(err) || !strings.Contains(err.Error(), "the server asks to wait 1h0m0s") {
		t.Fatalf("Fetch = %v", err)
	}
	if len(c.slept()) != 0 || len(s.requests("/x")) != 1 {
		t.Errorf("waited %v and sent %d requests; want no wait and 1 request", c.slept(), len(s.requests("/x")))
	}
}

func TestFetch_NoRetries(t *testing.T) {
	s := newSite(t)
	failThen(s, 1, 503, "")
	_, err := fetcher(&fakeClock{}, func(o *Options) { o.Retries = 0 }).Fetch(context.Background(), s.URL+"/x")
	if !errors.Is(err, ErrServer) || len(s.requests("/x")) != 1 {
		t.Fatalf("Fetch = %v after %d requests; want ErrServer after 1", err, len(s.requests("/x")))
	}
}
