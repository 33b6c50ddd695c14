package fakellm

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Latency makes the server answer like a loaded real one: each request
// waits TTFT, then completion_tokens/TPS (tokens counted as words, the
// same estimate as the usage), and at most Cap requests are served at
// once. Beyond the cap a request is refused with 429 and Retry-After, or,
// with Queue, waits for a free slot as llama.cpp's server does.
type Latency struct {
	TTFT       time.Duration // time to first token
	TPS        float64       // output tokens per second per request; 0: no generation time
	Cap        int           // requests served at once, server-wide; 0: unlimited
	Queue      bool          // wait beyond Cap instead of answering 429
	RetryAfter time.Duration // sent with a 429; default 1s
}

// Served is one request the latency mode answered with 200.
type Served struct {
	Summary bool          // a summary request (else a translation)
	Service time.Duration // the time the server model spent on it: TTFT + tokens/TPS
	Waited  time.Duration // time queued for a slot (Queue mode)
}

// Stats is what the server saw, for benchmarks.
type Stats struct {
	Requests         int // chat completion requests received
	Rejected         int // answered 429 because the server was at its cap
	PromptTokens     int // of the 200 replies, by the word estimate
	CompletionTokens int
	MaxInFlight      int // most requests served at once
	Served           []Served
}

// latency is the state of the latency mode.
type latency struct {
	cfg      Latency
	slots    chan struct{} // nil: no cap
	inFlight int
	stats    Stats
}

// SetLatency turns the latency mode on (a zero Latency turns it off) and
// resets its statistics.
func (s *Server) SetLatency(l Latency) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l == (Latency{}) {
		s.lat = nil
		return
	}
	if l.RetryAfter <= 0 {
		l.RetryAfter = time.Second
	}
	s.lat = &latency{cfg: l}
	if l.Cap > 0 {
		s.lat.slots = make(chan struct{}, l.Cap)
	}
}

// Stats returns the latency mode's statistics (zero when it is off).
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lat == nil {
		return Stats{}
	}
	st := s.lat.stats
	st.Served = append([]Served(nil), st.Served...)
	return st
}

// admit takes a server slot for a chat request. It reports false when
// the request was refused (429 written) or the client went away; release
// must be called when it reports true.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) (release func(), waited time.Duration, ok bool) {
	s.mu.Lock()
	l := s.lat
	if l != nil {
		l.stats.Requests++
	}
	s.mu.Unlock()
	if l == nil || l.slots == nil {
		return s.enter(l), 0, true
	}
	start := time.Now()
	select {
	case l.slots <- struct{}{}:
	default:
		if !l.cfg.Queue {
			s.mu.Lock()
			l.stats.Rejected++
			s.mu.Unlock()
			secs := strconv.FormatFloat(l.cfg.RetryAfter.Seconds(), 'f', -1, 64)
			w.Header().Set("Retry-After", secs)
			writeError(w, http.StatusTooManyRequests, "requests", "rate_limit_exceeded",
				"the server is at its limit of "+strconv.Itoa(l.cfg.Cap)+" concurrent requests")
			return nil, 0, false
		}
		select {
		case l.slots <- struct{}{}:
		case <-r.Context().Done():
			return nil, 0, false
		}
	}
	leave := s.enter(l)
	return func() { leave(); <-l.slots }, time.Since(start), true
}

func (s *Server) enter(l *latency) func() {
	if l == nil {
		return func() {}
	}
	s.mu.Lock()
	l.inFlight++
	l.stats.MaxInFlight = max(l.stats.MaxInFlight, l.inFlight)
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		l.inFlight--
		s.mu.Unlock()
	}
}

// generate waits as long as the server model takes to produce content and
// records the request. It reports false when the client went away.
func (s *Server) generate(r *http.Request, req Request, content string, waited time.Duration) bool {
	s.mu.Lock()
	l := s.lat
	s.mu.Unlock()
	if l == nil {
		return true
	}
	u := usage(req, content)
	d := l.cfg.TTFT
	if l.cfg.TPS > 0 {
		d += time.Duration(float64(u["completion_tokens"]) / l.cfg.TPS * float64(time.Second))
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-r.Context().Done():
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	l.stats.PromptTokens += u["prompt_tokens"]
	l.stats.CompletionTokens += u["completion_tokens"]
	l.stats.Served = append(l.stats.Served, Served{Summary: req.IsSummary(), Service: d, Waited: waited})
	return true
}

// ParseLatency reads "ttft=300ms,tps=60,cap=16,queue" (any subset), the
// form bench/fakellm takes.
func ParseLatency(spec string) (Latency, error) {
	var l Latency
	for _, f := range strings.Split(spec, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(f), "=")
		var err error
		switch k {
		case "":
		case "ttft":
			l.TTFT, err = time.ParseDuration(v)
		case "tps":
			l.TPS, err = strconv.ParseFloat(v, 64)
		case "cap":
			l.Cap, err = strconv.Atoi(v)
		case "queue":
			l.Queue = true
		case "retry-after":
			l.RetryAfter, err = time.ParseDuration(v)
		default:
			return l, &ParseError{Field: k}
		}
		if err != nil {
			return l, &ParseError{Field: k, Err: err}
		}
	}
	return l, nil
}

// ParseError reports a bad latency field.
type ParseError struct {
	Field string
	Err   error
}

// Error names the field and what is wrong with it.
func (e *ParseError) Error() string {
	if e.Err == nil {
		return "latency: unknown field " + strconv.Quote(e.Field) + "; use ttft, tps, cap, queue, retry-after"
	}
	return "latency: " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the parse error of the value, if any.
func (e *ParseError) Unwrap() error { return e.Err }
