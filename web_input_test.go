package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brief/internal/fakellm"
	"brief/pipeline/run"
)

// runWeb runs brief in-process against the fake news site and the fake
// API, in a fresh folder.
func runWeb(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	srv := fakellm.New()
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	n := 1 // the command's words, before its flags
	flags := []string{"--base-url", srv.BaseURL(), "--cache-dir", filepath.Join(dir, "cache")}
	if args[0] == "stage" {
		n = 2
	} else {
		flags = append(flags, "--out", filepath.Join(dir, "out"))
	}
	argv := append(append(append([]string{"brief"}, args[:n]...), flags...), args[n:]...)
	var out, errs bytes.Buffer
	env := map[string]string{"OPENAI_API_KEY": fakellm.Token}
	code = runApp(context.Background(), argv, testSystem(&out, &errs, func(k string) string { return env[k] }))
	return code, out.String(), errs.String()
}

// Each way an address can be wrong ends with one line naming it and the
// fix, and exit 2; a server or network failure is exit 1.
func TestWebInputErrors(t *testing.T) {
	site, err := newNewsSite()
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()
	closed := "http://127.0.0.1:1/eco/article.html" // nothing listens on port 1
	tests := []struct {
		name, url string
		code      int
		line      string // the one line on stderr, a regexp; URL stands for the address
	}{
		{"english page", "/en/inflation.html", 2, `URL: not French: the page is in "en"; brief translates French articles only`},
		{"404", "/eco/missing.html", 2, `URL: 404 Not Found: no page at this address; check it`},
		{"pdf", "/eco/rapport.pdf", 2, `URL: application/pdf: not an HTML page or an RSS/Atom feed`},
		{"json", "/api/indicateurs.json", 2, `URL: application/json: not an HTML page or an RSS/Atom feed`},
		{"huge page", "/huge.html", 2, `URL: more than 8 MiB: the page is too large for an article`},
		{"no article", "/eco/", 2, `URL: no article text found: only \d+ characters of text; is it an article page\?`},
		{"503 after retries", "/down.html", 1, `URL: 503 Service Unavailable: the server failed; try again later after 4 attempts`},
		{"no server", closed, 1, `URL: .*connection refused: network error; check the connection and try again after 4 attempts`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := tt.url
			if strings.HasPrefix(url, "/") {
				url = site.URL + url
			}
			want := regexp.MustCompile("^brief: " + strings.ReplaceAll(tt.line, "URL", regexp.QuoteMeta(url)) + "\n$")
			for _, cmd := range [][]string{{"translate", url}, {"stage", "read", url}} {
				code, stdout, stderr := runWeb(t, cmd...)
				if code != tt.code || !want.MatchString(stderr) || stdout != "" {
					t.Errorf("brief %s: exit %d, stdout %q, stderr %q; want exit %d and one line %s",
						strings.Join(cmd, " "), code, stdout, stderr, tt.code, want)
				}
			}
		})
	}
}

// A feed's bad items fail alone: each has its own line and result, the
// good one is briefed, and the exit code is the worst of them.
func TestWebFeed_BadItems(t *testing.T) {
	site, err := newNewsSite()
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()
	feedURL := site.URL + "/eco/mixed.xml"
	code, stdout, stderr := runWeb(t, "translate", "--json", feedURL)
	if code != 2 {
		t.Errorf("exit %d, want 2 (bad links are the user's to fix)", code)
	}
	var results []run.Result
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var r run.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("--json line %q: %v", line, err)
		}
		results = append(results, r)
	}
	want := []struct{ path, status string }{
		{"/eco/budget-2025.html", run.StatusOK}, {"/eco/missing.html", run.StatusError}, {"/en/inflation.html", run.StatusError},
		{"/eco/rapport.pdf", run.StatusError}, {"/down.html", run.StatusError},
	}
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d:\n%s", len(results), len(want), stdout)
	}
	for i, w := range want {
		r := results[i]
		if r.Path != site.URL+w.path+"?xtor=RSS-12" || r.Feed != feedURL || r.Status != w.status || (w.status == run.StatusError) != (r.Error != "") {
			t.Errorf("result %d = %+v, want %s %s from the feed", i, r, w.path, w.status)
		}
	}
	if !strings.HasSuffix(results[0].Output, ".md") {
		t.Errorf("the good item wrote no briefing: %+v", results[0])
	}
	if n := strings.Count(stderr, "\n"); n != 4 || strings.Count(stderr, "brief: "+site.URL) != 4 {
		t.Errorf("stderr: want one line per bad item, got:\n%s", stderr)
	}
}
