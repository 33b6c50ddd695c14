package openai

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"brief/internal/fakellm"
	"brief/pipeline/engine"
	"brief/prompts"
)

// newLoggedEngine is an engine against srv on a fake clock (jitter 0.5
// unless p sets its own), with a debug logger writing to the returned
// buffer, and opts applied.
func newLoggedEngine(t *testing.T, srv *fakellm.Server, p Policy, cache *Cache, opts ...func(*Options)) (*Engine, *fakeClock, *bytes.Buffer) {
	t.Helper()
	set, err := prompts.Load("")
	if err != nil {
		t.Fatal(err)
	}
	c := newClock()
	p.Clock = c
	if p.Jitter == nil {
		p.Jitter = func() float64 { return 0.5 }
	}
	var logs bytes.Buffer
	o := Options{BaseURL: srv.BaseURL(), APIKey: fakellm.Token, Model: "m", Prompts: set, Policy: p, Cache: cache,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	for _, f := range opts {
		f(&o)
	}
	return New(o), c, &logs
}

func openCache(t *testing.T) (*Cache, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "cache")
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	return c, dir
}

// TestCache_ModelIdentity: a cached reply is replayed only for the model
// the server runs now: llama.cpp's model file (/props) is in the key; for
// other servers a one-token probe compares the reply's model and
// fingerprint.
func TestCache_ModelIdentity(t *testing.T) {
	t.Run("props model file swapped", func(t *testing.T) {
		cache, _ := openCache(t)
		srv := fakellm.New()
		defer srv.Close()
		srv.SetProps(&fakellm.Props{ModelPath: "/models/a.gguf", BuildInfo: "b1"})
		e, _, _ := newLoggedEngine(t, srv, Policy{}, cache)
		res, err := translate(e)
		if err != nil {
			t.Fatal(err)
		}
		res.Keep()
		srv.SetProps(&fakellm.Props{ModelPath: "/models/b.gguf", BuildInfo: "b1"})
		e, _, _ = newLoggedEngine(t, srv, Policy{}, cache) // the next run
		if _, err := translate(e); err != nil {
			t.Fatal(err)
		}
		if got := len(srv.ChatRequests()); got != 2 {
			t.Errorf("requests = %d, want 2: another model file must not get the old model's reply", got)
		}
	})
	t.Run("probe", func(t *testing.T) {
		cache, _ := openCache(t)
		srv := fakellm.New()
		defer srv.Close()
		srv.SetIdentity("m-2024", "fp_1")
		e, _, _ := newLoggedEngine(t, srv, Policy{}, cache)
		res, err := translate(e)
		if err != nil {
			t.Fatal(err)
		}
		res.Keep()
		e, _, _ = newLoggedEngine(t, srv, Policy{}, cache)
		if _, err := translate(e); err != nil {
			t.Fatal(err)
		}
		if got := len(srv.ChatRequests()); got != 2 { // the reply, then the probe
			t.Fatalf("requests = %d, want 2: a probe, then the cached reply", got)
		}
		if r := srv.ChatRequests()[1]; r.MaxTokens() != 1 {
			t.Errorf("probe max_tokens = %d, want 1", r.MaxTokens())
		}
		srv.SetIdentity("m-2025", "fp_2")
		e, _, _ = newLoggedEngine(t, srv, Policy{}, cache)
		if _, err := translate(e); err != nil {
			t.Fatal(err)
		}
		if got := len(srv.ChatRequests()); got != 4 {
			t.Errorf("requests = %d, want 4: a probe that names another model, then the request", got)
		}
	})
}

func TestCache_FolderMadePrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache")
	if err := os.Mkdir(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o777); err != nil { // past the umask
		t.Fatal(err)
	}
	if _, err := OpenCache(dir); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("cache folder mode = %v, want 0700", fi.Mode().Perm())
	}
}

