package batch

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
)

// Outcome is the result of one batch line: a reply, or why there is none.
type Outcome struct {
	Text  string
	Usage engine.Usage
	Err   string // empty when Text is a usable reply
}

// OK reports whether the line produced a usable reply.
func (o Outcome) OK() bool { return o.Err == "" }

// resultLine is one line of an output or error file.
type resultLine struct {
	CustomID string `json:"custom_id"`
	Response *struct {
		StatusCode int             `json:"status_code"`
		Body       json.RawMessage `json:"body"`
	} `json:"response"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// ReadResults adds the outcomes of an output or error file to into, by
// custom_id. A success never gets overwritten by a later failure of the
// same custom_id.
func ReadResults(r io.Reader, into map[string]Outcome) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l resultLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("result line %d: %w", n, err)
		}
		if prev, ok := into[l.CustomID]; ok && prev.OK() {
			continue
		}
		into[l.CustomID] = outcome(l)
	}
	return sc.Err()
}

func outcome(l resultLine) Outcome {
	switch {
	case l.Error != nil:
		return Outcome{Err: strings.TrimSpace(l.Error.Code + " " + l.Error.Message)}
	case l.Response == nil:
		return Outcome{Err: "no response"}
	case l.Response.StatusCode != http.StatusOK:
		return Outcome{Err: fmt.Sprintf("HTTP %d", l.Response.StatusCode)}
	}
	var resp goopenai.ChatCompletionResponse
	if err := json.Unmarshal(l.Response.Body, &resp); err != nil {
		return Outcome{Err: "malformed body: " + err.Error()}
	}
	usage := engine.Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens,
		TotalTokens: resp.Usage.TotalTokens, Requests: 1,
		BatchPromptTokens: resp.Usage.PromptTokens, BatchCompletionTokens: resp.Usage.CompletionTokens}
	if len(resp.Choices) == 0 {
		return Outcome{Usage: usage, Err: "no choices"}
	}
	c := resp.Choices[0]
	text := strings.TrimSpace(c.Message.Content)
	switch {
	case c.FinishReason == goopenai.FinishReasonLength:
		return Outcome{Usage: usage, Err: "reply cut at the output limit"}
	case c.FinishReason == goopenai.FinishReasonContentFilter:
		return Outcome{Usage: usage, Err: "content filter"}
	case text == "":
		return Outcome{Usage: usage, Err: "empty reply"}
	}
	return Outcome{Text: text, Usage: usage}
}
