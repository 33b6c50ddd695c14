package openai

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// quotaCode is OpenAI's code (and type) for an exhausted quota.
const quotaCode = "insufficient_quota"

// isQuota is the one test telling a 429 for an exhausted quota (stop:
// retrying never helps) from one for a rate limit (wait), from the error's
// code and type however they arrived.
func isQuota(code any, typ string) bool { return fmt.Sprint(code) == quotaCode || typ == quotaCode }

// quotaBody reads an OpenAI error body with isQuota.
func quotaBody(body []byte) bool {
	var e struct {
		Error struct {
			Code any    `json:"code"`
			Type string `json:"type"`
		} `json:"error"`
	}
	return json.Unmarshal(body, &e) == nil && isQuota(e.Error.Code, e.Error.Type)
}

// quotaReply reads resp's body with quotaBody and leaves it readable.
func quotaReply(resp *http.Response) bool {
	data, err := io.ReadAll(resp.Body)
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return err == nil && quotaBody(data)
}
