package main

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"brief/pipeline"
)

// apiKey is OPENAI_API_KEY, refused (exit 2, the key never shown) when it
// holds a line break, a space or a control character: trimming it
// silently would send another key than the one configured, and sending it
// as is fails every request with a confusing transport error. The usual
// cause is a key file read with its final newline.
func apiKey(getenv func(string) string) (string, error) {
	key := getenv("OPENAI_API_KEY")
	where := "anywhere in it"
	switch {
	case strings.TrimRight(key, "\r\n") != key:
		where = "at its end"
	case strings.TrimSpace(key) != key:
		where = "at its start or end"
	}
	for _, r := range key {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			what := "a space or control character"
			if r == '\n' || r == '\r' {
				what = "a line break"
			}
			return "", fmt.Errorf("%w: OPENAI_API_KEY has %s %s; set it without one, e.g. export OPENAI_API_KEY=\"$(tr -d '\\r\\n' < keyfile)\", or one line KEY=value in .env",
				pipeline.ErrConfig, what, where)
		}
	}
	return key, nil
}

// baseURL is --base-url (or OPENAI_BASE_URL) when it is empty or an
// absolute http(s) URL; anything else is refused before any request,
// without echoing it, since it may carry a password.
func baseURL(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.Opaque == "" {
		return raw, nil
	}
	why := "it is not an http:// or https:// address"
	if !strings.Contains(raw, "://") {
		why = "it does not start with http:// or https://"
	} else if err == nil && u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		why = fmt.Sprintf("scheme %q is not http or https", u.Scheme)
	}
	return "", fmt.Errorf("%w: the base URL (--base-url or OPENAI_BASE_URL) is malformed: %s; give one like http://localhost:8080/v1 or https://api.openai.com/v1",
		pipeline.ErrConfig, why)
}
