package secret

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	const key = "sk-live-0123456789abcdef"
	r := New(key)
	for _, tt := range []struct{ name, in, want string }{
		{"the key", "401: Incorrect API key provided: " + key, "401: Incorrect API key provided: " + Mask},
		{"another key-shaped word", "echo sk-other-99999999 here", "echo " + Mask + " here"},
		{"credentials in a URL", "dial http://bob:hunter2@127.0.0.1:8080/v1: refused", "dial http://" + Mask + "@127.0.0.1:8080/v1: refused"},
		{"user only in a URL", "https://token@example.test/v1", "https://" + Mask + "@example.test/v1"},
		{"Authorization header", `header Authorization: Bearer abc.def-123456 sent`, `header Authorization: Bearer ` + Mask + ` sent`},
		{"Authorization in JSON", `{"authorization":"Basic dXNlcjpwYXNz"}`, `{"authorization":"Basic ` + Mask + `"}`},
		{"api-key header", `api-key: 0123abcd4567`, `api-key: ` + Mask},
		{"bearer alone", "got Bearer qwertyuiop", "got Bearer " + Mask},
		{"nothing", "HTTP 503: Loading model", "HTTP 503: Loading model"},
		{"line breaks kept", "a\nb", "a\nb"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Redact(tt.in); got != tt.want {
				t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestPlaceholderKey: the placeholder keys local servers are used with are
// not redacted by value, so they blank no letters.
func TestPlaceholderKey(t *testing.T) {
	for _, key := range []string{"x", "none", "local", "a", "sk-1234", " \n"} {
		r := New(key)
		const line = "none of the expanded figures: a 500 error"
		if got := r.Line(line); got != line {
			t.Errorf("New(%q).Line(%q) = %q, want it unchanged", key, line, got)
		}
		if r.In("none of x") {
			t.Errorf("New(%q).In: a placeholder key is never found in text", key)
		}
	}
	if r := New("sekret-42\n"); r.Redact("key sekret-42 echoed") != "key "+Mask+" echoed" || !r.In("a sekret-42") {
		t.Errorf("a key with a trailing newline is redacted without it")
	}
}

func TestClean(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"plain", "Invalid API Key", "Invalid API Key"},
		{"clear screen and colour", "\x1b[2J\x1b[31mred\x1b[0m text", "red text"},
		{"window title", "\x1b]0;pwned\x07after", "after"},
		{"bell and backspace", "ding\x07\x08\x08done", "dingdone"},
		{"forged line", "oops\r\nbrief: article.txt -> out/article.md (ok)", "oops brief: article.txt -> out/article.md (ok)"},
		{"CR overwrite", "secret\rbrief: ok", "secret brief: ok"},
		{"C1 CSI", "a\u009b2Jb", "ab"},
		{"direction override", "abc\u202edcba", "abcdcba"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"French kept", "Le déficit a été réduit à 4,9 %", "Le déficit a été réduit à 4,9 %"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in, 100); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	long := strings.Repeat("é", 500)
	if got := Clean(long, 10); got != strings.Repeat("é", 10)+"…" {
		t.Errorf("Clean(long, 10) = %q", got)
	}
}

func TestLine(t *testing.T) {
	r := New("sk-live-0123456789abcdef")
	in := "HTTP 401: \x1b[2Jkey sk-live-0123456789abcdef\nbrief: ok"
	if got, want := r.Line(in), "HTTP 401: key "+Mask+" brief: ok"; got != want {
		t.Errorf("Line(%q) = %q, want %q", in, got, want)
	}
}
