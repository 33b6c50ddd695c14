package run

import (
	"context"

	"brief/pipeline"
)

// cancellable runs read and returns its result, or ctx's error as soon as
// ctx is cancelled. Opening a FIFO with no writer and reading a terminal
// or a pipe block in the kernel, out of reach of a context, so the read
// runs on its own goroutine; on a cancel that goroutine is left blocked
// until its input moves or the process exits, which follows at once (the
// run is over). Nothing it reads is used after the cancel.
func cancellable(ctx context.Context, read func() (pipeline.Input, error)) (pipeline.Input, error) {
	if err := ctx.Err(); err != nil {
		return pipeline.Input{}, err
	}
	type result struct {
		in  pipeline.Input
		err error
	}
	done := make(chan result, 1) // buffered: a late read never blocks on send
	go func() {
		in, err := read()
		done <- result{in, err}
	}()
	select {
	case r := <-done:
		return r.in, r.err
	case <-ctx.Done():
		return pipeline.Input{}, ctx.Err()
	}
}
