package fakellm

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	goopenai "github.com/sashabaranov/go-openai"
)

// batchLine is one line of a batch input file.
type batchLine struct {
	CustomID string          `json:"custom_id"`
	Method   string          `json:"method"`
	URL      string          `json:"url"`
	Body     json.RawMessage `json:"body"`
}

func (s *Server) createBatch(w http.ResponseWriter, body []byte) {
	var cr goopenai.CreateBatchRequest
	if err := json.Unmarshal(body, &cr); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "malformed JSON: "+err.Error())
		return
	}
	if cr.Endpoint != goopenai.BatchEndpointChatCompletions || cr.CompletionWindow != "24h" {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "want endpoint /v1/chat/completions and completion_window 24h")
		return
	}
	b := s.batches()
	b.mu.Lock()
	f, ok := b.files[cr.InputFileID]
	hold, expire := b.hold, b.expire
	fail := make(map[string]bool, len(b.fail))
	for k, v := range b.fail {
		fail[k] = v
	}
	b.mu.Unlock()
	if !ok || f.Purpose != string(goopenai.PurposeBatch) {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "no batch input file "+cr.InputFileID)
		return
	}
	lines, bad := parseLines(f.content)
	sb := &storedBatch{Batch: goopenai.Batch{Object: "batch", Endpoint: cr.Endpoint, InputFileID: cr.InputFileID,
		CompletionWindow: cr.CompletionWindow, Status: "in_progress", CreatedAt: 1700000000, Metadata: cr.Metadata,
		RequestCounts: goopenai.BatchRequestCounts{Total: len(lines)}}}
	if bad != "" {
		sb.Status = "failed"
		msg, _ := json.Marshal(bad) // a string always marshals
		_ = json.Unmarshal([]byte(`{"object":"list","data":[{"code":"invalid_request","message":`+string(msg)+`}]}`), &sb.Errors)
	} else {
		sb.output, sb.errors, sb.counts.Failed = s.process(lines, fail, expire)
		sb.counts.Total, sb.counts.Completed = len(lines), len(lines)-sb.counts.Failed
		sb.expired = expire >= 0 && expire < len(lines)
	}
	b.mu.Lock()
	b.seq++
	sb.ID = fmt.Sprintf("batch_%d", b.seq)
	b.batches[sb.ID] = sb
	if !hold && sb.Status != "failed" {
		b.finish(sb)
	}
	out := sb.Batch
	b.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}

// parseLines validates an input file the way the Batch API does: every
// line JSON with a unique custom_id, POST, the chat URL and a chat body.
func parseLines(content []byte) ([]batchLine, string) {
	var lines []batchLine
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(content))
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	for n := 1; sc.Scan(); n++ {
		var l batchLine
		var chat goopenai.ChatCompletionRequest
		switch {
		case json.Unmarshal(sc.Bytes(), &l) != nil:
			return nil, fmt.Sprintf("line %d: not JSON", n)
		case l.CustomID == "" || seen[l.CustomID]:
			return nil, fmt.Sprintf("line %d: missing or duplicate custom_id %q", n, l.CustomID)
		case l.Method != http.MethodPost || l.URL != string(goopenai.BatchEndpointChatCompletions):
			return nil, fmt.Sprintf("line %d: want method POST and url /v1/chat/completions", n)
		case json.Unmarshal(l.Body, &chat) != nil || chat.Model == "" || len(chat.Messages) == 0:
			return nil, fmt.Sprintf("line %d: body is not a chat completion request", n)
		}
		seen[l.CustomID] = true
		lines = append(lines, l)
	}
	if len(lines) == 0 {
		return nil, "empty input file"
	}
	return lines, ""
}

// process answers each line with the chat reply function; lines past the
// expiry or named to fail go to the error file.
func (s *Server) process(lines []batchLine, fail map[string]bool, expire int) (output, errs []byte, failed int) {
	var out, bad bytes.Buffer
	for i, l := range lines {
		res := map[string]any{"id": fmt.Sprintf("batch_req_%d", i+1), "custom_id": l.CustomID, "response": nil, "error": nil}
		switch {
		case expire >= 0 && i >= expire:
			res["error"] = map[string]string{"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}
		case fail[l.CustomID]:
			res["response"] = map[string]any{"status_code": http.StatusInternalServerError, "request_id": "req_llmtest",
				"body": map[string]any{"error": map[string]any{"message": "The server had an error", "type": "server_error"}}}
		default:
			status, body := s.batchReply(l)
			res["response"] = map[string]any{"status_code": status, "request_id": "req_llmtest", "body": body}
			if status == http.StatusOK {
				writeLine(&out, res)
				continue
			}
		}
		failed++
		writeLine(&bad, res)
	}
	return out.Bytes(), bad.Bytes(), failed
}

// batchReply answers one line like answer() answers a chat request,
// minus scripted replies, delays and streaming.
func (s *Server) batchReply(l batchLine) (int, any) {
	req := Request{Method: http.MethodPost, Path: l.URL, Authorization: "Bearer " + Token, Body: l.Body}
	_ = json.Unmarshal(l.Body, &req.Chat) // parseLines checked it
	s.mu.Lock()
	rep := s.reply(req)
	s.mu.Unlock()
	if rep.Status != 0 && rep.Status != http.StatusOK {
		return rep.Status, map[string]any{"error": map[string]any{"message": orDefault(rep.ErrorMessage, http.StatusText(rep.Status)),
			"type": orDefault(rep.ErrorType, "server_error")}}
	}
	if rep.Content == "" && rep.FinishReason == "" {
		rep.Content = DefaultReply(req).Content
	}
	return http.StatusOK, completion(req, rep)
}

func writeLine(buf *bytes.Buffer, v any) {
	b, _ := json.Marshal(v) // plain maps always marshal
	buf.Write(b)
	buf.WriteByte('\n')
}

// finish publishes a processed batch's files; b.mu is held.
func (b *batchStore) finish(sb *storedBatch) {
	status := "completed"
	if sb.expired {
		status = "expired"
	}
	sb.RequestCounts = sb.counts
	for _, part := range []struct {
		content []byte
		id      **string
	}{{sb.output, &sb.OutputFileID}, {sb.errors, &sb.ErrorFileID}} {
		if len(part.content) == 0 {
			continue
		}
		b.seq++
		id := fmt.Sprintf("file-%d", b.seq)
		b.files[id] = &storedFile{File: goopenai.File{ID: id, Object: "file", Bytes: len(part.content), CreatedAt: 1700000000,
			FileName: "batch_output.jsonl", Purpose: "batch_output", Status: "processed"}, content: part.content}
		*part.id = &id
	}
	sb.Status = status
	done := 1700000100
	sb.CompletedAt = &done
}
