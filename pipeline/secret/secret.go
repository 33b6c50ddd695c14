// Package secret is the one redactor: it keeps the API key out of every
// line brief prints or logs and out of every reply it caches or writes.
package secret

import (
	"regexp"
	"strings"
)

// Mask replaces a secret.
const Mask = "[redacted]"

// keyLike matches API keys a server may echo back in an error message.
var keyLike = regexp.MustCompile(`\b(sk|key|api)-[A-Za-z0-9_\-]{8,}`)

// Redactor scrubs one API key.
type Redactor struct{ key string }

// New returns a redactor of key ("" scrubs only what looks like a key).
func New(key string) Redactor { return Redactor{key: key} }

// Line scrubs a line for the terminal or the logs: the key and anything
// shaped like one (a provider's 401 may echo part of a key).
func (r Redactor) Line(s string) string { return keyLike.ReplaceAllString(r.Text(s), Mask) }

// Text scrubs article text (a reply): only the key itself, since a
// translation may well hold words shaped like a key ("key-figures").
func (r Redactor) Text(s string) string {
	if r.key == "" {
		return s
	}
	return strings.ReplaceAll(s, r.key, Mask)
}
