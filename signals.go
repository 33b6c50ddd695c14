package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// interrupt is the cause of a run cancelled by a signal: SIGINT (Ctrl-C),
// SIGTERM (CI cancelling a job, kill) and SIGHUP (the terminal closed) all
// end a run the same way, each with its own exit code.
type interrupt struct{ sig syscall.Signal }

func (i interrupt) Error() string { return "interrupted by " + signalName(i.sig) }

// code is the shell's convention for a process ended by a signal:
// 128 + the signal number (130, 143, 129).
func (i interrupt) code() int { return 128 + int(i.sig) }

func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	}
	return "SIGINT"
}

// withSignals returns a context cancelled, with an interrupt as its cause,
// by the first SIGINT, SIGTERM or SIGHUP. After the first one the signals
// get their default action again, so a second Ctrl-C ends a stuck process
// at once.
func withSignals(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			sig, ok := s.(syscall.Signal)
			if !ok {
				sig = syscall.SIGINT
			}
			cancel(interrupt{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// interruptOf says how the run was interrupted: by the signal that
// cancelled ctx, else (a cancel without a signal, as in tests) like
// Ctrl-C.
func interruptOf(ctx context.Context) interrupt {
	var i interrupt
	if errors.As(context.Cause(ctx), &i) {
		return i
	}
	return interrupt{syscall.SIGINT}
}
