package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"brief/pipeline/engine"
	"brief/pipeline/engine/apertium"
	"brief/pipeline/engine/openai"
	"brief/pipeline/glossary"
	"brief/pipeline/limiter"
	"brief/pipeline/tokens"
	"brief/prompts"
)

// Runner builds the stages of one configuration; engines, prompts and the
// tokenizer are set up once and shared by every input.
type Runner struct {
	cfg        Config
	prompts    *prompts.Set
	translator engine.Translator
	summarizer engine.Summarizer
	prov       Provenance
	note       string
	repairs    int

	lim   *limiter.Limiter // shared by every request of the run; nil offline
	errMu sync.Mutex       // one line at a time on stderr from concurrent inputs

	encOnce sync.Once
	enc     *tokens.Encoder
	encErr  error
}

// NewRunner resolves the engine and loads the prompts. A broken prompt
// template or an engine that cannot run is an ErrConfig, before any
// request is sent.
func NewRunner(cfg Config) (*Runner, error) {
	p, err := prompts.Load(cfg.PromptsDir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	r := &Runner{cfg: cfg, prompts: p, repairs: cfg.RepairAttempts}
	name, err := ResolveEngine(cfg)
	if err != nil {
		return nil, err
	}
	switch name {
	case EngineOpenAI:
		cache, err := openCache(cfg)
		if err != nil {
			return nil, err
		}
		r.lim = limiter.New(max(1, cfg.Concurrency))
		e := openai.New(openai.Options{BaseURL: cfg.BaseURL, APIKey: cfg.APIKey, Model: cfg.Model,
			Glossary: cfg.Glossary, Prompts: p, Cache: cache, Logger: cfg.Logger, LogPrompts: cfg.LogPrompts,
			Azure: cfg.AzureAPIVersion != "", APIVersion: cfg.AzureAPIVersion, Stream: cfg.Stream,
			Limiter: r.lim,
			Policy:  openai.Policy{Retries: cfg.Retries, Timeout: cfg.Timeout, RPM: cfg.RPM, TPM: cfg.TPM, Clock: cfg.Clock}})
		r.translator, r.summarizer = e, e
		r.prov = Provenance{Engine: openai.Name, Model: cfg.Model, PromptsHash: promptsHash(p.Hash, cfg.Glossary)}
	case EngineApertium:
		e := apertium.New().WithGlossary(cfg.Glossary)
		r.translator, r.summarizer = e, e
		r.prov = Provenance{Engine: apertium.Name}
		r.note = apertium.Note
		r.repairs = 0 // a rule-based engine gives the same answer every time
	}
	return r, nil
}

// promptsHash identifies what the model is told: the templates and the
// glossary, so changing either redoes up-to-date outputs.
func promptsHash(templates string, glossary []glossary.Term) string {
	if len(glossary) == 0 {
		return templates
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", templates)
	for _, t := range glossary {
		fmt.Fprintf(h, "%s\x00%s\x00", t.French, t.English)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// openCache opens --cache-dir, by default <user cache dir>/brief; nil
// with --no-cache.
func openCache(cfg Config) (*openai.Cache, error) {
	if cfg.NoCache {
		return nil, nil
	}
	dir, err := CacheDir(cfg)
	if err != nil {
		return nil, err
	}
	c, err := openai.OpenCache(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: cache folder %s: %v; choose another with --cache-dir or use --no-cache", ErrConfig, dir, err)
	}
	return c, nil
}

// CacheDir is --cache-dir, by default <user cache dir>/brief.
func CacheDir(cfg Config) (string, error) {
	if cfg.CacheDir != "" {
		return cfg.CacheDir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("%w: no user cache folder (%v); set --cache-dir or use --no-cache", ErrConfig, err)
	}
	return filepath.Join(base, "brief"), nil
}

// ResolveEngine applies --engine auto: openai when an endpoint or key is
// configured, else apertium when installed.
func ResolveEngine(cfg Config) (string, error) {
	switch cfg.Engine {
	case EngineOpenAI:
		return EngineOpenAI, nil
	case EngineApertium:
		if err := apertium.Available(); err != nil {
			return "", fmt.Errorf("%w: %v", ErrConfig, err)
		}
		return EngineApertium, nil
	case EngineAuto, "":
		if cfg.BaseURL != "" || cfg.APIKey != "" {
			return EngineOpenAI, nil
		}
		if apertium.Available() == nil {
			return EngineApertium, nil
		}
		return "", fmt.Errorf("%w: no engine available; set OPENAI_BASE_URL (and OPENAI_API_KEY) in the environment or .env for an OpenAI-compatible API, or install the Debian packages apertium apertium-fr-es apertium-eng-spa for the offline engine", ErrConfig)
	}
	return "", fmt.Errorf("%w: unknown engine %q; use auto, openai or apertium", ErrConfig, cfg.Engine)
}

// Engine is the name of the engine that runs.
func (r *Runner) Engine() string { return r.prov.Engine }

// encoder loads the tokenizer once, only when a stage counts tokens.
func (r *Runner) encoder() (*tokens.Encoder, error) {
	r.encOnce.Do(func() { r.enc, r.encErr = tokens.ForModel(r.prov.Model) })
	return r.enc, r.encErr
}

// StageNames lists the stages in pipeline order.
var StageNames = []string{"read", "chunk", "translate", "summarize", "verify", "render"}

// ErrUnknownStage reports a stage name that does not exist.
var ErrUnknownStage = errors.New("unknown stage")

// Step returns one stage by name. in is used by read; write by render.
func (r *Runner) Step(name string, in Input, write func([]byte) error) (Step, error) {
	var s Stage
	switch name {
	case "read":
		s = Read(in)
	case "chunk":
		if r.prov.Engine == EngineApertium {
			// The offline engine is not billed by the token: a size
			// estimate spares loading the tokenizer.
			s = Chunk(tokens.Estimate{}, tokens.EstimateName, r.maxChunkTokens())
			break
		}
		enc, err := r.encoder()
		if err != nil {
			return Step{}, err
		}
		s = Chunk(enc, enc.Name, r.maxChunkTokens())
	case "translate":
		opt := TranslateOptions{Provenance: r.prov, Note: r.note,
			Concurrency: max(1, r.cfg.Concurrency), RepairAttempts: r.repairs}
		if p := r.cfg.Progress; p != nil {
			opt.OnChunkDone = func(int, int) { p.ChunkDone() }
		}
		s = Translate(r.translator, opt)
	case "summarize":
		s = Summarize(r.summarizer, SummarizeOptions{Provenance: r.prov, RepairAttempts: r.repairs})
	case "verify":
		s = Verify(r.cfg.Glossary)
	case "render":
		s = Render(write, r.cfg.Price)
	default:
		return Step{}, fmt.Errorf("%w %q; use one of read, chunk, translate, summarize, verify, render", ErrUnknownStage, name)
	}
	return Step{Name: name, Run: s}, nil
}

func (r *Runner) maxChunkTokens() int {
	if r.cfg.MaxChunkTokens > 0 {
		return r.cfg.MaxChunkTokens
	}
	return DefaultMaxChunkTokens
}
