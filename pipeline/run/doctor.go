package run

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"brief/pipeline"
	"brief/pipeline/engine/apertium"
	"brief/pipeline/engine/openai"
	"brief/pipeline/secret"
	"brief/pipeline/tokens"
)

// Check is one line of `brief doctor`.
type Check struct {
	Name     string
	OK       bool
	Detail   string
	Fix      string // what to do when not OK
	Required bool   // the configured engine needs it: a failure fails doctor
}

// doctorTimeout bounds each request doctor sends.
const doctorTimeout = 15 * time.Second

// Doctor checks what a run needs: the engine choice, the endpoint, key,
// model and context for the API, the tokenizer, apertium, and the cache
// folder. st gives the chunk budget the context must hold.
func Doctor(ctx context.Context, cfg EngineOptions, st StageOptions) []Check {
	engine, err := ResolveEngine(cfg)
	checks := []Check{{Name: "engine", OK: err == nil, Detail: engine, Required: true, Fix: errText(err)}}
	api := engine == EngineOpenAI
	if api || cfg.BaseURL != "" || cfg.APIKey != "" {
		checks = append(checks, apiChecks(ctx, cfg, st, api)...)
	}
	start := time.Now()
	enc, err := tokens.ForModel(cfg.Model)
	tk := Check{Name: "tokenizer", OK: err == nil, Required: true, Fix: errText(err)}
	if err == nil {
		tk.Detail = fmt.Sprintf("%s, offline, loaded in %s", enc.Name, time.Since(start).Round(time.Millisecond))
	}
	return append(checks, tk, apertiumCheck(engine == EngineApertium), cacheCheck(cfg, api))
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// apiChecks lists the models, then checks the key with a request that
// needs it (openai.Engine.CheckServer) and reads the context llama.cpp
// says it has.
func apiChecks(ctx context.Context, cfg EngineOptions, st StageOptions, required bool) []Check {
	base := cfg.BaseURL
	if base == "" {
		base = "https://api.openai.com/v1"
	}
	shown := secret.URL(base) // never a password given in the URL
	ep := Check{Name: "endpoint", Detail: shown, Required: required}
	key := Check{Name: "api key", Required: required}
	model := Check{Name: "model", Detail: cfg.Model, Required: required}
	list, err := openai.ListModels(ctx, base, cfg.APIKey, doctorTimeout)
	if err != nil {
		ep.Fix = err.Error() + "; start the server or fix --base-url / OPENAI_BASE_URL"
		key.Required, key.Fix = false, "not checked without the endpoint"
		model.Required, model.Fix = false, "not checked without the endpoint"
		return []Check{ep, key, model}
	}
	ep.OK, ep.Detail = true, fmt.Sprintf("%s answers, %d models", shown, len(list))
	e := openai.New(openai.Options{BaseURL: base, APIKey: cfg.APIKey, Model: cfg.Model,
		Azure: cfg.AzureAPIVersion != "", APIVersion: cfg.AzureAPIVersion,
		Policy: openai.Policy{Retries: 0, Timeout: doctorTimeout, Clock: cfg.Clock}})
	sc := e.CheckServer(ctx)
	checks := []Check{ep, keyCheck(key, cfg.APIKey != "", sc), modelCheck(model, list, sc)}
	if sc.Props != nil && sc.Props.NCtx > 0 {
		checks = append(checks, contextCheck(sc.Props, st, required))
	}
	return checks
}

// keyCheck says whether the server accepted the key on a request that
// needs one.
func keyCheck(c Check, set bool, sc openai.ServerCheck) Check {
	switch {
	case sc.KeyErr != nil && set:
		c.Detail, c.Fix = "OPENAI_API_KEY is set", "the server refused it: "+sc.KeyErr.Error()+"; set the key the server expects (llama.cpp: its --api-key) in the environment or .env"
	case sc.KeyErr != nil:
		c.Detail, c.Fix = "OPENAI_API_KEY is not set", "the server needs a key: set OPENAI_API_KEY in the environment or .env"
	case sc.KeyCheckedBy == "":
		c.Detail, c.Fix = "not checked", "the check request failed: "+errText(sc.ProbeErr)
		c.Required = false
	case set:
		c.OK, c.Detail = true, "OPENAI_API_KEY accepted by "+sc.KeyCheckedBy
	default:
		c.OK, c.Detail = true, "not set; the server needs none ("+sc.KeyCheckedBy+" answered)"
	}
	return c
}

// modelCheck accepts the model when the server lists it, when it is
// llama.cpp (which serves its one model under any name), or when it
// answered a request for it.
func modelCheck(c Check, list []string, sc openai.ServerCheck) Check {
	for _, id := range list {
		if id == c.Detail {
			c.OK = true
			return c
		}
	}
	switch {
	case sc.Props != nil:
		c.OK = true
		c.Detail += fmt.Sprintf(" (llama.cpp serves %s under any name)", filepath.Base(sc.Props.ModelPath))
	case sc.KeyCheckedBy != "":
		c.OK = true
		c.Detail += " (not listed, but the server answers to it as " + sc.Identity.Model + ")"
	case sc.KeyErr != nil:
		c.Required, c.Fix = false, "not checked without a valid key"
	default:
		c.Fix = "the server does not list this model and refused a request for it (" + errText(sc.ProbeErr) + "); pick one of " +
			strings.Join(list[:min(len(list), 5)], ", ") + " with --model or BRIEF_MODEL"
	}
	return c
}

// contextCheck reports llama.cpp's context per slot against what a chunk
// needs: its prompt counted by a llama vocabulary (about 1.5x tiktoken's
// count), the instructions, and a reply as long.
func contextCheck(p *openai.Props, st StageOptions, required bool) Check {
	chunk := st.MaxChunkTokens
	if chunk <= 0 {
		chunk = pipeline.DefaultMaxChunkTokens
	}
	need := 3*chunk + 300
	c := Check{Name: "context", Required: required, OK: p.NCtx >= need,
		Detail: fmt.Sprintf("%d tokens per slot (a chunk of %d tokens needs about %d)", p.NCtx, chunk, need)}
	if !c.OK {
		c.Fix = fmt.Sprintf("start llama.cpp with -c %d or more (Ollama: num_ctx), or use --max-chunk-tokens %d",
			need*max(1, p.Slots), max(1, (p.NCtx-300)/3))
	}
	return c
}

func apertiumCheck(required bool) Check {
	c := Check{Name: "apertium", Required: required}
	if err := apertium.Available(); err != nil { // it checks both modes
		c.Fix = err.Error()
		return c
	}
	c.OK, c.Detail = true, "modes fr-es and spa-eng installed"
	return c
}

func cacheCheck(cfg EngineOptions, required bool) Check {
	if cfg.NoCache {
		return Check{Name: "cache", OK: true, Detail: "off (--no-cache)"}
	}
	dir, err := CacheDir(cfg)
	c := Check{Name: "cache", Detail: dir, Required: required}
	if err != nil {
		c.Fix = err.Error()
		return c
	}
	if _, err := openai.OpenCache(dir); err != nil {
		c.Fix = fmt.Sprintf("%v; choose another folder with --cache-dir", err)
		if errors.Is(err, openai.ErrCacheFolder) {
			c.Fix = err.Error() + "; fix its permissions or choose another folder with --cache-dir"
		}
		return c
	}
	c.OK, c.Detail = true, filepath.Clean(dir)+" is writable and private"
	return c
}
