package web

import (
	"fmt"
	"net/http"
	nurl "net/url"
	"strings"
)

// setValidators makes the request conditional on the stored copy.
func setValidators(h http.Header, prev *stored) {
	if prev.ETag != "" {
		h.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		h.Set("If-Modified-Since", prev.LastModified)
	}
}

// remember stores a feed's validators and body for the next run's
// conditional request; a server that sends neither validator gets none.
func (f *Fetcher) remember(p *Page, h http.Header) {
	etag, lm := h.Get("ETag"), h.Get("Last-Modified")
	if etag == "" && lm == "" {
		return
	}
	r := stored{URL: p.URL, ETag: etag, LastModified: lm, ContentType: p.ContentType, FinalURL: p.FinalURL, Body: p.Body}
	if err := f.opt.Store.save(r); err != nil {
		// The store only saves a request next time: a run never fails for it.
		f.opt.Logger.Debug("validator store", "url", p.URL, "error", err)
	}
}

// fromStore is the stored copy of a feed the server says is unchanged.
func fromStore(name string, prev *stored) *Page {
	return &Page{URL: name, FinalURL: prev.FinalURL, Status: http.StatusNotModified, ContentType: prev.ContentType,
		Kind: Classify(prev.ContentType, prev.Body), Body: prev.Body, FromStore: true}
}

// redactRaw hides the credentials of an address that did not parse as
// an http(s) URL, for the error line.
func redactRaw(raw string) string {
	u, err := nurl.Parse(raw)
	switch {
	case err == nil:
		return u.Redacted()
	case strings.Contains(raw, "@"):
		return "the address" // it may hold credentials
	}
	return fmt.Sprintf("%q", raw)
}
