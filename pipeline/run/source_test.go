package run

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/pipeline"
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
			got := OutputNames(Sources(tt.files))
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("OutputNames(%q) = %q, want %q", tt.files, got, tt.want)
			}
		})
	}
}

// growing is the file system, except that a file grows between its read
// and the look that follows it, as a file still being written does.
type growing struct{ t *testing.T }

func (g growing) Open(name string) (fs.File, error) { return os.Open(name) }

func (g growing) Stat(name string) (fs.FileInfo, error) {
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		g.t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("Une suite écrite pendant la lecture.\n"); err != nil {
		g.t.Fatal(err)
	}
	return os.Stat(name)
}

func TestReadArticle_ChangedWhileRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("Le texte.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := readLimited(growing{t}, p, nil, MaxArticleBytes, "")
	if !errors.Is(err, ErrChanged) || !errors.Is(err, pipeline.ErrInput) {
		t.Fatalf("readArticle = %v, want ErrChanged and ErrInput", err)
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
	if err := checkWritable(file); !errors.Is(err, pipeline.ErrConfig) {
		t.Errorf("a file as out folder: %v, want ErrConfig", err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "new", "out"))
	if len(entries) != 0 {
		t.Errorf("the probe was left behind: %v", entries)
	}
}
