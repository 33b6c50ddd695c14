package pipeline

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

// Config is everything a run needs, built by main from flags, environment
// and .env. Stages never read the environment themselves.
type Config struct {
	Engine  string
	Model   string
	BaseURL string
	APIKey  string // never logged, never written
	// AzureAPIVersion selects Azure OpenAI's deployment API (the model is
	// the deployment name); empty for every OpenAI-compatible endpoint.
	AzureAPIVersion string
	MaxChunkTokens  int
	Concurrency     int
	RepairAttempts  int
	Timeout         time.Duration // one API request
	Retries         int           // extra attempts per request
	RPM, TPM        int           // client-side rate limits; 0: none
	CacheDir        string        // "" with NoCache false: the user cache dir
	NoCache         bool
	Stream          bool // stream replies (server-sent events)
	// Clock waits between retries and for the rate limits; nil: real
	// time. Tests inject one that returns at once.
	Clock      clock.Clock
	PromptsDir string
	Glossary   []glossary.Term

	OutDir string
	Stdout bool // write the Markdown to stdout instead of OutDir
	// Force redoes up-to-date inputs and writes the Markdown even when
	// figures do not match (marked failed).
	Force bool

	JSON          bool        // one Result per input on stdout
	Quiet         bool        // no per-input lines on stderr
	DryRun        bool        // plan and estimate; send nothing
	Price         *cost.Price // overrides the price table
	ChangedSince  string      // only inputs changed since this git ref
	GitHubActions bool        // also print figure errors as workflow annotations
	Progress      Progress    // nil: no progress display
	Logger        *slog.Logger
	LogPrompts    bool // log full prompts and replies at debug level
}

// Progress shows how far a run is; the CLI backs it with a progress bar
// on a terminal. Stages never see it: the runner adapts it to callbacks.
type Progress interface {
	Start(name string, chunks int)
	ChunkDone()
	Finish()
}

// Defaults of the tunables.
const (
	DefaultConcurrency    = 8
	DefaultRepairAttempts = 2
	DefaultTimeout        = 10 * time.Minute // local servers can take minutes to load a model
	DefaultRetries        = 4
)
