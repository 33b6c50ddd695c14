package apertium

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// However many chunks are in flight, at most n pivots run at once: a call
// past the bound waits for a slot and never starts when its context ends.
func TestLimited_BoundsRuns(t *testing.T) {
	const n = 3
	var entered atomic.Int32
	in := make(chan struct{})
	release := make(chan struct{})
	run := limited(n, func(context.Context, string) (string, error) {
		entered.Add(1)
		in <- struct{}{}
		<-release
		return "ok", nil
	})
	done := make(chan error, n)
	for range n {
		go func() { _, err := run(context.Background(), "x"); done <- err }()
	}
	for range n {
		<-in
	}
	ctx, cancel := context.WithCancel(context.Background())
	extra := make(chan error, 1)
	go func() { _, err := run(ctx, "x"); extra <- err }()
	cancel()
	select {
	case err := <-extra:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("a run past the bound returned %v, want context.Canceled", err)
		}
	case <-in:
		t.Errorf("a run past the bound of %d started", n)
		<-extra
	}
	close(release)
	for range n {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	if got := entered.Load(); got != n {
		t.Errorf("%d runs started, want %d", got, n)
	}
}
