// Package fakellm is a fake OpenAI-compatible chat server for tests: it
// answers deterministically by default and can be scripted to reply,
// stall, fail or misbehave the way real servers do. Only tests and bench/
// import it: it lives under internal/ and the binary never links it.
package fakellm

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
)

// Token is the API key the server accepts.
const Token = "sk-llmtest-0123456789abcdef"

// Request is one request the server received.
type Request struct {
	Method        string
	Path          string
	Authorization string
	Body          []byte
	Chat          goopenai.ChatCompletionRequest
}

// System returns the request's system message.
func (r Request) System() string { return r.message(goopenai.ChatMessageRoleSystem) }

// User returns the request's user message.
func (r Request) User() string { return r.message(goopenai.ChatMessageRoleUser) }

func (r Request) message(role string) string {
	for _, m := range r.Chat.Messages {
		if m.Role == role {
			return m.Content
		}
	}
	return ""
}

// IsSummary tells summary requests from translation requests.
func (r Request) IsSummary() bool { return strings.Contains(strings.ToLower(r.System()), "headline") }

// SummarisesFrench tells a summary of the French source from one of the
// English translation, by what the system message says it summarises.
func (r Request) SummarisesFrench() bool {
	return r.IsSummary() && strings.Contains(r.System(), "French")
}

// Reply is what the server answers to one request. The zero Reply means
// "answer with the default content".
type Reply struct {
	Content      string
	Status       int               // HTTP status; 0 means 200
	ErrorType    string            // OpenAI error type for non-200 replies
	ErrorCode    string            // OpenAI error code, e.g. insufficient_quota
	ErrorMessage string            // message of the error body
	Raw          string            // when set, sent as the body verbatim (malformed JSON)
	Headers      map[string]string // extra headers, e.g. Retry-After
	FinishReason string            // "stop" unless set
	Delay        time.Duration     // wait before answering (honours the client's cancel)
	Hang         bool              // never answer; return when the client gives up
	// StreamError sends a llama.cpp style "error: {...}" line mid-stream
	// after the first piece, then [DONE], with no finish_reason.
	StreamError bool
	// NoUsage leaves the usage out, as some servers do.
	NoUsage bool
	// Reset closes the connection without answering (a crash or a
	// proxy reset).
	Reset bool
}

// Canned faults real servers produce.
var (
	// Quota is OpenAI's 429 for an exhausted quota.
	Quota = Reply{Status: 429, ErrorType: "insufficient_quota", ErrorCode: "insufficient_quota",
		ErrorMessage: "You exceeded your current quota, please check your plan and billing details."}
	// RateLimited is OpenAI's 429 for a rate limit, with no wait hint.
	RateLimited = Reply{Status: 429, ErrorType: "requests", ErrorCode: "rate_limit_exceeded",
		ErrorMessage: "Rate limit reached for requests"}
	// ContextSize is llama.cpp's 400 with context shift off.
	ContextSize = Reply{Status: 400, ErrorType: "invalid_request_error",
		ErrorMessage: "the request exceeds the available context size, try increasing it"}
	// Garbage is a 200 whose body is not JSON.
	Garbage = Reply{Raw: `{"id":"chatcmpl-llmtest","choices":[{"message":{"content":"Half`}
	// Empty is a complete reply with no text.
	Empty = Reply{FinishReason: "stop"}
	// Length is a reply cut at the output limit.
	Length = Reply{Content: "The text was", FinishReason: "length"}
	// Refusal is a content-filter refusal.
	Refusal = Reply{FinishReason: "content_filter"}
	// Hang never answers.
	Hang = Reply{Hang: true}
	// Reset closes the connection.
	Reset = Reply{Reset: true}
)

// Server is the fake.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	requests []Request
	script   []Reply // replies for the next requests, in order
	reply    func(Request) Reply
	delay    time.Duration
	echoKey  bool
	fail     func(Request, int) (Reply, bool) // faults decided per request
	seen     map[string]int                   // requests per user message
	answered int                              // chat requests answered 200
	lat      *latency                         // latency mode (latency.go); nil: off
}

