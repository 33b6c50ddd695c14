// Package openai is the engine for any OpenAI-compatible chat API (OpenAI,
// Azure OpenAI, Ollama, vLLM, llama.cpp server...), built on go-openai.
package openai

import (
	"context"
	"fmt"
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
	Logger     *slog.Logger // debug logs; nil: none
	LogPrompts bool         // also log prompts and replies
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
}

// New builds an engine. Its HTTP chain, top to bottom: go-openai's client,
// zeroTemperature (says "temperature": 0), the retrying transport
// (retries, Retry-After, --timeout per attempt, --rpm/--tpm), the shared
// adaptive limiter (one slot per attempt in flight), then the connection.
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
// asking again while the request budget (--retries) lasts. Only replies
// that pass every check are cached.
func (e *Engine) complete(ctx context.Context, task string, d prompts.Data) (engine.Result, error) {
	system, user, err := e.cfg.Prompts.Render(task, d)
	if err != nil {
		return engine.Result{}, err
	}
	key := cacheKey(e.cfg.BaseURL, e.cfg.Model, system, user)
	if r, ok := e.cfg.Cache.Get(key); ok {
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
		res, err := e.ask(ctx, system, user)
		usage = usage.Add(res.Usage)
		if err == nil {
			res.Text, err = e.accept(task, d, res.Text)
		}
		e.logReply(task, start, res, err)
		if err == nil {
			res.Usage = usage
			if task != prompts.Translate || paragraphsOK(res.Text, d.Paragraphs) {
				if err := e.cfg.Cache.Put(key, res); err != nil {
					return res, err
				}
			}
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

// accept runs the reply checks and scrubs the key from the text.
func (e *Engine) accept(task string, d prompts.Data, text string) (string, error) {
	if err := check(task, d, text); err != nil {
		return "", err
	}
	return e.secret.Text(text), nil
}

// AcceptTranslation applies the checks an ordinary reply gets to a reply
// obtained elsewhere (a Batch API result line).
func (e *Engine) AcceptTranslation(req engine.TranslateRequest, text string) (string, error) {
	return e.accept(prompts.Translate, e.translateData(req), strings.TrimSpace(text))
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

// request is the one place a chat request is built, for ordinary requests
// and Batch API lines alike.
func (e *Engine) request(system, user string) goopenai.ChatCompletionRequest {
	return goopenai.ChatCompletionRequest{
		Model: e.cfg.Model,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: system},
			{Role: goopenai.ChatMessageRoleUser, Content: user},
		},
	}
}

// ask sends one request (the transport may repeat it) and returns the
// first choice's text.
func (e *Engine) ask(ctx context.Context, system, user string) (engine.Result, error) {
	if e.cfg.Stream {
		return e.askStream(ctx, system, user)
	}
	resp, err := e.client.CreateChatCompletion(ctx, e.request(system, user))
	if err != nil {
		if ctx.Err() != nil {
			return engine.Result{}, ctx.Err()
		}
		return engine.Result{}, describe(err)
	}
	usage := engine.Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens,
		TotalTokens: resp.Usage.TotalTokens, Requests: 1}
	if len(resp.Choices) == 0 {
		return engine.Result{Usage: usage}, fmt.Errorf("%w: no choices", ErrEmpty)
	}
	c := resp.Choices[0]
	return finishReply(c.Message.Content, c.FinishReason, resp.Model, usage)
}

// finishReply turns a complete reply into a result, or into the error its
// finish reason or emptiness calls for; streaming and plain replies alike.
func finishReply(content string, finish goopenai.FinishReason, model string, usage engine.Usage) (engine.Result, error) {
	text := strings.TrimSpace(thinking.ReplaceAllString(content, ""))
	switch {
	case finish == goopenai.FinishReasonLength:
		return engine.Result{Usage: usage}, ErrTruncated
	case finish == goopenai.FinishReasonContentFilter:
		return engine.Result{Usage: usage}, ErrRefused
	case text == "":
		return engine.Result{Usage: usage}, ErrEmpty
	}
	return engine.Result{Text: text, Model: model, Usage: usage}, nil
}
