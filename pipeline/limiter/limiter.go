// Package limiter bounds the API requests in flight with one adaptive
// limit shared by every chunk and summary of every input: it backs off
// when the server refuses (429, 503) or queues (latency grows), and grows
// again while requests succeed, never past the user's --concurrency.
package limiter

import (
	"context"
	"sync"
	"time"
)

// Outcome is how a request went, as the limiter learns from it.
type Outcome struct {
	Overloaded bool          // 429 (not a quota) or 503: the server is at its limit
	OK         bool          // a 2xx reply
	Latency    time.Duration // for OK replies
	Tokens     int           // completion tokens of an OK reply; latency is read per token
}

// Pace is the gap between two requests that take the in-flight count past
// the most the server has been seen to serve: a fast start that still
// learns a server's cap from one refusal instead of a burst of them.
const Pace = 20 * time.Millisecond

// minTokens is the smallest reply whose latency per token says anything:
// below it the time to first token dominates.
const minTokens = 32

// slowFactor is how much slower per token than the best seen a reply must
// be to count as queued behind others.
const slowFactor = 2.0

// probeWindows is how many windows of successes it takes to grow one
// request past a level the server refused.
const probeWindows = 4

// Limiter is the shared bound. The zero value is not usable; use New.
type Limiter struct {
	mu       sync.Mutex
	max      int
	limit    float64
	inFlight int
	proven   int     // most requests in flight while one was started and succeeded
	ceiling  float64 // the level of the last refusal; 0: none
	epoch    int     // bumped at each decrease; older requests' news is stale
	best     float64 // seconds per token, the fastest reply seen
	lastPace time.Time
	waiters  []*waiter
	changed  chan struct{}
	seq      uint64
	now      func() time.Time
	stats    Stats
}

// Stats counts what the limiter saw.
type Stats struct {
	Requests   int
	Overloaded int
	Decreases  int
	MinLimit   int
}

type waiter struct {
	prio int
	seq  uint64
}

// New returns a limiter that never lets more than max requests out at once.
func New(n int) *Limiter {
	n = max(1, n)
	return &Limiter{max: n, limit: float64(n), proven: min(n, 4), changed: make(chan struct{}),
		now: time.Now, stats: Stats{MinLimit: n}}
}

// Limit returns the current bound.
func (l *Limiter) Limit() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return int(l.limit)
}

// Stats returns the counts so far.
func (l *Limiter) Stats() Stats {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stats
}

type prioKey struct{}

// WithPriority marks the requests made under ctx: a lower number goes
// first among waiting requests (inputs in order, so early inputs finish
// early and their summaries are not stuck behind later inputs' chunks).
func WithPriority(ctx context.Context, p int) context.Context {
	return context.WithValue(ctx, prioKey{}, p)
}

func priority(ctx context.Context) int {
	p, _ := ctx.Value(prioKey{}).(int) // no priority: 0, first
	return p
}

// Acquire waits for a slot; done must be called with the outcome.
func (l *Limiter) Acquire(ctx context.Context) (done func(Outcome), err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.seq++
	w := &waiter{prio: priority(ctx), seq: l.seq}
	l.waiters = append(l.waiters, w)
	for {
		wait, ok := l.tryStart(w)
		if ok {
			break
		}
		ch := l.changed
		l.mu.Unlock()
		if !sleep(ctx, ch, wait) {
			l.mu.Lock()
			l.remove(w)
			l.broadcast()
			l.mu.Unlock()
			return nil, ctx.Err()
		}
		l.mu.Lock()
	}
	l.remove(w)
	l.inFlight++
	l.stats.Requests++
	startedWith, epoch, start := l.inFlight, l.epoch, l.now()
	l.broadcast()
	l.mu.Unlock()
	return func(o Outcome) { l.finish(o, startedWith, epoch, l.now().Sub(start)) }, nil
}

// tryStart reports whether w may start now, or how long to wait before
// asking again (0: until something changes).
func (l *Limiter) tryStart(w *waiter) (time.Duration, bool) {
	for _, o := range l.waiters {
		if o != w && (o.prio < w.prio || o.prio == w.prio && o.seq < w.seq) {
			return 0, false // someone ahead of w waits
		}
	}
	if l.inFlight >= int(l.limit) {
		return 0, false
	}
	if l.inFlight >= l.proven {
		if gap := Pace - l.now().Sub(l.lastPace); gap > 0 {
			return gap, false
		}
		l.lastPace = l.now()
	}
	return 0, true
}

func (l *Limiter) finish(o Outcome, startedWith, epoch int, elapsed time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	defer l.broadcast()
	accepted := l.inFlight - 1 // the others in flight, which the server took
	l.inFlight--
	switch {
	case o.Overloaded:
		l.stats.Overloaded++
		if epoch != l.epoch {
			return // a request sent before the last decrease: old news
		}
		next := l.limit / 2
		if a := float64(accepted); a >= 1 && a < l.limit {
			next = a // the server demonstrably serves this many
		}
		l.ceiling = l.limit
		l.decrease(next)
	case o.OK:
		if o.Latency > 0 && o.Tokens >= minTokens {
			perToken := o.Latency.Seconds() / float64(o.Tokens)
			if l.best == 0 || perToken < l.best {
				l.best = perToken
			}
			if perToken > slowFactor*l.best && epoch == l.epoch {
				// Queued behind others (llama.cpp queues instead of
				// refusing): keep what the server serves at full speed.
				l.decrease(max(1, float64(startedWith)*l.best/perToken))
				return
			}
		}
		l.proven = max(l.proven, startedWith)
		step := 1 / l.limit
		if l.ceiling > 0 && l.limit+step > l.ceiling-1 {
			step /= probeWindows
		}
		l.limit = min(float64(l.max), l.limit+step)
	}
}

func (l *Limiter) decrease(to float64) {
	to = max(1, to)
	if to >= l.limit {
		return
	}
	l.limit = to
	l.epoch++
	l.stats.Decreases++
	l.stats.MinLimit = min(l.stats.MinLimit, int(to))
	l.proven = min(l.proven, int(to))
}

// sleep waits for a change, wait (when > 0) or the end of ctx; false
// means ctx ended.
func sleep(ctx context.Context, changed <-chan struct{}, wait time.Duration) bool {
	var timer <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-changed:
	case <-timer:
	case <-ctx.Done():
		return false
	}
	return true
}

func (l *Limiter) remove(w *waiter) {
	for i, o := range l.waiters {
		if o == w {
			l.waiters = append(l.waiters[:i], l.waiters[i+1:]...)
			return
		}
	}
}

func (l *Limiter) broadcast() {
	close(l.changed)
	l.changed = make(chan struct{})
}
