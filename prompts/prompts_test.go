package prompts

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/pipeline/glossary"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The rendered prompts are reviewed as goldens: a prompt edit shows up as
// a diff.
func TestRenderGolden(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, task string
		data       Data
	}{
		{"translate", Translate, Data{From: "French", To: "English", Paragraphs: 2, Text: "Un.\n\nDeux."}},
		{"translate_one_paragraph", Translate, Data{From: "French", To: "English", Paragraphs: 1, Text: "Un."}},
		{"translate_glossary_repair", Translate, Data{From: "French", To: "English", Paragraphs: 1, Text: "Un.",
			Glossary: []glossary.Term{{French: "Otan", English: "NATO"}}, Feedback: []string{`"4 000" (4000) is missing from the translation of paragraph 1`}}},
		{"summarize", Summarize, Data{From: "English", To: "English", Paragraphs: 1, Text: "One."}},
		{"summarize_source_title_glossary_repair", Summarize, Data{From: "French", To: "English", Paragraphs: 1, Text: "Un.",
			Title: "Le titre", Glossary: []glossary.Term{{French: "Otan", English: "NATO"}},
			Feedback: []string{"it has 2 bullets, not 3 to 6"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sys, user, err := s.Render(tt.task, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			text := tt.data.Text
			if tt.data.Title != "" {
				text = "# " + tt.data.Title + "\n\n" + text // the title is article text too
			}
			if strings.TrimSpace(user) != strings.TrimSpace(text) {
				t.Errorf("user message = %q, want only the text %q", user, text)
			}
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(sys), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./prompts -update)", err)
			}
			if string(want) != sys {
				t.Errorf("system prompt changed; review and run go test ./prompts -update\n--- want\n%s\n--- got\n%s", want, sys)
			}
		})
	}
}

func TestLoadOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "translate"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(body string) {
		if err := os.WriteFile(filepath.Join(dir, "translate", "system.md"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base, _ := Load("")
	write("Translate to {{.To}}.")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	sys, _, _ := s.Render(Translate, Data{To: "English"})
	if sys != "Translate to English." || s.Hash == base.Hash {
		t.Errorf("override not used: %q (hash %s vs %s)", sys, s.Hash, base.Hash)
	}
	for _, bad := range []string{"{{.To", "{{.Nope}}"} {
		write(bad)
		if _, err := Load(dir); !errors.Is(err, ErrTemplate) || !strings.Contains(err.Error(), "system.md") {
			t.Errorf("Load with %q: err = %v, want ErrTemplate naming the file", bad, err)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing")); !errors.Is(err, ErrTemplate) {
		t.Errorf("Load of a missing folder: err = %v", err)
	}
}
