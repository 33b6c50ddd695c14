package batch

import (
	"errors"
	"fmt"
	"time"

	"brief/pipeline"
	"brief/pipeline/clock"
)

// Options configure brief batch submit, status and collect.
type Options struct {
	StateDir string // where manifests live; default DefaultStateDir
	Limits   Limits // per input file; zero fields take DefaultLimits
	Wait     bool   // collect: poll until the batches finish
	Poll     time.Duration
	Clock    clock.Clock // waits between polls; nil: the real clock
}

// DefaultPoll is how often collect --wait asks for the batches' status.
const DefaultPoll = 30 * time.Second

func (o Options) stateDir() string {
	if o.StateDir == "" {
		return DefaultStateDir
	}
	return o.StateDir
}

func (o Options) limits() Limits {
	l := o.Limits
	if l.MaxLines <= 0 {
		l.MaxLines = DefaultLimits.MaxLines
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	return l
}

// ErrEngine reports batch mode without an OpenAI-compatible API.
var ErrEngine = fmt.Errorf("%w: batch mode needs an OpenAI-compatible API with a Batch API; set OPENAI_BASE_URL and OPENAI_API_KEY, or use brief translate", pipeline.ErrConfig)

// ErrNotReady reports a batch that has not finished yet.
var ErrNotReady = errors.New("not finished")
