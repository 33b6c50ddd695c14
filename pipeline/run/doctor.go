package run

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"brief/pipeline/engine/apertium"
	"brief/pipeline/engine/openai"
	"brief/pipeline/safefile"
	"brief/pipeline/secret"
	"brief/pipeline/tokens"
)

// Check is one line of `brief doctor`.
type Check struct {
	Name     string
	OK       bool
	Detail   string
	Fix      string // what to do when not OK
	Required bool   // a failure means the configured engine cannot run
}

// Doctor checks what a run needs: the engine choice, the endpoint, key and
// model for the API, the tokenizer, apertium, and the cache folder.
func Doctor(ctx context.Context, cfg EngineOptions) []Check {
	engine, err := ResolveEngine(cfg)
	checks := []Check{{Name: "engine", OK: err == nil, Detail: engine, Required: true, Fix: errText(err)}}
	if engine == EngineOpenAI || cfg.BaseURL != "" || cfg.APIKey != "" {
		checks = append(checks, apiChecks(ctx, cfg, engine == EngineOpenAI)...)
	}
	start := time.Now()
	enc, err := tokens.ForModel(cfg.Model)
	tk := Check{Name: "tokenizer", OK: err == nil, Required: true, Fix: errText(err)}
	if err == nil {
		tk.Detail = fmt.Sprintf("%s, offline, loaded in %s", enc.Name, time.Since(start).Round(time.Millisecond))
	}
	checks = append(checks, tk, apertiumCheck(engine == EngineApertium), cacheCheck(cfg))
	return checks
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func apiChecks(ctx context.Context, cfg EngineOptions, required bool) []Check {
	base := cfg.BaseURL
	if base == "" {
		base = "https://api.openai.com/v1"
	}
	key := Check{Name: "api key", OK: cfg.APIKey != "", Detail: "OPENAI_API_KEY is set", Required: required}
	if !key.OK {
		key.Detail = "OPENAI_API_KEY is not set"
		key.Fix = "set OPENAI_API_KEY in the environment or .env (local servers usually accept any value)"
		key.OK = cfg.BaseURL != "" // local servers often need none
	}
	list, err := openai.ListModels(ctx, base, cfg.APIKey, 15*time.Second)
	ep := Check{Name: "endpoint", OK: err == nil, Detail: base, Required: required}
	model := Check{Name: "model", Detail: cfg.Model, Required: false}
	if err != nil {
		ep.Fix = secret.New(cfg.APIKey).Line(err.Error()) + "; start the server or fix --base-url / OPENAI_BASE_URL"
		model.Fix = "cannot list models without the endpoint"
		return []Check{ep, key, model}
	}
	ep.Detail = fmt.Sprintf("%s answers, %d models", base, len(list))
	for _, id := range list {
		if id == cfg.Model {
			model.OK = true
		}
	}
	if !model.OK {
		model.Fix = "the server does not list this model; pick one with --model or BRIEF_MODEL"
	}
	return []Check{ep, key, model}
}

func apertiumCheck(required bool) Check {
	c := Check{Name: "apertium", Required: required}
	if err := apertium.Available(); err != nil {
		c.Fix = err.Error()
		return c
	}
	out, err := exec.Command("apertium", "-l").Output()
	modes := string(out)
	c.OK = err == nil && strings.Contains(modes, "fr-es") && strings.Contains(modes, "spa-eng")
	c.Detail = "modes fr-es and spa-eng installed"
	if !c.OK {
		c.Fix = "install the Debian packages apertium-fr-es and apertium-eng-spa"
	}
	return c
}

func cacheCheck(cfg EngineOptions) Check {
	if cfg.NoCache {
		return Check{Name: "cache", OK: true, Detail: "off (--no-cache)"}
	}
	dir, err := CacheDir(cfg)
	c := Check{Name: "cache", Detail: dir}
	if err != nil {
		c.Fix = err.Error()
		return c
	}
	if err := safefile.Writable(dir, 0o700); err != nil {
		c.Fix = fmt.Sprintf("%v; choose another folder with --cache-dir", err)
		return c
	}
	c.OK, c.Detail = true, filepath.Clean(dir)+" is writable"
	return c
}
