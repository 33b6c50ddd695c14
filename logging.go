package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"

	"brief/pipeline/secret"
)

// newLogger logs to stderr: warnings by default, debug with --verbose,
// errors only with --quiet or --json. Every line goes through the
// redactor (the key, credentials in URLs, Authorization headers) and
// values are quoted, so what a server sent cannot drive the terminal.
// Warnings read like brief's other lines ("brief: ..."); debug lines are
// slog's key=value text.
func newLogger(w io.Writer, verbose, quiet bool, key string) *slog.Logger {
	level := slog.LevelWarn
	switch {
	case quiet:
		level = slog.LevelError
	case verbose:
		level = slog.LevelDebug
	}
	r := secret.New(key)
	text := slog.NewTextHandler(w, &slog.HandlerOptions{Level: level, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if k := a.Value.Kind(); k == slog.KindString || k == slog.KindAny {
			a.Value = slog.StringValue(r.Redact(a.Value.String()))
		}
		return a
	}})
	return slog.New(&lineHandler{text: text, w: w, mu: &sync.Mutex{}, redact: r})
}

// lineHandler prints warnings and errors as "brief: message" lines and
// hands debug records to slog's text handler.
type lineHandler struct {
	text   slog.Handler
	w      io.Writer
	mu     *sync.Mutex
	redact secret.Redactor
	attrs  []slog.Attr
}

func (h *lineHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.text.Enabled(ctx, l) }

func (h *lineHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level < slog.LevelWarn {
		return h.text.Handle(ctx, r)
	}
	var b strings.Builder
	b.WriteString(r.Message)
	add := func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%s", a.Key, a.Value)
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := fmt.Fprintln(h.w, "brief: "+h.redact.Line(b.String()))
	return err
}

func (h *lineHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.text = h.text.WithAttrs(attrs)
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), attrs...)
	return &c
}

func (h *lineHandler) WithGroup(name string) slog.Handler {
	c := *h
	c.text = h.text.WithGroup(name)
	return &c
}
