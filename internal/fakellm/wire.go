package fakellm

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// completion is a non-streaming chat reply body.
func completion(req Request, rep Reply) map[string]any {
	out := map[string]any{
		"id": "chatcmpl-llmtest", "object": "chat.completion", "created": 1700000000, "model": orDefault(rep.Model, req.Chat.Model),
		"system_fingerprint": rep.Fingerprint,
		"choices": []map[string]any{{"index": 0, "message": map[string]any{"role": "assistant", "content": rep.Content},
			"finish_reason": orDefault(rep.FinishReason, "stop")}},
	}
	if !rep.NoUsage {
		out["usage"] = replyUsage(req, rep)
	}
	return out
}

// replyUsage is the usage a reply reports: words as tokens (usage), or
// the prompt tokens the reply says the server read.
func replyUsage(req Request, rep Reply) map[string]int {
	u := usage(req, rep.Content)
	if rep.PromptTokens > 0 {
		u["prompt_tokens"] = rep.PromptTokens
	}
	u["total_tokens"] = u["prompt_tokens"] + u["completion_tokens"]
	return u
}

// usage counts words as tokens: deterministic and close enough for tests.
func usage(req Request, content string) map[string]int {
	p := 0
	for _, m := range req.Chat.Messages {
		p += len(strings.Fields(m.Content))
	}
	c := len(strings.Fields(content))
	return map[string]int{"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
}

func statusOr200(s int) int {
	if s == 0 {
		return http.StatusOK
	}
	return s
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client going away is not the server's problem
}

// writeError answers in OpenAI's error shape, so go-openai returns an
// *openai.APIError with the status code.
func writeError(w http.ResponseWriter, status int, typ, code, msg string) {
	e := map[string]any{"message": msg, "type": typ}
	if code != "" {
		e["code"] = code
	} else {
		e["code"] = status
	}
	writeJSON(w, status, map[string]any{"error": e})
}

// stream answers as server-sent events the way llama.cpp does: no role in
// any delta, a last chunk with an empty delta, the finish reason and the
// usage, then [DONE].
func stream(w http.ResponseWriter, r *http.Request, req Request, rep Reply) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	flush := func() {
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	}
	event := func(v any) {
		b, _ := json.Marshal(v) // plain maps always marshal
		fmt.Fprintf(w, "data: %s\n\n", b)
		flush()
	}
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{"id": "chatcmpl-llmtest", "object": "chat.completion.chunk", "created": 1700000000,
			"model": orDefault(rep.Model, req.Chat.Model), "system_fingerprint": rep.Fingerprint,
			"choices": []map[string]any{{"index": 0, "delta": delta, "finish_reason": finish}}}
	}
	words := strings.SplitAfter(rep.Content, " ")
	for i, piece := range words {
		if rep.Drip > 0 {
			select {
			case <-time.After(rep.Drip):
			case <-r.Context().Done():
				return
			}
		}
		event(chunk(map[string]any{"content": piece}, nil))
		if rep.StreamError && i == 0 {
			b, _ := json.Marshal(map[string]any{"code": 500, "type": "server_error",
				"message": orDefault(rep.StreamErrorMessage, "the slot was released while generating")})
			fmt.Fprintf(w, "error: %s\n\n", b)
			fmt.Fprintf(w, "data: [DONE]\n\n")
			flush()
			return
		}
	}
	last := chunk(map[string]any{}, orDefault(rep.FinishReason, "stop"))
	if !rep.NoUsage {
		last["usage"] = replyUsage(req, rep)
	}
	event(last)
	fmt.Fprintf(w, "data: [DONE]\n\n")
	flush()
}
