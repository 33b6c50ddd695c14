// Package openai is the engine for any OpenAI-compatible chat API (OpenAI,
// Azure OpenAI, Ollama, vLLM, llama.cpp server...), built on go-openai.
package openai

import (
	"context"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
	"brief/pipeline/glossary"
	"brief/pipeline/limiter"
	"brief/pipeline/secret"
	"brief/prompts"
)

// Name is the engine's name in documents and front matter.
const Name = "openai"

// DefaultModel is used when neither --model nor BRIEF_MODEL is set.
const DefaultModel = "gpt-4o-mini"

// Options configure the engine. APIKey is never logged or written.
type Options struct {
	BaseURL  string
	APIKey   string
	Model    string
	To       string // target language name for the prompts
	Glossary []glossary.Term
	Prompts  *prompts.Set
	Policy   Policy // retries, timeouts, rate limits
	Cache    *Cache // nil: no cache
	// Limiter, when set, bounds the HTTP attempts in flight across every
	// request of the run and learns the server's capacity (pipeline/limiter).
	Limiter *limiter.Limiter
	// HTTPClient overrides the connection (tests); the limiter and the
	// retrying transport still wrap it.
	HTTPClient goopenai.HTTPDoer
	// Azure selects Azure OpenAI's deployment-style API with APIVersion;
	// Model is then the deployment name. Azure's /openai/v1 endpoint needs
	// neither: it is OpenAI-compatible.
	Azure      bool
	APIVersion string
	// Logger takes debug lines (requests, timings, retries) and the
	// warnings a user should see (a model still loading, a cache write
	// that failed); nil: none. Its handler redacts (package secret).
	Logger     *slog.Logger
	LogPrompts bool // also log prompts and replies
	// Stream asks for server-sent events: some proxies drop a silent
	// connection that waits minutes for a long reply.
	Stream bool
	// SummaryFrom is what the model summarises: the French source by
	// default (the summary runs beside the translation), or the English
	// translation.
	SummaryFrom engine.SummaryInput
}

// chatClient is the go-openai calls the engine needs.
type chatClient interface {
	CreateChatCompletion(context.Context, goopenai.ChatCompletionRequest) (goopenai.ChatCompletionResponse, error)
	CreateChatCompletionStream(context.Context, goopenai.ChatCompletionRequest) (*goopenai.ChatCompletionStream, error)
}

// Engine translates and summarises through a chat completion API.
type Engine struct {
	cfg    Options
	client chatClient
	t      *transport
	secret secret.Redactor
	server server // what the server says about itself (server.go)
}

