package run

import (
	"context"
	"time"

	"brief/internal/fakellm"
	"brief/pipeline/clock"
)

// testConfig is what the tests vary of a run's options; options fills in
// a fake server, no shared cache and the rest of the defaults.
type testConfig struct {
	Model          string
	MaxChunkTokens int
	Concurrency    int
	RepairAttempts int
	Retries        int
	Stream         bool
	NoCache        bool
	CacheDir       string
	Clock          clock.Clock
}

func (c testConfig) options(srv *fakellm.Server) (EngineOptions, StageOptions) {
	if c.Model == "" {
		c.Model = "test-model"
	}
	if c.Concurrency == 0 {
		c.Concurrency = 3
	}
	if c.CacheDir == "" {
		c.NoCache = true // never the user's cache: tests count requests
	}
	eng := EngineOptions{Engine: EngineOpenAI, BaseURL: srv.BaseURL(), APIKey: fakellm.Token, Model: c.Model,
		Retries: c.Retries, Timeout: time.Minute, Stream: c.Stream, NoCache: c.NoCache, CacheDir: c.CacheDir, Clock: c.Clock}
	st := StageOptions{MaxChunkTokens: c.MaxChunkTokens, Concurrency: c.Concurrency, RepairAttempts: c.RepairAttempts}
	return eng, st
}

// instant is a clock whose waits end at once.
type instant struct{}

func (instant) Now() time.Time                             { return time.Now() }
func (instant) Sleep(context.Context, time.Duration) error { return nil }
