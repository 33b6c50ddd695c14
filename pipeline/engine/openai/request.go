package openai

import (
	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/tokens"
	"brief/prompts"
)

// Output allowances. A model that never stops (a missing chat template, a
// tiny local model) would otherwise run to the end of the server's
// context: every request says how long its reply may be.
const (
	// replyMargin is added to twice the source's tokens: a translation is
	// about as long as its source, and short chunks need room too.
	replyMargin = 256
	// maxReplyTokens caps a reply: the output limit of today's chat
	// models (16,384 for gpt-4o); a chunk is far smaller.
	maxReplyTokens = 16384
	// summaryTokens is a headline and at most six bullets, with room.
	summaryTokens = 1024
	// reasoningTokens is added for reasoning models, whose hidden
	// reasoning counts against max_completion_tokens (OpenAI advises
	// reserving 25,000 tokens for reasoning and output).
	reasoningTokens = 25000
)

// estimate counts tokens without the tokenizer: the output allowance and
// the truncation check only need sizes, and must not depend on which
// tokenizer happens to be loaded.
var estimate tokens.Estimate

// replyTokens is the output allowance of a task on text.
func replyTokens(task, text string) int {
	if task == prompts.Summarize {
		return summaryTokens
	}
	return min(maxReplyTokens, 2*estimate.Count(text)+replyMargin)
}

// request is the one place a chat request is built, for ordinary
// requests and Batch API lines alike: the model, the system and user
// messages, and the output allowance. Reasoning models take it as
// max_completion_tokens (go-openai refuses max_tokens for them); every
// other model as max_tokens, the field llama.cpp and older servers
// honour (llama.cpp ignores max_completion_tokens).
func (e *Engine) request(task, system, user, text string) goopenai.ChatCompletionRequest {
	req := goopenai.ChatCompletionRequest{
		Model: e.cfg.Model,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: system},
			{Role: goopenai.ChatMessageRoleUser, Content: user},
		},
	}
	n := replyTokens(task, text)
	if isReasoningModel(e.cfg.Model) {
		req.MaxCompletionTokens = n + reasoningTokens
	} else {
		//lint:ignore SA1019 llama.cpp and older servers honour only max_tokens
		req.MaxTokens = n
	}
	return req
}

// outputLimit is the output allowance req asked for.
func outputLimit(req goopenai.ChatCompletionRequest) int {
	//lint:ignore SA1019 max_tokens is what non-reasoning models are sent
	return max(req.MaxTokens, req.MaxCompletionTokens)
}

// promptTokens estimates the tokens req's messages make.
func promptTokens(req goopenai.ChatCompletionRequest) int {
	n := 0
	for _, m := range req.Messages {
		n += estimate.Count(m.Content)
	}
	return n
}
