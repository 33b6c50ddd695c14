package pipeline

import (
	"context"
	"time"

	"brief/prompts"
)

// Engine names accepted by --engine.
const (
	EngineAuto     = "auto"
	EngineOpenAI   = "openai"
	EngineApertium = "apertium"
)

// Config is everything a run needs, built by main from flags, environment
// and .env. Stages never read the environment themselves.
type Config struct {
	Engine         string
	Model          string
	BaseURL        string
	APIKey         string // never logged, never written
	MaxChunkTokens int
	Concurrency    int
	RepairAttempts int
	Timeout        time.Duration // one API request
	Retries        int           // extra attempts per request
	RPM, TPM       int           // client-side rate limits; 0: none
	CacheDir       string        // "" with NoCache false: the user cache dir
	NoCache        bool
	// Sleep waits between retries and for the rate limits; nil: real
	// time. Tests inject one that returns at once.
	Sleep      func(ctx context.Context, d time.Duration) error
	PromptsDir string
	Glossary   []prompts.Term

	OutDir string
	Stdout bool // write the Markdown to stdout instead of OutDir
	Force  bool // write the Markdown even when figures do not match
}

// Defaults of the tunables.
const (
	DefaultConcurrency    = 4
	DefaultRepairAttempts = 2
	DefaultTimeout        = 10 * time.Minute // local servers can take minutes to load a model
	DefaultRetries        = 4
)
