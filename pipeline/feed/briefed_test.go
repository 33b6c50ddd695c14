package feed

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBriefed(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "croissance.md", "---\ntitle: Growth slows\nsource: https://www.courrier-matin.example/eco/croissance.html\n"+
		"source_url: https://WWW.Courrier-Matin.example:443/eco/croissance.html?xtor=RSS-3208#top\n"+
		"canonical_url: https://www.courrier-matin.example/eco/croissance.html\nsource_sha256: aa11\n"+
		"verification:\n  status: passed\n---\n\n# Growth slows\n")
	write(t, dir, "greve.md", "---\ntitle: Strike\nsource_url: http://regional.example/greve\nsource_sha256: bb22\nverification:\n  status: failed\n---\n")
	write(t, dir, "local.md", "---\ntitle: Local\nsource: seeds/a.txt\nsource_sha256: cc33\nverification:\n  status: passed\n---\n")
	write(t, dir, "README.md", "# Digest\n\n---\n\nsource_url: https://nope.example/\n")
	write(t, dir, "broken.md", "---\ntitle: [unclosed\nsource_url: https://broken.example/\n---\n")
	write(t, dir, "notes.txt", "---\nsource_url: https://txt.example/\n---\n")
	write(t, dir, "sub/deep.md", "---\nsource_url: https://deep.example/\n---\n")
	write(t, dir, ".hidden.md", "---\nsource_url: https://hidden.example/\n---\n")

	got, err := Briefed(dir)
	if err != nil {
		t.Fatal(err)
	}
	croissance := Briefing{File: filepath.Join(dir, "croissance.md"), Status: "passed", SHA256: "aa11"}
	want := map[string]Briefing{
		"https://www.courrier-matin.example/eco/croissance.html?xtor=RSS-3208": croissance,
		"https://www.courrier-matin.example/eco/croissance.html":               croissance,
		"http://regional.example/greve":                                        {File: filepath.Join(dir, "greve.md"), Status: "failed", SHA256: "bb22"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Briefed (-want +got):\n%s", diff)
	}
}

func TestBriefed_Folders(t *testing.T) {
	got, err := Briefed(filepath.Join(t.TempDir(), "out"))
	if err != nil || len(got) != 0 {
		t.Errorf("Briefed(missing folder) = %v, %v; want empty, nil (a first run)", got, err)
	}
	file := filepath.Join(t.TempDir(), "file.md")
	write(t, filepath.Dir(file), "file.md", "x")
	if _, err := Briefed(file); err == nil {
		t.Error("Briefed(a file) succeeded")
	}
}

func TestKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://www.example.fr/a.html", "https://www.example.fr/a.html"},
		{"HTTPS://WWW.Example.FR:443/a.html#comments", "https://www.example.fr/a.html"},
		{"http://example.fr:80", "http://example.fr/"},
		{"http://example.fr:8080/a?id=3", "http://example.fr:8080/a?id=3"},
		{"http://user:secret@example.fr/a", "http://example.fr/a"},
		{"http://[::1]:8080/a", "http://[::1]:8080/a"},
		{"http://[::1]/a", "http://[::1]/a"},
		{"/relative/path", ""},
		{"file:///etc/passwd", ""},
		{"ftp://example.fr/a", ""},
		{"", ""},
		{"http://[::1", ""},
	} {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A second run over the same feed fetches nothing it briefed; a new item
// is the only one left.
func TestNew(t *testing.T) {
	f := &Feed{Items: []Item{
		{Link: "https://ex.fr/new.html"},
		{Link: "https://ex.fr/old.html#x"},
		{Link: "https://ex.fr/other.html"},
	}}
	briefed := map[string]Briefing{Key("https://EX.fr/old.html"): {}, Key("https://ex.fr/other.html"): {}}
	got := New(f, briefed)
	if diff := cmp.Diff([]Item{{Link: "https://ex.fr/new.html"}}, got); diff != "" {
		t.Errorf("New (-want +got):\n%s", diff)
	}
}
