package limiter

import (
	"context"
	"runtime"
	"testing"
	"time"
)

func acquire(t *testing.T, l *Limiter, ctx context.Context) func(Outcome) {
	t.Helper()
	done, err := l.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return done
}

func TestLimiter_RefusalSetsLimitToWhatTheServerServes(t *testing.T) {
	l := New(64)
	var dones []func(Outcome)
	for range 9 {
		dones = append(dones, acquire(t, l, context.Background()))
	}
	dones[8](Outcome{Overloaded: true}) // the 9th was refused; 8 are served
	if got := l.Limit(); got != 8 {
		t.Errorf("Limit() after a 429 with 8 others in flight = %d, want 8", got)
	}
	dones[7](Outcome{Overloaded: true}) // same epoch: old news
	if got := l.Limit(); got != 8 {
		t.Errorf("Limit() after a stale 429 = %d, want 8", got)
	}
}

func TestLimiter_HalvesWhenNothingElseIsKnown(t *testing.T) {
	l := New(8)
	done := acquire(t, l, context.Background())
	done(Outcome{Overloaded: true})
	if got := l.Limit(); got != 4 {
		t.Errorf("Limit() = %d, want 4", got)
	}
}

func TestLimiter_GrowsBackOnSuccess(t *testing.T) {
	l := New(4)
	acquire(t, l, context.Background())(Outcome{Overloaded: true}) // 4 -> 2
	for range 40 {
		acquire(t, l, context.Background())(Outcome{OK: true})
	}
	if got := l.Limit(); got != 4 {
		t.Errorf("Limit() after many successes = %d, want the maximum 4", got)
	}
}

func TestLimiter_SlowRepliesLowerTheLimit(t *testing.T) {
	l := New(16)
	var dones []func(Outcome)
	for range 4 {
		dones = append(dones, acquire(t, l, context.Background()))
	}
	dones[0](Outcome{OK: true, Latency: time.Second, Tokens: 100})
	dones[3](Outcome{OK: true, Latency: 4 * time.Second, Tokens: 100}) // queued: 4x slower per token
	if got := l.Limit(); got != 1 {
		t.Errorf("Limit() = %d, want 1 (4 in flight at a quarter of the speed)", got)
	}
}

func TestLimiter_LowerPriorityWaits(t *testing.T) {
	l := New(1)
	first := acquire(t, l, context.Background())
	order := make(chan int, 2)
	start := func(p int) {
		done := acquire(t, l, WithPriority(context.Background(), p))
		order <- p
		done(Outcome{OK: true})
	}
	go start(5)
	for len(l.snapshot()) < 1 {
		runtime.Gosched() // until the goroutine queues
	}
	go start(1)
	for len(l.snapshot()) < 2 {
		runtime.Gosched()
	}
	first(Outcome{OK: true})
	if a, b := <-order, <-order; a != 1 || b != 5 {
		t.Errorf("order = %d, %d; want 1 then 5", a, b)
	}
}

func TestLimiter_CancelWhileWaiting(t *testing.T) {
	l := New(1)
	acquire(t, l, context.Background())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.Acquire(ctx); err == nil {
		t.Error("Acquire with a cancelled context succeeded while full")
	}
}

func (l *Limiter) snapshot() []*waiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]*waiter(nil), l.waiters...)
}
