// Package run works through many inputs: it builds the engines once,
// expands the command-line paths, skips what is up to date, keeps a
// --shard share or what changed since a git ref, runs the stages on each
// input a bounded number at a time, and writes the briefings. It prints
// nothing: what happens goes to an Events (package report prints it).
package run

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"brief/pipeline"
	"brief/pipeline/chunking"
	"brief/pipeline/cost"
	"brief/pipeline/engine"
	"brief/pipeline/engine/apertium"
	"brief/pipeline/engine/openai"
	"brief/pipeline/glossary"
	"brief/pipeline/limiter"
	"brief/pipeline/secret"
	"brief/pipeline/tokens"
	"brief/pipeline/webinput"
	"brief/prompts"
)

// Runner builds the stages of one configuration; engines, prompts and the
// tokenizer are set up once, when first needed, and shared by every input.
type Runner struct {
	eng    EngineOptions
	st     StageOptions
	secret secret.Redactor
	// wrap, when set, wraps the translator once it is built (batch mode
	// answers chunks from a batch's results).
	wrap func(engine.Translator) engine.Translator

	setupOnce  sync.Once
	setupErr   error
	prompts    *prompts.Set
	translator engine.Translator
	summarizer engine.Summarizer
	openai     *openai.Engine // nil offline
	prov       pipeline.Provenance
	note       string
	repairs    int

	webOpt  WebOptions
	webOnce sync.Once
	web     *webinput.Reader // pages and feeds, built on first use
	webErr  error

	encOnce   sync.Once
	count     chunking.Counter
	countName string
	parallel  int             // the fewest chunks of a short article (pipeline.ParallelChunks; 1 offline)
	enc       *tokens.Encoder // the tokenizer, when count is one (dry-run estimates)
	encErr    error
}

// New returns the runner of eng and st: the one way to build one. Nothing
// is loaded yet; a broken prompt template or an engine that cannot run is
// an ErrConfig from the first call that needs it, before any request.
func New(eng EngineOptions, st StageOptions) *Runner {
	return &Runner{eng: eng, st: st, secret: secret.New(eng.APIKey)}
}

// WrapTranslator makes every translation request go through wrap(t),
// where t is the engine's translator; call it before the first use.
func (r *Runner) WrapTranslator(wrap func(engine.Translator) engine.Translator) { r.wrap = wrap }

// Setup loads the prompts and builds the engine now, so that a broken
// configuration is reported before anything else; the methods that need
// them call it too.
func (r *Runner) Setup() error { return r.setup() }

// setup loads the prompts and builds the engine, once.
func (r *Runner) setup() error {
	r.setupOnce.Do(func() { r.setupErr = r.build() })
	return r.setupErr
}

func (r *Runner) build() error {
	p, err := prompts.Load(r.eng.PromptsDir)
	if err != nil {
		return fmt.Errorf("%w: %v", pipeline.ErrConfig, err)
	}
	r.prompts, r.repairs = p, r.st.RepairAttempts
	name, err := ResolveEngine(r.eng)
	if err != nil {
		return err
	}
	switch name {
	case EngineOpenAI:
		from, err := summaryFrom(r.eng.SummaryFrom)
		if err != nil {
			return err
		}
		cache, err := openCache(r.eng)
		if err != nil {
			return err
		}
		o := r.eng
		e := openai.New(openai.Options{BaseURL: o.BaseURL, APIKey: o.APIKey, Model: o.Model,
			Glossary: o.Glossary, Prompts: p, Cache: cache, Logger: o.Logger, LogPrompts: o.LogPrompts,
			Azure: o.AzureAPIVersion != "", APIVersion: o.AzureAPIVersion, Stream: o.Stream, SummaryFrom: from,
			Limiter: limiter.New(r.concurrency()),
			Policy:  openai.Policy{Retries: o.Retries, Timeout: o.Timeout, RPM: o.RPM, TPM: o.TPM, Clock: o.Clock}})
		r.translator, r.summarizer, r.openai = e, e, e
		r.prov = pipeline.Provenance{Engine: openai.Name, Model: o.Model, PromptsHash: promptsHash(p.Hash, o.Glossary, from)}
	case EngineApertium:
		e := apertium.New().WithGlossary(r.eng.Glossary)
		r.translator, r.summarizer = e, e
		r.prov = pipeline.Provenance{Engine: apertium.Name}
		r.note = apertium.Note
		r.repairs = 0 // a rule-based engine gives the same answer every time
	}
	if r.wrap != nil {
		r.translator = r.wrap(r.translator)
	}
	return nil
}

