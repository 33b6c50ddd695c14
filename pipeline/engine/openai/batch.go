package openai

import (
	"encoding/json"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
	"brief/prompts"
)

// TranslateBody is the JSON body Translate would POST to
// /v1/chat/completions for req, temperature included, so a Batch API line
// asks exactly what an ordinary request asks.
func (e *Engine) TranslateBody(req engine.TranslateRequest) (json.RawMessage, error) {
	d := prompts.Data{From: "French", To: e.cfg.To, Paragraphs: req.Paragraphs, Glossary: e.cfg.Glossary,
		Feedback: req.Feedback, Text: req.Text}
	system, user, err := e.cfg.Prompts.Render(prompts.Translate, d)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(goopenai.ChatCompletionRequest{
		Model: e.cfg.Model,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: system},
			{Role: goopenai.ChatMessageRoleUser, Content: user},
		},
	})
	if err != nil {
		return nil, err
	}
	return withZeroTemperature(b), nil
}
