package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"brief/internal/fakellm"
)

// article is two paragraphs in one chunk.
const article = "date 2021-02 L'Otan passera de 500 à 4 000 personnes, a annoncé M. Stoltenberg.\n\nLa mission coûtera 2,5 % de plus.\n"

// briefRun is one run of the CLI in-process.
type briefRun struct {
	code           int
	stdout, stderr string
	md             []byte // out/article.md, nil when absent
}

// translateRun runs brief translate on name (written with text in dir)
// against srv, with the cache in dir/cache.
func translateRun(ctx context.Context, t *testing.T, srv *fakellm.Server, dir, text string, key string, args ...string) briefRun {
	t.Helper()
	in := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	argv := append([]string{"brief", "translate", "--base-url", srv.BaseURL(), "--out", filepath.Join(dir, "out"),
		"--cache-dir", filepath.Join(dir, "cache")}, args...)
	argv = append(argv, in)
	env := map[string]string{"OPENAI_API_KEY": key}
	var stdout, stderr bytes.Buffer
	code := runApp(ctx, argv, testSystem(&stdout, &stderr, func(k string) string { return env[k] }))
	md, err := os.ReadFile(filepath.Join(dir, "out", "article.md"))
	if err != nil {
		md = nil
	}
	return briefRun{code: code, stdout: stdout.String(), stderr: stderr.String(), md: bytes.ReplaceAll(md, []byte(dir), []byte("DIR"))}
}

func baseline(t *testing.T, text string, args ...string) []byte {
	t.Helper()
	srv := fakellm.New()
	defer srv.Close()
	r := translateRun(context.Background(), t, srv, t.TempDir(), text, fakellm.Token, append([]string{"--no-cache"}, args...)...)
	if r.code != 0 {
		t.Fatalf("fault-free run: exit %d: %s", r.code, r.stderr)
	}
	return r.md
}

