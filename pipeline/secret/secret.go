// Package secret is the one redactor and the one sanitiser of what leaves
// brief as diagnostics: stderr lines, debug logs, doctor's report and the
// --json error field. It keeps the API key, credentials in URLs and
// Authorization headers out of them, and makes text a server sent safe to
// show on a terminal. The product (the briefing) never goes through it: a
// reply holding the key is refused, not scrubbed (see Redactor.In).
package secret

import (
	"regexp"
	"strings"
)

// Mask replaces a secret.
const Mask = "[redacted]"

// MinKeyLength is the shortest key redacted by value: local servers are
// used with placeholder keys ("x", "none", "local") whose letters are
// everywhere in ordinary text, so scrubbing them would blank words without
// protecting anything.
const MinKeyLength = 8

var (
	// keyLike matches API keys a server may echo back in an error message.
	keyLike = regexp.MustCompile(`\b(sk|key|api)-[A-Za-z0-9_\-]{8,}`)
	// urlCredentials matches the user:password@ part of a URL.
	urlCredentials = regexp.MustCompile(`(?i)\b([a-z][a-z0-9+.\-]*://)[^/?#\s@]+@`)
	// authHeader matches a credential header and its value, in a header
	// dump, a JSON echo or a query string.
	authHeader = regexp.MustCompile(`(?i)\b((?:proxy-)?authorization|x-api-key|api-key)(["']?\s*[:=]\s*["']?)(?:(bearer|basic|token)\s+)?[^\s"',;}&]+`)
	// bearer matches a bearer token on its own ("Bearer sk-...").
	bearer = regexp.MustCompile(`(?i)\bbearer\s+[A-Za-z0-9._~+/=\-]{6,}`)
)

// Redactor scrubs one API key and every credential shaped like one.
type Redactor struct{ key string }

// New returns a redactor of key. Spaces around the key are ignored (a key
// pasted with a newline); a key shorter than MinKeyLength is not redacted
// by value, only what looks like a credential is.
func New(key string) Redactor {
	key = strings.TrimSpace(key)
	if len(key) < MinKeyLength {
		key = ""
	}
	return Redactor{key: key}
}

// Redact removes the key, credentials in URLs, Authorization headers and
// key-shaped words from s; line breaks are kept (a logged prompt).
func (r Redactor) Redact(s string) string {
	if r.key != "" {
		s = strings.ReplaceAll(s, r.key, Mask)
	}
	s = urlCredentials.ReplaceAllString(s, "${1}"+Mask+"@")
	s = authHeader.ReplaceAllStringFunc(s, func(m string) string {
		g := authHeader.FindStringSubmatch(m)
		if g[3] != "" {
			return g[1] + g[2] + g[3] + " " + Mask
		}
		return g[1] + g[2] + Mask
	})
	s = bearer.ReplaceAllString(s, "Bearer "+Mask)
	return keyLike.ReplaceAllString(s, Mask)
}

// Line makes s one line for the terminal or the logs: redacted
// (Redact), then cleaned of control characters and escape sequences, line
// breaks folded, at most MaxLine characters (Clean).
func (r Redactor) Line(s string) string { return Clean(r.Redact(s), MaxLine) }

// In reports whether text holds the key itself (a key of MinKeyLength or
// more): a model reply that does is refused, never shown or cached.
func (r Redactor) In(text string) bool { return r.key != "" && strings.Contains(text, r.key) }

// URL returns a URL for display: without the user:password@ part.
func URL(u string) string { return urlCredentials.ReplaceAllString(u, "${1}"+Mask+"@") }
