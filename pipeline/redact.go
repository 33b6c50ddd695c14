package pipeline

import (
	"regexp"
	"strings"
)

// secretLike matches API keys a server may echo back in an error message.
var secretLike = regexp.MustCompile(`\b(sk|key|api)-[A-Za-z0-9_\-]{8,}`)

// Redact removes the API key, and anything shaped like one, from a line.
func Redact(s, key string) string {
	if key != "" {
		s = strings.ReplaceAll(s, key, "[redacted]")
	}
	return secretLike.ReplaceAllString(s, "[redacted]")
}

func (r *Runner) redact(s string) string { return Redact(s, r.cfg.APIKey) }
