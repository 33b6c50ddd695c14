// Package openai is the engine for any OpenAI-compatible chat API (OpenAI,
// Azure OpenAI, Ollama, vLLM, llama.cpp server...), built on go-openai.
package openai

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
	"brief/prompts"
)

// Name is the engine's name in documents and front matter.
const Name = "openai"

// DefaultModel is used when neither --model nor BRIEF_MODEL is set.
const DefaultModel = "gpt-4o-mini"

// Config configures the engine. APIKey is never logged or written.
type Config struct {
	BaseURL  string
	APIKey   string
	Model    string
	Timeout  time.Duration // per request
	To       string        // target language name for the prompts
	Glossary []prompts.Term
	Prompts  *prompts.Set
	// HTTPClient overrides the transport (retries, rate limits, tests).
	HTTPClient goopenai.HTTPDoer
}

// chatClient is the one go-openai call the engine needs.
type chatClient interface {
	CreateChatCompletion(context.Context, goopenai.ChatCompletionRequest) (goopenai.ChatCompletionResponse, error)
}

// Engine translates and summarises through a chat completion API.
type Engine struct {
	cfg    Config
	client chatClient
}

// New builds an engine for cfg.
func New(cfg Config) *Engine {
	cc := goopenai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		cc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	var doer goopenai.HTTPDoer = &http.Client{Timeout: cfg.Timeout}
	if cfg.HTTPClient != nil {
		doer = cfg.HTTPClient
	}
	cc.HTTPClient = zeroTemperature{next: doer}
	if cfg.To == "" {
		cfg.To = "English"
	}
	return &Engine{cfg: cfg, client: goopenai.NewClientWithConfig(cc)}
}

// Translate sends one chunk.
func (e *Engine) Translate(ctx context.Context, req engine.TranslateRequest) (engine.Result, error) {
	d := prompts.Data{From: "French", To: e.cfg.To, Paragraphs: req.Paragraphs, Glossary: e.cfg.Glossary,
		Feedback: req.Feedback, Text: req.Text}
	return e.complete(ctx, prompts.Translate, d)
}

// Summarize sends the whole translation.
func (e *Engine) Summarize(ctx context.Context, req engine.SummarizeRequest) (engine.Result, error) {
	d := prompts.Data{From: "English", To: e.cfg.To, Paragraphs: 1, Glossary: e.cfg.Glossary,
		Feedback: req.Feedback, Text: req.Text}
	return e.complete(ctx, prompts.Summarize, d)
}

func (e *Engine) complete(ctx context.Context, task string, d prompts.Data) (engine.Result, error) {
	system, user, err := e.cfg.Prompts.Render(task, d)
	if err != nil {
		return engine.Result{}, err
	}
	resp, err := e.client.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{
		Model: e.cfg.Model,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: system},
			{Role: goopenai.ChatMessageRoleUser, Content: user},
		},
	})
	if err != nil {
		return engine.Result{}, describe(err)
	}
	usage := engine.Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens,
		TotalTokens: resp.Usage.TotalTokens, Requests: 1}
	if len(resp.Choices) == 0 {
		return engine.Result{Usage: usage}, errors.New("the API returned no choices")
	}
	c := resp.Choices[0]
	text := strings.TrimSpace(c.Message.Content)
	switch {
	case c.FinishReason == goopenai.FinishReasonLength:
		return engine.Result{Usage: usage}, ErrTruncated
	case c.FinishReason == goopenai.FinishReasonContentFilter:
		return engine.Result{Usage: usage}, errors.New("the API refused the text (content filter)")
	case text == "":
		return engine.Result{Usage: usage}, errors.New("the API returned an empty reply")
	}
	return engine.Result{Text: text, Model: resp.Model, Usage: usage}, nil
}

// ErrTruncated reports a reply cut by the model's output limit.
var ErrTruncated = errors.New("the reply was cut at the model's output limit (finish_reason length)")

// describe turns go-openai errors into one line that says what to do.
func describe(err error) error {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		hint := ""
		switch apiErr.HTTPStatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			hint = "; check OPENAI_API_KEY in the environment or .env"
		case http.StatusNotFound:
			hint = "; check --base-url (OPENAI_BASE_URL) and --model (BRIEF_MODEL)"
		}
		return fmt.Errorf("%w: HTTP %d: %s%s", ErrAPI, apiErr.HTTPStatusCode, apiErr.Message, hint)
	}
	var reqErr *goopenai.RequestError
	if errors.As(err, &reqErr) {
		return fmt.Errorf("%w: HTTP %d: %v", ErrAPI, reqErr.HTTPStatusCode, reqErr.Err)
	}
	return fmt.Errorf("%w: %w", ErrAPI, err)
}

// ErrAPI marks an error from the API or the connection to it.
var ErrAPI = errors.New("API request failed")
