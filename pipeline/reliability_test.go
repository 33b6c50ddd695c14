package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOutputNames(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []string
	}{
		{"distinct", []string{"a.txt", "seeds/b.md"}, []string{"a.md", "b.md"}},
		{"same base in two folders", []string{"a/x.txt", "b/x.txt"}, []string{"x.md", "b-x.md"}},
		{"same base, other extension", []string{"a/x.txt", "a/x.md"}, []string{"x.md", "a-x.md"}},
		{"three ways", []string{"a/x.txt", "b/x.txt", "c/b/x.txt"}, []string{"x.md", "b-x.md", "x-2.md"}},
		{"case-insensitive file systems", []string{"a/X.txt", "b/x.txt"}, []string{"X.md", "b-x.md"}},
		{"stdin", []string{"-", "stdin.txt"}, []string{"stdin.md", "stdin-2.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := OutputNames(tt.files)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("OutputNames(%q) = %q, want %q", tt.files, got, tt.want)
			}
		})
	}
}

func TestReadArticle_ChangedWhileRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("Le texte.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	afterRead = func(path string) {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.WriteString("Une suite écrite pendant la lecture.\n"); err != nil {
			t.Fatal(err)
		}
	}
	defer func() { afterRead = func(string) {} }()
	_, err := ReadArticle(p, nil)
	if !errors.Is(err, ErrChanged) || !errors.Is(err, ErrInput) {
		t.Fatalf("ReadArticle = %v, want ErrChanged and ErrInput", err)
	}
}

func TestCheckWritable(t *testing.T) {
	dir := t.TempDir()
	if err := checkWritable(filepath.Join(dir, "new", "out")); err != nil {
		t.Errorf("a folder that can be created: %v", err)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := checkWritable(file); !errors.Is(err, ErrConfig) {
		t.Errorf("a file as out folder: %v, want ErrConfig", err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "new", "out"))
	if len(entries) != 0 {
		t.Errorf("the probe was left behind: %v", entries)
	}
}

func TestHalve(t *testing.T) {
	tests := []struct {
		name, text, a, b string
		ok               bool
	}{
		{"paragraphs", "Un.\n\nDeux.\n\nTrois.\n\nQuatre.", "Un.\n\nDeux.\n\n", "Trois.\n\nQuatre.", true},
		{"sentences", "Une phrase ici. Une autre là. Et une fin.", "Une phrase ici. ", "Une autre là. Et une fin.", true},
		{"words", "un deux trois quatre", "un deux ", "trois quatre", true},
		{"one word", "  anticonstitutionnellement ", "", "", false},
		{"blank", " \n\n ", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, ok := Halve(tt.text)
			if a != tt.a || b != tt.b || ok != tt.ok {
				t.Errorf("Halve(%q) = %q, %q, %v, want %q, %q, %v", tt.text, a, b, ok, tt.a, tt.b, tt.ok)
			}
			if ok && a+b != tt.text {
				t.Errorf("Halve(%q): %q+%q is not the text", tt.text, a, b)
			}
		})
	}
}
