package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pkg is what go list says about one package of the module.
type pkg struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	Imports    []string // direct, production code only
	Deps       []string // transitive, production code only

	TestGoFiles, XTestGoFiles []string
	TestImports, XTestImports []string
}

// listPackages runs go list over the module.
func listPackages(t *testing.T) map[string]pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v (the import rules need the go command)", err)
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

// The layering of ARCHITECTURE.md: each row is a package and what it must
// not depend on, directly (imports) or at all (deps).
func TestImportRules(t *testing.T) {
	pkgs := listPackages(t)
	engines := []string{"brief/pipeline/engine/openai", "brief/pipeline/engine/apertium", "github.com/sashabaranov/go-openai"}
	app := []string{"brief/pipeline/run", "brief/pipeline/report", "brief/pipeline/batch", "brief/internal/fakellm"}
	system := []string{"os", "os/exec", "net", "net/http"}
	pure := []string{"chunking", "cost", "extractive", "figures", "glossary", "lang", "markdown", "secret", "textenc", "tokens"}
	rules := []struct {
		pkg              string
		noDeps, noDirect []string
	}{
		{"brief/pipeline", append(append([]string{"brief/pipeline/limiter", "brief/prompts"}, engines...), app...), system},
		{"brief/pipeline/engine", append(append([]string{"brief/pipeline"}, engines...), app...), system},
		{"brief/pipeline/run", []string{"brief/pipeline/report", "brief/pipeline/batch", "brief/internal/fakellm"}, nil},
		{"brief/pipeline/report", []string{"brief/pipeline/batch", "brief/internal/fakellm"}, engines},
		{"brief/pipeline/batch", []string{"brief/pipeline/report", "brief/internal/fakellm"}, nil},
		{"brief", []string{"brief/internal/fakellm"}, nil},
	}
	for _, p := range pure {
		rules = append(rules, struct {
			pkg              string
			noDeps, noDirect []string
		}{
			"brief/pipeline/" + p, append(append([]string{"brief/pipeline", "brief/pipeline/engine"}, engines...), app...), system})
	}
	for path, p := range pkgs {
		if slices.Contains(p.Deps, "brief/internal/golden") {
			t.Errorf("%s depends on brief/internal/golden, a test helper; see ARCHITECTURE.md", path)
		}
	}
	for _, r := range rules {
		p, ok := pkgs[r.pkg]
		if !ok {
			t.Errorf("%s: no such package; update the rules with the layout", r.pkg)
			continue
		}
		for _, bad := range r.noDeps {
			if slices.Contains(p.Deps, bad) {
				t.Errorf("%s depends on %s; see ARCHITECTURE.md", r.pkg, bad)
			}
		}
		for _, bad := range r.noDirect {
			if slices.Contains(p.Imports, bad) {
				t.Errorf("%s imports %s; see ARCHITECTURE.md", r.pkg, bad)
			}
		}
	}
}

// Libraries are used through their public API only, and pure packages
// take the time from a clock they are given.
func TestNoUnsafeOrLinkname(t *testing.T) {
	for path, p := range listPackages(t) {
		if slices.Contains(p.Imports, "unsafe") {
			t.Errorf("%s imports unsafe", path)
		}
		for _, f := range p.GoFiles {
			b, err := os.ReadFile(filepath.Join(p.Dir, f))
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b, []byte("//go:"+"linkname")) {
				t.Errorf("%s uses go:linkname", filepath.Join(path, f))
			}
			if strings.HasPrefix(path, "brief/pipeline/") && !strings.Contains(path, "/engine") &&
				bytes.Contains(b, []byte("time.Now()")) && !slices.Contains([]string{"brief/pipeline/clock", "brief/pipeline/limiter", "brief/pipeline/run"}, path) {
				t.Errorf("%s reads the wall clock; take a clock.Clock", filepath.Join(path, f))
			}
		}
	}
}

// No tracked file keeps a merge conflict's markers.
func TestNoConflictMarkers(t *testing.T) {
	open, sep, closing := strings.Repeat("<", 7)+" ", strings.Repeat("=", 7), strings.Repeat(">", 7)+" "
	for _, name := range trackedFiles(t) {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		inConflict := false
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, open):
				inConflict = true
				t.Errorf("%s:%d: merge conflict marker %q", name, n, line)
			case strings.HasPrefix(line, closing), inConflict && line == sep:
				t.Errorf("%s:%d: merge conflict marker %q", name, n, line)
			}
		}
		f.Close()
	}
}

// trackedFiles lists the files git tracks, or every file of the tree when
// it is not a git checkout.
func trackedFiles(t *testing.T) []string {
	t.Helper()
	if out, err := exec.Command("git", "ls-files", "-z").Output(); err == nil {
		var files []string
		for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
			if fi, err := os.Stat(f); err == nil && fi.Mode().IsRegular() {
				files = append(files, f)
			}
		}
		return files
	}
	var files []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (p == ".git" || p == "bin" || p == "out" || p == filepath.Join("bench", "scratch")) {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
