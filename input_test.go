package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"brief/internal/fakellm"
)

// runIn runs brief with args in dir (paths relative to dir) against srv.
func runIn(t *testing.T, srv *fakellm.Server, dir string, args ...string) (int, string, string) {
	t.Helper()
	argv := []string{"brief", args[0], "--base-url", srv.BaseURL(), "--cache-dir", filepath.Join(dir, "cache")}
	for _, a := range args[1:] {
		if _, err := os.Stat(filepath.Join(dir, a)); err == nil || strings.HasSuffix(a, ".txt") {
			a = filepath.Join(dir, a)
		}
		argv = append(argv, a)
	}
	if args[0] == "translate" {
		argv = append(argv[:2], append([]string{"--out", filepath.Join(dir, "out")}, argv[2:]...)...)
	}
	var stdout, stderr bytes.Buffer
	env := map[string]string{"OPENAI_API_KEY": fakellm.Token}
	code := runApp(context.Background(), argv, testSystem(&stdout, &stderr, func(k string) string { return env[k] }))
	return code, stdout.String(), strings.ReplaceAll(stderr.String(), dir+"/", "")
}

func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func latin1(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func TestBadInput(t *testing.T) {
	longParagraph := strings.Repeat("le budget de la ville augmente encore pour les écoles et les routes du quartier ", 620)
	tests := []struct {
		name     string
		files    map[string][]byte
		args     []string
		code     int
		stderr   string // regexp on stderr (paths relative to the test folder)
		requests bool   // whether any chat request may be sent
		outputs  []string
	}{
		{"missing path", nil, []string{"translate", "nope.txt"}, 2, `^brief: bad input: nope.txt: no such file or folder$`, false, nil},
		{"folder without text files", map[string][]byte{"d/a.pdf": []byte("%PDF")}, []string{"translate", "d"},
			2, `^brief: bad input: d: no \.txt, \.md or \.html files in this folder$`, false, nil},
		{"empty file", map[string][]byte{"a.txt": nil}, []string{"translate", "a.txt"},
			2, `^brief: a.txt: read: bad input: the file has no text to translate`, false, nil},
		{"whitespace only", map[string][]byte{"a.txt": []byte(" \n\t\n\u00a0\n")}, []string{"translate", "a.txt"},
			2, `^brief: a.txt: read: bad input: the file has no text to translate`, false, nil},
		{"binary", map[string][]byte{"a.txt": {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 1, 2, 3}}, []string{"translate", "a.txt"},
			2, `^brief: a.txt: read: bad input: binary data, not text; give a plain-text article`, false, nil},
		{"invalid UTF-8", map[string][]byte{"a.txt": []byte("L'été a été chaud \xff à Paris.")}, []string{"translate", "a.txt"},
			2, `^brief: a.txt: read: bad input: invalid UTF-8 at byte 22`, false, nil},
		{"Latin-1 works", map[string][]byte{"a.txt": latin1(article)}, []string{"translate", "a.txt"}, 0, `a.txt -> .*a.md`, true, []string{"a.md"}},
		{"UTF-16 works", map[string][]byte{"a.txt": utf16LE(article)}, []string{"translate", "a.txt"}, 0, `a.txt -> .*a.md`, true, []string{"a.md"}},
		{"10 MB refused", map[string][]byte{"a.txt": bytes.Repeat([]byte("Le chiffre a augmenté. "), 10<<20/23)}, []string{"translate", "a.txt"},
			2, `^brief: a.txt: bad input: larger than 8 MiB; split the text into articles$`, false, nil},
		{"50,000 characters, no punctuation", map[string][]byte{"a.txt": []byte(longParagraph)}, []string{"translate", "a.txt"},
			0, `a.txt -> .*a.md \(.*, \d\d chunks,`, true, []string{"a.md"}},
		{"not French: refused", map[string][]byte{"a.txt": []byte("The mission will cost more than the budget that was planned for the year, the minister said.")},
			[]string{"translate", "a.txt"}, 2, `^brief: a.txt: read: bad input: the text looks like English, not French; brief translates French articles only$`, false, nil},
		{"Spanish: refused", map[string][]byte{"a.txt": []byte("El gobierno anunció que el presupuesto de la misión será mayor de lo previsto para este año.")},
			[]string{"translate", "a.txt"}, 2, `^brief: a.txt: read: bad input: the text looks like Spanish, not French`, false, nil},
		{"UTF-16 without a BOM works", map[string][]byte{"a.txt": utf16LE(article)[2:]}, []string{"translate", "a.txt"}, 0, `a.txt -> .*a.md`, true, []string{"a.md"}},
		{"broken prompts", map[string][]byte{"a.txt": []byte(article), "p/translate/system.md": []byte("{{.Nope")}, []string{"translate", "--prompts", "p", "a.txt"},
			2, `^brief: configuration error: .*translate/system.md`, false, nil},
		{"bad flag value", map[string][]byte{"a.txt": []byte(article)}, []string{"translate", "--retries", "-1", "a.txt"},
			2, `^brief: usage: --retries must be 0 or more$`, false, nil},
		{"bad duration", map[string][]byte{"a.txt": []byte(article)}, []string{"translate", "--timeout", "soon", "a.txt"},
			2, `^brief: usage: invalid value "soon" for flag -timeout`, false, nil},
		{"unknown flag", map[string][]byte{"a.txt": []byte(article)}, []string{"translate", "--retry", "3", "a.txt"},
			2, `^brief: usage: flag provided but not defined: -retry`, false, nil},
		{"out folder is a file", map[string][]byte{"a.txt": []byte(article), "out": []byte("x")}, []string{"translate", "a.txt"},
			2, `^brief: configuration error: out folder .*out: .*; choose another with --out$`, false, nil},
		{"same base name in two folders", map[string][]byte{"a/x.txt": []byte(article), "b/x.txt": []byte(latin1(article))},
			[]string{"translate", "a/x.txt", "b/x.txt"}, 0, `b/x.txt -> .*out/b-x.md`, true, []string{"x.md", "b-x.md"}},
	}
	// Not parallel: urfave/cli v2 writes package-level flags (HelpFlag)
	// on every run, which races between in-process runs.
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, b := range tt.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			srv := fakellm.New()
			defer srv.Close()
			code, stdout, stderr := runIn(t, srv, dir, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if !regexp.MustCompile("(?m)" + tt.stderr).MatchString(stderr) {
				t.Errorf("stderr = %q, want match for %q", stderr, tt.stderr)
			}
			if code != 0 && strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
				t.Errorf("stderr has more than the engine line and one error line:\n%s", stderr)
			}
			if n := len(srv.ChatRequests()); !tt.requests && n > 0 {
				t.Errorf("%d requests sent, want none", n)
			}
			for _, o := range tt.outputs {
				if _, err := os.Stat(filepath.Join(dir, "out", o)); err != nil {
					t.Errorf("output %s: %v", o, err)
				}
			}
		})
	}
}