func TestFaultMatrix(t *testing.T) {
	want := baseline(t, article)
	always := func(rep fakellm.Reply) func(*fakellm.Server) {
		return func(s *fakellm.Server) { s.SetReply(func(fakellm.Request) fakellm.Reply { return rep }) }
	}
	// Scripted faults hit the translation requests: the summary of the
	// source is sent at the same time and would take them in its turn.
	script := func(reps ...fakellm.Reply) func(*fakellm.Server) {
		return func(s *fakellm.Server) { s.SetReply(translationScript(reps...)) }
	}
	tests := []struct {
		name     string
		fault    func(*fakellm.Server)
		args     []string
		key      string
		code     int
		requests int    // chat requests the server received, summary included (it runs beside the translation)
		stderr   string // regexp; "" when the run succeeds
		output   bool   // out/article.md equals the fault-free run's
	}{
		{"500 burst", script(fakellm.Reply{Status: 500}, fakellm.Reply{Status: 502}, fakellm.Reply{Status: 503}), nil, "", 0, 5, "", true},
		{"500 forever", always(fakellm.Reply{Status: 500}), []string{"--retries", "2"}, "", 1, 6,
			`^brief: .*article.txt: translate: chunk 0: API request failed: HTTP 500: Internal Server Error\n$`, false},
		{"429 retry-after", script(fakellm.Reply{Status: 429, Headers: map[string]string{"Retry-After": "30"}}), nil, "", 0, 3, "", true},
		{"429 no retry-after", script(fakellm.RateLimited, fakellm.RateLimited), nil, "", 0, 4, "", true},
		{"quota", always(fakellm.Quota), nil, "", 1, 2, `chunk 0: API request failed: HTTP 429: quota exhausted; check billing\n$`, false},
		{"timeout", always(fakellm.Hang), []string{"--timeout", "500ms", "--retries", "1"}, "", 1, 4, `chunk 0: .*no complete reply within --timeout \(500ms\)`, false},
		{"hang once", script(fakellm.Hang), []string{"--timeout", "500ms"}, "", 0, 3, "", true},
		{"reset connection", script(fakellm.Reset, fakellm.Reset), nil, "", 0, 4, "", true},
		{"reset forever", always(fakellm.Reset), []string{"--retries", "1"}, "", 1, 4, `chunk 0: API request failed: .*EOF`, false},
		{"malformed JSON", script(fakellm.Garbage), nil, "", 0, 3, "", true},
		{"malformed forever", always(fakellm.Garbage), []string{"--retries", "1"}, "", 1, 4, `malformed JSON reply`, false},
		{"length cut splits the chunk", script(fakellm.Length), nil, "", 0, 4, "", true},
		{"context size splits the chunk", script(fakellm.ContextSize), nil, "", 0, 4, "", true},
		{"empty reply", script(fakellm.Empty), nil, "", 0, 3, "", true},
		{"content filter", always(fakellm.Refusal), []string{"--retries", "1"}, "", 1, 4, `chunk 0: the API refused the text \(content filter\)`, false},
		{"still French", script(fakellm.Reply{Content: "Le chiffre de la mission est de 500 et de 4 000 personnes dans le pays.\n\nLa mission coûtera 2,5 % de plus."}), nil, "", 0, 3, "", true},
		{"wrong paragraph count once", script(fakellm.Reply{Content: "All in one paragraph: 500 to 4,000, 2.5% more."}), nil, "", 0, 3, "", true},
		{"wrong paragraph count", script(repeat(3, fakellm.Reply{Content: "All in one paragraph: 500 to 4,000, 2.5% more."})...), nil, "", 1, 4,
			`chunk 0: paragraph count mismatch: the source has 2 paragraphs, the reply had 1 after 3 attempts`, false},
		{"reply obeys an injected instruction", func(s *fakellm.Server) {
			s.SetReply(func(req fakellm.Request) fakellm.Reply {
				rep := fakellm.DefaultReply(req)
				rep.Content = strings.ReplaceAll(rep.Content, "500", "600")
				return rep
			})
		}, nil, "", 3, 6, `figures do not match`, false}, // 3 for the chunk, 3 for the summary: no failed reply is replayed
		{"401 echoing the key", func(s *fakellm.Server) { s.EchoKeyIn401() }, nil, "sk-wrong-0123456789abcdef", 1, 2,
			`HTTP 401: Incorrect API key provided: \[redacted\]; check OPENAI_API_KEY`, false},
	}
	// Not parallel: urfave/cli v2 writes package-level flags (HelpFlag)
	// on every run, which races between in-process runs.
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakellm.New()
			defer srv.Close()
			tt.fault(srv)
			key := tt.key
			if key == "" {
				key = fakellm.Token
			}
			r := translateRun(context.Background(), t, srv, t.TempDir(), article, key, tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", r.code, tt.code, r.stderr)
			}
			if got := len(srv.ChatRequests()); got != tt.requests {
				t.Errorf("requests = %d, want %d", got, tt.requests)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
			if strings.Contains(r.stderr, key) || strings.Contains(string(r.md), key) {
				t.Errorf("the API key leaked:\n%s", r.stderr)
			}
			if tt.stderr != "" && !regexp.MustCompile("(?m)"+tt.stderr).MatchString(r.stderr) {
				t.Errorf("stderr = %q, want match for %q", r.stderr, tt.stderr)
			}
			switch {
			case tt.output && !bytes.Equal(maskUsage(r.md), maskUsage(want)):
				t.Errorf("output differs from the fault-free run:\n%s\nwant:\n%s", r.md, want)
			case !tt.output && r.md != nil:
				t.Errorf("a failed run wrote out/article.md")
			}
		})
	}
}

// translationScript answers translation requests with reps, in order,
// then as the fake does; summary requests as the fake does.
func translationScript(reps ...fakellm.Reply) func(fakellm.Request) fakellm.Reply {
	var mu sync.Mutex
	return func(req fakellm.Request) fakellm.Reply {
		mu.Lock()
		defer mu.Unlock()
		if req.IsSummary() || len(reps) == 0 {
			return fakellm.DefaultReply(req)
		}
		rep := reps[0]
		reps = reps[1:]
		return rep
	}
}

func repeat(n int, rep fakellm.Reply) []fakellm.Reply {
	out := make([]fakellm.Reply, n)
	for i := range out {
		out[i] = rep
	}
	return out
}

// maskUsage hides the token usage, which honestly counts the retried
// replies the checks refused.
func maskUsage(md []byte) []byte {
	return regexp.MustCompile(`(?m)^(\s*(?:requests|prompt_tokens|completion_tokens|cost_usd):).*$`).ReplaceAll(md, []byte("$1 N"))
}

// longArticle has n paragraphs, each with its own figures.
func longArticle(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Le service numéro %d a traité %d dossiers en 2023, soit %d,5 %% de plus que prévu.\n\n", i, 100+i, i%50)
	}
	return b.String()
}

