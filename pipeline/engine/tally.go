package engine

import (
	"context"
	"sync/atomic"
)

// Tally counts what the engine calls of one input did: HTTP requests sent
// (retries included) and replies answered from the cache. The Usage of a
// Document counts the replies it is made of, cached or not, so that a
// rerun writes the same front matter; a Tally says what this run spent.
type Tally struct{ requests, cacheHits atomic.Int64 }

type tallyKey struct{}

// WithTally returns ctx carrying t: the engine calls made with it count
// into t.
func WithTally(ctx context.Context, t *Tally) context.Context {
	return context.WithValue(ctx, tallyKey{}, t)
}

// CountRequest counts one request sent, if ctx carries a Tally.
func CountRequest(ctx context.Context) {
	if t, ok := ctx.Value(tallyKey{}).(*Tally); ok {
		t.requests.Add(1)
	}
}

// CountCacheHit counts one reply answered from the cache, if ctx carries
// a Tally.
func CountCacheHit(ctx context.Context) {
	if t, ok := ctx.Value(tallyKey{}).(*Tally); ok {
		t.cacheHits.Add(1)
	}
}

// Requests is the number of requests sent.
func (t *Tally) Requests() int { return int(t.requests.Load()) }

// CacheHits is the number of replies answered from the cache.
func (t *Tally) CacheHits() int { return int(t.cacheHits.Load()) }