// New starts a server on 127.0.0.1 answering with DefaultReply.
func New() *Server {
	s := &Server{reply: DefaultReply}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// BaseURL is what OPENAI_BASE_URL should be.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// SetReply replaces the default answer function.
func (s *Server) SetReply(f func(Request) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reply = f
}

// Script queues replies for the next requests, before the reply function.
func (s *Server) Script(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, r...)
}

// FailNext answers the next n requests with status and an optional
// Retry-After value.
func (s *Server) FailNext(n, status int, retryAfter string) {
	for i := 0; i < n; i++ {
		r := Reply{Status: status}
		if retryAfter != "" {
			r.Headers = map[string]string{"Retry-After": retryAfter}
		}
		s.Script(r)
	}
}

// SetDelay delays every answer by d.
func (s *Server) SetDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay = d
}

// EchoKeyIn401 makes authentication failures echo the key they received,
// as some providers do, to test that clients redact it.
func (s *Server) EchoKeyIn401() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.echoKey = true
}

// Requests returns a copy of the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// ChatRequests returns the chat completion requests received so far.
func (s *Server) ChatRequests() []Request {
	var out []Request
	for _, r := range s.Requests() {
		if strings.HasSuffix(r.Path, "/chat/completions") {
			out = append(out, r)
		}
	}
	return out
}

// azureChat matches /openai/deployments/NAME/chat/completions?api-version=...
func azureChat(r *http.Request) bool {
	p := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	return len(p) == 5 && p[0] == "openai" && p[1] == "deployments" && p[3] == "chat" && p[4] == "completions" &&
		r.URL.Query().Get("api-version") != ""
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body) // a broken body shows up as a decode error below
	req := Request{Method: r.Method, Path: r.URL.Path, Authorization: r.Header.Get("Authorization"), Body: body}
	if azureChat(r) {
		// Azure OpenAI: a deployment path, an api-version and an api-key
		// header; answered like the OpenAI route.
		req.Path, req.Authorization = "/v1/chat/completions", "Bearer "+r.Header.Get("api-key")
		r.URL.Path = req.Path
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	idx := len(s.requests) - 1 // requests run concurrently: remember ours
	echo := s.echoKey
	s.mu.Unlock()
	switch {
	case r.URL.Path == "/v1/models" && r.Method == http.MethodGet:
		writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": []map[string]any{{"id": "llmtest", "object": "model"}}})
		return
	case strings.HasPrefix(r.URL.Path, "/v1/files") || strings.HasPrefix(r.URL.Path, "/v1/batches"):
		s.serveBatch(w, r, req) // batch.go
		return
	case r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost:
		writeError(w, http.StatusNotFound, "invalid_request_error", "", "no route "+r.Method+" "+r.URL.Path)
		return
	case req.Authorization != "Bearer "+Token:
		msg := "Invalid API Key"
		if echo {
			msg = "Incorrect API key provided: " + strings.TrimPrefix(req.Authorization, "Bearer ")
		}
		writeError(w, http.StatusUnauthorized, "authentication_error", "invalid_api_key", msg)
		return
	}
	if err := json.Unmarshal(body, &req.Chat); err != nil {
		writeError(w, http.StatusInternalServerError, "server_error", "", "malformed JSON: "+err.Error())
		return
	}
	s.mu.Lock()
	s.requests[idx] = req
	s.mu.Unlock()
	s.answer(w, r, req)
}

// FailRandomly answers a share rate of chat requests with a 500, chosen
// by a hash of seed, the user message and how many times it was sent, so
// the same requests fail whatever order concurrent clients send them in.
func (s *Server) FailRandomly(seed uint64, rate float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail = func(req Request, n int) (Reply, bool) {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d|%d|%s", seed, n, req.User())
		if float64(h.Sum64()%1_000_000) < rate*1_000_000 {
			return Reply{Status: 500, ErrorMessage: "random failure"}, true
		}
		return Reply{}, false
	}
}

