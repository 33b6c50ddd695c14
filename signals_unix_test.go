//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"brief/internal/fakellm"
)

// signalled is one run of the brief binary (testscript.Main puts it on
// PATH) in dir against srv, to be sent a signal once it is where the test
// wants it.
type signalled struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	cancel context.CancelFunc
}

func startBrief(t *testing.T, srv *fakellm.Server, dir string, stdin *os.File, args ...string) *signalled {
	t.Helper()
	bin, err := exec.LookPath("brief")
	if err != nil {
		t.Fatal(err)
	}
	// Not a timed assertion: a guard so that a brief that ignores the
	// signal fails this test instead of hanging the whole suite.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	s := &signalled{cmd: exec.CommandContext(ctx, bin, args...), cancel: cancel}
	s.cmd.Dir = dir
	s.cmd.Env = append(os.Environ(), "OPENAI_BASE_URL="+srv.BaseURL(), "OPENAI_API_KEY="+fakellm.Token,
		"XDG_CACHE_HOME="+filepath.Join(dir, ".cache"), "XDG_CONFIG_HOME="+filepath.Join(dir, ".config"))
	s.cmd.Stderr = &s.stderr
	if stdin != nil {
		s.cmd.Stdin = stdin
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	return s
}

// end sends sig and returns the exit code once brief has ended.
func (s *signalled) end(t *testing.T, sig syscall.Signal) int {
	t.Helper()
	if err := s.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	err := s.cmd.Wait()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	if s.cmd.ProcessState.ExitCode() < 0 {
		t.Fatalf("brief was killed (%v) instead of ending on %v; stderr %q", s.cmd.ProcessState, sig, s.stderr.String())
	}
	return s.cmd.ProcessState.ExitCode()
}

var signals = []struct {
	sig  syscall.Signal
	name string
	code int
}{
	{syscall.SIGINT, "SIGINT", 130},
	{syscall.SIGTERM, "SIGTERM", 143},
	{syscall.SIGHUP, "SIGHUP", 129},
}

// checkEnded asserts the way every signal ends a run: its exit code, one
// line on stderr, no Markdown and no temporary file in out/.
func checkEnded(t *testing.T, s *signalled, code, want int, name, dir string) {
	t.Helper()
	if code != want {
		t.Errorf("exit %d, want %d", code, want)
	}
	line := regexp.MustCompile(`^brief: interrupted by ` + name + `; finished chunks are cached, nothing half-written; rerun to resume\n$`)
	if !line.MatchString(s.stderr.String()) {
		t.Errorf("stderr = %q, want the one interrupted line", s.stderr.String())
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "out")); len(ents) > 0 {
		t.Errorf("out/ holds %v, want nothing", ents)
	}
}

// A signal ends a run blocked opening or reading a FIFO with no data.
func TestSignalWhileReadingFIFO(t *testing.T) {
	for _, tt := range signals {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			fifo := filepath.Join(dir, "article.txt")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Fatal(err)
			}
			srv := fakellm.New()
			defer srv.Close()
			s := startBrief(t, srv, dir, nil, "translate", "article.txt")
			// Opening the writing end returns once brief has opened the
			// reading end: brief is then blocked reading, long after it
			// set up its signal handling.
			w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			checkEnded(t, s, s.end(t, tt.sig), tt.code, tt.name, dir)
		})
	}
}

// A signal ends a run reading standard input that never ends.
func TestSignalWhileReadingStdin(t *testing.T) {
	for _, tt := range signals {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			srv := fakellm.New()
			defer srv.Close()
			s := startBrief(t, srv, dir, r, "translate", "-")
			r.Close() // brief holds its own copy
			// Writing more than a pipe holds returns only once brief has
			// read most of it: brief is then inside its read.
			if _, err := w.Write(bytes.Repeat([]byte("Le budget augmente de 4 %. "), 1<<20/27)); err != nil {
				t.Fatal(err)
			}
			checkEnded(t, s, s.end(t, tt.sig), tt.code, tt.name, dir)
		})
	}
}

// SIGTERM while a chunk is in flight: exit 143, one line, no Markdown,
// and the chunk that finished is cached: the rerun asks only for the
// others.
func TestSigtermKeepsFinishedChunks(t *testing.T) {
	dir := t.TempDir()
	para := "La ville a dépensé 500 euros pour les écoles et les routes du quartier, a annoncé le maire."
	text := strings.Repeat(para+"\n\n", 6)
	if err := os.WriteFile(filepath.Join(dir, "article.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := fakellm.New()
	defer srv.Close()
	second := make(chan struct{})
	var mu sync.Mutex
	var first string // the chunk answered before the signal
	var once sync.Once
	srv.SetReply(func(req fakellm.Request) fakellm.Reply {
		mu.Lock()
		defer mu.Unlock()
		if first == "" || req.User() == first {
			first = req.User()
			return fakellm.DefaultReply(req)
		}
		once.Do(func() { close(second) })
		return fakellm.Hang
	})
	args := []string{"translate", "--concurrency", "1", "--max-chunk-tokens", "40", "article.txt"}
	s := startBrief(t, srv, dir, nil, args...)
	<-second // one chunk at a time: the first is done and cached
	checkEnded(t, s, s.end(t, syscall.SIGTERM), 143, "SIGTERM", dir)

	srv.SetReply(fakellm.DefaultReply)
	before := len(srv.ChatRequests())
	rerun := startBrief(t, srv, dir, nil, args...)
	if err := rerun.cmd.Wait(); err != nil {
		t.Fatalf("rerun: %v; stderr %q", err, rerun.stderr.String())
	}
	mu.Lock()
	answered := first
	mu.Unlock()
	for _, req := range srv.ChatRequests()[before:] {
		if req.User() == answered {
			t.Errorf("the rerun asked again for the chunk answered before SIGTERM: %.60q", answered)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "article.md")); err != nil {
		t.Errorf("rerun: %v", err)
	}
}
