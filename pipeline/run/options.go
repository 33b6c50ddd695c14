package run

import (
	"log/slog"
	"time"

	"brief/pipeline/clock"
	"brief/pipeline/cost"
	"brief/pipeline/glossary"
)

// Engine names accepted by --engine.
const (
	EngineAuto     = "auto"
	EngineOpenAI   = "openai"
	EngineApertium = "apertium"
)

// Defaults of the tunables.
const (
	DefaultConcurrency    = 8
	DefaultRepairAttempts = 2
	DefaultTimeout        = 10 * time.Minute // local servers can take minutes to load a model
	DefaultRetries        = 4
)

// EngineOptions say which engine runs and how it reaches its server.
// main builds them from flags, the environment and .env; nothing below
// reads the environment.
type EngineOptions struct {
	Engine  string // auto, openai or apertium
	Model   string
	BaseURL string
	APIKey  string // never logged, never written
	// AzureAPIVersion selects Azure OpenAI's deployment API (the model is
	// the deployment name); empty for every OpenAI-compatible endpoint.
	AzureAPIVersion string
	Stream          bool          // stream replies (server-sent events)
	Timeout         time.Duration // one API request
	Retries         int           // extra attempts per request
	RPM, TPM        int           // client-side rate limits; 0: none
	CacheDir        string        // "" with NoCache false: the user cache dir
	NoCache         bool
	PromptsDir      string // overrides of the embedded prompt templates
	Glossary        []glossary.Term
	Clock           clock.Clock // waits; nil: the real clock
	Logger          *slog.Logger
	LogPrompts      bool // log full prompts and replies at debug level
	// SummaryFrom is what a model summarises: "source" (or ""), the French
	// article, beside the translation; or "translation", after it.
	SummaryFrom string
}

// StageOptions tune the stages; none of them changes what a chunk is
// asked except MaxChunkTokens, which is part of the content's plan.
type StageOptions struct {
	MaxChunkTokens int // 0: pipeline.DefaultMaxChunkTokens
	// Concurrency bounds the requests in flight: the chunks of one input
	// and, through the shared limiter, every request of the run.
	Concurrency    int
	RepairAttempts int
}

// Options say what a run over many inputs does with them.
type Options struct {
	OutDir string
	Stdout bool // the Markdown goes to Events.Done instead of OutDir
	// Force redoes up-to-date inputs and writes the Markdown even when
	// figures do not match (marked failed).
	Force bool
	// MismatchHint ends the error line of an input whose figures do not
	// match and is not written: what the user can do, in the terms of
	// the command that ran (its flags, not those given already).
	MismatchHint string
	DryRun       bool        // plan and estimate; send nothing
	Price        *cost.Price // overrides the price table
	ChangedSince string      // only inputs changed since this git ref
	// MaxInputs bounds the inputs worked on at once; 0: enough to keep
	// every request slot busy. 1 suits a per-input progress display.
	MaxInputs int
	// Shard is the share of a feed's items (and of command-line article
	// addresses) this run takes; files are split by ExpandShard.
	Shard Shard
	// MaxItems bounds the new items briefed per feed, the first in feed
	// order (usually the newest); the rest wait for later runs. 0: all.
	MaxItems int
}
