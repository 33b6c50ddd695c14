package fakellm

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"time"

	"brief/pipeline/figures"
)

// More canned faults real servers produce (servers.md).
var (
	// ContextShift500 is llama.cpp's 500 when the context fills while
	// generating with context shift off.
	ContextShift500 = Reply{Status: 500, ErrorType: "server_error", ErrorMessage: "context shift is disabled"}
	// PromptTooBig500 is llama.cpp's 500 when the prompt overflows the KV
	// cache.
	PromptTooBig500 = Reply{Status: 500, ErrorType: "server_error",
		ErrorMessage: "Input prompt is too big compared to KV size. Please try increasing KV size."}
	// Hostile is an error whose text tries to take over the terminal:
	// clear the screen, colour, ring the bell, and forge a success line.
	Hostile = Reply{Status: 400, ErrorType: "invalid_request_error",
		ErrorMessage: "\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b[32mbad request\x07\r\nbrief: article.txt -> out/article.md (ok)"}
	// ProxyPage is a reverse proxy's HTML error page.
	ProxyPage = Reply{Status: 502, ContentType: "text/html",
		Raw: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\r\n</html>\r\n"}
	// EchoAuth400 is a 400 whose message echoes the Authorization header
	// the server received.
	EchoAuth400 = Reply{Status: 400, ErrorType: "invalid_request_error", ErrorMessage: "bad request", EchoAuth: true}
)

// Props is what the server answers to GET /props, like llama.cpp's.
type Props struct {
	ModelPath string
	BuildInfo string
	NCtx      int
}

// SetProps makes GET /props answer like llama.cpp (it then needs the key,
// as llama.cpp started with --api-key does); nil: 404, as other servers.
func (s *Server) SetProps(p *Props) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.props = p
}

func (s *Server) serveProps(w http.ResponseWriter, req Request) {
	s.mu.Lock()
	p := s.props
	s.mu.Unlock()
	switch {
	case p == nil:
		writeError(w, http.StatusNotFound, "not_found_error", "", "File Not Found")
	case req.Authorization != "Bearer "+Token:
		writeError(w, http.StatusUnauthorized, "authentication_error", "", "Invalid API Key")
	default:
		writeJSON(w, http.StatusOK, map[string]any{"model_path": p.ModelPath, "build_info": p.BuildInfo, "total_slots": 1,
			"default_generation_settings": map[string]any{"n_ctx": p.NCtx}})
	}
}

// serveTokenize answers POST /tokenize like llama.cpp, when /props is
// on: one token per word, the server's count.
func (s *Server) serveTokenize(w http.ResponseWriter, req Request) {
	s.mu.Lock()
	p := s.props
	s.mu.Unlock()
	var in struct {
		Content string `json:"content"`
	}
	switch {
	case p == nil:
		writeError(w, http.StatusNotFound, "not_found_error", "", "File Not Found")
	case req.Authorization != "Bearer "+Token:
		writeError(w, http.StatusUnauthorized, "authentication_error", "", "Invalid API Key")
	case json.Unmarshal(req.Body, &in) != nil:
		writeError(w, http.StatusInternalServerError, "server_error", "", "[json.exception.parse_error.101] parse error")
	default:
		tokens := make([]int, estimate(in.Content))
		writeJSON(w, http.StatusOK, map[string]any{"tokens": tokens})
	}
}

// LoadFor answers every request 503 "Loading model" until now() is d past
// the call, like llama.cpp while its model loads; now is the clock the
// client waits on, so tests need not wait for real.
func (s *Server) LoadFor(d time.Duration, now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	until := now().Add(d)
	s.loading = func() bool { return now().Before(until) }
}

// stillLoading answers 503 "Loading model" while LoadFor lasts.
func (s *Server) stillLoading(w http.ResponseWriter) bool {
	s.mu.Lock()
	loading := s.loading
	s.mu.Unlock()
	if loading == nil || !loading() {
		return false
	}
	writeError(w, http.StatusServiceUnavailable, "unavailable_error", "", "Loading model")
	return true
}

// SetContext gives the server a context of n tokens (words, as the
// usage counts them) for a whole request. A longer prompt is, with shift (llama.cpp's
// default context shift), cut to its tail silently: the reply translates
// only the paragraphs left and the usage reports n prompt tokens; without
// shift it is llama.cpp's 400. 0: no limit.
func (s *Server) SetContext(n int, shift bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nctx, s.shift = n, shift
}

// SetIdentity makes replies name model (instead of echoing the
// request's) and carry a system_fingerprint: another model behind the
// same URL.
func (s *Server) SetIdentity(model, fingerprint string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.identity = Reply{Model: model, Fingerprint: fingerprint}
}

// AcceptAnyKey makes the server answer whatever key it gets, as
// llama.cpp started without --api-key does (placeholder keys: "x").
func (s *Server) AcceptAnyKey() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.anyKey = true
}

// OnlyModels makes chat requests for any other model a 404
// model_not_found, as OpenAI and vLLM answer; none: any name is served,
// as llama.cpp does.
func (s *Server) OnlyModels(names ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.models = names
}

// unknownModel answers 404 for a model the server does not serve.
func (s *Server) unknownModel(w http.ResponseWriter, req Request) bool {
	s.mu.Lock()
	models := s.models
	s.mu.Unlock()
	if len(models) == 0 || slices.Contains(models, req.Chat.Model) {
		return false
	}
	writeError(w, http.StatusNotFound, "invalid_request_error", "model_not_found",
		"The model `"+req.Chat.Model+"` does not exist or you do not have access to it.")
	return true
}