// promptsHash identifies what the model is told: the templates, the
// glossary and what it summarises, so changing any redoes up-to-date
// outputs.
func promptsHash(templates string, terms []glossary.Term, from engine.SummaryInput) string {
	if len(terms) == 0 && from == engine.FromSource {
		return templates
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", templates)
	if from != engine.FromSource {
		fmt.Fprintf(h, "summary from %s\x00", from)
	}
	for _, t := range terms {
		fmt.Fprintf(h, "%s\x00%s\x00", t.French, t.English)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// summaryFrom reads --summary-from.
func summaryFrom(s string) (engine.SummaryInput, error) {
	switch s {
	case "", "source":
		return engine.FromSource, nil
	case "translation":
		return engine.FromTranslation, nil
	}
	return 0, fmt.Errorf("%w: unknown --summary-from %q; use source or translation", pipeline.ErrConfig, s)
}

// openCache opens --cache-dir, by default <user cache dir>/brief; nil
// with --no-cache.
func openCache(o EngineOptions) (*openai.Cache, error) {
	if o.NoCache {
		return nil, nil
	}
	dir, err := CacheDir(o)
	if err != nil {
		return nil, err
	}
	c, err := openai.OpenCache(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: cache folder %s: %v; choose another with --cache-dir or use --no-cache", pipeline.ErrConfig, dir, err)
	}
	return c, nil
}

// CacheDir is --cache-dir, by default <user cache dir>/brief.
func CacheDir(o EngineOptions) (string, error) {
	if o.CacheDir != "" {
		return o.CacheDir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("%w: no user cache folder (%v); set --cache-dir or use --no-cache", pipeline.ErrConfig, err)
	}
	return filepath.Join(base, "brief"), nil
}

// ResolveEngine applies --engine auto: openai when an endpoint or key is
// configured, else apertium when installed.
func ResolveEngine(o EngineOptions) (string, error) {
	switch o.Engine {
	case EngineOpenAI:
		return EngineOpenAI, nil
	case EngineApertium:
		if err := apertium.Available(); err != nil {
			return "", fmt.Errorf("%w: %v", pipeline.ErrConfig, err)
		}
		return EngineApertium, nil
	case EngineAuto, "":
		if o.BaseURL != "" || o.APIKey != "" {
			return EngineOpenAI, nil
		}
		if apertium.Available() == nil {
			return EngineApertium, nil
		}
		return "", fmt.Errorf("%w: no engine available; set OPENAI_BASE_URL (and OPENAI_API_KEY) in the environment or .env for an OpenAI-compatible API, or install the Debian packages apertium apertium-fr-es apertium-eng-spa for the offline engine", pipeline.ErrConfig)
	}
	return "", fmt.Errorf("%w: unknown engine %q; use auto, openai or apertium", pipeline.ErrConfig, o.Engine)
}

// OpenAI returns the OpenAI-compatible engine, or false when the run is
// offline.
func (r *Runner) OpenAI() (*openai.Engine, bool, error) {
	if err := r.setup(); err != nil {
		return nil, false, err
	}
	return r.openai, r.openai != nil, nil
}

// Provenance says which engine, model and prompts the run uses.
func (r *Runner) Provenance() (pipeline.Provenance, error) {
	err := r.setup()
	return r.prov, err
}

// MaxChunkTokens is the chunk budget in force.
func (r *Runner) MaxChunkTokens() int {
	if r.st.MaxChunkTokens > 0 {
		return r.st.MaxChunkTokens
	}
	return pipeline.DefaultMaxChunkTokens
}

func (r *Runner) concurrency() int { return max(1, r.st.Concurrency) }

// counter is what the chunk stage counts with, and its name (and sets
// how many chunks a short article gets). The offline engine is not billed
// by the token: a size estimate spares loading the tokenizer. Otherwise the tokenizer of the configured model (tiktoken's
// fallback when no engine is configured). translate, the stage chain and
// batch mode all chunk through here, so they cut the same chunks.
func (r *Runner) counter() (chunking.Counter, string, error) {
	r.encOnce.Do(func() {
		name, err := ResolveEngine(r.eng)
		if err != nil && !errors.Is(err, pipeline.ErrConfig) {
			r.encErr = err
			return
		}
		if name == EngineApertium {
			// Apertium runs on this machine's cores, not a server's
			// slots: more chunks of a short article would only add runs.
			r.count, r.countName, r.parallel = tokens.Estimate{}, tokens.EstimateName, 1
			return
		}
		r.parallel = pipeline.ParallelChunks
		model := ""
		if name == EngineOpenAI {
			model = r.eng.Model
		}
		enc, err := tokens.ForModel(model)
		if err != nil {
			r.encErr = err
			return
		}
		r.count, r.countName, r.enc = enc, enc.Name, enc
	})
	return r.count, r.countName, r.encErr
}

// chunk is the chunk stage. It waits for the tokenizer only when it runs,
// not when it is built, so a summary of the source built beside it is
// asked for while the tokenizer loads.
func (r *Runner) chunk(ctx context.Context, doc *pipeline.Document) error {
	c, enc, err := r.counter()
	if err != nil {
		return err
	}
	return pipeline.Chunk(c, enc, r.MaxChunkTokens(), r.parallel)(ctx, doc)
}

// Step returns one stage by name. in is used by read; write by render.
func (r *Runner) Step(name string, in pipeline.Input, write func([]byte) error) (pipeline.Step, error) {
	var s pipeline.Stage
	switch name {
	case "read":
		s = pipeline.Read(in)
	case "chunk":
		s = r.chunk
	case "translate":
		return r.translateStep(nil)
	case "summarize":
		if err := r.setup(); err != nil {
			return pipeline.Step{}, err
		}
		s = pipeline.Summarize(r.summarizer, pipeline.SummarizeOptions{Provenance: r.prov, RepairAttempts: r.repairs})
	case "verify":
		s = pipeline.Verify(r.eng.Glossary)
	case "render":
		s = pipeline.Render(write, pricing(nil))
	default:
		return pipeline.Step{}, unknownStage(name)
	}
	return pipeline.Step{Name: name, Run: s}, nil
}

// translateStep is the translate stage, calling onChunk after each chunk.
func (r *Runner) translateStep(onChunk func()) (pipeline.Step, error) {
	if err := r.setup(); err != nil {
		return pipeline.Step{}, err
	}
	opt := pipeline.TranslateOptions{Provenance: r.prov, Note: r.note, Concurrency: r.concurrency(), RepairAttempts: r.repairs}
	if onChunk != nil {
		opt.OnChunkDone = func(int, int) { onChunk() }
	}
	return pipeline.Step{Name: "translate", Run: pipeline.Translate(r.translator, opt)}, nil
}

// pricing prices what the run's engine is billed for: the price given
// (--price-in/--price-out), else the table's for the model.
func pricing(override *cost.Price) pipeline.Pricing {
	return func(engineName, model string) *cost.Price {
		if engineName != EngineOpenAI {
			return nil
		}
		if override != nil {
			return override
		}
		if p, ok := cost.Lookup(model); ok {
			return &p
		}
		return nil
	}
}
