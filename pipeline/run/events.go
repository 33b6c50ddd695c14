package run

// Events receives what a run does, for printers to show (package report:
// text lines, --json, GitHub annotations, a progress bar). Notice, Started
// and ChunkDone may come from several goroutines at once; Done comes once
// per input, in input order, from one goroutine.
type Events interface {
	// Notice is a line for the user: a warning, or what the run decided.
	Notice(msg string)
	// Started says an input was chunked and its chunks are being sent.
	Started(path string, chunks int)
	// ChunkDone says one more chunk of path is translated.
	ChunkDone(path string)
	// Done hands over an input's result (with the Markdown when it goes
	// to stdout); an error is a failed write of the product.
	Done(res Result) error
}

// Discard is an Events that shows nothing.
type Discard struct{}

// Notice does nothing.
func (Discard) Notice(string) {}

// Started does nothing.
func (Discard) Started(string, int) {}

// ChunkDone does nothing.
func (Discard) ChunkDone(string) {}

// Done does nothing.
func (Discard) Done(Result) error { return nil }