// TestCache_Hostile: an entry that is a symbolic link (to /dev/zero, to a
// file elsewhere) or too large is a miss, read without following it.
func TestCache_Hostile(t *testing.T) {
	cache, dir := openCache(t)
	srv := fakellm.New()
	defer srv.Close()
	srv.SetProps(&fakellm.Props{ModelPath: "/m.gguf"})
	e, _, _ := newLoggedEngine(t, srv, Policy{}, cache)
	res, err := translate(e)
	if err != nil {
		t.Fatal(err)
	}
	res.Keep()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if len(files) != 1 {
		t.Fatalf("cache files = %v", files)
	}
	good, _ := os.ReadFile(files[0])
	elsewhere := filepath.Join(t.TempDir(), "planted.json")
	if err := os.WriteFile(elsewhere, good, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		plant func(p string) error
	}{
		{"link to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) }},
		{"link to a valid entry", func(p string) error { return os.Symlink(elsewhere, p) }},
		{"oversized", func(p string) error {
			return os.WriteFile(p, append(good, bytes.Repeat([]byte(" "), maxEntryBytes)...), 0o600)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.Remove(files[0]); err != nil {
				t.Fatal(err)
			}
			if err := tt.plant(files[0]); err != nil {
				t.Fatal(err)
			}
			before := len(srv.ChatRequests())
			if _, err := translate(e); err != nil {
				t.Fatal(err)
			}
			if got := len(srv.ChatRequests()) - before; got != 1 {
				t.Errorf("requests = %d, want 1: the planted entry must be a miss", got)
			}
		})
	}
}

// TestCache_WriteFailureIsAWarning: a cache that cannot be written costs
// a warning, said once, never the run.
func TestCache_WriteFailureIsAWarning(t *testing.T) {
	cache, dir := openCache(t)
	srv := fakellm.New()
	defer srv.Close()
	e, _, logs := newLoggedEngine(t, srv, Policy{}, cache)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if os.WriteFile(filepath.Join(dir, "probe"), nil, 0o600) == nil {
		t.Skip("running as root: a read-only folder is writable")
	}
	for i := 0; i < 2; i++ {
		res, err := e.Translate(context.Background(), engine.TranslateRequest{Text: twoParagraphs + strings.Repeat(" x", i), Paragraphs: 2})
		if err != nil {
			t.Fatal(err)
		}
		res.Keep()
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 || !strings.Contains(logs.String(), "not cached") {
		t.Errorf("logs = %q, want one warning that replies are not cached", logs.String())
	}
}

// TestMaxTokens: every chat request says how long its reply may be;
// reasoning models take it as max_completion_tokens.
func TestMaxTokens(t *testing.T) {
	for _, model := range []string{"m", "gpt-4o-mini", "o3-mini", "gpt-5-mini"} {
		srv := fakellm.New()
		e, _, _ := newLoggedEngine(t, srv, Policy{}, nil, func(o *Options) { o.Model = model })
		if _, err := translate(e); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Summarize(context.Background(), engine.SummarizeRequest{Text: "The company grew by 12% in 2023."}); err != nil {
			t.Fatal(err)
		}
		for _, r := range srv.ChatRequests() {
			body := string(r.Body)
			reasoning := strings.HasPrefix(model, "o") || strings.HasPrefix(model, "gpt-5")
			switch {
			case reasoning && (r.MaxTokens() != 0 || r.Chat.MaxCompletionTokens < reasoningTokens):
				t.Errorf("%s: body %s, want max_completion_tokens only", model, body)
			case !reasoning && (r.MaxTokens() < replyMargin || strings.Contains(body, "max_completion_tokens")):
				t.Errorf("%s: body %s, want max_tokens only", model, body)
			}
		}
		srv.Close()
	}
}

// TestPromptCut: a server that read far fewer prompt tokens than were
// sent cut the prompt to its context (llama.cpp's context shift): the
// chunk is too long, and the error names the context and how to raise it.
func TestPromptCut(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.SetProps(&fakellm.Props{ModelPath: "/m.gguf", NCtx: 60})
	srv.SetContext(60, true)
	e, _, _ := newLoggedEngine(t, srv, Policy{Retries: 4}, nil)
	_, err := translate(e)
	if !errors.Is(err, ErrPromptCut) || !errors.Is(err, engine.ErrTooLong) {
		t.Fatalf("err = %v, want ErrPromptCut", err)
	}
	// llama.cpp counted the prompt itself (POST /tokenize): 99 words.
	for _, want := range []string{"read only 60 of the 99 prompt tokens", "its context is 60 tokens per slot", "llama.cpp -c", "Ollama num_ctx"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err = %q, want it to say %q", err, want)
		}
	}
	if got := len(srv.ChatRequests()); got != 1 {
		t.Errorf("requests = %d, want 1: a cut prompt is cut again when resent", got)
	}
	// Without /props and /tokenize (Ollama's num_ctx): the estimate.
	srv.SetProps(nil)
	e2, _, _ := newLoggedEngine(t, srv, Policy{Retries: 4}, nil)
	if _, err := translate(e2); !errors.Is(err, ErrPromptCut) || !strings.Contains(err.Error(), "read only 60 of the about") {
		t.Errorf("without /props: err = %v, want ErrPromptCut from the estimate", err)
	}
	// A model that also runs away (llama.cpp's tiny models do): the cut
	// prompt is still the cause named.
	srv.Script(fakellm.Length)
	if _, err := translate(e); !errors.Is(err, ErrPromptCut) {
		t.Errorf("runaway reply to a cut prompt: err = %v, want ErrPromptCut", err)
	}
}

// TestContextErrors: llama.cpp's context errors (400 with context shift
// off, 500s while generating, before [DONE] in a stream) are ErrTooLong at
// once, never retried.
func TestContextErrors(t *testing.T) {
	for _, tt := range []struct {
		name   string
		rep    fakellm.Reply
		stream bool
	}{
		{"400 exceeds the context", fakellm.ContextSize, false},
		{"500 context shift is disabled", fakellm.ContextShift500, false},
		{"500 input prompt is too big", fakellm.PromptTooBig500, false},
		{"stream error line", fakellm.Reply{StreamError: true, StreamErrorMessage: "context shift is disabled"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakellm.New()
			defer srv.Close()
			srv.SetReply(func(fakellm.Request) fakellm.Reply { return tt.rep })
			e, _, _ := newLoggedEngine(t, srv, Policy{Retries: 4}, nil, func(o *Options) { o.Stream = tt.stream })
			_, err := translate(e)
			if !errors.Is(err, ErrContextSize) || !strings.Contains(err.Error(), "llama.cpp -c") {
				t.Fatalf("err = %v, want ErrContextSize naming llama.cpp -c", err)
			}
			if got := len(srv.ChatRequests()); got != 1 {
				t.Errorf("requests = %d, want 1: a context error is never retried", got)
			}
		})
	}
}

// TestLoading: 503 "Loading model" is waited for, on the injected clock,
// up to --timeout, said once; it spends no retries.
func TestLoading(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	e, c, logs := newLoggedEngine(t, srv, Policy{Retries: 1, Timeout: time.Minute}, nil)
	srv.LoadFor(6*time.Second, c.Now)
	res, err := translate(e)
	if err != nil || res.Text != fakellm.Translate(twoParagraphs) {
		t.Fatalf("after loading: %q, %v", res.Text, err)
	}
	if n := strings.Count(logs.String(), "loading its model"); n != 1 {
		t.Errorf("logs say loading %d times, want once:\n%s", n, logs)
	}
	var total time.Duration
	for _, d := range c.waits() {
		total += d
	}
	if total < 6*time.Second || total > 12*time.Second {
		t.Errorf("waited %s in all, want a little over 6s", total)
	}

	srv.LoadFor(time.Hour, c.Now)
	_, err = e.Translate(context.Background(), engine.TranslateRequest{Text: twoParagraphs + " x", Paragraphs: 2})
	if !errors.Is(err, ErrLoading) || !strings.Contains(err.Error(), "--timeout") {
		t.Fatalf("err = %v, want ErrLoading naming --timeout", err)
	}
}

// TestServerText: what a server writes reaches errors cleaned (one line,
// no escape sequences) and an HTML page is said to be one.
func TestServerText(t *testing.T) {
	for _, tt := range []struct {
		name string
		rep  fakellm.Reply
		want string
	}{
		{"escape sequences", fakellm.Hostile, `HTTP 400: bad request brief: article\.txt`},
		{"proxy page", fakellm.ProxyPage, `the server answered an HTML page “502 Bad Gateway” \(HTTP 502\)`},
		{"HTML with 200", fakellm.Reply{Raw: "<!DOCTYPE html><html><title>Sign in</title></html>", ContentType: "text/html"},
			`HTML page “Sign in” \(HTTP 200\)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakellm.New()
			defer srv.Close()
			srv.SetReply(func(fakellm.Request) fakellm.Reply { return tt.rep })
			e, _, _ := newLoggedEngine(t, srv, Policy{Retries: 1}, nil)
			_, err := translate(e)
			if err == nil || !regexp.MustCompile(tt.want).MatchString(err.Error()) {
				t.Fatalf("err = %v, want %s", err, tt.want)
			}
			if strings.ContainsAny(err.Error(), "\x1b\x07\r\n") || strings.Contains(err.Error(), "invalid character") {
				t.Errorf("err = %q: raw server text", err)
			}
		})
	}
}

// TestReplyCut: a reply cut at our max_tokens is a chunk to split; one the
// server stopped short (llama.cpp -n 8) says so instead.
func TestReplyCut(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.Script(fakellm.Length)
	e, _, _ := newLoggedEngine(t, srv, Policy{}, nil)
	_, err := translate(e)
	if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), "cut at") {
		t.Errorf("err = %v, want ErrTruncated", err)
	}
	srv.SetReplyCap(8)
	_, err = translate(e)
	if !errors.Is(err, ErrReplyCap) || errors.Is(err, engine.ErrTooLong) || !strings.Contains(err.Error(), "stopped the reply at 8 tokens") {
		t.Errorf("err = %v, want ErrReplyCap naming llama.cpp -n", err)
	}
}

// TestDrip: a slow stream is read to its end; one slower than --timeout
// times out.
func TestDrip(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	srv.Script(fakellm.Reply{Drip: time.Millisecond})
	stream := func(o *Options) { o.Stream = true }
	e, _, _ := newLoggedEngine(t, srv, Policy{}, nil, stream)
	if res, err := translate(e); err != nil || res.Text != fakellm.Translate(twoParagraphs) {
		t.Fatalf("drip: %q, %v", res.Text, err)
	}
	srv.SetReply(func(fakellm.Request) fakellm.Reply { return fakellm.Reply{Drip: time.Hour} })
	e, _, _ = newLoggedEngine(t, srv, Policy{Retries: 1, Timeout: 50 * time.Millisecond}, nil, stream)
	if _, err := translate(e); !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
}
