// Package web fetches article pages and feeds politely and safely: one
// User-Agent naming brief, a timeout per request, a redirect limit, http
// and https only, a size limit read no further than needed, a bound on
// requests in flight per host, retries with backoff on 429/5xx that honour
// Retry-After, and conditional requests for feeds. Its errors say whether
// the user must fix the address (IsBadInput) or may retry later.
package web

import (
	"io"
	"log/slog"
	"net/http"
	nurl "net/url"
	"regexp"
	"strings"
	"time"

	"brief/pipeline/clock"
)

// Defaults of Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultMaxBytes     = 8 << 20 // the same 8 MiB as a local article
	DefaultPerHost      = 2
	DefaultRetries      = 3
	DefaultMaxRetryWait = 2 * time.Minute
)

// Options tunes a Fetcher; zero values take the defaults, except Retries
// (0: no retry) — start from DefaultOptions.
type Options struct {
	Version      string        // brief's version, named in the User-Agent
	Timeout      time.Duration // one request, body included
	MaxRedirects int
	MaxBytes     int64
	PerHost      int // requests in flight per host
	Retries      int // extra attempts after a 429, a 5xx or a network error
	// MaxRetryWait is the longest Retry-After honoured; a server asking
	// for more ends the fetch as a failure to retry later.
	MaxRetryWait time.Duration
	Store        *Store            // conditional requests for feeds; nil: none
	Transport    http.RoundTripper // nil: a clone of http.DefaultTransport
	Clock        clock.Clock       // waits between attempts, reads Retry-After dates; nil: the real clock
	Logger       *slog.Logger      // retries at debug level; nil: none
}

// DefaultOptions are the options of the brief binary for version.
func DefaultOptions(version string) Options {
	return Options{Version: version, Retries: DefaultRetries}
}

// Fetcher fetches pages; it is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	ua     string
}

// New builds a Fetcher from opt.
func New(opt Options) *Fetcher {
	opt = withDefaults(opt)
	f := &Fetcher{opt: opt, ua: UserAgent(opt.Version)}
	f.client = &http.Client{
		Transport:     newHostLimit(opt.Transport, opt.PerHost),
		CheckRedirect: f.checkRedirect,
	}
	return f
}

func withDefaults(opt Options) Options {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.PerHost <= 0 {
		opt.PerHost = DefaultPerHost
	}
	if opt.MaxRetryWait <= 0 {
		opt.MaxRetryWait = DefaultMaxRetryWait
	}
	if opt.Transport == nil {
		opt.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	opt.Clock = clock.Or(opt.Clock)
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	return opt
}

// notToken is what a User-Agent product version may not hold.
var notToken = regexp.MustCompile(`[^A-Za-z0-9.+_-]+`)

// UserAgent names brief and its version, e.g. "brief/1.2.0"; the version
// is cut to its first word and to the characters a header token allows.
func UserAgent(version string) string {
	v := ""
	if f := strings.Fields(version); len(f) > 0 {
		v = notToken.ReplaceAllString(f[0], "")
	}
	if v == "" {
		v = "dev"
	}
	return "brief/" + v
}

// Page is a fetched document.
type Page struct {
	URL         string // as asked, without credentials
	FinalURL    string // after redirects, without credentials
	Status      int    // 200, or 304 when the stored copy is still current
	ContentType string
	Kind        Kind
	Body        []byte
	FromStore   bool // the server said 304: Body is the stored copy
}

// checkURL accepts absolute http(s) URLs only: a feed item or a redirect
// must never make brief read a local file or speak another protocol.
func checkURL(raw string) (*nurl.URL, error) {
	u, err := nurl.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, ErrScheme
	}
	return u, nil
}

// public is u without credentials: what may be printed or recorded.
func public(u *nurl.URL) string {
	c := *u
	c.User = nil
	return c.String()
}

// PublicURL is raw without credentials, as a Fetcher names it in its
// errors and pages: what may be printed or written.
func PublicURL(raw string) string {
	u, err := nurl.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "the address" // it may hold credentials
	}
	return public(u)
}

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.opt.MaxRedirects {
		return ErrRedirects
	}
	if _, err := checkURL(req.URL.String()); err != nil {
		return err
	}
	return nil
}

// drain reads a little of an error body so the connection can be reused.
func drain(r io.Reader) { _, _ = io.CopyN(io.Discard, r, 4<<10) } // best effort
