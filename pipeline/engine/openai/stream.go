package openai

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
	"brief/pipeline/secret"
)

// ErrStreamCut reports a stream that ended without a finish reason: the
// server stopped sending (llama.cpp reports errors mid-stream on a
// non-standard "error:" line, then [DONE]), so the text may be partial.
var ErrStreamCut = errors.New("the reply stream ended before the model finished")

// askStream sends one streaming request and assembles the reply. A
// stream that breaks or ends without a finish reason is ErrStreamCut,
// which is asked again within the request budget.
func (e *Engine) askStream(ctx context.Context, req goopenai.ChatCompletionRequest) (engine.Result, string, error) {
	req.StreamOptions = &goopenai.StreamOptions{IncludeUsage: true}
	stream, err := e.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return engine.Result{}, "", ctx.Err()
		}
		return engine.Result{}, "", describe(err)
	}
	defer stream.Close()
	var text strings.Builder
	var finish goopenai.FinishReason
	var usage engine.Usage
	model, fingerprint := "", ""
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if ctx.Err() != nil {
				return engine.Result{}, "", ctx.Err()
			}
			return engine.Result{Usage: usage}, "", fmt.Errorf("%w: %s", ErrStreamCut, secret.Excerpt(err.Error())) // one line: main prints each joined error apart
		}
		model, fingerprint = chunk.Model, chunk.SystemFingerprint
		if chunk.Usage != nil {
			usage = engine.Usage{PromptTokens: chunk.Usage.PromptTokens, CompletionTokens: chunk.Usage.CompletionTokens,
				TotalTokens: chunk.Usage.TotalTokens}
		}
		for _, c := range chunk.Choices {
			text.WriteString(c.Delta.Content)
			if c.FinishReason != "" {
				finish = c.FinishReason
			}
		}
	}
	usage.Requests = 1
	if finish == "" {
		return engine.Result{Usage: usage}, "", ErrStreamCut
	}
	res, err := finishReply(text.String(), finish, model, usage, outputLimit(req))
	return res, fingerprint, err
}
