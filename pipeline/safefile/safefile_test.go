package safefile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := Write(p, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, []byte("two"), 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	fi, _ := os.Stat(p)
	if err != nil || string(b) != "two" || fi.Mode().Perm() != 0o600 {
		t.Errorf("content %q, mode %v, err %v", b, fi.Mode().Perm(), err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left behind: %v", ents)
	}
	// A failed write leaves the old file as it was.
	if err := Write(filepath.Join(dir, "missing", "b.md"), []byte("x"), 0o644); err == nil {
		t.Error("Write into a missing folder succeeded")
	}
}

func TestWritable(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "out")
	if err := Writable(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, err %v", fi.Mode().Perm(), err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("probe left behind: %v", ents)
	}
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Writable(filepath.Join(file, "sub"), 0o700); err == nil {
		t.Error("a folder under a file was called writable")
	}
}

func TestWrite_KeepsOldOnFailure(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := Write(p, []byte("good"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A folder in the way makes the rename fail after the temp file is written.
	if err := Write(filepath.Join(dir, "missing", "a.md"), []byte("x"), 0o644); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	if err := os.Mkdir(filepath.Join(dir, "d.md"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "d.md", "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(filepath.Join(dir, "d.md"), []byte("x"), 0o644); err == nil {
		t.Error("replacing a non-empty folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temp files left behind: %v", entries)
	}
	if b, _ := os.ReadFile(p); string(b) != "good" {
		t.Errorf("a.md = %q", b)
	}
}
