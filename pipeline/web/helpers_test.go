package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// site is a fake web server that records the requests it received.
type site struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	seen []*http.Request
}

func newSite(t *testing.T) *site {
	s := &site{mux: http.NewServeMux()}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.seen = append(s.seen, r.Clone(context.Background()))
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// handle serves body with contentType at path.
func (s *site) handle(path, contentType, body string) {
	s.mux.HandleFunc(path, func(w http.ResponseWriter, _ *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		_, _ = w.Write([]byte(body))
	})
}

// requests returns the requests received for path.
func (s *site) requests(path string) []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*http.Request
	for _, r := range s.seen {
		if r.URL.Path == path {
			out = append(out, r)
		}
	}
	return out
}

// fakeClock records the waits asked of it and never waits; onSleep, when
// set, runs at each wait.
type fakeClock struct {
	mu      sync.Mutex
	waits   []time.Duration
	now     time.Time
	onSleep func()
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.waits = append(c.waits, d)
	c.mu.Unlock()
	if c.onSleep != nil {
		c.onSleep()
	}
	return ctx.Err()
}

func (c *fakeClock) slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.waits...)
}

// fetcher is a Fetcher with the fake clock and 3 retries.
func fetcher(c *fakeClock, edit ...func(*Options)) *Fetcher {
	opt := DefaultOptions("1.2.3 abc123 go1.26")
	opt.Clock = c
	for _, e := range edit {
		e(&opt)
	}
	return New(opt)
}

const htmlPage = `<!DOCTYPE html><html lang="fr"><head><title>Un article</title></head><body><article><p>Le chiffre d'affaires a augmenté de 12 % en 2023.</p></article></body></html>`

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Économie</title><link>https://example.fr/</link>
<item><title>Un article</title><link>https://example.fr/a.html</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Planète</title><id>urn:x</id><updated>2024-03-15T08:00:00Z</updated>
<entry><title>Sécheresse</title><id>urn:y</id><updated>2024-03-15T08:00:00Z</updated><link href="https://example.fr/b.html"/></entry></feed>`
