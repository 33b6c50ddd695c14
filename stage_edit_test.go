package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brief/internal/fakellm"
)

// stageDocs runs the stage chain on article and returns the document
// after each stage, by stage name.
func stageDocs(t *testing.T, srv *fakellm.Server, dir string) map[string][]byte {
	t.Helper()
	env := map[string]string{"OPENAI_API_KEY": fakellm.Token}
	docs := map[string][]byte{}
	prev := filepath.Join(dir, "article.txt")
	for _, stage := range []string{"read", "chunk", "translate", "summarize", "verify"} {
		code, stdout, stderr := runArgs(t, env, "stage", stage, "--base-url", srv.BaseURL(),
			"--cache-dir", filepath.Join(dir, "cache"), prev)
		if code != 0 {
			t.Fatalf("stage %s: exit %d: %s", stage, code, stderr)
		}
		docs[stage] = []byte(stdout)
		prev = filepath.Join(dir, stage+".json")
		if err := os.WriteFile(prev, []byte(stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

// edit decodes doc, applies f to it and returns the path of the result.
func edit(t *testing.T, dir string, doc []byte, f func(d map[string]any)) string {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal(doc, &d); err != nil {
		t.Fatal(err)
	}
	f(d)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "edited.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func at(d map[string]any, path ...any) map[string]any {
	var cur any = d
	for _, k := range path {
		switch k := k.(type) {
		case string:
			cur = cur.(map[string]any)[k]
		case int:
			cur = cur.([]any)[k]
		}
	}
	return cur.(map[string]any)
}

// An edit to a Document between stages is either honoured or refused
// with a line that says what to do; never silently ignored.
func TestStageEditsAreNotIgnored(t *testing.T) {
	dir := t.TempDir()
	text := "date 2021-02 L'Otan passera de 500 à 4 000 personnes, a annoncé M. Stoltenberg.\n\nLa mission coûtera 2,5 % de plus. Elle durera deux jours.\n"
	if err := os.WriteFile(filepath.Join(dir, "article.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := fakellm.New()
	defer srv.Close()
	docs := stageDocs(t, srv, dir)
	swap := func(s any) string { return strings.Replace(s.(string), "500", "600", 1) }
	tests := []struct {
		name   string
		from   string
		stage  string
		change func(d map[string]any)
		code   int
		stderr string
	}{
		{"translation changed after verify", "verify", "render", func(d map[string]any) {
			tr := at(d, "translation")
			tr["paragraphs"].([]any)[0] = swap(tr["paragraphs"].([]any)[0])
			at(d, "translation", "chunks", 0)["text"] = swap(at(d, "translation", "chunks", 0)["text"])
		}, 2, `^brief: render: bad input: the document changed after it was verified .*; run "brief stage verify" again$`},
		{"summary changed after verify", "verify", "render", func(d map[string]any) {
			at(d, "summary")["headline"] = "Something else"
		}, 2, `changed after it was verified`},
		{"a translated chunk edited alone", "summarize", "verify", func(d map[string]any) {
			at(d, "translation", "chunks", 0)["text"] = swap(at(d, "translation", "chunks", 0)["text"])
		}, 2, `^brief: verify: bad input: translation.chunks and translation.paragraphs differ: one was edited; make the same edit in both`},
		{"a translated chunk edited alone, then render", "verify", "render", func(d map[string]any) {
			at(d, "translation", "chunks", 0)["text"] = swap(at(d, "translation", "chunks", 0)["text"])
		}, 2, `^brief: render: bad input: translation.chunks and translation.paragraphs differ`},
		{"a source chunk edited", "chunk", "translate", func(d map[string]any) {
			at(d, "chunks", "chunks", 0)["text"] = swap(at(d, "chunks", "chunks", 0)["text"])
		}, 2, `^brief: translate: bad input: chunk 0's text is not the paragraphs' text: a chunk was edited; edit the article \(or its paragraphs\) and run "brief stage chunk" again$`},
		{"an edit made in both places is verified", "summarize", "verify", func(d map[string]any) {
			tr := at(d, "translation")
			tr["paragraphs"].([]any)[0] = swap(tr["paragraphs"].([]any)[0])
			at(d, "translation", "chunks", 0)["text"] = swap(at(d, "translation", "chunks", 0)["text"])
		}, 3, `figures do not match \(1 error\)`},
		{"a passed report kept from an older brief", "verify", "render", func(d map[string]any) {
			delete(at(d, "figures"), "checked")
		}, 2, `changed after it was verified`},
	}
	env := map[string]string{"OPENAI_API_KEY": fakellm.Token}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := edit(t, dir, docs[tt.from], tt.change)
			code, stdout, stderr := runArgs(t, env, "stage", tt.stage, "--base-url", srv.BaseURL(),
				"--cache-dir", filepath.Join(dir, "cache"), p)
			if code != tt.code || !regexp.MustCompile("(?m)"+tt.stderr).MatchString(stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.stderr)
			}
			if tt.code == 2 && stdout != "" {
				t.Errorf("stdout = %.80q, want nothing", stdout)
			}
		})
	}
	// An unedited document still renders.
	if code, _, stderr := runArgs(t, env, "stage", "render", filepath.Join(dir, "verify.json")); code != 0 {
		t.Errorf("render of the verified document: exit %d, %s", code, stderr)
	}
}