// TestFailedRunKeepsGoodOutput: a failing rerun never replaces a good
// briefing.
func TestFailedRunKeepsGoodOutput(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := fakellm.New()
	defer srv.Close()
	if code, _, stderr := runIn(t, srv, dir, "translate", "a.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	good, err := os.ReadFile(filepath.Join(dir, "out", "a.md"))
	if err != nil {
		t.Fatal(err)
	}
	srv.SetReply(func(fakellm.Request) fakellm.Reply { return fakellm.Reply{Status: 500} })
	if code, _, stderr := runIn(t, srv, dir, "translate", "--no-cache", "--retries", "1", "--model", "other", "a.txt"); code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "out", "a.md"))
	if err != nil || !bytes.Equal(got, good) {
		t.Errorf("the failed run changed out/a.md (%v)", err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "out"))
	if len(entries) != 1 {
		t.Errorf("out/ holds %d entries, want only a.md (no temp files)", len(entries))
	}
}

// TestOversizeRefusedByEveryReader: stage read and verify refuse an article
// over 8 MiB as translate does (they allowed 64 MiB, so a batch could be
// submitted for an article translate refuses).
func TestOversizeRefusedByEveryReader(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("Le chiffre a augmenté. "), 9<<20/23), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"brief", "stage", "read", big}, {"brief", "verify", big, big}} {
		var stdout, stderr bytes.Buffer
		code := runApp(context.Background(), args, testSystem(&stdout, &stderr, func(string) string { return "" }))
		if code != 2 || !strings.Contains(stderr.String(), "larger than 8 MiB") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and 'larger than 8 MiB'", args[1:3], code, stderr.String())
		}
	}
}
