package web

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net/http"
	nurl "net/url"
	"time"
)

// accept prefers what brief reads: article pages and feeds.
const accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,*/*;q=0.5"

// outcome is one attempt's result.
type outcome struct {
	page   *Page
	status int
	header http.Header
	err    error // wraps an Err* value
	retry  bool  // the same request may succeed later
}

// Fetch gets the document at rawURL, retrying what may succeed later.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, &Error{URL: redactRaw(rawURL), Err: err}
	}
	name := public(u)
	var prev *stored
	if f.opt.Store != nil {
		prev, _ = f.opt.Store.load(name)
	}
	for attempt := 1; ; attempt++ {
		o := f.once(ctx, u, name, prev)
		if o.err == nil {
			return o.page, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", name, ctx.Err())
		}
		e := &Error{URL: name, Status: o.status, Attempts: attempt, Err: o.err}
		if !o.retry || attempt > f.opt.Retries {
			e.Err = fmt.Errorf("%w%s", o.err, attemptsNote(attempt))
			return nil, e
		}
		wait := backoff(attempt)
		if d, ok := retryAfter(o.header, f.opt.Clock.Now()); ok {
			if d > f.opt.MaxRetryWait {
				e.Err = fmt.Errorf("%w (the server asks to wait %s)", o.err, d.Round(time.Second))
				return nil, e
			}
			wait = d
		}
		f.opt.Logger.Debug("fetch retry", "url", name, "attempt", attempt+1, "wait", wait, "reason", o.err)
		if err := f.opt.Clock.Sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
}

// once sends one request and reads its answer under the timeout.
func (f *Fetcher) once(ctx context.Context, u *nurl.URL, name string, prev *stored) outcome {
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return outcome{err: ErrScheme}
	}
	req.Header.Set("User-Agent", f.ua)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
	if prev != nil {
		setValidators(req.Header, prev)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return transportOutcome(err, f.opt.Timeout)
	}
	defer resp.Body.Close()
	o := outcome{status: resp.StatusCode, header: resp.Header}
	switch st := resp.StatusCode; {
	case st == http.StatusNotModified && prev != nil:
		o.page = fromStore(name, prev)
	case st >= 200 && st < 300:
		o.page, o.retry, o.err = f.read(resp, name)
	case st == http.StatusNotFound || st == http.StatusGone:
		o.err = fmt.Errorf("%s: %w", statusLine(st), ErrNotFound)
	case retryable(st):
		o.err, o.retry = fmt.Errorf("%s: %w", statusLine(st), ErrServer), true
	case st >= 400 && st < 500:
		o.err = fmt.Errorf("%s: %w", statusLine(st), ErrStatus)
	default:
		o.err = fmt.Errorf("unexpected %s: %w", statusLine(st), ErrServer)
	}
	if o.err != nil {
		drain(resp.Body)
	}
	return o
}

// statusLine is the status in our own words: the server's reason phrase
// is never printed.
func statusLine(st int) string {
	if t := http.StatusText(st); t != "" {
		return fmt.Sprintf("%d %s", st, t)
	}
	return fmt.Sprintf("status %d", st)
}

// transportOutcome classifies an error from the client: a refused
// redirect is final, a network error may pass.
func transportOutcome(err error, timeout time.Duration) outcome {
	for _, final := range []error{ErrRedirects, ErrScheme} {
		if errors.Is(err, final) {
			return outcome{err: final}
		}
	}
	var cert *tls.CertificateVerificationError
	if errors.As(err, &cert) {
		return outcome{err: fmt.Errorf("%v: %w", cert.Err, ErrNetwork)}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return outcome{err: fmt.Errorf("no answer within %s: %w", timeout, ErrNetwork), retry: true}
	}
	var ue *nurl.Error
	if errors.As(err, &ue) {
		err = ue.Err // its text repeats the URL
	}
	return outcome{err: fmt.Errorf("%v: %w", err, ErrNetwork), retry: true}
}

// read takes the body up to the size limit and checks what it is.
func (f *Fetcher) read(resp *http.Response, name string) (*Page, bool, error) {
	limit := f.opt.MaxBytes
	tooLarge := fmt.Errorf("more than %d MiB: %w", limit>>20, ErrTooLarge)
	if resp.ContentLength > limit {
		return nil, false, tooLarge // refused before reading a byte
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, true, fmt.Errorf("the page was cut: %v: %w", err, ErrNetwork)
	}
	if int64(len(body)) > limit {
		return nil, false, tooLarge
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, false, ErrEmpty
	}
	ct := resp.Header.Get("Content-Type")
	kind := Classify(ct, body)
	if kind == KindOther {
		return nil, false, fmt.Errorf("%s: %w", describeType(ct), ErrUnsupported)
	}
	p := &Page{URL: name, FinalURL: public(resp.Request.URL), Status: resp.StatusCode, ContentType: ct, Kind: kind, Body: body}
	if kind == KindFeed && f.opt.Store != nil {
		f.remember(p, resp.Header)
	}
	return p, false, nil
}

func describeType(contentType string) string {
	if mt := mediaType(contentType); mt != "" {
		return mt
	}
	return "content of unknown type"
}