// New builds an engine. Its HTTP chain, top to bottom: go-openai's client,
// zeroTemperature (says "temperature": 0), the retrying transport
// (retries, Retry-After, a model still loading, --timeout per attempt,
// --rpm/--tpm), the shared adaptive limiter (one slot per attempt in
// flight), then the connection.
func New(cfg Options) *Engine {
	cc := goopenai.DefaultConfig(cfg.APIKey)
	if cfg.Azure {
		cc = goopenai.DefaultAzureConfig(cfg.APIKey, strings.TrimRight(cfg.BaseURL, "/"))
		if cfg.APIVersion != "" {
			cc.APIVersion = cfg.APIVersion
		}
	} else if cfg.BaseURL != "" {
		cc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Policy.Logger = cfg.Logger
	// The transport times out each attempt itself; the client has no
	// overall timeout, since the run's context is the deadline.
	var doer goopenai.HTTPDoer = &http.Client{}
	if cfg.HTTPClient != nil {
		doer = cfg.HTTPClient
	}
	if cfg.Limiter != nil {
		doer = limited{next: doer, lim: cfg.Limiter}
	}
	t := newTransport(doer, cfg.Policy)
	cc.HTTPClient = zeroTemperature{next: t}
	if cfg.To == "" {
		cfg.To = "English"
	}
	if cfg.BaseURL == "" && !cfg.Azure {
		cfg.BaseURL = cc.BaseURL
	}
	return &Engine{cfg: cfg, client: goopenai.NewClientWithConfig(cc), t: t, secret: secret.New(cfg.APIKey)}
}

// Translate sends one chunk.
func (e *Engine) Translate(ctx context.Context, req engine.TranslateRequest) (engine.Result, error) {
	return e.complete(ctx, prompts.Translate, e.translateData(req))
}

func (e *Engine) translateData(req engine.TranslateRequest) prompts.Data {
	return prompts.Data{From: "French", To: e.cfg.To, Paragraphs: req.Paragraphs, Glossary: e.cfg.Glossary,
		Feedback: req.Feedback, Text: req.Text}
}

// SummaryInput says what Summarize reads: Options.SummaryFrom.
func (e *Engine) SummaryInput() engine.SummaryInput { return e.cfg.SummaryFrom }

// Summarize asks for the summary of the source or of the translation, the
// title (when the article has one) leading the user message.
func (e *Engine) Summarize(ctx context.Context, req engine.SummarizeRequest) (engine.Result, error) {
	d := prompts.Data{From: "French", To: e.cfg.To, Paragraphs: 1, Glossary: e.cfg.Glossary,
		Feedback: req.Feedback, Text: req.Text, Title: req.Title}
	if e.cfg.SummaryFrom == engine.FromTranslation {
		d.From = "English"
		if d.Title == "" {
			d.Title = req.FrenchTitle // a model reads it as it is
		}
	}
	return e.complete(ctx, prompts.Summarize, d)
}

// complete answers from the cache, or asks the API and checks the reply,
// asking again while the request budget (--retries) lasts. The reply is
// cached only when the stage commits it, after its own checks passed.
func (e *Engine) complete(ctx context.Context, task string, d prompts.Data) (engine.Result, error) {
	system, user, err := e.cfg.Prompts.Render(task, d)
	if err != nil {
		return engine.Result{}, err
	}
	req := e.request(task, system, user, d.Text)
	key := e.cacheKey(ctx, req)
	if r, ok := e.fromCache(ctx, key); ok {
		e.cfg.Logger.Debug("cache hit", "task", task, "tokens", r.Usage.TotalTokens)
		return r, nil
	}
	if e.cfg.LogPrompts {
		e.cfg.Logger.Debug("prompt", "task", task, "system", system, "user", user)
	}
	ctx, b := withBudget(ctx, max(0, e.cfg.Policy.Retries)+1)
	var usage engine.Usage
	for n := 0; ; n++ {
		start := time.Now()
		res, fp, err := e.ask(ctx, req)
		usage = usage.Add(res.Usage)
		if cut := e.promptCut(ctx, req, res.Usage.PromptTokens); cut != nil {
			// A reply to part of the prompt: whatever else is wrong
			// with it (a runaway reply, the wrong paragraphs), the
			// cut is the cause.
			err = cut
		}
		if err == nil {
			err = e.checkText(task, d, res.Text)
		}
		e.logReply(task, start, res, err)
		if err == nil {
			res.Usage = usage
			res.Commit = func() { e.store(key, res, fp) }
			return res, nil
		}
		if !retryable(err) || !b.more() || ctx.Err() != nil {
			return engine.Result{Usage: usage}, err
		}
		if err := e.t.p.Clock.Sleep(ctx, e.t.backoff(n)); err != nil {
			return engine.Result{Usage: usage}, err
		}
	}
}

// thinking matches the reasoning block that local reasoning models
// (DeepSeek-R1, Qwen3 through Ollama or llama.cpp) put before their answer.
var thinking = regexp.MustCompile(`(?s)^\s*<think>.*?</think>`)

// AcceptTranslation applies the checks an ordinary reply gets to a reply
// obtained elsewhere (a Batch API result line).
func (e *Engine) AcceptTranslation(req engine.TranslateRequest, text string) (string, error) {
	text = strings.TrimSpace(text)
	return text, e.checkText(prompts.Translate, e.translateData(req), text)
}

func (e *Engine) logReply(task string, start time.Time, res engine.Result, err error) {
	attrs := []any{"task", task, "ms", time.Since(start).Milliseconds(),
		"prompt_tokens", res.Usage.PromptTokens, "completion_tokens", res.Usage.CompletionTokens}
	if err != nil {
		attrs = append(attrs, "error", err.Error())
	}
	if e.cfg.LogPrompts && err == nil {
		attrs = append(attrs, "reply", res.Text)
	}
	e.cfg.Logger.Debug("reply", attrs...)
}

// ask sends one request (the transport may repeat it) and returns the
// first choice's text and the server's system_fingerprint.
func (e *Engine) ask(ctx context.Context, req goopenai.ChatCompletionRequest) (engine.Result, string, error) {
	if e.cfg.Stream {
		return e.askStream(ctx, req)
	}
	resp, err := e.client.CreateChatCompletion(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return engine.Result{}, "", ctx.Err()
		}
		return engine.Result{}, "", describe(err)
	}
	usage := engine.Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens,
		TotalTokens: resp.Usage.TotalTokens, Requests: 1}
	if len(resp.Choices) == 0 {
		return engine.Result{Usage: usage}, "", errNoChoices
	}
	c := resp.Choices[0]
	res, err := finishReply(c.Message.Content, c.FinishReason, resp.Model, usage, outputLimit(req))
	return res, resp.SystemFingerprint, err
}

// finishReply turns a complete reply into a result, or into the error its
// finish reason or emptiness calls for; streaming and plain replies alike.
// limit is the max_tokens the request asked for.
func finishReply(content string, finish goopenai.FinishReason, model string, usage engine.Usage, limit int) (engine.Result, error) {
	text := strings.TrimSpace(thinking.ReplaceAllString(content, ""))
	switch {
	case finish == goopenai.FinishReasonLength:
		return engine.Result{Usage: usage}, cutReply(usage.CompletionTokens, limit)
	case finish == goopenai.FinishReasonContentFilter:
		return engine.Result{Usage: usage}, ErrRefused
	case text == "":
		return engine.Result{Usage: usage}, ErrEmpty
	}
	return engine.Result{Text: text, Model: model, Usage: usage}, nil
}
