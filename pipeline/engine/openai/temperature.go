package openai

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"
)

// zeroTemperature makes chat requests say "temperature": 0 explicitly.
// go-openai drops a zero temperature (omitempty), and servers then use
// their own default (1 at OpenAI, 0.8 at llama.cpp), which makes
// translations vary from run to run. Reasoning models refuse any
// temperature, so they are left alone.
type zeroTemperature struct{ next goopenai.HTTPDoer }

func (z zeroTemperature) Do(req *http.Request) (*http.Response, error) {
	if req.Body == nil || !strings.HasSuffix(req.URL.Path, "/chat/completions") {
		return z.next.Do(req)
	}
	body, err := io.ReadAll(req.Body)
	_ = req.Body.Close() // the bytes are in memory; a close error changes nothing
	if err != nil {
		return nil, err
	}
	body = withZeroTemperature(body)
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.ContentLength = int64(len(body))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	return z.next.Do(req)
}

func withZeroTemperature(body []byte) []byte {
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return body
	}
	var model string
	_ = json.Unmarshal(fields["model"], &model) // a missing model leaves ""
	if _, set := fields["temperature"]; set || isReasoningModel(model) {
		return body
	}
	fields["temperature"] = json.RawMessage("0")
	out, err := json.Marshal(fields)
	if err != nil {
		return body
	}
	return out
}

// isReasoningModel matches the families that accept only the default
// temperature.
func isReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}