// SetReplyCap stops every reply at n tokens with finish_reason length,
// like llama.cpp started with -n N; 0: no cap.
func (s *Server) SetReplyCap(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replyCap = n
}

// estimate is the server's token count: words, as in usage.
func estimate(s string) int { return len(strings.Fields(s)) }

func promptEstimate(req Request) int {
	n := 0
	for _, m := range req.Chat.Messages {
		n += estimate(m.Content)
	}
	return n
}

// shape applies the server's limits to a reply: its context, its output
// cap, the request's max_tokens, and echoes of the key.
func (s *Server) shape(req Request, rep Reply) Reply {
	s.mu.Lock()
	nctx, shift, replyCap, id := s.nctx, s.shift, s.replyCap, s.identity
	s.mu.Unlock()
	rep.Model, rep.Fingerprint = orDefault(rep.Model, id.Model), orDefault(rep.Fingerprint, id.Fingerprint)
	if rep.Status != 0 && rep.Status != http.StatusOK || rep.Raw != "" || rep.Hang || rep.Reset {
		return echo(req, rep)
	}
	switch {
	case rep.Runaway:
		rep.Content = strings.Repeat("and the text goes on ", 4000)
		rep.FinishReason = "length"
	case rep.Content == "" && rep.FinishReason == "":
		rep.Content = DefaultReply(req).Content
	}
	if p := promptEstimate(req); nctx > 0 && p > nctx {
		if !shift {
			return ContextSize
		}
		if !rep.Runaway {
			rep.Content = Translate(tail(req.User(), nctx-(p-estimate(req.User()))))
		}
		rep.PromptTokens = nctx
	}
	limit := replyCap
	if m := max(req.MaxTokens(), req.Chat.MaxCompletionTokens); m > 0 && (limit == 0 || m < limit) {
		limit = m
	}
	if limit > 0 && estimate(rep.Content) > limit {
		words := strings.Fields(rep.Content)
		rep.Content = strings.Join(words[:limit], " ")
		rep.FinishReason = "length"
	}
	return echo(req, rep)
}

// tail keeps the last paragraphs of text that fit in n tokens (at least
// the last one, cut to its last words): what context shift leaves.
func tail(text string, n int) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	i := len(paras) - 1
	for used := estimate(paras[i]); i > 0 && used+estimate(paras[i-1]) <= n; i-- {
		used += estimate(paras[i-1])
	}
	if w := strings.Fields(paras[i]); i == len(paras)-1 && estimate(paras[i]) > n {
		return strings.Join(w[len(w)-max(1, n):], " ")
	}
	return strings.Join(paras[i:], "\n\n")
}

// echo puts the Authorization header received into the reply's error
// message or text.
func echo(req Request, rep Reply) Reply {
	if !rep.EchoAuth {
		return rep
	}
	if rep.Status != 0 && rep.Status != http.StatusOK {
		rep.ErrorMessage += " (Authorization: " + req.Authorization + ")"
		return rep
	}
	if rep.Content == "" {
		rep.Content = DefaultReply(req).Content
	}
	key := strings.TrimPrefix(req.Authorization, "Bearer ")
	first, rest, _ := strings.Cut(rep.Content, "\n\n")
	rep.Content = first + " Your key is " + key + "."
	if rest != "" {
		rep.Content += "\n\n" + rest
	}
	return rep
}

// LeaveFrench answers like DefaultReply but leaves paragraph i (0-based)
// of a translation as it was: a model that skipped one.
func LeaveFrench(i int) func(Request) Reply {
	return func(req Request) Reply {
		if req.IsSummary() {
			return DefaultReply(req)
		}
		paras := strings.Split(strings.TrimSpace(req.User()), "\n\n")
		for j, p := range paras {
			if j != i {
				paras[j] = EnglishFigures(p)
			}
		}
		return Reply{Content: strings.Join(paras, "\n\n")}
	}
}

// MadeUp answers a translation with made-up words, its figures written
// the English way so the figures check alone would pass: a broken model.
func MadeUp(req Request) Reply {
	if req.IsSummary() {
		return DefaultReply(req)
	}
	syllables := []string{"bra", "ko", "zin", "tel", "mu", "vor", "qua", "plin", "dru", "sef", "gno", "wix"}
	var out []string
	n := 0
	for _, p := range strings.Split(strings.TrimSpace(req.User()), "\n\n") {
		var b strings.Builder
		last := 0
		for _, m := range figures.Extract(p, figures.French) {
			if m.Start < last {
				continue
			}
			b.WriteString(gibberish(p[last:m.Start], syllables, &n))
			b.WriteString(figures.FormatEnglish(m))
			last = m.End
		}
		b.WriteString(gibberish(p[last:], syllables, &n))
		out = append(out, b.String())
	}
	return Reply{Content: strings.Join(out, "\n\n")}
}

func gibberish(s string, syllables []string, n *int) string {
	return frenchWord.ReplaceAllStringFunc(s, func(w string) string {
		var b strings.Builder
		for b.Len() < len(w) {
			b.WriteString(syllables[*n%len(syllables)])
			*n += 5
		}
		return b.String()
	})
}

// listModels answers GET /v1/models: the models served, else "llmtest".
func (s *Server) listModels(w http.ResponseWriter) {
	s.mu.Lock()
	models := s.models
	s.mu.Unlock()
	if len(models) == 0 {
		models = []string{"llmtest"}
	}
	var data []map[string]any
	for _, m := range models {
		data = append(data, map[string]any{"id": m, "object": "model"})
	}
	writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": data})
}