// FailAfter answers the first n chat requests normally and every later
// one with rep: a server that dies halfway through a run.
func (s *Server) FailAfter(n int, rep Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail = func(Request, int) (Reply, bool) { return rep, s.answered >= n }
}

// Heal stops the faults set by FailRandomly and FailAfter.
func (s *Server) Heal() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail = nil
}

// Sent returns how many times each user message was sent.
func (s *Server) Sent() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for k, v := range s.seen {
		out[k] = v
	}
	return out
}

func (s *Server) next(req Request) (Reply, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen == nil {
		s.seen = map[string]int{}
	}
	n := s.seen[req.User()]
	s.seen[req.User()]++
	if s.fail != nil {
		if rep, ok := s.fail(req, n); ok {
			return rep, s.delay
		}
	}
	if len(s.script) > 0 {
		rep := s.script[0]
		s.script = s.script[1:]
		return rep, s.delay
	}
	return s.reply(req), s.delay
}

func (s *Server) answer(w http.ResponseWriter, r *http.Request, req Request) {
	release, waited, ok := s.admit(w, r)
	if !ok {
		return
	}
	defer release()
	rep, delay := s.next(req)
	if rep.Hang {
		<-r.Context().Done()
		return
	}
	if rep.Reset {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close() // the point is to drop it
				return
			}
		}
		panic(http.ErrAbortHandler)
	}
	if d := delay + rep.Delay; d > 0 {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range rep.Headers {
		w.Header().Set(k, v)
	}
	switch {
	case rep.Raw != "":
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(statusOr200(rep.Status))
		io.WriteString(w, rep.Raw)
		return
	case rep.Status != 0 && rep.Status != http.StatusOK:
		writeError(w, rep.Status, orDefault(rep.ErrorType, "server_error"), rep.ErrorCode,
			orDefault(rep.ErrorMessage, http.StatusText(rep.Status)))
		return
	}
	if rep.Content == "" && rep.FinishReason == "" && rep.Raw == "" {
		rep.Content = DefaultReply(req).Content
	}
	if !s.generate(r, req, rep.Content, waited) {
		return
	}
	s.mu.Lock()
	s.answered++
	s.mu.Unlock()
	if req.Chat.Stream {
		stream(w, req, rep)
		return
	}
	writeJSON(w, http.StatusOK, completion(req, rep))
}

func completion(req Request, rep Reply) map[string]any {
	out := map[string]any{
		"id": "chatcmpl-llmtest", "object": "chat.completion", "created": 1700000000, "model": req.Chat.Model,
		"choices": []map[string]any{{"index": 0, "message": map[string]any{"role": "assistant", "content": rep.Content},
			"finish_reason": orDefault(rep.FinishReason, "stop")}},
	}
	if !rep.NoUsage {
		out["usage"] = usage(req, rep.Content)
	}
	return out
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
func stream(w http.ResponseWriter, req Request, rep Reply) {
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
			"model": req.Chat.Model, "choices": []map[string]any{{"index": 0, "delta": delta, "finish_reason": finish}}}
	}
	words := strings.SplitAfter(rep.Content, " ")
	for i, piece := range words {
		event(chunk(map[string]any{"content": piece}, nil))
		if rep.StreamError && i == 0 {
			fmt.Fprintf(w, "error: {\"code\":500,\"message\":\"context shift is disabled\",\"type\":\"server_error\"}\n\n")
			fmt.Fprintf(w, "data: [DONE]\n\n")
			flush()
			return
		}
	}
	last := chunk(map[string]any{}, orDefault(rep.FinishReason, "stop"))
	if !rep.NoUsage {
		last["usage"] = usage(req, rep.Content)
	}
	event(last)
	fmt.Fprintf(w, "data: [DONE]\n\n")
	flush()
}
