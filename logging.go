package main

import (
	"io"
	"log/slog"
)

// newLogger logs to stderr: warnings by default, debug with --verbose,
// errors only with --quiet or --json. The API key is never logged.
func newLogger(w io.Writer, verbose, quiet bool) *slog.Logger {
	level := slog.LevelWarn
	switch {
	case quiet:
		level = slog.LevelError
	case verbose:
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
