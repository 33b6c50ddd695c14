package web

import (
	"mime"
	"net/http"
	"strings"

	"brief/pipeline/feed"
)

// Kind is what a fetched document is, for the caller to route it.
type Kind string

// The kinds of document a fetch can return.
const (
	KindHTML  Kind = "html"
	KindFeed  Kind = "feed"
	KindOther Kind = "other"
)

// Classify tells an article page from a feed from anything else, by the
// content first: servers label feeds text/xml, text/html or octet-stream,
// and some send pages with no type at all.
func Classify(contentType string, body []byte) Kind {
	if _, ok := feed.Detect(body); ok {
		return KindFeed
	}
	switch mediaType(contentType) {
	case "text/html", "application/xhtml+xml":
		return KindHTML
	case "", "text/plain", "application/octet-stream", "binary/octet-stream":
		if strings.HasPrefix(http.DetectContentType(body), "text/html") {
			return KindHTML
		}
	}
	return KindOther
}

// mediaType is the lowercased type of a Content-Type header without its
// parameters; "" when absent or malformed. It only ever holds token
// characters, so it is safe to print.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(mt)
}
