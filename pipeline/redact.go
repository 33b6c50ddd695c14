package pipeline

import "brief/pipeline/secret"

// Redact removes the API key, and anything shaped like one, from a line.
func Redact(s, key string) string { return secret.New(key).Line(s) }

func (r *Runner) redact(s string) string { return Redact(s, r.cfg.APIKey) }
