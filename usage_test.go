package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// runArgs runs brief in process with the environment env and returns the
// exit code, stdout and stderr.
func runArgs(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := runApp(context.Background(), append([]string{"brief"}, args...),
		testSystem(&stdout, &stderr, func(k string) string { return env[k] }))
	return code, stdout.String(), stderr.String()
}

// Command-line mistakes are exit 2 with nothing on stdout and a line that
// says the fix: the closest command, the command left out, the flag meant.
func TestUsageMistakes(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		code   int
		stderr string // regexp, multi-line mode
	}{
		{"mistyped command", nil, []string{"transalte", "a.txt"}, 2, `^brief: usage: unknown command "transalte"; did you mean "brief translate"\?$`},
		{"command left out", nil, []string{"seeds/x.txt"}, 2, `^brief: usage: "seeds/x.txt" is not a command; to translate it: brief translate seeds/x.txt$`},
		{"unknown command, nothing close", nil, []string{"xyzzy"}, 2, `^brief: usage: unknown command "xyzzy"; use one of translate, stage, verify, `},
		{"mistyped subcommand", nil, []string{"batch", "subimt"}, 2, `did you mean "brief batch submit"\?$`},
		{"mistyped stage", nil, []string{"stage", "chunck"}, 2, `^brief: usage: unknown stage "chunck"; did you mean "brief stage chunk"\?$`},
		{"no stage", nil, []string{"stage"}, 2, `(?s)give one of read, chunk, translate, summarize, verify, render\nusage: brief stage read\|chunk\|`},
		{"--version", nil, []string{"--version"}, 0, `^$`},
		{"version", nil, []string{"version"}, 0, `^$`},
		{"help", nil, []string{"help"}, 0, `^$`},
		{"help of a command", nil, []string{"help", "verify"}, 0, `^$`},
		{"help of a mistyped command", nil, []string{"help", "verfy"}, 2, `^brief: usage: unknown command "verfy"; did you mean "brief verify"\?$`},
		{"mistyped flag", nil, []string{"translate", "--retry", "3", "a.txt"}, 2,
			`(?s)^brief: usage: flag provided but not defined: -retry; did you mean --retries\? \(brief translate --help lists its flags\)\nusage: brief translate \[flags\] PATH\|URL\.\.\.\n$`},
		{"one-letter flag", nil, []string{"translate", "-c", "8", "a.txt"}, 2,
			`^brief: usage: flag provided but not defined: -c; did you mean --concurrency, --cache-dir or --changed-since\? \(brief translate --help`},
		{"one-letter flag, nothing close", nil, []string{"translate", "-z", "a.txt"}, 2,
			`^brief: usage: flag provided but not defined: -z; brief translate --help lists its flags$`},
		{"no argument", nil, []string{"verify", "a.txt"}, 2, `(?s)^brief: usage: give two files.*\nusage: brief verify \[flags\] SOURCE CANDIDATE\n$`},
		{"key with a newline", map[string]string{"OPENAI_API_KEY": "sk-secret-0123456789\n"}, []string{"translate", "a.txt"}, 2,
			`^brief: configuration error: OPENAI_API_KEY has a line break at its end; set it without one`},
		{"key with a space", map[string]string{"OPENAI_API_KEY": " sk-secret-0123456789"}, []string{"stage", "translate", "a.json"}, 2,
			`^brief: configuration error: OPENAI_API_KEY has a space or control character at its start or end`},
		{"malformed base URL", nil, []string{"translate", "--base-url", "ht!tp://u:pw@::bad", "a.txt"}, 2,
			`^brief: configuration error: the base URL \(--base-url or OPENAI_BASE_URL\) is malformed: .*; give one like http://localhost:8080/v1`},
		{"base URL without scheme", nil, []string{"doctor", "--base-url", "localhost:8080/v1"}, 2,
			`malformed: it does not start with http:// or https://;`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(t, tt.env, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			if tt.code != 0 && stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if !regexp.MustCompile("(?m)" + tt.stderr).MatchString(stderr) {
				t.Errorf("stderr = %q, want match for %q", stderr, tt.stderr)
			}
			for _, secret := range []string{"sk-secret", "pw@"} {
				if strings.Contains(stderr, secret) {
					t.Errorf("stderr shows a secret: %q", stderr)
				}
			}
		})
	}
}

// --version and the version command print the same line on stdout.
func TestVersionFlag(t *testing.T) {
	_, flag, _ := runArgs(t, nil, "--version")
	_, cmd, _ := runArgs(t, nil, "version")
	if !strings.HasPrefix(flag, "brief ") || flag != cmd {
		t.Errorf("--version printed %q, version %q", flag, cmd)
	}
}

// Every command, at every depth, refuses an unknown flag with exit 2,
// nothing on stdout, and its own usage line (urfave/cli v2 does not pass
// OnUsageError down, C1).
func TestEveryCommandUsageError(t *testing.T) {
	var paths [][]string
	var walk func(prefix []string, cmds []*cli.Command)
	walk = func(prefix []string, cmds []*cli.Command) {
		for _, c := range cmds {
			if c.Name == "help" {
				continue
			}
			p := append(append([]string{}, prefix...), c.Name)
			paths = append(paths, p)
			walk(p, c.Subcommands)
		}
	}
	walk(nil, newApp(testSystem(nil, nil, func(string) string { return "" })).Commands)
	if len(paths) < 15 {
		t.Fatalf("only %d commands found", len(paths))
	}
	for _, p := range paths {
		code, stdout, stderr := runArgs(t, nil, append(p, "--no-such-flag")...)
		name := "brief " + strings.Join(p, " ")
		want := "^brief: usage: flag provided but not defined: -no-such-flag; " + regexp.QuoteMeta(name) +
			" --help lists its flags\nusage: " + regexp.QuoteMeta(name) + `( |\n)`
		if code != 2 || stdout != "" || !regexp.MustCompile(want).MatchString(stderr) {
			t.Errorf("%s --no-such-flag: exit %d, stdout %q, stderr %q", name, code, stdout, stderr)
		}
	}
}
