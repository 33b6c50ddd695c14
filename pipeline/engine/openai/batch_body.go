package openai

import (
	"encoding/json"

	"brief/pipeline/engine"
	"brief/prompts"
)

// TranslateBody is the JSON body Translate would POST to
// /v1/chat/completions for req, temperature included, so a Batch API line
// asks exactly what an ordinary request asks.
func (e *Engine) TranslateBody(req engine.TranslateRequest) (json.RawMessage, error) {
	d := e.translateData(req)
	system, user, err := e.cfg.Prompts.Render(prompts.Translate, d)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(e.request(prompts.Translate, system, user, d.Text))
	if err != nil {
		return nil, err
	}
	return withZeroTemperature(b), nil
}
