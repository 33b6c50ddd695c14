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

// MaxTokens is the request's max_tokens, read from its body (go-openai
// deprecates the field; llama.cpp honours only it); 0: not sent.
func (r Request) MaxTokens() int {
	var b struct {
		MaxTokens int `json:"max_tokens"`
	}
	_ = json.Unmarshal(r.Body, &b) // a body that is not JSON says nothing
	return b.MaxTokens
}

// IsSummary tells summary requests from translation requests.
func (r Request) IsSummary() bool { return strings.Contains(strings.ToLower(r.System()), "headline") }

// SummarisesFrench tells a summary of the French source from one of the
// English translation, by what the system message says it summarises.
func (r Request) SummarisesFrench() bool {
	return r.IsSummary() && strings.Contains(r.System(), "French")
}

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
	props    *Props                           // GET /props; nil: 404
	loading  func() bool                      // answer 503 Loading model while true
	nctx     int                              // context in tokens; 0: none
	shift    bool                             // context shift: cut long prompts silently
	replyCap int                              // output tokens at most; 0: none
	identity Reply                            // Model and Fingerprint of replies
	models   []string                         // models served; none: any name
	anyKey   bool                             // any key is accepted
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
	echo, anyKey := s.echoKey, s.anyKey
	s.mu.Unlock()
	if s.stillLoading(w) {
		return
	}
	switch {
	case r.URL.Path == "/props" && r.Method == http.MethodGet:
		s.serveProps(w, req)
		return
	case r.URL.Path == "/tokenize" && r.Method == http.MethodPost:
		s.serveTokenize(w, req)
		return
	case r.URL.Path == "/v1/models" && r.Method == http.MethodGet:
		s.listModels(w)
		return
	case strings.HasPrefix(r.URL.Path, "/v1/files") || strings.HasPrefix(r.URL.Path, "/v1/batches"):
		s.serveBatch(w, r, req) // batch.go
		return
	case r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost:
		writeError(w, http.StatusNotFound, "invalid_request_error", "", "no route "+r.Method+" "+r.URL.Path)
		return
	case req.Authorization != "Bearer "+Token && !anyKey:
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
	if s.unknownModel(w, req) {
		return
	}
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
	rep = s.shape(req, rep)
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
		w.Header().Set("Content-Type", orDefault(rep.ContentType, "application/json"))
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
		stream(w, r, req, rep)
		return
	}
	writeJSON(w, http.StatusOK, completion(req, rep))
}