func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak")
	}
	const retries = 6
	text := longArticle(200)
	args := []string{"--max-chunk-tokens", "30", "--concurrency", "8", "--retries", fmt.Sprint(retries), "--no-cache"}
	want := baseline(t, text, args...)
	srv := fakellm.New()
	defer srv.Close()
	srv.FailRandomly(42, 0.2)
	r := translateRun(context.Background(), t, srv, t.TempDir(), text, fakellm.Token, args...)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !bytes.Equal(r.md, want) {
		t.Fatalf("output differs from the fault-free run")
	}
	sent := srv.Sent()
	chunks, total := 0, 0
	for msg, n := range sent {
		total += n
		if n > retries+1 {
			t.Errorf("a request was sent %d times, more than retries+1 = %d: %.60q", n, retries+1, msg)
		}
		chunks++
	}
	if chunks < 200 {
		t.Errorf("%d distinct requests, want at least 200 chunks", chunks)
	}
	t.Logf("soak: %d distinct requests, %d sent", chunks, total)
}

// TestResume kills a run halfway (the server dies after 3 chunks, or the
// run is interrupted), then reruns: only the unfinished chunks are sent,
// and the output equals an uninterrupted run's.
func TestResume(t *testing.T) {
	text := longArticle(8)
	// The summary after the chunks, so the requests come in a fixed order.
	args := []string{"--max-chunk-tokens", "30", "--concurrency", "1", "--retries", "1", "--summary-from", "translation"}
	want := baseline(t, text, args...)

	t.Run("server dies", func(t *testing.T) {
		dir := t.TempDir()
		srv := fakellm.New()
		defer srv.Close()
		srv.FailAfter(3, fakellm.Reply{Status: 503})
		r := translateRun(context.Background(), t, srv, dir, text, fakellm.Token, args...)
		if r.code != 1 || r.md != nil {
			t.Fatalf("first run: exit %d, output %v; want exit 1 and no output", r.code, r.md != nil)
		}
		chunks := resume(t, srv, dir, text, args, want)
		// The unfinished chunks, the summary, and one probe that the
		// server still runs the model the cached replies came from.
		if got := len(srv.ChatRequests()) - 5; got != chunks-3+1+1 {
			t.Errorf("rerun sent %d requests, want %d (the %d unfinished chunks, the summary and the probe)", got, chunks-3+2, chunks-3)
		}
	})
	t.Run("interrupted", func(t *testing.T) {
		dir := t.TempDir()
		srv := fakellm.New()
		defer srv.Close()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		n := 0
		srv.SetReply(func(req fakellm.Request) fakellm.Reply {
			if n++; n > 4 {
				cancel() // SIGINT while the fifth request is in flight
				return fakellm.Hang
			}
			return fakellm.DefaultReply(req)
		})
		r := translateRun(ctx, t, srv, dir, text, fakellm.Token, args...)
		if r.code != 130 || r.md != nil {
			t.Fatalf("interrupted run: exit %d, output %v; want 130 and no output", r.code, r.md != nil)
		}
		if lines := strings.Split(strings.TrimSpace(r.stderr), "\n"); !strings.HasPrefix(lines[len(lines)-1], "brief: interrupted") ||
			strings.Count(r.stderr, "interrupted") != 1 || strings.Contains(r.stderr, "context canceled") {
			t.Errorf("stderr = %q, want one line brief: interrupted", r.stderr)
		}
		srv.SetReply(fakellm.DefaultReply)
		before := len(srv.ChatRequests())
		chunks := resume(t, srv, dir, text, args, want)
		if got := len(srv.ChatRequests()) - before; got != chunks-4+1+1 { // and the probe
			t.Errorf("rerun sent %d requests, want %d", got, chunks-4+2)
		}
	})
}

// resume reruns with the same cache and returns the number of chunks.
func resume(t *testing.T, srv *fakellm.Server, dir, text string, args []string, want []byte) int {
	t.Helper()
	srv.Heal()
	r := translateRun(context.Background(), t, srv, dir, text, fakellm.Token, args...)
	if r.code != 0 {
		t.Fatalf("rerun: exit %d: %s", r.code, r.stderr)
	}
	if !bytes.Equal(r.md, want) {
		t.Errorf("rerun output differs from an uninterrupted run:\n%s\nwant:\n%s", r.md, want)
	}
	m := regexp.MustCompile(`, (\d+) chunks,`).FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("no chunk count in %q", r.stderr)
	}
	var n int
	fmt.Sscan(m[1], &n)
	return n
}
