// Package prompts holds the prompt templates, embedded in the binary and
// overridable file by file from a folder (--prompts DIR).
package prompts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"text/template"

	"brief/pipeline/glossary"
)

//go:embed */*.md
var embedded embed.FS

// ErrTemplate reports a prompt template that cannot be parsed or rendered.
var ErrTemplate = errors.New("prompt template")

// Names of the tasks that have prompts.
const (
	Translate = "translate"
	Summarize = "summarize"
)

var files = []string{
	"translate/system.md", "translate/user.md",
	"summarize/system.md", "summarize/user.md",
}

// Data is what templates can use.
type Data struct {
	From       string
	To         string
	Paragraphs int
	Glossary   []glossary.Term
	Feedback   []string
	Text       string
	Title      string // the article's title, for the summary's headline; "" when none
}

// Set is a parsed set of templates.
type Set struct {
	templates map[string]*template.Template
	// Hash identifies the template sources, so outputs made with other
	// prompts are redone.
	Hash string
}

// Load parses the embedded templates, each replaced by DIR/<task>/<file>
// when dir is not empty and that file exists. Every template is parsed and
// test-rendered now, so a broken override fails before any request.
func Load(dir string) (*Set, error) {
	if dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("%w folder %s: not a readable folder", ErrTemplate, dir)
		}
	}
	s := &Set{templates: map[string]*template.Template{}}
	h := sha256.New()
	for _, name := range files {
		src, origin, err := source(dir, name)
		if err != nil {
			return nil, err
		}
		t, err := template.New(name).Option("missingkey=error").Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("%w %s: %v", ErrTemplate, origin, err)
		}
		if err := t.Execute(new(bytes.Buffer), Data{From: "fr", To: "English", Paragraphs: 1, Text: "x",
			Glossary: []glossary.Term{{French: "a", English: "b"}}, Feedback: []string{"x"}, Title: "x"}); err != nil {
			return nil, fmt.Errorf("%w %s: %v", ErrTemplate, origin, err)
		}
		s.templates[name] = t
		fmt.Fprintf(h, "%s\x00%s\x00", name, src)
	}
	s.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	return s, nil
}

func source(dir, name string) ([]byte, string, error) {
	if dir != "" {
		p := path.Join(dir, name)
		b, err := os.ReadFile(p)
		if err == nil {
			return b, p, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, p, fmt.Errorf("%w %s: %v", ErrTemplate, p, err)
		}
	}
	b, err := embedded.ReadFile(name)
	return b, "embedded " + name, err
}

// Render returns the system and user messages of a task.
func (s *Set) Render(task string, d Data) (system, user string, err error) {
	system, err = s.render(task+"/system.md", d)
	if err != nil {
		return "", "", err
	}
	user, err = s.render(task+"/user.md", d)
	return system, user, err
}

func (s *Set) render(name string, d Data) (string, error) {
	t, ok := s.templates[name]
	if !ok {
		return "", fmt.Errorf("%w %s: not loaded", ErrTemplate, name)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("%w %s: %v", ErrTemplate, name, err)
	}
	return b.String(), nil
}
